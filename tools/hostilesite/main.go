//go:build !wasm

// Command hostilesite builds the hostile corpus (tools/hostile) into a site,
// the way make site builds the seeds, without touching the working tree's
// dataset or wasm:
//
//	go run ./tools/hostilesite -out dist-hostile -work .cache/hostile
//
// It writes the corpus to WORK/corpus, builds its dataset twice and checks
// that both are the same bytes, compiles the wasm and the site generator
// with that dataset embedded (through a build overlay), and writes the site
// to OUT. WORK keeps the dataset as JSON (WORK/parallax.json), the
// generator (WORK/bin/generate) and the web folder (WORK/web), so that
// app/e2e can check the pages against the data, and write the site again
// and compare.
//
// With -corpus DIR it builds that folder instead (copied to WORK/corpus),
// detecting among -langs: the browser tests' small hand-written corpora,
// such as app/e2e/testdata/compare (make site-compare).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"parallax/app/site"
	"parallax/dataset"
	"parallax/tools/hostile"
)

func main() {
	out := flag.String("out", "dist-hostile", "folder to write the site to (replaced)")
	work := flag.String("work", ".cache/hostile", "folder for the corpus, its dataset, the wasm and the generator")
	from := flag.String("corpus", "", "folder of articles to build instead of the hostile corpus")
	langs := flag.String("langs", "en,fr", "the languages the detector chooses from (mkdataset -langs)")
	flag.Parse()
	if err := run(*out, *work, *from, *langs); err != nil {
		fmt.Fprintln(os.Stderr, "hostilesite:", err)
		os.Exit(1)
	}
}

func run(out, work, from, langs string) error {
	work, err := filepath.Abs(work)
	if err != nil {
		return err
	}
	corpus := filepath.Join(work, "corpus")
	if err := os.RemoveAll(work); err != nil {
		return err
	}
	if from == "" {
		err = hostile.Write(corpus)
	} else {
		err = site.CopyTree(from, corpus, func(string) bool { return false })
	}
	if err != nil {
		return err
	}
	data := filepath.Join(work, "parallax.bin")
	var bins [2][]byte
	for i := range bins {
		name := filepath.Join(work, fmt.Sprintf("build-%d.bin", i))
		// The JSON is what app/e2e compares the pages with.
		if err := run1("go", "run", "./dataset/cmd/mkdataset", "-q", "-langs", langs, "-seeds", corpus, "-out", name, "-json", filepath.Join(work, "parallax.json")); err != nil {
			return fmt.Errorf("the corpus does not build: %w", err)
		}
		if bins[i], err = os.ReadFile(name); err != nil {
			return err
		}
	}
	if !bytes.Equal(bins[0], bins[1]) {
		return fmt.Errorf("two builds of the corpus's dataset differ")
	}
	if err := os.WriteFile(data, bins[0], 0o644); err != nil {
		return err
	}
	overlay, err := overlayFor(work, data)
	if err != nil {
		return err
	}
	web := filepath.Join(work, "web")
	// web/ without the seeds' wasm.
	if err := site.CopyTree("web", web, func(name string) bool { return name == "app.wasm" }); err != nil {
		return err
	}
	wasm := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-overlay", overlay, "-o", filepath.Join(web, "app.wasm"), "./app")
	wasm.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if err := runCmd(wasm); err != nil {
		return err
	}
	gen := filepath.Join(work, "bin", "generate")
	if err := run1("go", "build", "-overlay", overlay, "-o", gen, "./app"); err != nil {
		return err
	}
	return run1(gen, "generate", "-out", out, "-web", web)
}

// overlayFor replaces the embedded dataset with data for go build.
func overlayFor(work, data string) (string, error) {
	embedded, err := filepath.Abs(filepath.FromSlash("dataset/" + dataset.EmbeddedFile))
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(map[string]map[string]string{"Replace": {embedded: data}})
	if err != nil {
		return "", err
	}
	name := filepath.Join(work, "overlay.json")
	return name, os.WriteFile(name, b, 0o644)
}

func run1(prog string, args ...string) error { return runCmd(exec.Command(prog, args...)) }

func runCmd(cmd *exec.Cmd) error {
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, buf.String())
	}
	return nil
}
