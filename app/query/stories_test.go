package query

import (
	"strings"
	"testing"

	"parallax/dataset"
)

// compareCorpus is a story told by two versions and one not analysed: the
// news (an expulsion), its context (a denial the Arabic version may
// tell), and history (a coup of 2020).
func compareCorpus() *dataset.Dataset {
	text := func(id, lang, published string, inferred bool, outlet string, paras ...string) dataset.Article {
		a := dataset.Article{ID: id, File: id + ".txt", Lang: lang, Meta: dataset.Meta{Published: published, PublishedInferred: inferred, Outlet: outlet}}
		for i, p := range paras {
			kind := dataset.KindText
			if i == 0 {
				kind = dataset.KindTitle
			}
			a.Paragraphs = append(a.Paragraphs, dataset.Paragraph{Kind: kind, Text: p, Sentences: []dataset.Span{{Start: 0, End: len(p)}}})
		}
		return a
	}
	en := text("en", "en", "2025-09-11", false, "Wire", "France expels two diplomats", "France denied the charges.", "Goïta seized power in 2020.")
	en.Paragraphs[2].Marks = []dataset.Mark{{Span: dataset.Span{Start: 0, End: len("Goïta")}, Kind: dataset.MarkEntity, Entity: "goita"}}
	ar := text("ar", "ar", "2020", true, "", "فرنسا تطرد دبلوماسيين", "وصف مصدر فرنسي الاتهامات بأنها لا أساس لها.", "انقلاب الجيش عام 2020.")
	pt := text("pt", "pt", "", false, "Jornal", "França expulsa diplomatas")
	copyOf := text("copy", "en", "2025-09-12", false, "Reprint", "France expels two diplomats")
	copyOf.DuplicateOf = "en"
	m := func(a string, para int) dataset.Mention {
		return dataset.Mention{Article: a, Paragraph: para, Sentence: dataset.Span{Start: 0, End: 20}, Modality: dataset.Asserted}
	}
	return &dataset.Dataset{
		Articles: []dataset.Article{en, ar, pt, copyOf},
		Entities: []dataset.Entity{{ID: "france", Kind: dataset.EntityCountry, Name: "France"}, {ID: "mali", Kind: dataset.EntityCountry, Name: "Mali"},
			{ID: "goita", Kind: dataset.EntityPerson, Name: "Assimi Goïta"}, {ID: "army", Kind: dataset.EntityOrganisation, Name: "Malian Armed Forces"}},
		Events: []dataset.Event{
			{ID: "coup", Type: "coup", Date: "2020-08", Source: []string{"army", "goita"}, Target: []string{"mali"}, Mentions: []dataset.Mention{m("en", 2), m("ar", 2)}},
			{ID: "expel", Type: "expel", Date: "2025-09-11", Source: []string{"france"}, Target: []string{"mali"}, Mentions: []dataset.Mention{m("en", 0), m("ar", 0)}},
			{ID: "deny", Type: "deny", Date: "2025-09-11", Source: []string{"france"}, Target: []string{"mali"}, Mentions: []dataset.Mention{m("en", 1)}},
		},
		Stories: []dataset.Story{{ID: "s", Headline: "expel", Versions: []string{"en", "ar"}, Unanalysed: []string{"pt"}, Duplicates: []string{"copy"},
			Events:   []string{"coup", "expel", "deny"},
			Possible: []dataset.Possible{{Event: "deny", Article: "ar", Paragraph: 1, Sentence: dataset.Span{Start: 0, End: 10}, Reason: dataset.PossibleTrigger}}}},
	}
}

func TestCompareStatesSectionsHeads(t *testing.T) {
	ix := New(compareCorpus())
	s := ix.Story("s")
	c := ix.Compare(s, nil)
	var heads []string
	for _, col := range c.Columns {
		heads = append(heads, col.Article.ID+"="+col.Outlet+"|"+col.Date+map[bool]string{true: "|not analysed"}[col.NotAnalysed])
	}
	if got, want := strings.Join(heads, " "), "en=Wire|11 September 2025 ar=ar.txt|date unknown pt=Jornal|date unknown|not analysed"; got != want {
		t.Errorf("columns %s, want %s", got, want)
	}
	var rows []string
	for _, r := range c.Rows {
		var states []string
		for _, cell := range r.Cells {
			states = append(states, cell.State.String())
		}
		rows = append(rows, r.Event.ID+":"+r.Section+":"+strings.Join(states, ","))
	}
	want := []string{
		"expel:news:reported,reported,not-analysed",
		"deny:context:reported,possibly-mentioned,not-analysed",
		"coup:background:reported,reported,not-analysed",
	}
	if got := strings.Join(rows, " "); got != strings.Join(want, " ") {
		t.Errorf("rows\n %s\nwant\n %s", got, strings.Join(want, " "))
	}
	if !c.Rows[2].Folded || c.Rows[0].Folded {
		t.Error("background is not the only folded section")
	}
	if p := c.Rows[1].Cells[1].Possible; p == nil || p.Paragraph != 1 {
		t.Errorf("the possible cell's sentence is %+v, want paragraph 1", p)
	}
	if len(c.Copies) != 1 || ix.CopyOf(c.Copies[0]).ID != "en" {
		t.Error("the copy does not say it copies en")
	}
	if sum := ix.Summary(s); sum.From != "2025-09-11" || sum.To != "2025-09-11" {
		t.Errorf("story date %s–%s, want its versions' publication 2025-09-11 (not the 2020 coup, not an inferred date)", sum.From, sum.To)
	}
}

// TestReportGlossOwnActors: a cell names a person only where its version
// does; states stay however the text names them.
func TestReportGlossOwnActors(t *testing.T) {
	ix := New(compareCorpus())
	e := ix.Event("coup")
	var en, ar []dataset.Mention
	for _, m := range e.Mentions {
		if m.Article == "en" {
			en = append(en, m)
		} else {
			ar = append(ar, m)
		}
	}
	if g := ix.ReportGloss(e, en); !strings.Contains(g, "Goïta") {
		t.Errorf("English cell %q does not name Goïta, whom it names", g)
	}
	if g := ix.ReportGloss(e, ar); strings.Contains(g, "Goïta") || !strings.Contains(g, "Malian Armed Forces") {
		t.Errorf("Arabic cell %q names Goïta, whom it does not name, or drops the army", g)
	}
}

func TestClip(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"short", "short"},
		{"one two three four", "one two…"},
		{"abcdefghijklmnop", "abcdefghi…"},
		{"é é é é é", "é é é…"},
		{"ééééééé", "éééé…"},
	} {
		if got := Clip(c.in, 9); got != c.want {
			t.Errorf("Clip(%q, 9) = %q, want %q", c.in, got, c.want)
		}
	}
}
