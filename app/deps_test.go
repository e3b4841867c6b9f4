package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWasmImportGraph is a statement of policy, like go/build's deps_test:
// the browser build never links lingua-go (about 135 MB of models) nor the
// build build. The list is produced first and checked for an error, so
// that a failing `go list` fails the test instead of passing it.
func TestWasmImportGraph(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "./...")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list failed: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list printed %d packages; expected the app's whole graph", len(deps))
	}
	var found []string
	for _, d := range deps {
		for _, banned := range []string{"github.com/pemistahl/lingua-go", "parallax/dataset/internal/", "golang.org/x/text/"} {
			if strings.HasPrefix(d, banned) {
				found = append(found, d)
			}
		}
	}
	if len(found) > 0 {
		t.Errorf("the wasm build links build-time packages:\n  %s", strings.Join(found, "\n  "))
	}
	if !containsString(deps, "parallax/dataset") || !containsString(deps, "github.com/maxence-charriere/go-app/v10/pkg/app") {
		t.Error("the wasm graph lacks parallax/dataset or go-app: is this the app's graph?")
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
