package views

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// sourceLine says where an article comes from, for readers: its outlet,
// author and publication date, and a link to the original. Each name is
// isolated (<bdi>), so that an outlet in Arabic does not reorder the line.
// Nothing when the metadata says nothing.
func sourceLine(a *dataset.Article) app.UI {
	s := query.SourceOf(a)
	if !s.Known() {
		return nil
	}
	var parts []app.UI
	sep := func() {
		if len(parts) > 0 {
			parts = append(parts, app.Text(" · "))
		}
	}
	if s.Outlet != "" {
		parts = append(parts, app.Bdi().Class("outlet").Text(s.Outlet))
	}
	if s.Author != "" {
		sep()
		parts = append(parts, app.Text("by "), app.Bdi().Class("author").Text(s.Author))
	}
	if s.Date != "" {
		sep()
		parts = append(parts, publishedDate(s))
	}
	if s.URL != "" {
		sep()
		parts = append(parts, originalLink(s))
	}
	return app.P().Class("source").Lang("en").Dir("ltr").Body(parts...)
}

// publishedDate is the publication date, or what the text lets one infer
// of it, said as such.
func publishedDate(s query.Source) app.UI {
	if s.DateInferred {
		// Not a date the source gives: what the text lets one say.
		return app.Span().Class("date", "inferred").Text("undated · mentions dates up to " + s.Date)
	}
	return app.Span().Class("date").Text(s.Date)
}

// fileName shows a file's name as it is stored, left to right and isolated
// from what is around it, with any invisible character made visible.
func fileName(name string) app.UI {
	return app.Bdi().Class("file").Dir("ltr").Text(query.DisplayFile(name))
}

// sourceFile is the article's file and what cleaning took out of it,
// folded: what the corpus's owner checks, not what a reader reads.
func sourceFile(a *dataset.Article) app.UI {
	removals := query.Removals(a)
	summary := "Source file"
	if len(removals) > 0 {
		var parts []string
		for _, r := range removals {
			parts = append(parts, countedReason(r))
		}
		summary += " and cleaning (" + strings.Join(parts, ", ") + ")"
	}
	return app.Details().Class("source-file").Body(
		app.Summary().Text(summary),
		app.P().Body(app.Text("File: "), fileName(a.File)),
		app.P().Text(titleSourceText(a.TitleSource)),
		app.If(len(a.Removed) > 0, func() app.UI { return cleaningList(a) }),
		app.If(len(a.Removed) == 0, func() app.UI {
			return app.P().Text("Cleaning removed nothing from it.")
		}),
	)
}

// titleSourceText says where the title shown comes from.
func titleSourceText(source string) string {
	switch source {
	case "metadata":
		return "Its title is the one its metadata gives."
	case "first-sentence":
		return "It has no headline: its title is its first sentence."
	}
	return "Its title is its headline."
}

// cleaningList lists the residue removed from the article, line by line,
// so that nothing was dropped silently.
func cleaningList(a *dataset.Article) app.UI {
	return app.Div().Class("cleaning").Body(
		app.P().Text(fmt.Sprintf("Removed from the scraped text (%s):", plural(len(a.Removed), "line", "lines"))),
		app.Ul().Body(
			app.Range(a.Removed).Slice(func(i int) app.UI {
				r := a.Removed[i]
				return app.Li().DataSet("reason", r.Reason).Body(
					app.Span().Class("reason").Text(query.ReasonText(r.Reason)),
					app.Span().Class("line").Text(fmt.Sprintf("line %d", r.Line)),
					app.Q().Lang(a.Lang).Dir("auto").Text(r.Text),
				)
			}),
		),
	)
}
