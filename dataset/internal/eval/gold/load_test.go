package gold

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	files := quotedFiles(t, "s", goldOf(ev("E1", "expel", "2025-09", "mali", "a"), ev("E2", "talks", "", "mali", "a,b.txt", `"optional": ["c"]`)), "n")
	files["s/a.meta.json"] = `{"published": "2025-09-12"}`
	files["s/INDEX.md"] = "notes\n"
	files["s/.hidden.txt"] = "x\n"
	files["nogold/x.txt"] = "x\n"
	g, err := Load(writeGold(t, files), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Folders) != 1 || g.Folders[0].Path != "s" {
		t.Fatalf("folders %+v", g.Folders)
	}
	f := g.Folders[0]
	if got := strings.Join(f.Files, " "); got != "s/a.txt s/b.txt s/c.txt s/n.txt" {
		t.Errorf("files %s: not sidecars, notes, hidden files or other folders", got)
	}
	e := f.Events[1]
	if strings.Join(e.Articles, " ") != "s/a.txt s/b.txt" || e.Optional[0] != "s/c.txt" || e.Mentions[1].File != "s/b.txt" {
		t.Errorf("names resolve to files: %+v", e)
	}
}

func TestLoadErrors(t *testing.T) {
	ok := ev("E1", "expel", "", "mali", "a")
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each must be in the error
	}{
		{"an unknown type", quotedFiles(t, "s", goldOf(ev("E1", "expell", "", "mali", "a"))),
			[]string{"s/gold.json: event E1: type \"expell\" is not a Parallax event type (arrest, expel,"}},
		{"a quote not in its file", map[string]string{"s/gold.json": goldOf(ok), "s/a.txt": "E1 is reported  in a\n"},
			[]string{"s/gold.json: event E1: mentions[0]: the quote is not in a.txt as written there", `"E1 is reported in a"`}},
		{"an article that does not exist", map[string]string{"s/gold.json": goldOf(ok)},
			[]string{"s/gold.json: event E1: articles: no file a in s/", "event E1: mentions[0]: no file a in s/"}},
		{"two files of one name", map[string]string{"s/gold.json": goldOf(ok), "s/a.txt": "E1 is reported in a", "s/a.html": "x"},
			[]string{`event E1: articles: "a" could be a.html or a.txt: give the extension`}},
		{"the notes named as an article", map[string]string{"s/gold.json": goldOf(ev("E1", "expel", "", "mali", "INDEX")), "s/INDEX.md": "E1 is reported in INDEX"},
			[]string{"INDEX.md is the annotators' notes"}},
		{"an id in two folders", func() map[string]string {
			m := quotedFiles(t, "s", goldOf(ok))
			for k, v := range quotedFiles(t, "t", goldOf(ok)) {
				m[k] = v
			}
			return m
		}(), []string{"t/gold.json: event E1: the id is used in s/gold.json too"}},
		{"a misspelt field", map[string]string{"s/gold.json": `{"events": [{"id": "E1", "artciles": []}]}`},
			[]string{`s/gold.json: near line 1: json: unknown field "artciles"`}},
		{"a syntax error", map[string]string{"s/gold.json": "{\n\"events\": [\n}"},
			[]string{"s/gold.json: line 3: invalid character '}'"}},
		{"a wrong JSON type", map[string]string{"s/gold.json": "{\"events\": [{\"id\": \"E1\",\n \"types\": \"expel\"}]}"},
			[]string{"s/gold.json: line 2: events.types: want []string, not a JSON string"}},
		{"many problems, each with its event", quotedFiles(t, "s", `{"events": [`+
			`{"id": "E1", "what": "x", "types": [], "date": "2025-13", "actors": [], "articles": ["a"], "mentions": [{"file": "b", "quote": "q"}]},`+
			`{"id": "E1", "what": "", "types": ["talks", "talks"], "date": "25 May", "actors": ["mali"], "articles": ["a", "a"], "optional": ["a/b"], "mentions": [{"file": "a", "quote": ""}]},`+
			`{"what": "x", "types": ["talks"], "actors": ["mali"], "articles": ["a"], "mentions": [{"file": "a", "quote": "q"}]}`+
			`], "stories": [["a", "c"], ["c"], []]}`), []string{
			"event E1: no types",
			`event E1: date "2025-13": want YYYY, YYYY-MM or YYYY-MM-DD`,
			"event E1: no actors",
			`event E1: mentions[0]: file "b" is not in the event's articles or optional`,
			"event E1: article a has no mention",
			"event E1: the id is used twice",
			`events[1]: no "what"`,
			`events[1]: type "talks" is listed twice`,
			"events[1]: articles: a is already in articles",
			`events[1]: optional: file "a/b": name a file of this folder, without a path`,
			"events[1]: mentions[0]: no quote",
			"events[2]: no id",
			"stories[1]: c is already in stories[0]",
			"stories[2]: empty",
		}},
		{"no gold at all", map[string]string{"s/a.txt": "x"}, []string{"no gold.json in it or under it"}},
		{"text after the object", map[string]string{"s/gold.json": "{}\n{}"}, []string{"s/gold.json:2: text after the JSON object"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(writeGold(t, tc.files), testTypes)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for s, want := range map[string]date{"": {}, "2022": {2022, 0, 0}, "2022-08": {2022, 8, 0}, "2022-02-28": {2022, 2, 28}} {
		if got, err := parseDate(s); err != nil || got != want {
			t.Errorf("%q: %v %v", s, got, err)
		}
	}
	for _, s := range []string{"2022-02-30", "22", "2022-8", "2022/08", "August 2022", "--08", "2022-08-15T10:00"} {
		if _, err := parseDate(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}

// FuzzParse checks that Parse never panics, and that what it accepts
// writes back to a gold.json that it reads the same.
func FuzzParse(f *testing.F) {
	f.Add([]byte(goldOf(ev("E1", "expel,other", "2025-09", "mali,france", "a,b", `"optional": ["c"]`, `"quantity": 2`))))
	f.Add([]byte(`{"about": "x", "events": [], "stories": [["a", "b"]]}`))
	f.Add([]byte("\ufeff{\"events\": null}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		folder, err := Parse("gold.json", b, testTypes)
		if err != nil {
			return
		}
		out, err := json.Marshal(goldFile{About: folder.About, Events: folder.Events, Stories: folder.Stories})
		if err != nil {
			t.Fatal(err)
		}
		again, err := Parse("gold.json", out, testTypes)
		if err != nil {
			t.Fatalf("%s does not parse again: %v", out, err)
		}
		out2, _ := json.Marshal(goldFile{About: again.About, Events: again.Events, Stories: again.Stories})
		if string(out) != string(out2) {
			t.Fatalf("parsed twice, differs:\n%s\n%s", out, out2)
		}
	})
}

func TestStage(t *testing.T) {
	files := quotedFiles(t, "s", goldOf(ev("E1", "expel", "", "mali", "a")), "n")
	files["s/a.meta.json"] = `{"published": "2025-09-12"}`
	files["s/INDEX.md"] = "notes\n"
	files["s/orphan.meta.json"] = "{}"
	files["nogold/x.txt"] = "x\n"
	root := writeGold(t, files)
	g, err := Load(root, testTypes)
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if err := Stage(g, root, out); err != nil {
		t.Fatal(err)
	}
	var got []string
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, p)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(got, " "); s != "s/a.meta.json s/a.txt s/n.txt" {
		t.Errorf("staged %s: the articles and their sidecars only", s)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "s/a.meta.json")); string(b) != files["s/a.meta.json"] {
		t.Errorf("sidecar %q", b)
	}
	if err := Stage(g, root, out); err == nil {
		t.Error("staged into a folder that is not empty")
	}
}
