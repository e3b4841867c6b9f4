package views

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// home is the front page: what the corpus holds, its stories and its
// articles, a page of each at a time.
type home struct {
	app.Compo
	stories, articles, problems int // how many of each are shown
}

// homePage is how many stories, and articles, the home page shows at
// first and adds per "show more": go-app renders every card it is given.
const homePage = 24

func newHome() *home { return &home{stories: homePage, articles: homePage, problems: homePage} }

func (h *home) OnPreRender(ctx app.Context) { h.setPage(ctx) }
func (h *home) OnNav(ctx app.Context)       { h.setPage(ctx) }

func (h *home) setPage(ctx app.Context) {
	if ix, err := index(); err == nil {
		var scripts []string
		for _, a := range ix.DS.Articles {
			scripts = append(scripts, a.Script)
		}
		preloadFonts(ctx, scripts...)
	}
	setPage(ctx, "", "One news story, seen from every language it was told in: read and compare the language versions of each story, offline.")
}

func (h *home) Render() app.UI {
	ix, err := index()
	if err != nil {
		return errorPage(err)
	}
	return frame("home",
		app.Section().Class("intro").Body(
			app.H1().Text("One story, every language it was told in"),
			app.P().Class("lede").Text(corpusSummary(ix)),
		),
		app.Section().Class("stories").Aria("labelledby", "stories-heading").Body(
			app.H2().ID("stories-heading").Text("Stories"),
			app.Ul().Class("cards", "story-cards").Body(
				app.Range(ix.DS.Stories[:min(h.stories, len(ix.DS.Stories))]).Slice(func(i int) app.UI {
					return storyCard(ix, &ix.DS.Stories[i])
				}),
			),
			showMore(len(ix.DS.Stories), &h.stories, "stories"),
		),
		app.Section().Class("articles").Aria("labelledby", "articles-heading").Body(
			app.H2().ID("articles-heading").Text("Articles"),
			app.Ul().Class("cards").Body(
				app.Range(ix.DS.Articles[:min(h.articles, len(ix.DS.Articles))]).Slice(func(i int) app.UI {
					return articleCard(ix, &ix.DS.Articles[i])
				}),
			),
			showMore(len(ix.DS.Articles), &h.articles, "articles"),
		),
		app.If(len(ix.DS.Diagnostics) > 0, func() app.UI { return buildReport(ix.DS.Diagnostics, &h.problems) }),
	)
}

// showMore offers the next page of a list of total items of which *shown
// are on screen, or nothing when all are.
func showMore(total int, shown *int, what string) app.UI {
	left := total - *shown
	if left <= 0 {
		return nil
	}
	return app.Button().Type("button").Class("more").DataSet("more", what).
		OnClick(func(ctx app.Context, e app.Event) { *shown += homePage }, app.EventScope(what)).
		Text(fmt.Sprintf("Show %s more %s (%s left)", thousands(min(homePage, left)), what, thousands(left)))
}

// storyCard is one story in a list: its English title, its languages,
// the span of its dates, how many events and versions.
func storyCard(ix *query.Index, s *dataset.Story) app.UI {
	sum := ix.Summary(s)
	return app.Li().Class("card", "story-card").DataSet("story", s.ID).Body(
		app.P().Class("card-meta").Body(
			app.Range(sum.Languages).Slice(func(i int) app.UI { return langBadge(sum.Languages[i]) }),
			app.If(sum.From != "", func() app.UI { return app.Span().Text(dateSpan(sum.From, sum.To)) }),
		),
		app.H3().Class("card-title").Lang("en").Body(
			app.A().Href(href(StoryPath(s.ID))).Text(s.Title),
		),
		app.P().Class("card-foot").Body(
			app.Span().Text(fmt.Sprintf("%s · %s", plural(len(s.Versions), "version", "versions"), plural(len(s.Events), "event", "events"))),
			app.If(len(s.Related) > 0, func() app.UI { return app.Span().Text(plural(len(s.Related), "related article", "related articles")) }),
		),
	)
}

// corpusSummary: "5 articles in 3 languages (Arabic 3, Hindi 1, English 1) · 2,826 words".
func corpusSummary(ix *query.Index) string {
	langs := ix.Languages()
	var parts []string
	for _, l := range langs {
		parts = append(parts, fmt.Sprintf("%s %d", dataset.LanguageName(l.Lang), l.Count))
	}
	return fmt.Sprintf("%s, %s in %s (%s) · %s words",
		plural(len(ix.DS.Stories), "story", "stories"),
		plural(len(ix.DS.Articles), "article", "articles"),
		plural(len(langs), "language", "languages"),
		strings.Join(parts, ", "),
		thousands(ix.Words()))
}

// articleCard is one article in a list: its language, its title in its own
// script and direction, where it comes from, its size, and the original
// when it only republishes another article. Its file and cleaning are on
// its page, folded.
func articleCard(ix *query.Index, a *dataset.Article) app.UI {
	card := app.Li().Class("card").DataSet("article", a.ID).DataSet("lang", a.Lang)
	if a.DuplicateOf != "" {
		card = card.Class("duplicate").DataSet("duplicate-of", a.DuplicateOf)
	}
	return card.Body(
		app.P().Class("card-meta").Body(
			langBadge(a.Lang),
			app.Span().Text(fmt.Sprintf("%s · %s", plural(a.Words, "word", "words"), plural(a.Sentences, "sentence", "sentences"))),
		),
		app.H3().Class("card-title").Lang(a.Lang).Dir(a.Dir).Body(
			app.A().Href(href(ArticlePath(a.ID))).Text(a.Title),
		),
		sourceLine(a),
		app.If(a.DuplicateOf != "", func() app.UI { return republishes(ix, a) }),
	)
}

func countedReason(r query.RemovalSummary) string {
	if r.Count == 1 {
		return query.ReasonText(r.Reason)
	}
	return fmt.Sprintf("%s ×%d", query.ReasonText(r.Reason), r.Count)
}

// langBadge names a language in its own script, with the English name for
// everyone else: «العربية · Arabic».
func langBadge(lang string) app.UI {
	name, own := dataset.LanguageName(lang), dataset.LanguageEndonym(lang)
	if own == name {
		return app.Span().Class("lang").Text(name)
	}
	// dir="auto" isolates the name: «العربية» must not reorder what follows.
	return app.Span().Class("lang").Body(
		app.Span().Lang(lang).Dir("auto").Text(own),
		app.Text(" · "+name),
	)
}

// buildReport lists the problems found in the input files, a page at a
// time (*shown of them).
func buildReport(diags []dataset.Diagnostic, shown *int) app.UI {
	errors := 0
	for _, d := range diags {
		if d.Severity == dataset.Error {
			errors++
		}
	}
	page := diags[:min(*shown, len(diags))]
	return app.Section().Class("report").Aria("labelledby", "report-heading").Body(
		app.H2().ID("report-heading").Text("Build report"),
		app.P().Text(fmt.Sprintf("%s and %s in the input files.",
			plural(errors, "file could not be used", "files could not be used"),
			plural(len(diags)-errors, "warning", "warnings"))),
		app.Ul().Body(
			app.Range(page).Slice(func(i int) app.UI {
				d := page[i]
				return app.Li().Class(d.Severity).DataSet("code", d.Code).Body(
					fileName(d.File),
					app.Text(": "+d.Message),
				)
			}),
		),
		showMore(len(diags), shown, "problems"),
	)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands writes 12345 as "12,345".
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// republishes says that a is a near-copy of another article, and links to
// the original: a copy is not a version of its own.
func republishes(ix *query.Index, a *dataset.Article) app.UI {
	orig := ix.Article(a.DuplicateOf)
	if orig == nil {
		return nil
	}
	// A copy much shorter than its original is an excerpt of it (the
	// opening, cut off); one much longer adds to it.
	how := " with small changes."
	switch {
	case a.Words*10 < orig.Words*9:
		how = fmt.Sprintf(": an excerpt, %s of its %s.", plural(a.Words, "word", "words"), thousands(orig.Words))
	case orig.Words*10 < a.Words*9:
		how = ", with more text of its own."
	}
	return app.P().Class("republished").Body(
		app.Text("A copy of "),
		app.A().Href(href(ArticlePath(orig.ID))).Lang(orig.Lang).Dir(orig.Dir).Text(orig.Title),
		app.If(orig.Meta.Outlet != "", func() app.UI {
			return app.Span().Body(app.Text(" ("), app.Bdi().Text(orig.Meta.Outlet), app.Text(")"))
		}),
		app.Text(how),
	)
}
