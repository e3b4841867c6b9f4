package views

import (
	"fmt"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// reader shows one article in its own language and direction, with the
// events it reports beside it: a click on a highlighted sentence opens its
// event in the list, and each event in the list leads to its sentence.
type reader struct {
	app.Compo
	// Unexported: go-app resets exported fields on navigation.
	id      string
	open    string // the event opened from its sentence (#ae-<id>)
	glosses bool   // English names shown in the text
}

func newReader() *reader { return &reader{} }

func (r *reader) OnInit() {
	if id, ok := articleIDFrom(currentPath()); ok {
		r.id = id
	}
}

func (r *reader) OnPreRender(ctx app.Context) { r.nav(ctx) }
func (r *reader) OnNav(ctx app.Context)       { r.nav(ctx) }

func (r *reader) nav(ctx app.Context) {
	u := ctx.Page().URL()
	if id, ok := articleIDFrom(routePath(u)); ok {
		r.id = id
	}
	// In the app, following a sentence's link changes the URL's fragment
	// with pushState, which CSS's :target does not see.
	r.open = strings.TrimPrefix(u.Fragment, "ae-")
	if r.open == u.Fragment {
		r.open = ""
	}
	ix, err := index()
	if err != nil {
		return
	}
	if a := ix.Article(r.id); a != nil {
		setPage(ctx, a.Title, fmt.Sprintf("%s article, %s.", dataset.LanguageName(a.Lang), plural(a.Words, "word", "words")))
		preloadFonts(ctx, a.Script)
	} else {
		setPage(ctx, "Article not found", "")
	}
}

// articleIDFrom takes the id out of /article/<id>.
func articleIDFrom(path string) (string, bool) {
	id, ok := strings.CutPrefix(path, "/article/")
	return strings.TrimSuffix(id, "/"), ok
}

func (r *reader) Render() app.UI {
	ix, err := index()
	if err != nil {
		return errorPage(err)
	}
	a := ix.Article(r.id)
	if a == nil {
		return frame("", notFoundBody("No article has the id "+r.id+"."))
	}
	evs := ix.ArticleEvents(a.ID)
	text := app.Div().Class("text").Lang(a.Lang).Dir(a.Dir)
	if r.glosses {
		text = text.Class("show-glosses")
	}
	layout := app.Div().Class("reader-layout")
	if len(evs) > 0 {
		layout = layout.Class("with-events")
	}
	return frame("",
		app.Nav().Class("crumbs").Aria("label", "Breadcrumb").Body(
			app.A().Href(href("/")).Text("← All articles"),
		),
		layout.Body(
			app.Article().Class("reader").DataSet("article", a.ID).Body(
				app.Header().Class("reader-head").Body(
					app.P().Class("card-meta").Body(
						langBadge(a.Lang),
						app.Span().Text(fmt.Sprintf("%s · %s", plural(a.Words, "word", "words"), plural(a.Sentences, "sentence", "sentences"))),
						app.If(a.Dateline != "", func() app.UI {
							return app.Span().Body(app.Text("Dateline "), app.Span().Lang(a.Lang).Dir(a.Dir).Text(a.Dateline))
						}),
					),
					app.H1().Class("reader-title").Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					sourceLine(a),
					app.If(a.DuplicateOf != "", func() app.UI { return republishes(ix, a) }),
					sourceFile(a),
				),
				app.Div().Class("reader-tools").Body(
					app.P().Class("legend").Body(
						app.If(len(evs) > 0, func() app.UI {
							return app.Span().Body(app.Span().Class("key", "evidence").Text("Highlighted"), app.Text(" sentences report an event: choose one to see it in the list. "))
						}),
						app.Span().Class("key", "mark", "entity").Text("Underlined"),
						app.Text(": people, places and groups; "),
						app.Span().Class("key", "mark", "date").Text("dotted"),
						app.Text(": dates. Their English names show on hover, or all at once:"),
					),
					glossToggle("glosses-reader", r.glosses, func(on bool) { r.glosses = on }),
				),
				text.Body(articleBody(ix, a)...),
			),
			app.If(len(evs) > 0, func() app.UI { return r.eventList(ix, a) }),
		),
	)
}

// articleBody renders the paragraphs as text, never as HTML: headings,
// lists and tables come from the pipeline's paragraph kinds. The title
// paragraph is left out, since the page heading shows it.
func articleBody(ix *query.Index, a *dataset.Article) []app.UI {
	var out []app.UI
	for _, b := range query.Blocks(a) {
		p := a.Paragraphs[b.First]
		switch b.Kind {
		case dataset.KindTitle:
			continue
		case dataset.KindHeading:
			out = append(out, withLang(app.H2().Class("para"), a, p).Body(marked(ix, a, b.First)...))
		case dataset.KindItem:
			var items []app.UI
			for i := b.First; i < b.First+b.Count; i++ {
				q := a.Paragraphs[i]
				items = append(items, withLang(app.Li().Class("para"), a, q).Body(append([]app.UI{foreignMark(q)}, marked(ix, a, i)...)...))
			}
			out = append(out, app.Ul().Body(items...))
		case dataset.KindTable:
			out = append(out, table(p.Text))
		default:
			out = append(out, withLang(app.P().Class("para"), a, p).Body(append([]app.UI{foreignMark(p)}, marked(ix, a, b.First)...)...))
		}
	}
	return out
}

// marked renders paragraph i as text, with its evidence sentences
// anchored and its entities and dates marked. A mark shows its English
// name or normalised date on hover and on focus.
func marked(ix *query.Index, a *dataset.Article, i int) []app.UI {
	var out []app.UI
	for _, run := range ix.Runs(a, i) {
		var segs []app.UI
		for _, seg := range run.Segments {
			segs = append(segs, markSegment(ix, seg))
		}
		if run.Anchor == "" {
			out = append(out, segs...)
			continue
		}
		// A link to its event in the list, for the pointer and touch; the
		// keyboard has the list's links to the sentences instead of one tab
		// stop per sentence.
		out = append(out, app.A().Class("evidence").ID(run.Anchor).Href("#"+eventAnchor(run.Events[0])).TabIndex(-1).
			DataSet("events", strings.Join(run.Events, " ")).Body(segs...))
	}
	return out
}

func markSegment(ix *query.Index, seg query.Segment) app.UI {
	m := seg.Mark
	switch {
	case m == nil:
		return app.Text(seg.Text)
	case m.Kind == dataset.MarkDate:
		return app.Span().Class("mark", "date").DataSet("date", m.Date).
			DataSet("gloss", attr(query.FormatDate(m.Date))).Text(seg.Text)
	}
	gloss := ix.Name(m.Entity)
	if e := ix.Entity(m.Entity); e != nil && e.Kind != "" && e.Kind != dataset.EntityOther {
		gloss += " · " + strings.ReplaceAll(e.Kind, "-", " ")
	}
	return app.Span().Class("mark", "entity").DataSet("entity", m.Entity).DataSet("gloss", attr(gloss)).Text(seg.Text)
}

// eventAnchor is the id of an event's entry in the reader's list.
func eventAnchor(eventID string) string { return "ae-" + eventID }

// eventList lists the events the article reports, in the order of the
// text, beside it on a wide screen: each says what happened and leads to
// its sentence; the one opened from its sentence also leads to the story's
// comparison and to every report of it.
func (r *reader) eventList(ix *query.Index, a *dataset.Article) app.UI {
	evs := ix.ArticleEvents(a.ID)
	story := ix.StoryOf(a.ID)
	aside := app.Aside().Class("events").Aria("labelledby", "events-heading")
	if r.open != "" {
		aside = aside.Class("has-open")
	}
	return aside.Body(
		app.H2().ID("events-heading").Text(fmt.Sprintf("Events reported here (%d)", len(evs))),
		app.Ol().Body(
			app.Range(evs).Slice(func(i int) app.UI {
				ae := evs[i]
				e := ae.Event
				li := app.Li().ID(eventAnchor(e.ID)).DataSet("event-id", e.ID)
				if e.ID == r.open {
					li = li.Class("open")
				}
				return li.Body(
					app.A().Class("to-sentence").Href("#"+query.SentenceAnchor(ae.Mention.Paragraph, ae.Mention.Sentence.Start)).Text(ix.Gloss(e)),
					app.P().Class("event-kind").Body(
						app.Span().Class("type", "t-"+e.Type).Text(query.TypeLabel(e.Type)),
						app.If(ae.Mention.Background, func() app.UI { return backgroundNote() }),
					),
					app.P().Class("more").Body(
						app.If(story != nil && slices.Contains(story.Events, e.ID), func() app.UI {
							return app.A().Href(href(StoryPath(story.ID)) + "#" + rowAnchor(e.ID)).Text("Compare the versions")
						}),
						app.A().Href(link(query.Filter{}, e.ID)).Text(fmt.Sprintf("Every report of it (%s)", plural(query.Articles(e), "article", "articles"))),
					),
				)
			}),
		),
	)
}

// htmlLangDir is what withLang needs of an element.
type htmlLangDir[T any] interface {
	Lang(string, ...any) T
	Dir(string, ...any) T
	DataSet(string, any) T
	Class(...string) T
}

// withLang marks a paragraph written in another language than its article
// with that language and its direction.
func withLang[T htmlLangDir[T]](e T, a *dataset.Article, p dataset.Paragraph) T {
	if p.Lang == "" || p.Lang == a.Lang {
		return e
	}
	return e.Lang(p.Lang).Dir("auto").DataSet("lang", p.Lang).Class("foreign")
}

// foreignMark labels a paragraph in another language than its article.
func foreignMark(p dataset.Paragraph) app.UI {
	if p.Lang == "" {
		return nil
	}
	return app.Span().Class("foreign-mark").Lang("en").Dir("ltr").Text(dataset.LanguageName(p.Lang))
}

// table renders a table paragraph: rows split on "\n", cells on "\t", the
// first row as the header.
func table(text string) app.UI {
	rows := strings.Split(text, "\n")
	var head []app.UI
	for _, c := range strings.Split(rows[0], "\t") {
		head = append(head, app.Th().Scope("col").Text(c))
	}
	var body []app.UI
	for _, r := range rows[1:] {
		var cells []app.UI
		for _, c := range strings.Split(r, "\t") {
			cells = append(cells, app.Td().Text(c))
		}
		body = append(body, app.Tr().Body(cells...))
	}
	return app.Div().Class("table-wrap").Body(
		app.Table().Body(app.THead().Body(app.Tr().Body(head...)), app.TBody().Body(body...)),
	)
}
