package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/read"
)

// TestHostileCorpus: links out of the corpus are refused, a folder's
// documentation is skipped with a warning, a sidecar over its limit is
// named as such, and file names that would reorder or forge report lines
// are printed escaped.
func TestHostileCorpus(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte(goodEN), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := writeCorpus(t, map[string]string{
		"good.txt":             goodFR,
		"README.md":            "# Corpus\n\n" + goodEN,
		"docs/LICENSE.txt":     goodEN + " (licence)",
		"CHANGELOG.md":         goodEN + " (changes)",
		"INDEX.md":             goodEN + " (index)",
		"FORMAT.md":            goodEN + " (the corpus's notes)",
		"bundle/index.md":      "---\ntitle: A page bundle\n---\n\n" + goodEN,
		"big.txt":              goodEN + " Big.",
		"big.meta.json":        `{"title": "` + strings.Repeat("x", read.MaxMetaSize) + `"}`,
		"evil\u202Etxt.md.txt": goodEN + " Evil.",
		"line\nbreak.txt":      "",
		"inside/target.txt":    goodEN + " Target.",
	})
	for name, target := range map[string]string{
		"escape.txt":  outside,
		"proc.txt":    "/proc/version",
		"up.txt":      "../" + filepath.Base(filepath.Dir(outside)) + "/secret.txt",
		"sibling.txt": "inside/target.txt",
	} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	d, st, err := buildCorpus(dir, detector(t), build.Options{}, 2, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, x := range d.Diagnostics {
		got[x.File] = append(got[x.File], x.Code+": "+x.Message)
	}
	var files []string
	for _, a := range d.Articles {
		files = append(files, a.File)
	}
	for _, f := range []string{"good.txt", "bundle/index.md", "big.txt", "evil\u202Etxt.md.txt", "inside/target.txt"} {
		if !slices.Contains(files, f) {
			t.Errorf("%q is not an article (articles %q)", f, files)
		}
	}
	for f, want := range map[string]string{
		"escape.txt":       "outside-corpus: a link to " + outside + ", outside the corpus folder",
		"proc.txt":         "outside-corpus: a link to /proc/version",
		"up.txt":           "outside-corpus:",
		"README.md":        "documentation: README.md reads as the folder's documentation (readme), not an article; skipped",
		"docs/LICENSE.txt": "documentation: LICENSE.txt reads as the folder's documentation (license)",
		"CHANGELOG.md":     "documentation:",
		"INDEX.md":         "documentation: INDEX.md in capitals reads as the folder's index",
		"FORMAT.md":        "documentation: FORMAT.md, a name in capitals, reads as the folder's notes",
		"big.txt":          "bad-metadata: big.meta.json: the sidecar is 64.0 KiB, over the 64.0 KiB a sidecar may be",
		"sibling.txt":      "duplicate:",
	} {
		if !slices.ContainsFunc(got[f], func(m string) bool { return strings.HasPrefix(m, want) }) {
			t.Errorf("%s: diagnostics %q, want one starting %q", f, got[f], want)
		}
	}

	var log bytes.Buffer
	report(&log, dir, d, st, true)
	out := log.String()
	if strings.ContainsRune(out, '\u202E') {
		t.Errorf("the report prints U+202E raw:\n%s", out)
	}
	if !strings.Contains(out, `/line\u{000A}break.txt: error: the file is empty [empty]`) {
		t.Errorf("the report does not escape a line break in a file name:\n%s", out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, dir) {
			t.Errorf("report line %q does not start with the corpus folder: a forged line", line)
		}
	}
}

func TestSafeName(t *testing.T) {
	for in, want := range map[string]string{
		"plain/name.txt":      "plain/name.txt",
		"evil\u202Etxt.md":    `evil\u{202E}txt.md`,
		"iso\u2066late\u2069": `iso\u{2066}late\u{2069}`,
		"a\nb\tc\x1b[31m":     `a\u{000A}b\u{0009}c\u{001B}[31m`,
		"क्\u200Dष/باريس.txt": "क्\u200Dष/باريس.txt",
		"zero\u200Bwidth.txt": `zero\u{200B}width.txt`,
	} {
		if got := safeName(in); got != want {
			t.Errorf("safeName(%q) = %q, want %q", in, got, want)
		}
	}
}
