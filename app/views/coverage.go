package views

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// coverageMarks are the matrix's symbols, with what they mean; the legend
// lists the ones the matrix uses.
var coverageMarks = []struct {
	state   query.CellState
	differs bool
	mark    string
	class   string
	means   string
}{
	{query.Reported, false, "●", "reported", "reports it"},
	{query.Reported, true, "◆", "differs", "reports it differently: another number, date, place or description"},
	{query.PossiblyMentioned, false, "◐", "possible", "may mention it, without reporting it"},
	{query.NotReported, false, "○", "none", "does not report it"},
	{query.NotAnalysed, false, "–", "unread", "not analysed: Parallax does not read its language"},
}

func coverageMark(cell query.Cell) (mark, class, means string) {
	for _, m := range coverageMarks {
		if m.state == cell.State && m.differs == (len(cell.Diffs) > 0 && cell.State == query.Reported) {
			return m.mark, m.class, m.means
		}
	}
	return "○", "none", "does not report it"
}

// linked: a mark that leads to the row, where the version tells the event.
func linked(cell query.Cell) bool {
	return cell.State == query.Reported || cell.State == query.PossiblyMentioned
}

// coverage is the events × versions matrix: which version reports what,
// with a legend for its marks. It is one tab stop: the arrow keys move
// through its events and marks (grid.go), and each leads to its event's
// row in the comparison.
func (v *storyView) coverage(ix *query.Index, c *query.Comparison) app.UI {
	layout := make([][]int, len(c.Rows))
	used := map[string]bool{}
	for r, row := range c.Rows {
		layout[r] = []int{0}
		for i, cell := range row.Cells {
			_, class, _ := coverageMark(cell)
			used[class] = true
			if linked(cell) {
				layout[r] = append(layout[r], i+1)
			}
		}
	}
	v.matrix = newGrid("m", layout, v.matrixAt)
	g := v.matrix
	return app.Section().Class("coverage").Aria("labelledby", "coverage-heading").Body(
		app.H2().ID("coverage-heading").Text("Who reports what"),
		app.Ul().Class("legend").Aria("label", "What the marks mean").Body(
			app.Range(coverageMarks).Slice(func(i int) app.UI {
				m := coverageMarks[i]
				if !used[m.class] {
					return nil
				}
				return app.Li().Body(app.Span().Class("dot", m.class).Aria("hidden", "true").Text(m.mark), app.Text(" "+m.means))
			}),
			app.Li().Class("hint").Text("Choose an event or a mark to read its row below."),
		),
		app.Div().Class("table-wrap").Body(
			app.Table().Class("matrix").
				OnKeyDown(func(ctx app.Context, e app.Event) {
					if at, ok := v.matrix.key(ctx, e); ok {
						v.matrixAt = at
					}
				}).
				Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text("Event"),
						app.Range(c.Columns).Slice(func(i int) app.UI {
							col := c.Columns[i]
							a := col.Article
							// The language, and what tells two columns in it apart.
							return app.Th().Scope("col").DataSet("version", a.ID).Body(
								app.Span().Lang(a.Lang).Dir("auto").Text(dataset.LanguageEndonym(a.Lang)),
								app.If(col.Label != dataset.LanguageName(a.Lang), func() app.UI {
									return app.Span().Class("col-label").Body(app.Bdi().Text(col.Label))
								}),
							)
						}),
					)),
					app.TBody().Body(
						app.Range(c.Rows).Slice(func(r int) app.UI {
							row := c.Rows[r]
							// The marks that lead somewhere are the row's targets
							// after its event.
							items := make([]int, len(row.Cells))
							n := 0
							for i, cell := range row.Cells {
								if linked(cell) {
									n++
									items[i] = n
								}
							}
							// A folded row unfolds when the reader follows a link
							// to it (before the app runs, the stylesheet shows
							// a background row that is the page's target).
							unfold := func(ctx app.Context, e app.Event) {
								if row.Folded {
									v.background = true
								}
							}
							// Not data-event-id: that names the comparison's rows.
							return app.Tr().DataSet("matrix-event", row.Event.ID).Body(
								app.Th().Scope("row").Body(
									app.A().ID(g.targetID(r, 0)).TabIndex(g.tabIndex(r, 0)).Href("#"+rowAnchor(row.Event.ID)).
										Text(ix.Gloss(row.Event)).OnClick(unfold, app.EventScope(row.Event.ID)),
								),
								app.Range(row.Cells).Slice(func(i int) app.UI {
									cell := row.Cells[i]
									col := c.Columns[i]
									mark, class, means := coverageMark(cell)
									label := col.Label + " " + means
									td := app.Td().Class("dot", class).DataSet("version", col.Article.ID)
									if !linked(cell) {
										return td.Body(app.Span().Role("img").Aria("label", attr(label)).Text(mark))
									}
									return td.Body(
										app.A().ID(g.targetID(r, items[i])).TabIndex(g.tabIndex(r, items[i])).
											Href("#"+rowAnchor(row.Event.ID)).Aria("label", attr(label)).Text(mark).
											OnClick(unfold, app.EventScope(row.Event.ID)),
									)
								}),
							)
						}),
					),
				),
		),
	)
}
