package gold

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testTypes is the event vocabulary the tests' golds use.
var testTypes = []string{"arrest", "expel", "withdraw-forces", "demand", "accuse", "coup", "talks", "other"}

// writeGold writes a gold tree under a temporary folder: files maps a
// path relative to it to its contents. Article files that a gold names
// but files leaves out are written with the event's quotes, so that a
// test states only the events.
func writeGold(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// quotedFiles writes, next to a gold.json's contents, each file it names
// holding every quote of it.
func quotedFiles(t *testing.T, folder, gold string, extra ...string) map[string]string {
	t.Helper()
	var f goldFile
	if err := json.Unmarshal([]byte(gold), &f); err != nil {
		t.Fatalf("test gold: %v", err)
	}
	out := map[string]string{folder + "/gold.json": gold}
	add := func(name, text string) {
		p := folder + "/" + name
		if !strings.Contains(name, ".") {
			p += ".txt"
		}
		out[p] += text + "\n"
	}
	for _, e := range f.Events {
		for _, n := range append(append([]string{}, e.Articles...), e.Optional...) {
			add(n, "")
		}
		for _, m := range e.Mentions {
			add(m.File, m.Quote)
		}
	}
	for _, s := range f.Stories {
		for _, n := range s {
			add(n, "")
		}
	}
	for _, n := range extra {
		add(n, "A text about something else.")
	}
	return out
}

// pred is a predicted event for a test export: its actors as
// "source:id" or "target:id", and the files it has a mention in.
type pred struct {
	id, typ, date string
	actors        []string
	files         []string
	rule          string
}

// testExport builds an export of articles (file → language) and events,
// and reads it as Score would.
func testExport(t *testing.T, articles map[string]string, entities []Entity, stories []Story, diags []Diagnostic, preds ...pred) *Export {
	t.Helper()
	x := Export{Format: "parallax-dataset", Entities: entities, Stories: stories, Diagnostics: diags}
	for _, file := range sortedKeys(articles) {
		x.Articles = append(x.Articles, Article{ID: articleID(file), File: file, Lang: articles[file]})
	}
	for _, p := range preds {
		e := Prediction{ID: p.id, Type: p.typ, Date: p.date}
		for _, a := range p.actors {
			role, id, _ := strings.Cut(a, ":")
			e.Actors = append(e.Actors, Actor{ID: id, Name: id, Role: role})
		}
		for _, f := range p.files {
			e.Mentions = append(e.Mentions, PredictedMention{Article: articleID(f), Sentence: "A sentence of " + f + " for " + p.id + ".", Rule: p.rule})
		}
		x.Events = append(x.Events, e)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadExport(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("test export: %v", err)
	}
	return got
}

// articleID stands for the build's id of a file in test exports.
func articleID(file string) string { return "id-" + file }
