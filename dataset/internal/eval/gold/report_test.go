package gold

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports in testdata from the current output")

// TestReportGolden scores the hand-written corpus in testdata/corpus
// against testdata/export.json and compares the report, plain and
// verbose, with testdata/report*.golden (go test -update rewrites them).
func TestReportGolden(t *testing.T) {
	types := append(testTypes, "threaten", "attack")
	g, err := Load("testdata/corpus", types)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/export.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	x, err := ReadExport(f)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Score(g, x)
	if err != nil {
		t.Fatal(err)
	}
	for name, verbose := range map[string]bool{"report.golden": false, "report-v.golden": true} {
		var b bytes.Buffer
		Report(&b, r, verbose)
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test -update writes it)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs (go test -update rewrites it; read the diff):\n%s", name, b.String())
		}
	}
}
