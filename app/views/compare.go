package views

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// comparison is the story's versions side by side: a column per version,
// a row per event, each cell what that version says of that event. On a
// narrow screen one version shows at a time, chosen by the tabs above. The
// table is one tab stop: the arrow keys move through its events and
// quotes (grid.go).
func (v *storyView) comparison(ix *query.Index, c *query.Comparison, active int) app.UI {
	// The targets: each row's event, then each quote's "in context" link.
	layout := make([][]int, len(c.Rows))
	for r, row := range c.Rows {
		layout[r] = []int{0}
		for i, cell := range row.Cells {
			for range cell.Mentions {
				layout[r] = append(layout[r], i+1)
			}
		}
	}
	v.compare = newGrid("c", layout, v.compareAt)
	g := v.compare

	colClass := func(i int) []string {
		if i == active {
			return []string{"col", "active"}
		}
		return []string{"col"}
	}
	// Up to three versions fit side by side, and the column heads stay in
	// view while the page scrolls; more scroll sideways in their box,
	// which stops the heads from sticking to the page.
	wrap := app.Section().Class("compare-wrap")
	if len(c.Columns) > 3 {
		wrap = wrap.Class("scroll")
	}
	if v.glosses {
		wrap = wrap.Class("show-glosses")
	}
	return wrap.Aria("labelledby", "compare-heading").Body(
		app.Div().Class("compare-bar").Body(
			app.H2().ID("compare-heading").Text("Versions side by side"),
			glossToggle("glosses-story", v.glosses, func(on bool) { v.glosses = on }),
		),
		app.If(len(c.Columns) > 1, func() app.UI { return v.switcher(c, active) }),
		// The roles are the table's own, spelled out: a narrow screen lays
		// the rows out as grids, and a browser may then drop the table's.
		app.Table().Class("compare").Role("table").
			OnKeyDown(func(ctx app.Context, e app.Event) {
				if at, ok := v.compare.key(ctx, e); ok {
					v.compareAt = at
				}
			}).
			Body(
				app.THead().Role("rowgroup").Body(
					// The first row sticks: language, outlet and date are
					// enough to tell the columns apart while reading down.
					app.Tr().Class("heads").Role("row").Body(
						app.Th().Class("corner").Scope("col").Role("columnheader").Text("Event"),
						app.Range(c.Columns).Slice(func(i int) app.UI {
							col := c.Columns[i]
							a := col.Article
							src := query.SourceOf(a)
							return app.Th().Class(colClass(i)...).Scope("col").Role("columnheader").DataSet("version", a.ID).Body(
								app.Div().Class("col-meta").Body(
									langBadge(a.Lang),
									app.If(src.Outlet != "", func() app.UI { return app.Bdi().Class("outlet").Text(src.Outlet) }),
									app.If(src.Date != "", func() app.UI { return publishedDate(src) }),
									app.If(col.Related, func() app.UI { return app.Span().Class("bg").Text("related coverage, not a version") }),
								),
							)
						}),
					),
					app.Tr().Class("titles").Role("row").Body(
						app.Td().Class("corner").Role("cell"),
						app.Range(c.Columns).Slice(func(i int) app.UI {
							col := c.Columns[i]
							a := col.Article
							src := query.SourceOf(a)
							return app.Td().Class(append(colClass(i), "col-sub")...).Role("cell").DataSet("version", a.ID).Lang(a.Lang).Dir(a.Dir).Body(
								app.A().Class("col-title").Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
								app.If(src.Author != "" || src.URL != "", func() app.UI {
									return app.P().Class("col-source").Lang("en").Dir("ltr").Body(
										app.If(src.Author != "", func() app.UI { return app.Span().Body(app.Text("by "), app.Bdi().Text(src.Author)) }),
										app.If(src.URL != "", func() app.UI { return originalLink(src) }),
									)
								}),
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
				app.TBody().Role("rowgroup").Body(
					app.Range(c.Rows).Slice(func(r int) app.UI {
						row := c.Rows[r]
						// The row's quotes are its targets 1, 2, … in column order.
						first := make([]int, len(row.Cells))
						n := 1
						for i, cell := range row.Cells {
							first[i] = n
							n += len(cell.Mentions)
						}
						return app.Tr().ID(rowAnchor(row.Event.ID)).Role("row").DataSet("event-id", row.Event.ID).Body(
							app.Th().Scope("row").Role("rowheader").Class("event").ID(g.targetID(r, 0)).TabIndex(g.tabIndex(r, 0)).Body(
								eventHead(ix, row.Event),
							),
							app.Range(row.Cells).Slice(func(i int) app.UI {
								cell := row.Cells[i]
								return cellView(ix, row.Event, c.Columns[i], cell, colClass(i), func(k int) (string, int) {
									return g.targetID(r, first[i]+k), g.tabIndex(r, first[i]+k)
								})
							}),
						)
					}),
				),
			),
	)
}

// eventHead says what happened, for the row of an event: the summary, and
// the kind of event with its qualifiers.
func eventHead(ix *query.Index, e *dataset.Event) app.UI {
	return app.Div().Class("event-head").Body(
		app.P().Class("gloss").Text(ix.Gloss(e)),
		app.P().Class("event-kind").Body(
			app.Span().Class("type", "t-"+e.Type).Text(query.TypeLabel(e.Type)),
			app.If(e.Background, func() app.UI { return backgroundNote() }),
		),
	)
}

// backgroundNote marks an event told only as history, and says so.
func backgroundNote() app.UI {
	return app.Span().Class("bg").Text("background: told as history, not as news")
}

// switcher picks the column shown when the screen is too narrow for all
// of them side by side: tabs, one tab stop, moved through with the arrow
// keys.
func (v *storyView) switcher(c *query.Comparison, active int) app.UI {
	return app.Div().Class("switcher").Role("tablist").Aria("label", "Version shown").
		OnKeyDown(func(ctx app.Context, e app.Event) {
			to := v.active
			switch e.Get("key").String() {
			case "ArrowLeft", "ArrowUp":
				to--
			case "ArrowRight", "ArrowDown":
				to++
			case "Home":
				to = 0
			case "End":
				to = 1 << 20
			default:
				return
			}
			e.PreventDefault()
			to = max(0, min(to, v.columns-1))
			v.active = to
			v.compareAt = gridPos{}
			focusByID(ctx, "tab-"+strconv.Itoa(to))
		}).
		Body(
			app.Range(c.Columns).Slice(func(i int) app.UI {
				col := c.Columns[i]
				a := col.Article
				tab := -1
				if i == active {
					tab = 0
				}
				return app.Button().Type("button").Role("tab").ID("tab-"+strconv.Itoa(i)).TabIndex(tab).DataSet("version", a.ID).
					Aria("selected", i == active).
					OnClick(func(ctx app.Context, e app.Event) { v.active = i; v.compareAt = gridPos{} }, app.EventScope(a.ID)).
					Body(
						app.Span().Lang(a.Lang).Dir("auto").Text(dataset.LanguageEndonym(a.Lang)),
						app.If(col.Label != dataset.LanguageName(a.Lang), func() app.UI {
							return app.Span().Body(app.Text(" · "), app.Bdi().Text(col.Label))
						}),
					)
			}),
		)
}

// originalLink leads to the article where it was published, in a new tab
// (it leaves the site; go-app leaves such links to the browser), telling
// the original's site nothing of the reader's visit here (noreferrer).
func originalLink(s query.Source) app.UI {
	return app.A().Class("original").Href(s.URL).Target("_blank").Rel("noopener noreferrer external").Body(
		app.Text("original at "), app.Bdi().Text(s.Host),
		app.Span().Class("visually-hidden").Text(" (opens in a new tab)"),
	)
}

// glossToggle shows or hides the English names of the people, places,
// groups and dates marked in the text, inline: on hover they show anyway,
// but touch and keyboard readers need them written out.
func glossToggle(id string, on bool, set func(bool)) app.UI {
	return app.Label().Class("gloss-toggle").For(id).Body(
		app.Input().Type("checkbox").ID(id).Checked(on).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx.JSSrc().Get("checked").Bool())
		}),
		app.Text(" English names in the text"),
	)
}

// diffLabels name the points of difference for readers.
var diffLabels = map[string]string{
	dataset.DiffQuantity:    "number",
	dataset.DiffDate:        "date",
	dataset.DiffPlace:       "place",
	dataset.DiffDescription: "described as",
}

// cellView is what one version says of one event, by the cell's state:
// its sentences with entities and dates marked, a sentence that may
// mention it, or that it does not report it. target gives the id and tab
// index of the k-th quote's link, a target of the table's grid.
func cellView(ix *query.Index, e *dataset.Event, col query.Column, cell query.Cell, class []string, target func(k int) (string, int)) app.UI {
	a := col.Article
	td := app.Td().Class(class...).Role("cell").DataSet("version", a.ID).Lang(a.Lang).Dir(a.Dir)
	switch cell.State {
	case query.NotReported:
		return td.DataSet("missing", "true").Body(
			app.P().Class("missing").Lang("en").Dir("ltr").Text("Not reported in this version"),
		)
	case query.PossiblyMentioned:
		td = td.DataSet("possible", "true")
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
	gloss := ix.ReportGloss(e, cell.Mentions)
	if cell.State == query.PossiblyMentioned {
		gloss = "May mention it, without reporting it as such:"
	}
	return td.Body(
		// What this version tells, in English, so that a reader of one
		// language can follow every column.
		app.P().Class("cell-gloss").Lang("en").Dir("ltr").Text(gloss),
		app.Range(cell.Mentions).Slice(func(k int) app.UI {
			m := cell.Mentions[k]
			var segs []app.UI
			for _, seg := range ix.Segments(a, m.Paragraph, m.Sentence) {
				segs = append(segs, markSegment(ix, seg))
			}
			id, tab := target(k)
			return app.Blockquote().Class("evidence-quote").Body(
				app.P().Body(segs...),
				app.If(m.Attribution != "", func() app.UI {
					return app.P().Class("attribution").Text("— " + m.Attribution)
				}),
				app.P().Class("cite").Lang("en").Dir("ltr").Body(
					app.A().ID(id).TabIndex(tab).Href(href(ArticlePath(a.ID))+"#"+query.SentenceAnchor(m.Paragraph, m.Sentence.Start)).Text("in context"),
				),
			)
		}),
		app.Range(cell.Diffs).Slice(func(i int) app.UI {
			d := cell.Diffs[i]
			return app.P().Class("diff").DataSet("diff", d.Kind).Lang("en").Dir("ltr").Body(
				app.Strong().Text("Differs · "+diffLabels[d.Kind]+": "),
				app.Text(d.Gloss),
				app.Bdi().Class("written").Lang(a.Lang).Text(" ("+d.Written+")"),
			)
		}),
	)
}
