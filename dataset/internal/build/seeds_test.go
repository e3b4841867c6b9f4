package build_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/langid"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current output")

const seedsDir = "../../../seeds"

// env is the real pipeline's environment, built once for all tests:
// lingua-go's detector, the gazetteer and the lexicons. The golden files
// record what the real pipeline makes of the seeds.
var env = sync.OnceValue(func() *build.Env {
	d, err := langid.New()
	if err != nil {
		panic(err)
	}
	env, err := build.LoadEnv(d)
	if err != nil {
		panic(err)
	}
	return env
})

func seedInputs(t *testing.T) []build.Input {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds in %s: %v", seedsDir, err)
	}
	var ins []build.Input
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, build.Input{File: filepath.Base(f), Raw: raw})
	}
	return ins
}

// seedCorpus runs the whole pipeline on the seeds.
func seedCorpus(t *testing.T) *dataset.Dataset {
	t.Helper()
	var results []build.Result
	for _, in := range seedInputs(t) {
		results = append(results, build.Article(in, env(), build.Options{}))
	}
	return build.Assemble(results, env())
}

// seedNumbers names each seed article by its file's number ("000").
func seedNumbers(d *dataset.Dataset) map[string]string {
	files := map[string]string{}
	for _, a := range d.Articles {
		files[a.ID] = a.File[:3]
	}
	return files
}

// TestSeedsGolden runs the per-article stages on every seed and compares a
// readable dump with testdata/golden/NAME.golden. Run `go test -update`
// to rewrite the files, and read the diff before committing.
func TestSeedsGolden(t *testing.T) {
	for _, in := range seedInputs(t) {
		t.Run(in.File, func(t *testing.T) {
			r := build.Article(in, env(), build.Options{})
			if !r.OK {
				t.Fatalf("seed refused: %v", r.Diagnostics)
			}
			checkGolden(t, strings.TrimSuffix(in.File, ".txt")+".golden", dumpArticle(&r.Article, r.Diagnostics))
		})
	}
}

// TestSeedsEventsGolden runs the whole corpus and compares the merged
// events with testdata/golden/events.golden.
func TestSeedsEventsGolden(t *testing.T) {
	d := seedCorpus(t)
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "events.golden", dumpEvents(d))
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the pipeline's output; run go test -update and read the diff.\n%s", golden, firstDiff(string(want), got))
	}
}

// dumpEvents renders the merged events, one block each: the event, then
// every mention with its article's file and its sentence.
func dumpEvents(d *dataset.Dataset) string {
	files := map[string]*dataset.Article{}
	for i := range d.Articles {
		files[d.Articles[i].ID] = &d.Articles[i]
	}
	var b strings.Builder
	for _, e := range d.Events {
		fmt.Fprintf(&b, "%s %s %s -> %s", e.Type, orDash(e.Date), orDash(strings.Join(e.Source, ",")), orDash(strings.Join(e.Target, ",")))
		if e.Place != "" {
			fmt.Fprintf(&b, " place=%s", e.Place)
		}
		for _, q := range e.Quantities {
			fmt.Fprintf(&b, " qty=%g", q.Value)
		}
		if e.Modality != dataset.Asserted {
			fmt.Fprintf(&b, " modality=%s", e.Modality)
		}
		if e.Background {
			b.WriteString(" background")
		}
		fmt.Fprintf(&b, " [%s %s/%s conf %.2f]\n", e.ID, e.Plover, e.Mode, e.Confidence)
		if e.DateSource != "" {
			fmt.Fprintf(&b, "  date from %s\n", e.DateSource)
		}
		if len(e.Descriptions) > 0 {
			fmt.Fprintf(&b, "  described: %s\n", strings.Join(e.Descriptions, " | "))
		}
		if a := e.Affected; a.Text != "" {
			fmt.Fprintf(&b, "  affected: %s (%s)\n", a.Text, orDash(a.Entity))
		}
		for _, m := range e.Mentions {
			a := files[m.Article]
			p := a.Paragraphs[m.Paragraph].Text
			fmt.Fprintf(&b, "  %s ¶%d «%s» %s", a.File[:3], m.Paragraph, p[m.Trigger.Start:m.Trigger.End], orDash(m.Date))
			if m.Attribution != "" {
				fmt.Fprintf(&b, " (per %s)", m.Attribution)
			}
			fmt.Fprintf(&b, "\n    %s\n", p[m.Sentence.Start:m.Sentence.End])
		}
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// dumpArticle renders what the pipeline found in one article, one fact per
// line, so that a golden diff reads as a review.
func dumpArticle(a *dataset.Article, diags []dataset.Diagnostic) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id %s\nlang %s %.4f\nscript %s %s\n", a.ID, a.Lang, a.LangConfidence, a.Script, a.Dir)
	fmt.Fprintf(&b, "title (%s) %s\n", a.TitleSource, a.Title)
	if a.Dateline != "" {
		fmt.Fprintf(&b, "dateline %s\n", a.Dateline)
	}
	fmt.Fprintf(&b, "words %d sentences %d\n", a.Words, a.Sentences)
	if a.Meta.Published != "" {
		fmt.Fprintf(&b, "published %s inferred=%v\n", a.Meta.Published, a.Meta.PublishedInferred)
	}
	for _, d := range diags {
		fmt.Fprintf(&b, "diagnostic %s %s: %s\n", d.Severity, d.Code, d.Message)
	}
	for _, r := range a.Removed {
		fmt.Fprintf(&b, "removed line %d %s: %s\n", r.Line, r.Reason, r.Text)
	}
	for i, p := range a.Paragraphs {
		fmt.Fprintf(&b, "\n¶%d %s", i, p.Kind)
		if p.Lang != "" {
			fmt.Fprintf(&b, " lang=%s %.4f", p.Lang, p.LangConfidence)
		}
		b.WriteByte('\n')
		for _, s := range p.Sentences {
			fmt.Fprintf(&b, "  | %s\n", p.Text[s.Start:s.End])
		}
		for _, m := range p.Marks {
			fmt.Fprintf(&b, "  %s %q", m.Kind, p.Text[m.Start:m.End])
			if m.Entity != "" {
				fmt.Fprintf(&b, " → %s", m.Entity)
			}
			if m.Date != "" {
				fmt.Fprintf(&b, " → %s", m.Date)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(no line differs)"
}

// TestSeedsEventsAcceptance states issue 3's acceptance on the seeds
// directly, so that a golden update cannot quietly lose it: each of the
// story's facts is one event, with its mentions across the articles that
// report it, and different people are never one event.
func TestSeedsEventsAcceptance(t *testing.T) {
	d := seedCorpus(t)
	files := seedNumbers(d)
	// find returns the events of a type and actors whose mentions include
	// a sentence containing every word of one of the needles.
	find := func(typ, src, tgt string, needles ...string) []dataset.Event {
		var out []dataset.Event
		for _, e := range d.Events {
			if e.Type != typ || src != "" && !slices.Contains(e.Source, src) || tgt != "" && !slices.Contains(e.Target, tgt) {
				continue
			}
			for _, m := range e.Mentions {
				sentence := d.Articles[slices.IndexFunc(d.Articles, func(a dataset.Article) bool { return a.ID == m.Article })].Paragraphs[m.Paragraph].Text[m.Sentence.Start:m.Sentence.End]
				if slices.ContainsFunc(needles, func(n string) bool { return strings.Contains(sentence, n) }) {
					out = append(out, e)
					break
				}
			}
		}
		return out
	}
	articlesOf := func(e dataset.Event) string {
		var fs []string
		for _, m := range e.Mentions {
			fs = append(fs, files[m.Article])
		}
		slices.Sort(fs)
		return strings.Join(slices.Compact(fs), " ")
	}
	for _, tc := range []struct {
		name, typ, src, tgt string
		needles             []string
		articles            string // the articles that must report it, at least
		date                string // a prefix of its date, when it has one
	}{
		{"the arrest of the French national", "arrest", "mali", "france", []string{"फ्रांसीसी नागरिक", "اعتقال دبلوماسي فرنسي"}, "000 001", ""},
		{"France's expulsion of two Malian diplomats", "expel", "france", "mali", []string{"दो राजनयिकों", "اثنين من الدبلوماسيين"}, "000 001", ""},
		{"the suspension of counter-terrorism cooperation", "suspend-cooperation", "france", "mali", []string{"सहयोग को निलंबित", "تعليق تعاونها"}, "000 001", ""},
		{"five French embassy staff declared persona non grata", "expel", "mali", "france", []string{"पांच फ्रांसीसी", "خمسة من موظفي"}, "000 001", ""},
		{"the August 2020 coup", "coup", "", "mali", []string{"2020"}, "000 001 002 003", "2020"},
		{"the 2022 departure of French forces", "withdraw-forces", "france", "mali", []string{"2022"}, "001 002 003", "2022"},
		{"the English article's staff cut", "reduce-presence", "france", "mali", []string{"diplomatic personnel"}, "004", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es := slices.DeleteFunc(find(tc.typ, tc.src, tc.tgt, tc.needles...), func(e dataset.Event) bool { return !strings.HasPrefix(e.Date, tc.date) })
			if len(es) != 1 {
				t.Fatalf("%d events, want one", len(es))
			}
			for _, f := range strings.Fields(tc.articles) {
				if !strings.Contains(articlesOf(es[0]), f) {
					t.Errorf("reported in %s, want at least %s", articlesOf(es[0]), tc.articles)
				}
			}
		})
	}
	// Different people, different events: the Malian officers the junta
	// arrested are not the French national; French troops expelled are not
	// the five embassy staff.
	national := find("arrest", "mali", "france", "फ्रांसीसी नागरिक")
	if officers := find("arrest", "", "", "عشرات الضباط"); len(officers) != 1 || len(national) != 1 || officers[0].ID == national[0].ID {
		t.Errorf("the arrest of dozens of officers is not its own event")
	}
	troops := find("expel", "mali", "france", "फ्रांसीसी सैनिकों")
	staff := find("expel", "mali", "france", "पांच फ्रांसीसी")
	if len(troops) != 1 || len(staff) != 1 || troops[0].ID == staff[0].ID {
		t.Errorf("the expulsion of French troops is merged with the five staff declared persona non grata")
	}
	if len(national) == 1 && national[0].Affected.Text != "a French national" {
		t.Errorf("the arrested man is %q, want a French national", national[0].Affected.Text)
	}
	// The attempted coup of 2025 is not the 2020 coup.
	if attempt := find("coup", "", "", "إحباط محاولة انقلابية"); len(attempt) != 1 || attempt[0].Modality != dataset.Attempted {
		t.Errorf("the foiled coup plot is not one attempted coup: %+v", attempt)
	}
}
