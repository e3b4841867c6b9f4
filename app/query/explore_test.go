package query

import (
	"fmt"
	"strings"
	"testing"

	"parallax/app/query/querytest"
	"parallax/dataset"
)

// small is a hand-made dataset: three articles in three scripts, four
// events.
func small() *dataset.Dataset {
	para := func(text string) dataset.Paragraph {
		return dataset.Paragraph{Kind: dataset.KindText, Text: text, Sentences: []dataset.Span{{Start: 0, End: len(text)}}}
	}
	arText := "وصل عناصر فاغنر إلى مالي."
	hiText := "वैगनर समूह के सैनिक माली पहुंचे।"
	enText := "France expelled two Malian diplomats. Mali arrested a French national."
	ds := &dataset.Dataset{
		Articles: []dataset.Article{
			{ID: "ar1", Lang: "ar", Paragraphs: []dataset.Paragraph{para(arText)}},
			{ID: "hi1", Lang: "hi", Paragraphs: []dataset.Paragraph{para(hiText)}},
			{ID: "en1", Lang: "en", Paragraphs: []dataset.Paragraph{{Kind: dataset.KindText, Text: enText, Sentences: []dataset.Span{{Start: 0, End: 37}, {Start: 38, End: len(enText)}}}}},
		},
		Entities: []dataset.Entity{
			{ID: "wagner-group", Name: "Wagner Group", Aliases: []string{"Wagner", "فاغنر", "فاجنر", "वैगनर"}},
			{ID: "mali", Name: "Mali", Aliases: []string{"مالي", "माली", "Malian"}},
			{ID: "france", Name: "France", Aliases: []string{"فرنسا", "French"}},
			{ID: "bamako", Name: "Bamako"},
		},
		Events: []dataset.Event{
			{ID: "e1", Type: "deploy-forces", Plover: "MOBILIZE", Date: "2022", Source: []string{"wagner-group"}, Target: []string{"mali"},
				Mentions: []dataset.Mention{{Article: "ar1", Sentence: dataset.Span{Start: 0, End: len(arText)}}, {Article: "hi1", Sentence: dataset.Span{Start: 0, End: len(hiText)}}}},
			{ID: "e2", Type: "expel", Plover: "SANCTION", Date: "2025-09", Source: []string{"france"}, Target: []string{"mali"},
				Mentions: []dataset.Mention{{Article: "en1", Sentence: dataset.Span{Start: 0, End: 37}}}},
			{ID: "e3", Type: "arrest", Plover: "COERCE", Date: "2025-08-14", Source: []string{"mali"}, Target: []string{"france"}, Place: "bamako",
				Mentions: []dataset.Mention{{Article: "en1", Sentence: dataset.Span{Start: 38, End: len(enText)}}}},
			{ID: "e4", Type: "coup", Target: []string{"mali"},
				Mentions: []dataset.Mention{{Article: "en1", Sentence: dataset.Span{Start: 38, End: len(enText)}}}},
		},
		Stories: []dataset.Story{{ID: "s1", Versions: []string{"en1"}, Events: []string{"e2", "e3"}}},
	}
	return ds
}

func ids(r Result) string {
	var out []string
	for _, e := range r.Events {
		out = append(out, e.ID)
	}
	return strings.Join(out, " ")
}

func TestRun(t *testing.T) {
	ex := NewExplorer(New(small()))
	for _, tc := range []struct {
		name string
		f    Filter
		want string
	}{
		{"everything", Filter{}, "e1 e2 e3 e4"},
		{"OR within a facet", Filter{Values: map[string][]string{FacetType: {"expel", "arrest"}}}, "e2 e3"},
		{"AND across facets", Filter{Values: map[string][]string{FacetType: {"expel", "arrest"}, FacetActor: {"france"}, FacetLang: {"en"}}}, "e2 e3"},
		{"actor and place", Filter{Values: map[string][]string{FacetActor: {"mali"}, FacetPlace: {"bamako"}}}, "e3"},
		{"story", Filter{Values: map[string][]string{FacetStory: {"s1"}}}, "e2 e3"},
		{"article", Filter{Values: map[string][]string{FacetArticle: {"hi1"}}}, "e1"},
		{"unknown value", Filter{Values: map[string][]string{FacetType: {"nope"}}}, ""},
		{"month range", Filter{From: "2025-08", To: "2025-08"}, "e3"},
		{"open range", Filter{From: "2025-09"}, "e2"},
		{"a year overlaps a range", Filter{From: "2022-06", To: "2023-01"}, "e1"},
		{"at least two languages", Filter{MinLangs: 2}, "e1"},
		{"search, English word", Filter{Q: "diplomats"}, "e2"},
		{"search by prefix", Filter{Q: "diplom"}, "e2"},
		{"search, Latin name", Filter{Q: "Wagner"}, "e1"},
		{"search, Arabic name", Filter{Q: "فاغنر"}, "e1"},
		{"search, Arabic variant and clitic", Filter{Q: "وفاجنر"}, "e1"},
		{"search, Devanagari name", Filter{Q: "वैगनर"}, "e1"},
		{"search, demonym reaches the entity", Filter{Q: "Malian"}, "e1 e2 e3 e4"},
		{"search, every word", Filter{Q: "France Bamako"}, "e3"},
		{"search, type label and text", Filter{Q: "arrest"}, "e3 e4"},
		{"search, type label only", Filter{Q: "expulsion"}, "e2"},
		{"search and facet", Filter{Q: "mali", Values: map[string][]string{FacetType: {"coup"}}}, "e4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ids(ex.Run(tc.f)); got != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCountsLeaveTheirFacetOut(t *testing.T) {
	ex := NewExplorer(New(small()))
	r := ex.Run(Filter{Values: map[string][]string{FacetType: {"expel"}, FacetLang: {"en"}}})
	count := func(facet, value string) int {
		for _, c := range r.Counts[facet] {
			if c.Value == value {
				return c.Count
			}
		}
		return -1
	}
	// Type counts ignore the type selection but keep the language one.
	if got := count(FacetType, "arrest"); got != 1 {
		t.Errorf("arrest count %d, want 1 (what ticking it would add)", got)
	}
	if got := count(FacetType, "deploy-forces"); got != -1 {
		t.Errorf("deploy-forces listed with count %d, but the language filter excludes it", got)
	}
	// Language counts ignore the language selection but keep the type.
	if got := count(FacetLang, "en"); got != 1 {
		t.Errorf("en count %d, want 1", got)
	}
	if r.Langs[1] != 1 {
		t.Errorf("language histogram %v", r.Langs)
	}
	if len(r.Months) != 2 || r.Months[0].Month != "2025-08" || r.Months[1].Total != 1 {
		t.Errorf("months %+v", r.Months)
	}
}

// BenchmarkFacetChange measures what one click in the events view costs:
// a filter with a facet selected, and every count recomputed.
func BenchmarkFacetChange(b *testing.B) {
	for _, n := range []int{100, 1000, 10000, 100000} {
		ex := NewExplorer(New(querytest.Synthetic(n)))
		f := Filter{Values: map[string][]string{FacetType: {"expel", "arrest"}, FacetLang: {"fr"}}, From: "2020-01", To: "2024-12"}
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			for b.Loop() {
				ex.Run(f)
			}
		})
	}
}

// BenchmarkSearch measures a keystroke in the search box.
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{100, 1000, 10000, 100000} {
		ex := NewExplorer(New(querytest.Synthetic(n)))
		ex.Run(Filter{Q: "x"}) // the search index is built on the first search
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			for b.Loop() {
				ex.Run(Filter{Q: "wagner dipl"})
			}
		})
	}
}

// BenchmarkNewExplorer measures building the index when the events view
// first opens, and the search index on the first search.
func BenchmarkNewExplorer(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		ix := New(querytest.Synthetic(n))
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			for b.Loop() {
				NewExplorer(ix)
			}
		})
		b.Run(fmt.Sprintf("first-search/events=%d", n), func(b *testing.B) {
			for b.Loop() {
				NewExplorer(ix).searcher()
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	ds := small()
	w := strings.Index(ds.Articles[0].Paragraphs[0].Text, "فاغنر")
	ds.Articles[0].Paragraphs[0].Marks = []dataset.Mark{{Span: dataset.Span{Start: w, End: w + len("فاغنر")}, Kind: dataset.MarkEntity, Entity: "wagner-group"}}
	ex := NewExplorer(New(ds))
	show := func(hs []Hit) string {
		var b strings.Builder
		for _, h := range hs {
			if h.Match {
				b.WriteString("[" + h.Text + "]")
			} else {
				b.WriteString(h.Text)
			}
		}
		return b.String()
	}
	en := &ds.Articles[2]
	if got := show(ex.Highlight(en, 0, en.Paragraphs[0].Sentences[0], Terms("dipl France"))); got != "[France] expelled two Malian [diplomats]." {
		t.Errorf("English: %s", got)
	}
	ar := &ds.Articles[0]
	// A Latin-script search lights up the Arabic name of the same entity.
	if got := show(ex.Highlight(ar, 0, ar.Paragraphs[0].Sentences[0], Terms("Wagner"))); got != "وصل عناصر [فاغنر] إلى مالي." {
		t.Errorf("Arabic: %s", got)
	}
}
