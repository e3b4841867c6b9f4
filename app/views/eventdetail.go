package views

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
	"parallax/dataset/eventtype"
)

// eventDetail shows one event with every sentence that reports it, in its
// own language and direction, with an English gloss and links to the
// article and to the story.
func eventDetail(v *eventsView, ix *query.Index, ex *query.Explorer) app.UI {
	e := ix.Event(v.selected)
	if e == nil {
		return nil
	}
	terms := query.Terms(v.filter.Q)
	groups := byArticle(ix, e)
	return app.Aside().ID("detail").Class("detail").Aria("labelledby", "detail-heading").DataSet("detail-event", e.ID).Body(
		app.Div().Class("detail-head").Body(
			app.Span().Class("type", "t-"+e.Type).Text(query.TypeLabel(e.Type)),
			app.A().Class("close").Href(link(v.filter, "")).Aria("label", "Close the event").Text("×"),
		),
		app.H2().ID("detail-heading").Class("detail-title").Text(ix.Gloss(e)),
		app.Dl().Class("facts").Body(
			app.Div().Body(app.Dt().Text("Date"), app.Dd().Text(dateFact(e))),
			app.Div().Body(app.Dt().Text("Kind"), kindFact(e)),
			app.If(e.Background, func() app.UI {
				return app.Div().Body(app.Dt().Text("Told as"), app.Dd().Text("background: every report tells it as history, not as news"))
			}),
			app.If(len(ix.Descriptions(e)) > 0, func() app.UI { return descriptionsFact(ix.Descriptions(e)) }),
		),
		app.H3().Text("Reported in"),
		app.Ul().Class("mentions").Body(
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				a := g.article
				story := ix.StoryOf(a.ID)
				return app.Li().DataSet("article", a.ID).Body(
					app.P().Class("card-meta").Body(
						langBadge(a.Lang),
						app.A().Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					),
					sourceLine(a),
					app.P().Class("cell-gloss").Lang("en").Dir("ltr").Text(ix.ReportGloss(e, g.mentions)),
					app.Range(g.mentions).Slice(func(j int) app.UI {
						m := g.mentions[j]
						var parts []app.UI
						for _, h := range ex.Highlight(a, m.Paragraph, m.Sentence, terms) {
							if h.Match {
								parts = append(parts, app.Mark().Class("hit").Text(h.Text))
							} else {
								parts = append(parts, app.Text(h.Text))
							}
						}
						return app.Div().Class("mention").Body(
							app.Blockquote().Lang(a.Lang).Dir(a.Dir).Body(parts...),
							app.If(m.Attribution != "", func() app.UI {
								return app.P().Class("attribution").Lang(a.Lang).Dir(a.Dir).Text("— " + m.Attribution)
							}),
							app.P().Class("cite").Body(
								app.A().Href(href(ArticlePath(a.ID))+"#"+query.SentenceAnchor(m.Paragraph, m.Sentence.Start)).Text("in context"),
							),
						)
					}),
					app.If(story != nil, func() app.UI {
						return app.P().Class("cite").Body(
							app.A().Href(href(StoryPath(story.ID)) + "#" + rowAnchor(e.ID)).Text("Compare the versions of this story"),
						)
					}),
				)
			}),
		),
	)
}

// mentionGroup is what one article says of an event.
type mentionGroup struct {
	article  *dataset.Article
	mentions []dataset.Mention
}

// byArticle groups an event's mentions by article, in the order the
// articles first appear.
func byArticle(ix *query.Index, e *dataset.Event) []mentionGroup {
	var groups []mentionGroup
	at := map[string]int{}
	for _, m := range e.Mentions {
		a := ix.Article(m.Article)
		if a == nil {
			continue
		}
		i, ok := at[a.ID]
		if !ok {
			i = len(groups)
			at[a.ID] = i
			groups = append(groups, mentionGroup{article: a})
		}
		groups[i].mentions = append(groups[i].mentions, m)
	}
	return groups
}

// dateFact says when, and where the date comes from when no sentence
// gives it.
func dateFact(e *dataset.Event) string {
	if e.Date == "" {
		return "Not given by any report"
	}
	if e.DateSource == dataset.DateFromPublished {
		return query.FormatDate(e.Date) + ", the date of its first report (no report says when it happened)"
	}
	return query.FormatDate(e.Date)
}

// kindFact names the kind of event in plain words, with its class; the
// PLOVER codes are in the tooltip and the export.
func kindFact(e *dataset.Event) app.UI {
	label := query.TypeLabel(e.Type)
	if e.Plover == "" {
		return app.Dd().Text(label)
	}
	code := "PLOVER " + e.Plover
	if e.Mode != "" {
		code += ", mode " + e.Mode
	}
	return app.Dd().Title(code).Body(
		app.Text(label+", a kind of "+strings.ToLower(eventtype.PloverLabel(e.Plover))),
		app.Span().Class("code").Text(" ("+code+")"),
	)
}

// descriptionsFact lists how the reports describe the people acted on,
// each in its own words and script, isolated so that Arabic and Hindi do
// not reorder the list, with the English.
func descriptionsFact(ds []query.Description) app.UI {
	return app.Div().Body(
		app.Dt().Text("Described as"),
		app.Dd().Body(app.Ul().Class("described").Body(
			app.Range(ds).Slice(func(i int) app.UI {
				d := ds[i]
				return app.Li().Body(
					app.Bdi().Lang(d.Lang).Text(d.Text),
					app.If(d.English != "", func() app.UI { return app.Span().Class("english").Text(" — " + d.English) }),
				)
			}),
		)),
	)
}

// searchSnippet shows the first evidence sentence the search matches, with
// the matches marked.
func searchSnippet(ix *query.Index, e *dataset.Event, terms []string) app.UI {
	ex := loadExplorer()
	for _, m := range e.Mentions {
		a := ix.Article(m.Article)
		hits := ex.Highlight(a, m.Paragraph, m.Sentence, terms)
		matched := false
		for _, h := range hits {
			matched = matched || h.Match
		}
		if !matched {
			continue
		}
		var parts []app.UI
		for _, h := range hits {
			if h.Match {
				parts = append(parts, app.Mark().Class("hit").Text(h.Text))
			} else {
				parts = append(parts, app.Text(h.Text))
			}
		}
		return app.Span().Class("snippet").Lang(a.Lang).Dir(a.Dir).Body(parts...)
	}
	return nil
}
