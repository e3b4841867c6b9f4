package views

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// storyView compares the language versions of one story side by side: one
// column per version, one row per event, aligned, with what each version
// leaves out or tells differently.
type storyView struct {
	app.Compo
	// Unexported: go-app resets exported fields on navigation.
	id     string
	with   []string // related articles the reader added as columns (?with=)
	active int      // the column shown on a narrow screen
}

func newStoryView() *storyView { return &storyView{} }

// StoryPath is the app path of a story's comparison.
func StoryPath(id string) string { return "/story/" + url.PathEscape(id) }

func (v *storyView) OnInit() {
	if app.IsClient {
		v.fromURL(app.Window().URL())
	}
}

func (v *storyView) OnPreRender(ctx app.Context) { v.nav(ctx) }
func (v *storyView) OnNav(ctx app.Context)       { v.nav(ctx) }

func (v *storyView) nav(ctx app.Context) {
	v.fromURL(ctx.Page().URL())
	ix, err := index()
	if err != nil {
		return
	}
	if s := ix.Story(v.id); s != nil {
		setPage(ctx, s.Title, fmt.Sprintf("%d language versions of one story, compared event by event.", len(s.Versions)))
		var scripts []string
		for _, id := range s.Versions {
			if a := ix.Article(id); a != nil {
				scripts = append(scripts, a.Script)
			}
		}
		preloadFonts(ctx, scripts...)
	} else {
		setPage(ctx, "Story not found", "")
	}
}

func (v *storyView) fromURL(u *url.URL) {
	id, ok := strings.CutPrefix(routePath(u), "/story/")
	if !ok {
		return
	}
	v.id = strings.TrimSuffix(id, "/")
	v.with = nil
	for _, w := range strings.Split(routeQuery(u).Get("with"), ",") {
		if w != "" {
			v.with = append(v.with, w)
		}
	}
}

// setWith changes the added columns and records them in the URL, so that a
// copied link shows the same comparison.
func (v *storyView) setWith(ctx app.Context, with []string) {
	v.with = with
	q := routeQuery(ctx.Page().URL())
	if len(with) == 0 {
		q.Del("with")
	} else {
		q.Set("with", strings.Join(with, ","))
	}
	replaceQuery(ctx, q)
}

func (v *storyView) Render() app.UI {
	ix, err := index()
	if err != nil {
		return errorPage(err)
	}
	s := ix.Story(v.id)
	if s == nil {
		return frame("stories", notFoundBody("No story has the id "+v.id+"."))
	}
	c := ix.Compare(s, v.with)
	active := min(v.active, len(c.Columns)-1)
	sum := ix.Summary(s)
	return frame("stories",
		app.Nav().Class("crumbs").Aria("label", "Breadcrumb").Body(
			app.A().Href(href("/")).Text("← All stories"),
		),
		app.Header().Class("story-head").Body(
			app.H1().Class("story-title").Text(s.Title),
			app.P().Class("card-meta").Body(
				app.Range(sum.Languages).Slice(func(i int) app.UI { return langBadge(sum.Languages[i]) }),
				app.Span().Text(fmt.Sprintf("%s · %s", plural(len(s.Versions), "version", "versions"), plural(len(c.Rows), "event", "events"))),
				app.If(sum.From != "", func() app.UI { return app.Span().Text(dateSpan(sum.From, sum.To)) }),
			),
		),
		coverage(ix, c),
		app.If(len(c.Related) > 0, func() app.UI { return v.relatedList(ix, c) }),
		app.If(len(s.Duplicates) > 0, func() app.UI { return duplicateList(ix, s) }),
		app.If(len(c.Columns) > 1, func() app.UI { return v.switcher(c, active) }),
		v.table(ix, c, active),
	)
}

func dateSpan(from, to string) string {
	if from == to {
		return query.FormatDate(from)
	}
	return query.FormatDate(from) + " – " + query.FormatDate(to)
}

// coverage is the events × versions matrix: which version reports what. A
// click on a cell scrolls to that event's row.
func coverage(ix *query.Index, c *query.Comparison) app.UI {
	return app.Section().Class("coverage").Aria("labelledby", "coverage-heading").Body(
		app.H2().ID("coverage-heading").Text("Who reports what"),
		app.Div().Class("table-wrap").Body(
			app.Table().Class("matrix").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Event"),
					app.Range(c.Columns).Slice(func(i int) app.UI {
						a := c.Columns[i].Article
						return app.Th().Scope("col").DataSet("version", a.ID).Title(attr(a.File)).Body(
							app.Span().Lang(a.Lang).Dir("auto").Text(dataset.LanguageEndonym(a.Lang)),
						)
					}),
				)),
				app.TBody().Body(
					app.Range(c.Rows).Slice(func(r int) app.UI {
						row := c.Rows[r]
						// Not data-event-id: that names the comparison's rows.
						return app.Tr().DataSet("matrix-event", row.Event.ID).Body(
							app.Th().Scope("row").Body(
								app.A().Href("#"+rowAnchor(row.Event.ID)).Text(ix.Gloss(row.Event)),
							),
							app.Range(row.Cells).Slice(func(i int) app.UI {
								cell := row.Cells[i]
								a := c.Columns[i].Article
								if len(cell.Mentions) == 0 {
									return app.Td().Class("dot", "none").DataSet("version", a.ID).Body(
										app.Span().Aria("label", "not reported in "+dataset.LanguageName(a.Lang)).Title("not reported").Text("○"),
									)
								}
								label := "reported in " + dataset.LanguageName(a.Lang)
								mark := "●"
								if len(cell.Diffs) > 0 {
									label += ", differently"
									mark = "◆"
								}
								return app.Td().Class("dot").DataSet("version", a.ID).Body(
									app.A().Href("#"+rowAnchor(row.Event.ID)).Aria("label", label).Title(label).Text(mark),
								)
							}),
						)
					}),
				),
			),
		),
	)
}

func rowAnchor(eventID string) string { return "ev-" + eventID }

// duplicateList names the republished copies of the story's versions:
// recognised, and kept out of the columns.
func duplicateList(ix *query.Index, s *dataset.Story) app.UI {
	var copies []*dataset.Article
	for _, id := range s.Duplicates {
		if a := ix.Article(id); a != nil {
			copies = append(copies, a)
		}
	}
	return app.Section().Class("duplicates").Aria("label", "Republished copies").Body(
		app.P().Text(fmt.Sprintf("Not shown as versions: %s of a version with small changes.", plural(len(copies), "republished copy", "republished copies"))),
		app.Ul().Body(
			app.Range(copies).Slice(func(i int) app.UI {
				a := copies[i]
				return app.Li().DataSet("duplicate", a.ID).Body(
					langBadge(a.Lang),
					app.A().Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					app.Span().Class("file").Text(a.File),
				)
			}),
		),
	)
}

// relatedList offers the related coverage, collapsed, each one click away
// from being a column of its own.
func (v *storyView) relatedList(ix *query.Index, c *query.Comparison) app.UI {
	return app.Details().Class("related").Body(
		app.Summary().Text(fmt.Sprintf("Related coverage: %s that report these events as background", plural(len(c.Related), "article", "articles"))),
		app.Ul().Body(
			app.Range(c.Related).Slice(func(i int) app.UI {
				a := c.Related[i]
				return app.Li().DataSet("related", a.ID).Body(
					langBadge(a.Lang),
					app.A().Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
					app.Button().Class("add").Type("button").DataSet("add", a.ID).
						OnClick(func(ctx app.Context, e app.Event) {
							v.setWith(ctx, append(slices.Clone(v.with), a.ID))
						}, app.EventScope(a.ID)).
						Text("Add as a column"),
				)
			}),
		),
	)
}

// switcher picks the column shown when the screen is too narrow for all
// of them side by side.
func (v *storyView) switcher(c *query.Comparison, active int) app.UI {
	return app.Div().Class("switcher").Role("tablist").Aria("label", "Version shown").Body(
		app.Range(c.Columns).Slice(func(i int) app.UI {
			a := c.Columns[i].Article
			return app.Button().Type("button").Role("tab").DataSet("version", a.ID).
				Aria("selected", fmt.Sprint(i == active)).
				OnClick(func(ctx app.Context, e app.Event) { v.active = i }, app.EventScope(a.ID)).
				Body(app.Span().Lang(a.Lang).Dir("auto").Text(dataset.LanguageEndonym(a.Lang)), app.Text(" · "), switcherSource(a))
		}),
	)
}

// switcherSource names a version on its tab: its outlet where the
// metadata gives one, else its file.
func switcherSource(a *dataset.Article) app.UI {
	if a.Meta.Outlet != "" {
		return app.Span().Dir("auto").Text(a.Meta.Outlet)
	}
	return app.Span().Dir("ltr").Text(a.File)
}

// table is the comparison itself: a column per version, a row per event.
func (v *storyView) table(ix *query.Index, c *query.Comparison, active int) app.UI {
	colClass := func(i int) []string {
		if i == active {
			return []string{"col", "active"}
		}
		return []string{"col"}
	}
	// Up to three versions fit side by side, and the column headers stay
	// in view while the page scrolls; more scroll sideways in their box,
	// which stops the headers from sticking to the page.
	wrap := app.Section().Class("compare-wrap")
	if len(c.Columns) > 3 {
		wrap = wrap.Class("scroll")
	}
	return wrap.Aria("label", "Versions side by side").Body(
		app.Table().Class("compare").Body(
			app.THead().Body(
				// The first row sticks: language, outlet and date are enough
				// to tell the columns apart while reading down.
				app.Tr().Class("heads").Body(
					app.Th().Class("corner").Scope("col").Text("Event"),
					app.Range(c.Columns).Slice(func(i int) app.UI {
						col := c.Columns[i]
						a := col.Article
						return app.Th().Class(colClass(i)...).Scope("col").DataSet("version", a.ID).Body(
							app.Div().Class("col-meta").Body(
								langBadge(a.Lang),
								app.If(a.Meta.Outlet != "", func() app.UI { return app.Span().Text(a.Meta.Outlet) }),
								app.If(a.Meta.Published != "", func() app.UI { return app.Span().Text(publishedText(a)) }),
								app.If(col.Related, func() app.UI { return app.Span().Class("bg").Text("related coverage") }),
							),
						)
					}),
				),
				app.Tr().Class("titles").Body(
					app.Td().Class("corner"),
					app.Range(c.Columns).Slice(func(i int) app.UI {
						col := c.Columns[i]
						a := col.Article
						return app.Td().Class(append(colClass(i), "col-sub")...).DataSet("version", a.ID).Lang(a.Lang).Dir(a.Dir).Body(
							app.A().Class("col-title").Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
							app.If(col.Related, func() app.UI {
								return app.Button().Class("remove").Type("button").DataSet("remove", a.ID).
									OnClick(func(ctx app.Context, e app.Event) {
										v.setWith(ctx, slices.DeleteFunc(slices.Clone(v.with), func(x string) bool { return x == a.ID }))
									}, app.EventScope(a.ID)).Text("Remove column")
							}),
						)
					}),
				),
			),
			app.TBody().Body(
				app.Range(c.Rows).Slice(func(r int) app.UI {
					row := c.Rows[r]
					return app.Tr().ID(rowAnchor(row.Event.ID)).DataSet("event-id", row.Event.ID).Body(
						app.Th().Scope("row").Class("event").Body(
							app.Span().Class("type", "t-"+row.Event.Type).Text(query.TypeLabel(row.Event.Type)),
							app.P().Class("gloss").Text(ix.Gloss(row.Event)),
							app.If(row.Event.Background, func() app.UI { return app.Span().Class("bg").Text("background") }),
						),
						app.Range(row.Cells).Slice(func(i int) app.UI {
							return cellView(ix, row.Event, c.Columns[i].Article, row.Cells[i], colClass(i))
						}),
					)
				}),
			),
		),
	)
}

func publishedText(a *dataset.Article) string {
	if a.Meta.PublishedInferred {
		return "after " + query.FormatDate(a.Meta.Published)
	}
	return query.FormatDate(a.Meta.Published)
}

// diffLabels name the points of difference for readers.
var diffLabels = map[string]string{
	dataset.DiffQuantity:    "number",
	dataset.DiffDate:        "date",
	dataset.DiffPlace:       "place",
	dataset.DiffDescription: "described as",
}

// cellView is what one version says of one event: its sentences with
// entities and dates marked, or that it does not report it.
func cellView(ix *query.Index, e *dataset.Event, a *dataset.Article, cell query.Cell, class []string) app.UI {
	td := app.Td().Class(class...).DataSet("version", a.ID).Lang(a.Lang).Dir(a.Dir)
	if len(cell.Mentions) == 0 {
		return td.DataSet("missing", "true").Body(
			app.P().Class("missing").Lang("en").Dir("ltr").Text("Not reported in this version"),
		)
	}
	var kinds []string
	for _, d := range cell.Diffs {
		if !slices.Contains(kinds, d.Kind) {
			kinds = append(kinds, d.Kind)
		}
	}
	if len(kinds) > 0 {
		td = td.DataSet("diff", strings.Join(kinds, " "))
	}
	return td.Body(
		// What this version tells, in English, so that a reader of one
		// language can follow every column.
		app.P().Class("cell-gloss").Lang("en").Dir("ltr").Text(ix.ReportGloss(e, cell.Mentions)),
		app.Range(cell.Mentions).Slice(func(i int) app.UI {
			m := cell.Mentions[i]
			var segs []app.UI
			for _, seg := range ix.Segments(a, m.Paragraph, m.Sentence) {
				segs = append(segs, markSegment(ix, seg))
			}
			return app.Blockquote().Class("evidence-quote").Body(
				app.P().Body(segs...),
				app.If(m.Attribution != "", func() app.UI {
					return app.P().Class("attribution").Text("— " + m.Attribution)
				}),
				app.P().Class("cite").Lang("en").Dir("ltr").Body(
					app.A().Href(href(ArticlePath(a.ID))+"#"+query.SentenceAnchor(m.Paragraph, m.Sentence.Start)).Text("in context"),
				),
			)
		}),
		app.Range(cell.Diffs).Slice(func(i int) app.UI {
			d := cell.Diffs[i]
			return app.P().Class("diff").DataSet("diff", d.Kind).Lang("en").Dir("ltr").Body(
				app.Strong().Text("Differs · "+diffLabels[d.Kind]+": "),
				app.Text(d.Gloss),
				app.Span().Class("written").Lang(a.Lang).Dir("auto").Text(" ("+d.Written+")"),
			)
		}),
	)
}
