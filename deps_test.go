// The import graph of Parallax, written down as policy and checked, as
// go/build's deps_test.go does for the standard library. It lives at the
// module's root because it is about the whole tree.
package parallax_test

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// policy says which packages each package of the module may import,
// besides the standard library. Packages are written without the module
// path; outside modules are written in full. A package missing from the
// table fails the test: a new package states its place in the graph.
//
// The layers, from the bottom:
//   - dataset, dataset/fold, dataset/eventtype: what both sides of the
//     wasm boundary share; standard library only.
//   - app/query, app/views, app (and app/site natively): the browser app.
//     It reaches the dataset through the embedded bytes, never the build.
//   - dataset/internal/build/<stage>: the build stages, each importing only
//     the stages before it; build (the orchestration) imports them all.
//     Only build/langid imports lingua-go.
//   - dataset/cmd, tools: commands, which wire everything together.
var policy = map[string][]string{
	// Shared by the app and the build: standard library only.
	"dataset":           {},
	"dataset/fold":      {},
	"dataset/eventtype": {},

	// The browser app.
	"app/query":           {"dataset", "dataset/eventtype", "dataset/fold"},
	"app/query/querytest": {"dataset", "dataset/eventtype"},
	"app/safeattr":        {},
	"app/views":           {goApp, "app/query", "app/safeattr", "dataset", "dataset/eventtype", "dataset/fold"},
	"app/site":            {goApp, "app/safeattr", "golang.org/x/net/html", "github.com/andybalholm/brotli"},
	"app":                 {goApp, "app/views", "app/site", "dataset"},
	"app/e2e":             {},

	// The build stages, in pipeline order.
	"dataset/internal/build/words":         {"dataset/fold"},
	"dataset/internal/build/segment":       {"dataset", "dataset/internal/build/words"},
	"dataset/internal/build/read":          {"dataset", "dataset/fold", "dataset/internal/build/dates", "dataset/internal/build/segment", "golang.org/x/net/html/charset", "golang.org/x/text/unicode/norm"},
	"dataset/internal/build/read/readtest": {"dataset", "dataset/internal/build/read", "dataset/internal/build/segment"},
	"dataset/internal/build/htmltext":      {"dataset", "dataset/internal/build/read", "dataset/internal/build/segment", "dataset/internal/build/words", "golang.org/x/net/html"},
	"dataset/internal/build/markdown":      {"dataset", "dataset/internal/build/read", "dataset/internal/build/segment"},
	"dataset/internal/build/clean":         {"dataset", "dataset/fold", "dataset/internal/build/segment", "dataset/internal/build/words"},
	"dataset/internal/build/lang":          {"dataset", "dataset/internal/build/segment"},
	"dataset/internal/build/langid":        {lingua},
	"dataset/internal/build/lexicon":       {"dataset/eventtype", "dataset/fold"},
	"dataset/internal/build/gazetteer":     {"dataset", "dataset/fold"},
	// Generates the gazetteer's CLDR names (go generate): the display
	// tables stay out of the build's binary.
	"dataset/internal/build/gazetteer/gencldr": {"golang.org/x/text/language", "golang.org/x/text/language/display", "golang.org/x/text/unicode/norm"},
	"dataset/internal/build/dates":             {"dataset", "dataset/fold", "dataset/internal/build/lexicon"},
	"dataset/internal/build/entities":          {"dataset", "dataset/fold", "dataset/internal/build/gazetteer", "dataset/internal/build/words"},
	"dataset/internal/build/extract":           {"dataset", "dataset/eventtype", "dataset/fold", "dataset/internal/build/dates", "dataset/internal/build/entities", "dataset/internal/build/gazetteer", "dataset/internal/build/lexicon", "dataset/internal/build/words"},
	"dataset/internal/build/merge":             {"dataset", "dataset/eventtype", "dataset/fold", "dataset/internal/build/dates", "dataset/internal/build/extract", "dataset/internal/build/gazetteer", "dataset/internal/build/lexicon"},
	"dataset/internal/build/copies":            {"dataset", "dataset/fold"},
	"dataset/internal/build/stories":           {"dataset", "dataset/eventtype", "dataset/fold", "dataset/internal/build/dates", "dataset/internal/build/gazetteer", "dataset/internal/build/lexicon", "dataset/internal/build/words"},
	"dataset/internal/build": {"dataset", "dataset/fold", "dataset/eventtype",
		"dataset/internal/build/words", "dataset/internal/build/segment", "dataset/internal/build/read", "dataset/internal/build/htmltext",
		"dataset/internal/build/markdown", "dataset/internal/build/clean", "dataset/internal/build/lang", "dataset/internal/build/lexicon",
		"dataset/internal/build/gazetteer", "dataset/internal/build/dates", "dataset/internal/build/entities", "dataset/internal/build/extract",
		"dataset/internal/build/merge", "dataset/internal/build/copies", "dataset/internal/build/stories"},

	// The hostile input shapes, for tests, fuzz seeds and genhostile.
	"dataset/internal/hostile": {},

	// Evaluation: the hand-written cases' reader needs nothing of the build;
	// the gold's scorer reads the JSON export, never the build's packages,
	// so that it scores any build of the same files.
	"dataset/internal/eval/cases": {},
	"dataset/internal/eval/gold":  {"dataset/fold"},

	// Commands and tools wire the layers together.
	"dataset/cmd/mkdataset":  {"dataset", "dataset/internal/build", "dataset/internal/build/gazetteer", "dataset/internal/build/langid", "dataset/internal/build/lexicon", "dataset/internal/build/read"},
	"dataset/cmd/evaluate":   {"dataset", "dataset/eventtype", "dataset/internal/build", "dataset/internal/build/gazetteer", "dataset/internal/build/langid", "dataset/internal/build/lexicon", "dataset/internal/eval/cases", "dataset/internal/eval/gold"},
	"dataset/cmd/explain":    {"dataset/internal/build", "dataset/internal/build/langid"},
	"dataset/cmd/genhostile": {"dataset/internal/hostile"},
	"dataset/cmd/gencorpus":  {"dataset", "dataset/internal/build/clean", "dataset/internal/build/read", "dataset/internal/build/segment"},
	"tools/browser":          {chromedp},
	"tools/audit":            {chromedp, "github.com/chromedp/cdproto/emulation", "app/site", "tools/browser"},
	"tools/shoot":            {chromedp, "github.com/chromedp/cdproto/emulation", "app/site", "tools/browser"},
	"tools/benchscale":       {"app/site", "app/views", "dataset"},
	"tools/helloworld":       {goApp},
	"tools/hostile":          {},
	"tools/hostilesite":      {"app/site", "dataset", "tools/hostile"},
}

const (
	module   = "parallax"
	goApp    = "github.com/maxence-charriere/go-app/v10/pkg/app"
	lingua   = "github.com/pemistahl/lingua-go"
	chromedp = "github.com/chromedp/chromedp"
)

type pkg struct {
	ImportPath string
	Imports    []string
	Standard   bool
	Error      *struct{ Err string }
}

// list runs go list on the module's packages for an OS and architecture;
// with deps, on everything they import too.
func list(t *testing.T, goos, goarch string, deps bool, patterns ...string) []pkg {
	t.Helper()
	args := []string{"list", "-e", "-json=ImportPath,Imports,Standard,Error"}
	if deps {
		args = append(args, "-deps")
	}
	cmd := exec.Command("go", append(args, patterns...)...)
	cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch)
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if p.Error != nil {
			t.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) == 0 {
		t.Fatal("go list printed no packages")
	}
	return pkgs
}

// TestImportPolicy checks every package's own imports against the table,
// natively and, for the app, in the browser build.
func TestImportPolicy(t *testing.T) {
	check := func(p pkg) {
		if p.ImportPath == module {
			return // this test's own package
		}
		name, _ := strings.CutPrefix(p.ImportPath, module+"/")
		allowed, ok := policy[name]
		if !ok {
			t.Errorf("%s is not in the import policy (deps_test.go): say what it may import", name)
			return
		}
		for _, imp := range p.Imports {
			dep, own := strings.CutPrefix(imp, module+"/")
			if !own && !strings.Contains(strings.Split(imp, "/")[0], ".") {
				continue // the standard library
			}
			if !slices.Contains(allowed, dep) {
				t.Errorf("%s imports %s, which the policy does not allow", name, dep)
			}
		}
	}
	native := list(t, "linux", "amd64", false, "./...")
	if len(native) < len(policy)*3/4 {
		t.Fatalf("go list printed %d packages for a policy of %d: is this the module?", len(native), len(policy))
	}
	listed := map[string]bool{}
	for _, p := range native {
		check(p)
		listed[strings.TrimPrefix(p.ImportPath, module+"/")] = true
	}
	for name := range policy {
		if !listed[name] {
			t.Errorf("the policy names %s, which is not a package of the module any more", name)
		}
	}
	for _, p := range list(t, "js", "wasm", false, "./app/...", "./dataset", "./dataset/fold", "./dataset/eventtype") {
		check(p)
	}
}

// TestWasmImportGraph: the browser build never links lingua-go (about 135
// MB of models), the build stages or golang.org/x/text, however the graph
// changes above it.
func TestWasmImportGraph(t *testing.T) {
	deps := list(t, "js", "wasm", true, "./app")
	var paths []string
	for _, p := range deps {
		paths = append(paths, p.ImportPath)
	}
	for _, p := range paths {
		for _, banned := range []string{lingua, module + "/dataset/internal/", module + "/tools/", "golang.org/x/text/"} {
			if strings.HasPrefix(p, banned) {
				t.Errorf("the wasm build links %s", p)
			}
		}
	}
	for _, want := range []string{module + "/dataset", module + "/dataset/eventtype", goApp} {
		if !slices.Contains(paths, want) {
			t.Errorf("the wasm graph lacks %s: is this the app's graph?", want)
		}
	}
	// Only build/langid may reach lingua-go natively too.
	for _, p := range list(t, "linux", "amd64", false, "./...") {
		if slices.ContainsFunc(p.Imports, func(i string) bool { return strings.HasPrefix(i, lingua) }) && p.ImportPath != module+"/dataset/internal/build/langid" {
			t.Errorf("%s imports lingua-go; only dataset/internal/build/langid may", p.ImportPath)
		}
	}
}
