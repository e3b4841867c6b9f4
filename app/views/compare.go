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
	// Rows folded away have none, so that the arrow keys skip them.
	layout := make([][]int, len(c.Rows))
	for r, row := range c.Rows {
		if row.Folded && !v.background {
			continue
		}
		layout[r] = []int{0}
		for i, cell := range row.Cells {
			for range cellTargets(cell) {
				layout[r] = append(layout[r], i+1)
			}
		}
	}
	v.compare = newGrid("c", layout, v.compareAt)
	g := v.compare
	again := quotedAgain(c)

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
	row := func(r int) app.UI {
		row := c.Rows[r]
		// The row's quotes are its targets 1, 2, … in column order.
		first := make([]int, len(row.Cells))
		n := 1
		for i, cell := range row.Cells {
			first[i] = n
			n += cellTargets(cell)
		}
		return app.Tr().ID(rowAnchor(row.Event.ID)).Role("row").DataSet("event-id", row.Event.ID).DataSet("section", row.Section).Body(
			app.Th().Scope("row").Role("rowheader").Class("event").ID(g.targetID(r, 0)).TabIndex(g.tabIndex(r, 0)).Body(
				eventHead(ix, row.Event),
			),
			app.Range(row.Cells).Slice(func(i int) app.UI {
				cell := row.Cells[i]
				return cellView(ix, row.Event, c.Columns[i], cell, colClass(i), func(k int) (string, int) {
					return g.targetID(r, first[i]+k), g.tabIndex(r, first[i]+k)
				}, again[r][i])
			}),
		)
	}
	body := []app.UI{
		app.THead().Role("rowgroup").Body(
			// The first row sticks: language, outlet and date are
			// enough to tell the columns apart while reading down.
			app.Tr().Class("heads").Role("row").Body(
				app.Th().Class("corner").Scope("col").Role("columnheader").Text("Event"),
				app.Range(c.Columns).Slice(func(i int) app.UI {
					return columnHead(c.Columns[i], colClass(i))
				}),
			),
			app.Tr().Class("titles").Role("row").Body(
				app.Td().Class("corner").Role("cell"),
				app.Range(c.Columns).Slice(func(i int) app.UI {
					return v.columnTitle(ix, c.Columns[i], colClass(i))
				}),
			),
		),
	}
	for _, sec := range sectionsOf(c) {
		body = append(body, v.section(sec, len(c.Columns)+1, row))
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
				body...,
			),
	)
}

// cellTargets is how many of the grid's targets a cell holds: the "in
// context" link of each quote.
func cellTargets(cell query.Cell) int {
	if cell.State == query.PossiblyMentioned {
		return 1
	}
	return len(quoted(cell.Mentions))
}

// quoted are the mentions whose sentences a cell quotes: one per
// sentence, since two reports in one sentence ("signed an agreement …
// and its cooperation with …") are read in it once.
func quoted(ms []dataset.Mention) []dataset.Mention {
	var out []dataset.Mention
	seen := map[[2]int]bool{}
	for _, m := range ms {
		k := [2]int{m.Paragraph, m.Sentence.Start}
		if !seen[k] {
			seen[k] = true
			out = append(out, m)
		}
	}
	return out
}

// quotedAgain says, for each row and column, which of the cell's quotes
// (by their place in it) quote a sentence a row above has quoted in full
// in that column: a lede that tells several events, or that possibly
// mentions them, is read once, and below it is named, not repeated.
func quotedAgain(c *query.Comparison) [][]map[int]bool {
	type key struct{ paragraph, start int }
	seen := make([]map[key]bool, len(c.Columns))
	for i := range seen {
		seen[i] = map[key]bool{}
	}
	out := make([][]map[int]bool, len(c.Rows))
	for r, row := range c.Rows {
		out[r] = make([]map[int]bool, len(row.Cells))
		for i, cell := range row.Cells {
			var keys []key
			switch cell.State {
			case query.PossiblyMentioned:
				keys = []key{{cell.Possible.Paragraph, cell.Possible.Sentence.Start}}
			case query.Reported:
				for _, m := range quoted(cell.Mentions) {
					keys = append(keys, key{m.Paragraph, m.Sentence.Start})
				}
			}
			for k, q := range keys {
				if seen[i][q] {
					if out[r][i] == nil {
						out[r][i] = map[int]bool{}
					}
					out[r][i][k] = true
				}
				seen[i][q] = true
			}
		}
	}
	return out
}

// rowSection is one section of the comparison's rows, as Compare orders
// them: the indexes of its rows in c.Rows.
type rowSection struct {
	name string
	rows []int
}

func sectionsOf(c *query.Comparison) []rowSection {
	var out []rowSection
	for r, row := range c.Rows {
		if len(out) == 0 || out[len(out)-1].name != row.Section {
			out = append(out, rowSection{name: row.Section})
		}
		out[len(out)-1].rows = append(out[len(out)-1].rows, r)
	}
	return out
}

// sectionHeads say what each section's rows are.
var sectionHeads = map[string]string{
	query.SectionNews:       "The news: what the versions' headlines report",
	query.SectionContext:    "Context: what else they report of the present",
	query.SectionBackground: "Background",
}

// section is one row group of the comparison under a heading row. The
// background is folded: its heading is a <details> whose summary counts
// its events, and the stylesheet hides the rows while it is closed, so
// that it opens before the app runs too (the start carries an opened
// <details> over, boot.js).
func (v *storyView) section(sec rowSection, span int, row func(int) app.UI) app.UI {
	head := app.Th().Class("section-head").ColSpan(span).Scope("colgroup").Role("columnheader")
	if sec.name == query.SectionBackground {
		head = head.Body(
			app.Details().Class("fold").Open(v.background).
				OnToggle(func(ctx app.Context, e app.Event) { v.background = ctx.JSSrc().Get("open").Bool() }).
				Body(app.Summary().Body(
					app.Span().Class("section-name").Text(sectionHeads[sec.name]),
					app.Text(": "+plural(len(sec.rows), "event", "events")+" told as history, before the news"),
				)),
		)
	} else {
		head = head.Body(app.Span().Class("section-name").Text(sectionHeads[sec.name]))
	}
	rows := []app.UI{app.Tr().Class("section-row").Role("row").Body(head)}
	for _, r := range sec.rows {
		rows = append(rows, row(r))
	}
	return app.TBody().Class("section", "s-"+sec.name).Role("rowgroup").DataSet("section", sec.name).Body(rows...)
}

// columnHead names a column's version: its language, outlet and
// publication date ("date unknown" when no source gives one: a date
// inferred from the text is no publication date), and whether it is
// analysed or added by the reader.
func columnHead(col query.Column, class []string) app.UI {
	a := col.Article
	var outlet app.UI = app.Bdi().Class("outlet").Text(col.Outlet)
	if a.Meta.Outlet == "" {
		outlet = fileName(a.File)
	}
	date := app.Span().Class("date").Text(col.Date)
	if col.Date == "date unknown" {
		date = date.Class("unknown")
	}
	return app.Th().Class(class...).Scope("col").Role("columnheader").DataSet("version", a.ID).Body(
		app.Div().Class("col-meta").Body(
			langBadge(a.Lang),
			outlet,
			date,
			app.If(col.NotAnalysed, func() app.UI {
				return app.Span().Class("not-analysed-badge").Text("not analysed — " + dataset.LanguageName(a.Lang))
			}),
			app.If(col.Related, func() app.UI { return app.Span().Class("bg").Text("related coverage, not a version") }),
		),
	)
}

// columnTitle is the version's title, author and link to the original;
// a version not analysed also shows the opening of its text, which is
// all a reader gets of it here.
func (v *storyView) columnTitle(ix *query.Index, col query.Column, class []string) app.UI {
	a := col.Article
	src := query.SourceOf(a)
	return app.Td().Class(append(class, "col-sub")...).Role("cell").DataSet("version", a.ID).Lang(a.Lang).Dir(a.Dir).Body(
		app.A().Class("col-title").Href(href(ArticlePath(a.ID))).Lang(a.Lang).Dir(a.Dir).Text(a.Title),
		app.If(src.Author != "" || src.URL != "", func() app.UI {
			return app.P().Class("col-source").Lang("en").Dir("ltr").Body(
				app.If(src.Author != "", func() app.UI { return app.Span().Body(app.Text("by "), app.Bdi().Text(src.Author)) }),
				app.If(src.URL != "", func() app.UI { return originalLink(src) }),
			)
		}),
		app.If(col.NotAnalysed, func() app.UI {
			return app.Div().Class("not-analysed-note").Body(
				app.P().Lang("en").Dir("ltr").Body(
					app.Text("Not analysed: Parallax does not read "+dataset.LanguageName(a.Lang)+". It joins the story by the names, days and figures it shares with the versions. "),
					app.A().Href(href(ArticlePath(a.ID))).Text("Read its text"),
				),
				app.Blockquote().Class("excerpt").Body(app.P().Text(query.Opening(a, 280))),
			)
		}),
		app.If(col.Related, func() app.UI {
			return app.Button().Class("remove").Type("button").DataSet("remove", a.ID).
				OnClick(func(ctx app.Context, e app.Event) {
					v.setWith(ctx, slices.DeleteFunc(slices.Clone(v.with), func(x string) bool { return x == a.ID }))
				}, app.EventScope(a.ID)).Text("Remove column")
		}),
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
						app.If(col.NotAnalysed, func() app.UI { return app.Span().Text(" · not analysed") }),
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

// possibleReasons say why a sentence may tell an event.
var possibleReasons = map[string]string{
	dataset.PossibleTrigger: "names its parties and a word for it",
	dataset.PossibleParties: "names all its parties",
	dataset.PossibleNumber:  "gives its figure",
	dataset.PossibleDate:    "gives its day",
}

// cellView is what one version says of one event, by the cell's state:
// its sentences with entities and dates marked, a sentence that may
// mention it, that it does not report it, or that it was not analysed.
// target gives the id and tab index of the k-th quote's link, a target of
// the table's grid; again are the quotes whose sentence is quoted in full
// above, shown by their opening words.
func cellView(ix *query.Index, e *dataset.Event, col query.Column, cell query.Cell, class []string, target func(k int) (string, int), again map[int]bool) app.UI {
	a := col.Article
	td := app.Td().Class(class...).Role("cell").DataSet("version", a.ID).DataSet("state", cell.State.String()).Lang(a.Lang).Dir(a.Dir)
	quote := func(k, paragraph int, sentence dataset.Span, attribution string) app.UI {
		id, tab := target(k)
		var text app.UI
		if again[k] {
			words := a.Paragraphs[paragraph].Text[sentence.Start:sentence.End]
			// The label is English and the quote its version's: each in
			// its own direction, so an Arabic opening does not pull
			// "Quoted above:" to the end of the line.
			text = app.P().Class("again").Lang("en").Dir("ltr").Body(
				app.Span().Class("again-label").Text("Quoted above: "),
				app.Q().Lang(a.Lang).Dir(a.Dir).Text(query.Clip(words, 60)),
			)
		} else {
			var segs []app.UI
			for _, seg := range ix.Segments(a, paragraph, sentence) {
				segs = append(segs, markSegment(ix, seg))
			}
			text = app.P().Body(segs...)
		}
		return app.Blockquote().Class("evidence-quote").Body(
			text,
			app.If(attribution != "", func() app.UI {
				return app.P().Class("attribution").Text("— " + attribution)
			}),
			app.P().Class("cite").Lang("en").Dir("ltr").Body(
				app.A().ID(id).TabIndex(tab).Href(href(ArticlePath(a.ID))+"#"+query.SentenceAnchor(paragraph, sentence.Start)).Text("in context"),
			),
		)
	}
	switch cell.State {
	case query.NotReported:
		return td.DataSet("missing", "true").Body(
			app.P().Class("missing").Lang("en").Dir("ltr").Text("Not reported in this version"),
		)
	case query.NotAnalysed:
		return td.Body(
			app.P().Class("not-analysed").Lang("en").Dir("ltr").Text("Not analysed — " + dataset.LanguageName(a.Lang)),
		)
	case query.PossiblyMentioned:
		p := cell.Possible
		return td.DataSet("possible", "true").Body(
			app.P().Class("possible-label").Lang("en").Dir("ltr").Body(
				app.Strong().Text("Possibly mentioned"),
				app.Text(" (not a report): "+possibleReasons[p.Reason]),
			),
			quote(0, p.Paragraph, p.Sentence, ""),
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
	quotes := quoted(cell.Mentions)
	return td.Body(
		// What this version tells, in English, so that a reader of one
		// language can follow every column.
		app.P().Class("cell-gloss").Lang("en").Dir("ltr").Text(ix.ReportGloss(e, cell.Mentions)),
		app.Range(quotes).Slice(func(k int) app.UI {
			m := quotes[k]
			return quote(k, m.Paragraph, m.Sentence, m.Attribution)
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
