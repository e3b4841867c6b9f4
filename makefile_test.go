package parallax_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestMakefileSeesEveryCorpusChange runs the Makefile's corpus listing,
// on which the dataset depends, after each kind of change to a corpus,
// and checks that it is replaced when the corpus changed and left alone
// when not: added with an old mtime, renamed, removed, edited without a
// change of size or mtime, a link repointed, and any file name.
func TestMakefileSeesEveryCorpusChange(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Fatal("make is needed: ", err)
	}
	tmp := t.TempDir()
	corpus := filepath.Join(tmp, "my corpus")
	list := filepath.Join(tmp, "corpus.list")
	write := func(name, body string, mtime time.Time) {
		t.Helper()
		p := filepath.Join(corpus, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)
	write("a.txt", "France expels two diplomats.", old)
	var last []byte
	listing := func() []byte {
		t.Helper()
		cmd := exec.Command("make", "-s", "SEEDS="+corpus, "CORPUS_LIST="+list, list)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("make %s: %v\n%s", list, err, out)
		}
		b, err := os.ReadFile(list)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	last = listing()
	for _, step := range []struct {
		name    string
		change  func()
		changed bool
	}{
		{"nothing", func() {}, false},
		{"added with an old mtime, a name with a space, ':' and ';'", func() { write("b c: d;e.txt", "Mali answers.", old) }, true},
		{"nothing again", func() {}, false},
		{"renamed", func() {
			if err := os.Rename(filepath.Join(corpus, "b c: d;e.txt"), filepath.Join(corpus, "f.txt")); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"edited, same size and mtime", func() { write("a.txt", "France expels two diplomatz.", old) }, true},
		{"removed", func() {
			if err := os.Remove(filepath.Join(corpus, "f.txt")); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"a link added", func() {
			if err := os.Symlink("a.txt", filepath.Join(corpus, "l.txt")); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"the link repointed", func() {
			os.Remove(filepath.Join(corpus, "l.txt"))
			if err := os.Symlink("/etc/hostname", filepath.Join(corpus, "l.txt")); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"a file in a new folder", func() { write("sub/g.md", "# G", old) }, true},
	} {
		before, _ := os.Stat(list)
		step.change()
		now := listing()
		if changed := !bytes.Equal(now, last); changed != step.changed {
			t.Errorf("%s: listing changed = %v, want %v", step.name, changed, step.changed)
		}
		// The dataset is rebuilt when the listing is newer: an unchanged
		// corpus must leave the file itself alone.
		if after, _ := os.Stat(list); !step.changed && !after.ModTime().Equal(before.ModTime()) {
			t.Errorf("%s: the listing was rewritten; the dataset would be rebuilt for nothing", step.name)
		}
		last = now
	}
}
