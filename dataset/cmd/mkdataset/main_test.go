package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/read"
)

func detector(t *testing.T) *build.Env {
	t.Helper()
	env, err := newEnv()
	if err != nil {
		t.Fatal(err)
	}
	return env
}

// TestBuildIsDeterministic builds the seeds twice, with one worker and with
// several, and requires byte-identical binary and JSON outputs
// (lingua-go's TestLanguageDetectionIsDeterministic is the model).
func TestBuildIsDeterministic(t *testing.T) {
	det := detector(t)
	var bins, jsons [][]byte
	for _, workers := range []int{1, 4} {
		d, _, err := buildCorpus("../../../seeds", det, build.Options{}, workers, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		bin, err := dataset.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		js, err := dataset.ExportJSON(d, dataset.ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		bins, jsons = append(bins, bin), append(jsons, js)
	}
	if !bytes.Equal(bins[0], bins[1]) {
		t.Error("the binary dataset differs between two builds of the same seeds")
	}
	if !bytes.Equal(jsons[0], jsons[1]) {
		t.Error("the JSON export differs between two builds of the same seeds")
	}
}

// writeCorpus writes files (name → content) under a new folder.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	goodFR = "La France a suspendu sa coopération antiterroriste avec le Mali et expulsé deux diplomates maliens, a indiqué vendredi une source diplomatique à l'AFP."
	goodEN = "France has cut its diplomatic staff in Mali, citing the growing insecurity in the region and the threats against foreign missions in Bamako."
)

// TestEveryFileIsAccountedFor builds a corpus with every kind of bad file
// and checks that each file is either an article or has a line in the
// report that names it, with the right code: nothing is dropped silently.
func TestEveryFileIsAccountedFor(t *testing.T) {
	long := func(subject string) string {
		return strings.Repeat("La junte malienne a annoncé de nouvelles mesures contre "+subject+". ", 4)
	}
	files := map[string]string{
		"good.txt":              goodFR,
		"good.meta.json":        `{"published": "2025-09-12", "outlet": "AFP"}`,
		"en/page.html":          `<html><head><title>Cuts | Wire</title></head><body><nav>Home</nav><article><h1>France cuts staff in Mali</h1><p>` + goodEN + `</p></article><footer>©</footer></body></html>`,
		"en/note.md":            "---\ntitle: Notes from Bamako\npublished: 2025-09-10\n---\n\n# Notes from Bamako\n\nThe **junta** in [Bamako](https://x) has grown closer to Moscow since it seized power, and relations with Paris have soured year after year.\n",
		"nested/again.txt":      goodFR, // a duplicate of good.txt
		"empty.txt":             "",
		"blank.txt":             " \n\t\n",
		"binary.txt":            "\x89PNG\r\n\x1a\n\x00\x00",
		"latin1.txt":            "caf\xe9 cr\xe8me",
		"huge.txt":              strings.Repeat("a ", 2000),
		"photo.jpg":             "\xff\xd8",
		"nested/lost.meta.json": `{"outlet": "x"}`,
		"typo.txt":              long("les médias"),
		"typo.meta.json":        `{"publised": "2025-09-12"}`,
		"conflict.md":           "---\npublished: 2025-08-14\n---\n\n" + long("les partis"),
		"conflict.meta.json":    `{"published": "2025-08-15"}`,
		"unclosed.md":           "---\ntitle: x\n\n" + long("la presse"),
		"numbers.txt":           strings.Repeat("2025 1234 5678 90 ", 12),
		"italiano.txt":          strings.Repeat("Il governo francese ha sospeso la cooperazione militare con il Mali e ha espulso due diplomatici. ", 3),
		"short.txt":             "Mali: talks resume.",
		"menu.html":             "<html><body><nav><a href='/'>Home</a></nav><footer>© 2025</footer></body></html>",
		"residue.txt":           "عاجل\nتم نسخ الرابط\n",
		".hidden.txt":           "passed over, like .git",
		".git/config":           "[core]",
	}
	dir := writeCorpus(t, files)
	for name, target := range map[string]string{"gone.txt": "nowhere.txt", "loop": "."} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Root reads every file whatever its mode, so an unreadable file is
	// only made for other users.
	if os.Geteuid() != 0 {
		if err := os.WriteFile(filepath.Join(dir, "locked.txt"), []byte(goodEN), 0o000); err != nil {
			t.Fatal(err)
		}
	}

	d, st, err := buildCorpus(dir, detector(t), build.Options{MaxSize: 1000}, 2, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]dataset.Article{}
	for _, a := range d.Articles {
		articles[a.File] = a
	}
	for _, f := range []string{"good.txt", "en/page.html", "en/note.md", "typo.txt", "conflict.md", "unclosed.md", "numbers.txt", "italiano.txt", "short.txt"} {
		if _, ok := articles[f]; !ok {
			t.Errorf("%s is not an article", f)
		}
	}
	if a := articles["good.txt"]; a.Lang != "fr" || a.Meta.Outlet != "AFP" || a.Meta.Published != "2025-09-12" {
		t.Errorf("good.txt: %s %+v, want French with the sidecar's metadata", a.Lang, a.Meta)
	}
	if a := articles["en/page.html"]; a.Title != "France cuts staff in Mali" || a.Lang != "en" || len(a.Paragraphs) != 2 {
		t.Errorf("en/page.html: %q in %s, %d paragraphs", a.Title, a.Lang, len(a.Paragraphs))
	}
	if a := articles["en/note.md"]; a.Meta.Published != "2025-09-10" || strings.Contains(a.Paragraphs[len(a.Paragraphs)-1].Text, "**") {
		t.Errorf("en/note.md: %+v %q", a.Meta, a.Paragraphs[len(a.Paragraphs)-1].Text)
	}
	if a := articles["conflict.md"]; a.Meta.Published != "2025-08-15" {
		t.Errorf("conflict.md published %s, want the sidecar's 2025-08-15", a.Meta.Published)
	}

	want := map[string]string{
		"binary.txt":            "binary",
		"blank.txt":             "empty",
		"conflict.md":           "metadata-conflict",
		"empty.txt":             "empty",
		"gone.txt":              "unreadable",
		"huge.txt":              "too-large",
		"italiano.txt":          "unsupported-language",
		"latin1.txt":            "invalid-utf8",
		"loop":                  "unsupported-type",
		"menu.html":             "no-text",
		"nested/again.txt":      "duplicate",
		"nested/lost.meta.json": "orphan-metadata",
		"numbers.txt":           "unknown-language",
		"photo.jpg":             "unsupported-type",
		"pipe.txt":              "unreadable",
		"residue.txt":           "no-text",
		"short.txt":             "short",
		"typo.txt":              "bad-metadata",
		"unclosed.md":           "bad-metadata",
	}
	if os.Geteuid() != 0 {
		want["locked.txt"] = "unreadable"
	}
	got := map[string][]string{}
	for _, x := range d.Diagnostics {
		got[x.File] = append(got[x.File], x.Code)
		if x.Message == "" {
			t.Errorf("%s: diagnostic without a message", x.File)
		}
	}
	for f, code := range want {
		if !slices.Contains(got[f], code) {
			t.Errorf("%s: diagnostics %v, want %q", f, got[f], code)
		}
	}
	// Every file on disk is an article, a diagnostic, a sidecar that was
	// used, or hidden and counted.
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel := relPath(dir, p)
		_, article := articles[rel]
		sidecarUsed := strings.HasSuffix(rel, ".meta.json") && articles[strings.TrimSuffix(rel, ".meta.json")+".txt"].ID != "" ||
			articles[strings.TrimSuffix(rel, ".meta.json")+".md"].ID != ""
		hidden := slices.ContainsFunc(st.hidden, func(h string) bool { return rel == h || strings.HasPrefix(rel, h) })
		if !article && len(got[rel]) == 0 && !sidecarUsed && !hidden {
			t.Errorf("%s is neither an article nor in the report", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(st.hidden, []string{".git/", ".hidden.txt"}) {
		t.Errorf("hidden = %v", st.hidden)
	}

	var log bytes.Buffer
	report(&log, dir, d, st, false)
	for f := range want {
		if !strings.Contains(log.String(), "/"+f+": ") && !strings.Contains(log.String(), "/"+f+":1: ") {
			t.Errorf("the report does not name %s:\n%s", f, log.String())
		}
	}
	for _, line := range []string{"  languages: ", "  events: ", "  stories: ", "  errors: ", "  warnings: ", "too-large 1", "passed over 2 hidden"} {
		if !strings.Contains(log.String(), line) {
			t.Errorf("the report lacks %q:\n%s", line, log.String())
		}
	}
}

// TestRun checks the command's outcome: outputs are written only when the
// build succeeds, -strict fails on any warning, and -langs restricts the
// detector (and refuses codes it does not know).
func TestRun(t *testing.T) {
	clean := writeCorpus(t, map[string]string{"fr.txt": goodFR, "en.txt": goodEN})
	warned := writeCorpus(t, map[string]string{"fr.txt": goodFR, "en.txt": goodEN, "short.txt": "Mali: talks resume."})
	broken := writeCorpus(t, map[string]string{"empty.txt": "", "binary.txt": "\x00"})
	for _, tc := range []struct {
		name    string
		cfg     config
		wantErr string // "" for success
	}{
		{"clean", config{seeds: clean}, ""},
		{"clean, strict", config{seeds: clean, strict: true}, ""},
		{"warnings", config{seeds: warned}, ""},
		{"warnings, strict", config{seeds: warned, strict: true}, "-strict: 0 errors and 1 warnings, nothing written"},
		{"nothing usable", config{seeds: broken}, "no article could be used (2 errors)"},
		{"restricted languages", config{seeds: clean, langs: "en, FR"}, ""},
		{"unknown language", config{seeds: clean, langs: "en,xx"}, `-langs: langid: "xx" is not an ISO 639-1 code`},
		{"one language", config{seeds: clean, langs: "fr"}, "-langs: langid: at least two candidate languages are needed"},
		{"no folder", config{seeds: filepath.Join(clean, "missing")}, "no such file"},
		{"latest", config{seeds: clean, latest: "2025-09-12"}, ""},
		{"latest not a date", config{seeds: clean, latest: "2025-02-30"}, `-latest "2025-02-30": want a date, YYYY-MM-DD`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "d.bin")
			tc.cfg.out, tc.cfg.workers, tc.cfg.maxSize = out, 2, read.DefaultMaxSize
			var log bytes.Buffer
			err := run(tc.cfg, &log)
			_, statErr := os.Stat(out)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("run: %v, want an error containing %q", err, tc.wantErr)
				}
				if statErr == nil {
					t.Error("a failed build wrote its output")
				}
				return
			}
			if err != nil {
				t.Fatalf("run: %v\n%s", err, log.String())
			}
			if statErr != nil {
				t.Fatalf("no output: %v", statErr)
			}
			b, _ := os.ReadFile(out)
			d, err := dataset.Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range d.Articles {
				if a.Lang != "fr" && a.Lang != "en" {
					t.Errorf("%s: language %s", a.File, a.Lang)
				}
			}
		})
	}
}

// TestProgress draws the bar into a buffer: counts, a phase, and a clear
// line at the end; a nil bar does nothing.
func TestProgress(t *testing.T) {
	var nilBar *progress
	nilBar.start("x", 1)
	nilBar.add()
	nilBar.phase("y")
	nilBar.done()

	var b bytes.Buffer
	p := newProgress(&b)
	p.start("articles", 4)
	p.add()
	p.add()
	p.draw()
	p.phase("linking events and stories")
	p.done()
	out := b.String()
	for _, want := range []string{"2/4 articles", "[===============               ]", "linking events and stories…", "\r\033[K"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output %q lacks %q", out, want)
		}
	}
}

func TestNumber(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567", -1000: "-1,000"} {
		if got := number(n); got != want {
			t.Errorf("number(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestIsTerminal: the progress bar is drawn on a terminal only, never into
// a pipe, a log file or /dev/null.
func TestIsTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	for name, file := range map[string]*os.File{"pipe": w, "file": f, os.DevNull: null} {
		if isTerminal(file) {
			t.Errorf("%s is taken for a terminal", name)
		}
	}
	// A pseudo-terminal, when the system has one to give.
	if ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0); err == nil {
		defer ptmx.Close()
		if !isTerminal(ptmx) {
			t.Error("/dev/ptmx is not taken for a terminal")
		}
	}
}
