// Command mkdataset builds the Parallax dataset from a folder of articles:
// the binary that the app embeds and, on request, the same data as JSON.
//
//	mkdataset -seeds seeds -out dataset/data/parallax.bin -json parallax.json
//
// It reads every article under -seeds (.txt, .md and .html, in nested
// folders, with NAME.meta.json sidecars), runs the pipeline with one shared
// language detector over all cores, prints a report of what it built and
// every problem it found, and writes the outputs only if the build
// succeeded. The same inputs always give byte-identical outputs.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"time"

	"parallax/dataset"
	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/langid"
	"parallax/dataset/internal/build/read"
)

// config is what the command line asks for.
type config struct {
	seeds, out, jsonOut string
	maxSize             int
	langs               string // comma-separated ISO 639-1 codes, "" for all
	workers             int
	strict, quiet       bool
	debug               bool   // the JSON export records each mention's rules
	progress            bool   // draw a progress bar on the log
	memprofile          string // write a heap profile here at the build's peak
	latest              string // the last publication date accepted, "" for none
}

func main() {
	var cfg config
	flag.StringVar(&cfg.seeds, "seeds", "seeds", "folder of articles to build from (searched recursively)")
	flag.StringVar(&cfg.out, "out", "", "write the binary dataset to this file")
	flag.StringVar(&cfg.jsonOut, "json", "", "write the dataset as JSON to this file")
	flag.IntVar(&cfg.maxSize, "max-size", read.DefaultMaxSize, "largest article file read, in bytes; larger ones are reported and skipped")
	flag.StringVar(&cfg.langs, "langs", "", "comma-separated ISO 639-1 codes the language detector chooses from, e.g. en,fr,ar,hi\n(default: all 75 it knows; fewer is faster and needs much less memory)")
	flag.IntVar(&cfg.workers, "workers", runtime.GOMAXPROCS(0), "articles processed at once")
	flag.BoolVar(&cfg.strict, "strict", false, "fail the build on warnings, not only when no article can be used")
	flag.BoolVar(&cfg.quiet, "q", false, "print problems only, not the summary")
	flag.BoolVar(&cfg.debug, "debug", false, "in the JSON export, record the rules that made each event mention (\"debug\": {\"rule\": …})")
	flag.StringVar(&cfg.latest, "latest", "", "refuse publication dates after this one (YYYY-MM-DD), e.g. -latest $(date +%F)\n(default: none; the build reads no clock, so that it is the same whenever it runs)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.StringVar(&cfg.memprofile, "memprofile", "", "write a heap profile to this file when the build holds the most (go tool pprof -sample_index=inuse_space or alloc_space)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: mkdataset -seeds DIR [-out FILE.bin] [-json FILE.json] [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	// A progress bar only makes sense where someone watches it: a
	// terminal, not a CI log or a file.
	cfg.progress = isTerminal(os.Stderr) && !cfg.quiet
	err := profile(*cpuprofile, func() error { return run(cfg, os.Stderr) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkdataset:", err)
		os.Exit(1)
	}
}

// profile runs f, writing a CPU profile of it to file when one is named.
func profile(file string, f func() error) error {
	if file == "" {
		return f()
	}
	out, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(out); err != nil {
		return errors.Join(err, out.Close())
	}
	err = f()
	pprof.StopCPUProfile()
	return errors.Join(err, out.Close())
}

// heapProfile writes the heap to name: called when the build holds the
// most (the language models, every article's results and the dataset).
func heapProfile(name string) error {
	out, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("-memprofile: %w", err)
	}
	runtime.GC()
	return errors.Join(pprof.Lookup("heap").WriteTo(out, 0), out.Close())
}

func run(cfg config, log io.Writer) error {
	if cfg.latest != "" {
		if d, err := read.CheckISODate(cfg.latest); err != nil || len(d) != 10 {
			return fmt.Errorf("-latest %q: want a date, YYYY-MM-DD", cfg.latest)
		}
	}
	var codes []string
	for _, c := range strings.Split(cfg.langs, ",") {
		if c = strings.ToLower(strings.TrimSpace(c)); c != "" {
			codes = append(codes, c)
		}
	}
	env, err := newEnv(codes...)
	if err != nil {
		return fmt.Errorf("-langs: %w", err)
	}
	var bar *progress
	if cfg.progress {
		bar = newProgress(log)
	}
	start := time.Now()
	var peak func() error
	if cfg.memprofile != "" {
		peak = func() error { return heapProfile(cfg.memprofile) }
	}
	d, st, err := buildCorpus(cfg.seeds, env, build.Options{MaxSize: cfg.maxSize, Latest: cfg.latest}, cfg.workers, bar, peak)
	if err != nil {
		return err
	}
	st.elapsed, st.workers = time.Since(start), cfg.workers

	report(log, cfg.seeds, d, st, cfg.quiet)
	errs, warns := count(d.Diagnostics, dataset.Error), count(d.Diagnostics, dataset.Warning)
	if len(d.Articles) == 0 {
		return fmt.Errorf("%s: no article could be used (%d errors)", cfg.seeds, errs)
	}
	if cfg.strict && errs+warns > 0 {
		return fmt.Errorf("-strict: %d errors and %d warnings, nothing written", errs, warns)
	}

	if cfg.out != "" {
		b, err := dataset.Encode(d)
		if err != nil {
			return err
		}
		// The app trusts the dataset it embeds: read it back, with every
		// reference checked, before it is written.
		if _, err := dataset.Decode(b); err != nil {
			return fmt.Errorf("%s: the dataset does not read back: %w", cfg.out, err)
		}
		if err := writeFile(cfg.out, b); err != nil {
			return err
		}
	}
	if cfg.jsonOut != "" {
		b, err := dataset.ExportJSON(d, dataset.ExportOptions{Debug: cfg.debug})
		if err != nil {
			return err
		}
		if err := writeFile(cfg.jsonOut, b); err != nil {
			return err
		}
	}
	return nil
}

// newEnv loads what every stage shares: one language detector (optionally
// restricted to some languages), the gazetteer and the lexicons.
func newEnv(langs ...string) (*build.Env, error) {
	det, err := langid.New(langs...)
	if err != nil {
		return nil, err
	}
	return build.LoadEnv(det)
}

// buildStats are what the report says about the build besides the dataset.
type buildStats struct {
	files   int      // article files found
	hidden  []string // hidden files and folders passed over
	elapsed time.Duration
	analyse time.Duration // reading and the per-article stages, on all workers
	link    time.Duration // the corpus-wide stages: duplicates, events, stories
	workers int
}

// buildCorpus reads the corpus under root and runs the whole pipeline on it. bar
// may be nil; peak, when not nil, runs when the build holds the most.
func buildCorpus(root string, env *build.Env, opt build.Options, workers int, bar *progress, peak func() error) (*dataset.Dataset, buildStats, error) {
	if opt.MaxSize <= 0 {
		opt.MaxSize = read.DefaultMaxSize
	}
	c, err := collect(root, opt.MaxSize)
	if err != nil {
		return nil, buildStats{}, err
	}
	st := buildStats{files: len(c.sources), hidden: c.hidden}
	if len(c.sources) == 0 {
		return nil, st, fmt.Errorf("%s: no articles found (looked for %s files)", root, strings.Join(read.Extensions, ", "))
	}
	bar.start("articles", len(c.sources))
	t0 := time.Now()
	results := process(c.sources, env, opt, workers, bar)
	bar.phase("linking events and stories")
	t1 := time.Now()
	d := build.Assemble(results, env)
	st.analyse, st.link = t1.Sub(t0), time.Since(t1)
	bar.done()
	if peak != nil {
		if err := peak(); err != nil {
			return nil, st, err
		}
		runtime.KeepAlive(results)
	}
	d.Diagnostics = sortDiagnostics(append(c.diags, d.Diagnostics...))
	return d, st, nil
}

// writeFile writes through a temporary file, so that a failed build never
// leaves a half-written dataset behind.
func writeFile(name string, b []byte) error {
	if dir := filepath.Dir(name); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
