// Command gencorpus writes a synthetic multilingual news corpus for tests
// and benchmarks, by recombining and varying the seeds' sentences:
//
//	gencorpus -n 10000 -out corpus [-seed 1] [-bad]
//
// Articles are in English, Arabic and Hindi (from the seeds) and French,
// Spanish and German (from the hand-written paragraphs in data/), with
// their dates, names and numbers varied, their paragraphs recombined and
// reordered, scrape residue added, and a few republished by another outlet.
// Most are .txt, some with a NAME.meta.json sidecar; some are Markdown
// with front matter and some saved HTML pages. -bad adds one file of every
// kind mkdataset must report. The same seed gives the same files, byte for
// byte.
package main

import (
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// marker marks a folder gencorpus wrote, which -force may replace.
const marker = ".gencorpus"

func main() {
	var (
		n     = flag.Int("n", 100, "number of articles")
		out   = flag.String("out", "", "folder to write the corpus to (must be empty or not exist)")
		seed  = flag.Uint64("seed", 1, "seed of the random choices: the same seed gives the same corpus")
		seeds = flag.String("seeds", "seeds", "folder of seed articles to recombine")
		bad   = flag.Bool("bad", false, "also write one file of every kind mkdataset must report, in bad/")
		force = flag.Bool("force", false, "replace -out if an earlier gencorpus run wrote it")
	)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: gencorpus -n N -out DIR [-seed S] [-bad] [-force]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *out == "" || *n < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	st, err := generate(options{n: *n, out: *out, seed: *seed, seeds: *seeds, bad: *bad, force: *force})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	var langs []string
	for _, l := range slices.Sorted(maps.Keys(st.langs)) {
		langs = append(langs, fmt.Sprintf("%s %d", l, st.langs[l]))
	}
	fmt.Printf("gencorpus: %d articles (%s) in %s: %d .md, %d .html, %d sidecars, %d republished, %d bad files; %.1f MB\n",
		*n, strings.Join(langs, ", "), *out, st.md, st.html, st.sidecars, st.copies, st.bad, float64(st.bytes)/1e6)
}

type options struct {
	n          int
	out, seeds string
	seed       uint64
	bad, force bool
}

type stats struct {
	langs                           map[string]int
	md, html, sidecars, copies, bad int
	bytes                           int64
}

// generate writes the corpus one article at a time: memory stays small
// whatever n is.
func generate(opt options) (stats, error) {
	st := stats{langs: map[string]int{}}
	if err := prepare(opt.out, opt.force); err != nil {
		return st, err
	}
	mats, err := loadMaterial(opt.seeds)
	if err != nil {
		return st, err
	}
	g := newGenerator(mats, opt.seed)
	write := func(name string, b []byte) error {
		p := filepath.Join(opt.out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		st.bytes += int64(len(b))
		return os.WriteFile(p, b, 0o644)
	}
	var first []byte
	for i := range opt.n {
		a := g.article(i)
		st.langs[a.lang]++
		if a.copyOf >= 0 {
			st.copies++
		}
		var name string
		var body []byte
		side := false
		switch x := g.r.IntN(100); {
		case x < 5:
			name, body, side = a.path(".md"), a.md(g.r), g.r.IntN(10) == 0
			st.md++
		case x < 10:
			name, body, side = a.path(".html"), a.page(g.r), g.r.IntN(10) == 0
			st.html++
		default:
			name, body, side = a.path(".txt"), a.txt(g.r), g.r.IntN(10) < 3
		}
		if i == 0 {
			first = body
		}
		if err := write(name, body); err != nil {
			return st, err
		}
		if side {
			st.sidecars++
			if err := write(strings.TrimSuffix(name, filepath.Ext(name))+".meta.json", a.sidecar()); err != nil {
				return st, err
			}
		}
	}
	if opt.bad {
		for _, f := range badFiles(string(first)) {
			st.bad++
			if f.link != "" {
				p := filepath.Join(opt.out, filepath.FromSlash(f.name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					return st, err
				}
				if err := os.Symlink(f.link, p); err != nil {
					return st, err
				}
				continue
			}
			if err := write(f.name, []byte(f.body)); err != nil {
				return st, err
			}
		}
	}
	return st, nil
}

// prepare makes sure out is a fresh folder: empty, new, or (with force)
// one that gencorpus wrote before, which it removes.
func prepare(out string, force bool) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(out, marker)); err != nil || !force {
			return fmt.Errorf("%s is not empty (with -force, gencorpus replaces a folder it wrote itself)", out)
		}
		if err := os.RemoveAll(out); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, marker), []byte("written by dataset/cmd/gencorpus; -force may replace this folder\n"), 0o644)
}
