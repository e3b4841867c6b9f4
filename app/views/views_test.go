package views

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"parallax/app/query"
	"parallax/app/query/querytest"
	"parallax/dataset"
)

// render loads a component in go-app's test engine and returns its HTML.
func render(t *testing.T, c app.Composer) string {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return app.HTMLString(c)
}

// hasElement reports whether html has a tag element with all the given
// attribute name/value pairs, in any order.
func hasElement(t *testing.T, markup, tag string, attrs ...string) bool {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			ok := true
			for i := 0; i < len(attrs); i += 2 {
				has := false
				for _, a := range n.Attr {
					if a.Key == attrs[i] && a.Val == attrs[i+1] {
						has = true
					}
				}
				ok = ok && has
			}
			found = found || ok
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// textOf is the text content of markup, as a reader would select it.
func textOf(t *testing.T, markup string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(markup))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func embedded(t *testing.T) *dataset.Dataset {
	t.Helper()
	ds, err := dataset.Embedded()
	if err != nil {
		t.Fatalf("%v (make dataset builds it)", err)
	}
	return ds
}

func TestHomeListsEveryArticle(t *testing.T) {
	ds := embedded(t)
	markup := render(t, newHome())
	if got := strings.Count(markup, `class="card"`); got != len(ds.Articles) {
		t.Errorf("home shows %d cards, want %d", got, len(ds.Articles))
	}
	for _, a := range ds.Articles {
		if !hasElement(t, markup, "h3", "class", "card-title", "lang", a.Lang, "dir", a.Dir) {
			t.Errorf("home lacks a title with lang=%s dir=%s for %s", a.Lang, a.Dir, a.File)
		}
		if !hasElement(t, markup, "a", "href", "/article/"+a.ID+"/") {
			t.Errorf("home lacks a link to %s", a.File)
		}
	}
}

func TestReaderRendersTextAsText(t *testing.T) {
	ds := embedded(t)
	for _, a := range ds.Articles {
		t.Run(a.File, func(t *testing.T) {
			r := newReader()
			r.id = a.ID
			markup := render(t, r)
			if !hasElement(t, markup, "div", "class", "text", "lang", a.Lang, "dir", a.Dir) {
				t.Errorf("reader text lacks lang=%s dir=%s", a.Lang, a.Dir)
			}
			if !hasElement(t, markup, "h1", "class", "reader-title", "lang", a.Lang, "dir", a.Dir) {
				t.Errorf("reader title lacks lang=%s dir=%s", a.Lang, a.Dir)
			}
			for _, p := range a.Paragraphs {
				// go-app indents the HTML it writes; compare without spaces.
				if p.Kind == dataset.KindText && !strings.Contains(noSpace(textOf(t, markup)), noSpace(p.Text)) {
					t.Errorf("paragraph missing: %.40q", p.Text)
				}
			}
		})
	}
}

// An article whose text looks like markup must show as text.
func TestReaderEscapesMarkup(t *testing.T) {
	a := &dataset.Article{ID: "x", Lang: "en", Dir: "ltr", Title: "<b>t</b>",
		Paragraphs: []dataset.Paragraph{{Kind: dataset.KindText, Text: `<script>alert(1)</script><img src=x onerror=alert(2)>`}}}
	markup := app.HTMLString(app.Div().Body(articleBody(query.New(&dataset.Dataset{Articles: []dataset.Article{*a}}), a)...))
	if strings.Contains(markup, "<script>") || strings.Contains(markup, "<img") {
		t.Errorf("markup in article text was rendered as HTML:\n%s", markup)
	}
	if !strings.Contains(markup, "&lt;script&gt;") {
		t.Errorf("markup was dropped instead of shown as text:\n%s", markup)
	}
}

func TestUnknownArticle(t *testing.T) {
	r := newReader()
	r.id = "does-not-exist"
	if markup := render(t, r); !strings.Contains(markup, "Not found") {
		t.Errorf("unknown article does not say not found:\n%.300s", markup)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1200: "-1,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestStoryView(t *testing.T) {
	ds := embedded(t)
	if len(ds.Stories) == 0 {
		t.Fatal("the embedded dataset has no story")
	}
	s := ds.Stories[0]
	v := newStoryView()
	v.id = s.ID
	markup := render(t, v)
	for _, id := range s.Versions {
		if !hasElement(t, markup, "th", "data-version", id) {
			t.Errorf("no column for version %s", id)
		}
	}
	if !strings.Contains(markup, "data-event-id") || !strings.Contains(markup, s.Title) {
		t.Error("the comparison lacks its rows or its title")
	}
	home := render(t, newHome())
	if !hasElement(t, home, "li", "data-story", s.ID) {
		t.Error("the home page does not list the story")
	}
	if strings.Index(home, "data-story") > strings.Index(home, "data-article") {
		t.Error("the home page lists articles before stories")
	}
}

// withDataset makes the views read ds instead of the embedded dataset
// until the test ends.
func withDataset(t *testing.T, ds *dataset.Dataset) {
	t.Helper()
	prevIndex, prevExplorer := loadIndex, loadExplorer
	ix := query.New(ds)
	ex := query.NewExplorer(ix)
	loadIndex = func() (*query.Index, error) { return ix, nil }
	loadExplorer = func() *query.Explorer { return ex }
	t.Cleanup(func() { loadIndex, loadExplorer = prevIndex, prevExplorer })
}

// TestDuplicatesShownAsCopies: a republished near-copy is named as a copy
// of its original on the home page, in its reader and in the story, and is
// never a column of the comparison.
func TestDuplicatesShownAsCopies(t *testing.T) {
	ds := *embedded(t)
	if len(ds.Stories) == 0 || len(ds.Stories[0].Versions) == 0 {
		t.Fatal("the embedded dataset has no story with versions")
	}
	story := ds.Stories[0]
	orig := *findArticle(t, &ds, story.Versions[0])
	dup := orig
	dup.ID, dup.File, dup.DuplicateOf = "d00000000001", "copies/republished.txt", orig.ID
	ds.Articles = append(slices.Clone(ds.Articles), dup)
	story.Duplicates = []string{dup.ID}
	ds.Stories = append([]dataset.Story{story}, ds.Stories[1:]...)
	withDataset(t, &ds)

	home := render(t, newHome())
	if !hasElement(t, home, "li", "data-article", dup.ID, "data-duplicate-of", orig.ID) {
		t.Error("the home page does not mark the copy as a duplicate of its original")
	}
	if hasElement(t, home, "li", "data-article", orig.ID, "data-duplicate-of", dup.ID) {
		t.Error("the original is marked as a copy")
	}

	r := newReader()
	r.id = dup.ID
	page := render(t, r)
	if !hasElement(t, page, "a", "href", "/article/"+orig.ID+"/") || !strings.Contains(textOf(t, page), "A copy of") {
		t.Error("the copy's reader does not link to its original")
	}

	v := newStoryView()
	v.id = story.ID
	cmp := render(t, v)
	if !hasElement(t, cmp, "li", "data-duplicate", dup.ID, "data-copy-of", orig.ID) {
		t.Error("the story does not list the republished copy as a copy of its original")
	}
	if hasElement(t, cmp, "th", "data-version", dup.ID) {
		t.Error("the copy is a column of the comparison")
	}
}

func findArticle(t *testing.T, ds *dataset.Dataset, id string) *dataset.Article {
	t.Helper()
	for i := range ds.Articles {
		if ds.Articles[i].ID == id {
			return &ds.Articles[i]
		}
	}
	t.Fatalf("no article %s", id)
	return nil
}

// TestLongListsArePaged: a large corpus does not put every card, nor every
// facet value, in the page; what is left is one click away.
func TestLongListsArePaged(t *testing.T) {
	ds := querytest.Synthetic(600) // 200 articles, 60 entities, 30 stories
	withDataset(t, ds)

	home := render(t, newHome())
	if got := strings.Count(home, `data-article=`); got != homePage {
		t.Errorf("the home page shows %d article cards of %d, want %d", got, len(ds.Articles), homePage)
	}
	if got := strings.Count(home, `data-story=`); got != homePage {
		t.Errorf("the home page shows %d story cards of %d, want %d", got, len(ds.Stories), homePage)
	}
	if !hasElement(t, home, "button", "data-more", "articles") || !hasElement(t, home, "button", "data-more", "stories") {
		t.Error("no button shows more articles and stories")
	}

	events := func(open map[string]bool, find map[string]string) (*eventsView, string) {
		v := newEventsView()
		v.filter = query.Filter{Values: map[string][]string{}}
		v.open, v.find = open, find
		v.run()
		return v, render(t, v)
	}
	articleValues := func(markup string) int { return strings.Count(markup, `data-facet="article"`) - 1 }

	v, closed := events(nil, nil)
	if got := articleValues(closed); got != facetLimit {
		t.Errorf("the article facet renders %d values of %d before it is opened, want %d", got, len(ds.Articles), facetLimit)
	}
	if !hasElement(t, closed, "button", "data-more", "article", "aria-expanded", "false") {
		t.Error("the article facet has no button to show more")
	}

	open := map[string]bool{query.FacetArticle: true}
	_, opened := events(open, nil)
	if got := articleValues(opened); got != facetLimit+findLimit {
		t.Errorf("the opened article facet renders %d values, want %d and a finder", got, facetLimit+findLimit)
	}
	if !hasElement(t, opened, "input", "id", "find-article") {
		t.Error("the opened article facet has no finder")
	}

	// The finder narrows by name, whatever the case.
	rest := v.result.Counts[query.FacetArticle][facetLimit:]
	name := loadExplorer().Name(query.FacetArticle, rest[len(rest)-1].Value)
	_, found := events(open, map[string]string{query.FacetArticle: strings.ToUpper(name)})
	if got := articleValues(found) - facetLimit; got < 1 || got >= findLimit {
		t.Errorf("finding %q leaves %d other values rendered", name, got)
	}
}

// TestBuildReportIsPaged: a corpus with many problems lists a page of them
// on the home page, says how many there are, and offers the rest.
func TestBuildReportIsPaged(t *testing.T) {
	ds := *embedded(t)
	ds.Diagnostics = nil
	for i := range 100 {
		sev := dataset.Warning
		if i%10 == 0 {
			sev = dataset.Error
		}
		ds.Diagnostics = append(ds.Diagnostics, dataset.Diagnostic{File: fmt.Sprintf("bad/%03d.txt", i), Severity: sev, Code: "empty", Message: "the file is empty"})
	}
	withDataset(t, &ds)
	home := render(t, newHome())
	if got := strings.Count(home, `data-code="empty"`); got != homePage {
		t.Errorf("the report lists %d problems of 100, want %d", got, homePage)
	}
	if !strings.Contains(textOf(t, home), "10 files could not be used and 90 warnings") {
		t.Error("the report does not count its errors and warnings")
	}
	if !hasElement(t, home, "button", "data-more", "problems") {
		t.Error("the report offers no more problems")
	}
}

// TestStoryCellStates: on the seeds' main story, every sentence that may
// tell an event its version does not report is its cell, marked possibly
// mentioned; a version added as not analysed (here a copy of one said to
// be in Italian) has its language named in its head and no cell of it
// says "not reported"; the background is folded in a <details>.
func TestStoryCellStates(t *testing.T) {
	ds := *embedded(t)
	story := ds.Stories[0]
	if len(story.Possible) == 0 {
		t.Fatal("the seeds' main story has no possibly-mentioned sentence")
	}
	orig := *findArticle(t, &ds, story.Versions[0])
	it := orig
	it.ID, it.File, it.Lang, it.Meta.Published, it.Meta.PublishedInferred = "i00000000001", "unread/it.txt", "it", "2025-08-20", true
	ds.Articles = append(slices.Clone(ds.Articles), it)
	story.Unanalysed = []string{it.ID}
	ds.Stories = append([]dataset.Story{story}, ds.Stories[1:]...)
	withDataset(t, &ds)

	v := newStoryView()
	v.id = story.ID
	page := render(t, v)
	for _, p := range story.Possible {
		a := findArticle(t, &ds, p.Article)
		sentence := a.Paragraphs[p.Paragraph].Text[p.Sentence.Start:p.Sentence.End]
		if !strings.Contains(noSpace(textOf(t, page)), noSpace(sentence)) {
			t.Errorf("the possibly-mentioned sentence of %s is not shown: %q", p.Article, sentence)
		}
	}
	if !hasElement(t, page, "td", "data-state", "possibly-mentioned") || !strings.Contains(page, "Possibly mentioned") {
		t.Error("no cell is marked possibly mentioned")
	}
	if hasElement(t, page, "td", "data-version", it.ID, "data-state", "not-reported") {
		t.Error("a cell of the version not analysed says not reported")
	}
	if !hasElement(t, page, "td", "data-version", it.ID, "data-state", "not-analysed") || !strings.Contains(page, "not analysed — Italian") {
		t.Error("the version not analysed is not shown as such")
	}
	// Its inferred publication date is no date of the column's.
	if !strings.Contains(page, "date unknown") {
		t.Error("the column with an inferred date does not say 'date unknown'")
	}
	c := mustIndex(t).Compare(&ds.Stories[0], nil)
	folded := slices.ContainsFunc(c.Rows, func(r query.Row) bool { return r.Folded })
	if folded != strings.Contains(page, `class="fold"`) {
		t.Errorf("background rows %v, folded <details> %v", folded, strings.Contains(page, `class="fold"`))
	}
}

func mustIndex(t *testing.T) *query.Index {
	t.Helper()
	ix, err := index()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}
