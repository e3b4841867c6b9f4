package main

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/read"
)

// corpusFiles reads every file gencorpus wrote under dir.
func corpusFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if e.Type()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			files[filepath.ToSlash(rel)] = []byte("-> " + target)
			return nil
		}
		b, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestGenerateIsDeterministic writes the same corpus twice, and another
// seed once: the same seed gives the same bytes, another seed other ones.
func TestGenerateIsDeterministic(t *testing.T) {
	gen := func(seed uint64) map[string][]byte {
		dir := filepath.Join(t.TempDir(), "c")
		if _, err := generate(options{n: 60, out: dir, seed: seed, seeds: "../../../seeds", bad: true}); err != nil {
			t.Fatal(err)
		}
		return corpusFiles(t, dir)
	}
	a, b, c := gen(7), gen(7), gen(8)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for name, body := range a {
		if !bytes.Equal(body, b[name]) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
	}
	same := 0
	for name, body := range a {
		if bytes.Equal(body, c[name]) {
			same++
		}
	}
	if same > len(a)/2 {
		t.Errorf("seeds 7 and 8 share %d of %d files", same, len(a))
	}
}

// TestCorpus checks what a corpus holds: the six languages, the three
// formats, sidecars that mkdataset reads, and articles that read as their
// language's.
func TestCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	st, err := generate(options{n: 300, out: dir, seed: 1, seeds: "../../../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range languages {
		if st.langs[lang] == 0 {
			t.Errorf("no article in %s", lang)
		}
	}
	if st.md == 0 || st.html == 0 || st.sidecars == 0 || st.copies == 0 {
		t.Errorf("stats %+v: want some Markdown, HTML, sidecars and republished articles", st)
	}
	files := corpusFiles(t, dir)
	articles := 0
	for name, body := range files {
		switch {
		case name == marker:
		case strings.HasSuffix(name, read.MetaSuffix):
			if _, err := read.ParseMeta(body); err != nil {
				t.Errorf("%s: %v", name, err)
			}
			base := strings.TrimSuffix(name, read.MetaSuffix)
			if files[base+".txt"] == nil && files[base+".md"] == nil && files[base+".html"] == nil {
				t.Errorf("%s has no article", name)
			}
		default:
			articles++
			doc, p := build.ReadDocument(build.Input{File: name, Raw: body}, 0)
			if p != nil {
				t.Errorf("%s: %s", name, p.Message)
				continue
			}
			if len(doc.Warnings) > 0 {
				t.Errorf("%s: %+v", name, doc.Warnings)
			}
			lang := strings.Split(name, "/")[0]
			var text strings.Builder
			for _, b := range doc.Blocks {
				text.WriteString(b.Text + "\n")
			}
			if got := seedLang(text.String()); got != lang {
				t.Errorf("%s reads as %s", name, got)
			}
			if strings.Contains(text.String(), "{") {
				t.Errorf("%s has an unfilled slot: %s", name, text.String())
			}
		}
	}
	if articles != 300 {
		t.Errorf("%d article files, want 300", articles)
	}
}

// TestBadFiles writes the -bad set: one file of each kind, and a link.
func TestBadFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	st, err := generate(options{n: 5, out: dir, seed: 1, seeds: "../../../seeds", bad: true})
	if err != nil {
		t.Fatal(err)
	}
	files := corpusFiles(t, dir)
	for _, f := range badFiles("") {
		if _, ok := files[f.name]; !ok {
			t.Errorf("%s was not written", f.name)
		}
	}
	if st.bad != len(badFiles("")) {
		t.Errorf("%d bad files, want %d", st.bad, len(badFiles("")))
	}
	if !bytes.HasPrefix(files["bad/gone.txt"], []byte("-> ")) {
		t.Error("bad/gone.txt is not a link")
	}
}

func TestPrepare(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A folder gencorpus did not write is never replaced, even with -force.
	for _, force := range []bool{false, true} {
		if err := prepare(dir, force); err == nil {
			t.Errorf("prepare(force=%v) accepted a folder with other files", force)
		}
	}
	out := filepath.Join(dir, "corpus")
	if err := prepare(out, false); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(out, "a.txt"), []byte("x"), 0o644)
	if err := prepare(out, false); err == nil {
		t.Error("prepare without -force replaced a corpus")
	}
	if err := prepare(out, true); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "a.txt")); err == nil {
		t.Error("-force kept the old files")
	}
}

func TestVary(t *testing.T) {
	mats, err := loadMaterial("../../../seeds")
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2023, 5, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, lang, in string
		style          func(*style)
		want           string
	}{
		{"a year moves with the article", "ar", "منذ عام 2013.", nil, "منذ عام 2011."},
		{"a month and year move together, in the article's style", "ar", "في أغسطس 2025 عندما", func(s *style) { s.monthAlt = 1 }, "في "},
		{"Arabic-Indic digits", "ar", "منذ عام 2020.", func(s *style) { s.arabicDigits = true }, "منذ عام ٢٠١٨."},
		{"a French elided month stays", "fr", "d'août 2020", nil, "d'août 2018"},
		{"numbers in words are left", "en", "the G5 Sahel and COVID-19", nil, "the G5 Sahel and COVID-19"},
		{"seed names are swapped", "hi", "यान वेज़िलियर और वेज़िलियर", func(s *style) { s.names = []int{0} }, "उस्मान त्राओरे और त्राओरे"},
		{"slots are filled", "de", "am {DATE} in {YEAR}", nil, "am "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mats[tc.lang]
			r := rand.New(rand.NewPCG(1, 2))
			st := newStyle(r, m, date)
			st.monthAlt, st.arabicDigits = 0, false
			if tc.style != nil {
				tc.style(&st)
			}
			got := vary(r, m, &st, tc.in)
			if !strings.HasPrefix(got, tc.want) || strings.Contains(got, "{") {
				t.Errorf("vary(%q) = %q, want %q…", tc.in, got, tc.want)
			}
		})
	}
}
