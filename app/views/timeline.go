package views

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset/eventtype"
)

// Timeline geometry, in the SVG's own units. The SVG stretches to its box
// (preserveAspectRatio none) and holds no text: the year labels are HTML,
// so they keep their size at any width.
const (
	tlMonth  = 10 // width of a month
	tlHeight = 100
)

// families are the colours of the timeline's stacks: one per PLOVER
// family, in stacking order, and grey for the types PLOVER has none for.
// The colours themselves are in parallax.css (.tl-<family>), with a
// lighter set for the dark theme.
func family(ex *query.Explorer, typ string) string {
	return strings.ToLower(ex.PloverGroup(typ))
}

// timeline draws events per month, stacked by family of type, with a
// legend for the colours. A click on a month, or a drag across months,
// sets the date range. For the keyboard it is one tab stop: the arrow keys
// move from month to month, Enter or Space chooses one. On a phone each
// month is a column a thumb can hit, and the timeline scrolls sideways.
func timeline(v *eventsView, r query.Result) app.UI {
	ex := loadExplorer()
	if len(r.Months) == 0 || ex == nil {
		return nil
	}
	top := 1
	for _, m := range r.Months {
		top = max(top, m.Total)
	}
	from, _ := query.ParseMonth(v.filter.From)
	to, toOK := query.ParseMonth(v.filter.To)
	if !toOK {
		to = 1 << 30
	}
	cols := make([]int, len(r.Months))
	for i := range cols {
		cols[i] = i
	}
	v.tl = newGrid("tl", [][]int{cols}, v.tlAt)
	g := v.tl
	width := tlMonth * len(r.Months)
	var bars, ticks []app.UI
	var families []string
	for i, m := range r.Months {
		month, _ := query.ParseMonth(m.Month)
		inRange := (v.filter.From == "" || month >= from) && month <= to
		x := float64(i * tlMonth)
		var stack []app.UI
		y := float64(tlHeight)
		for _, typ := range typeOrder(m.ByType) {
			n := m.ByType[typ]
			bh := tlHeight * float64(n) / float64(top)
			y -= bh
			fam := family(ex, typ)
			if !slices.Contains(families, fam) {
				families = append(families, fam)
			}
			stack = append(stack, svg("rect").Class("tl-"+fam).Attr("x", fmtf(x+tlMonth*0.15)).Attr("y", fmtf(y)).
				Attr("width", fmtf(tlMonth*0.7)).Attr("height", fmtf(bh)))
		}
		label := fmt.Sprintf("%s: %s", query.FormatDate(m.Month), plural(m.Total, "event", "events"))
		bar := svg("g").Class("bar").ID(g.targetID(0, i)).DataSet("month", m.Month).Attr("tabindex", g.tabIndex(0, i)).
			Attr("role", "button").Aria("label", label).
			On("pointerdown", func(ctx app.Context, e app.Event) { v.brush = m.Month }, app.EventScope(m.Month)).
			On("pointerup", func(ctx app.Context, e app.Event) {
				a, b := v.brush, m.Month
				if a == "" || a > b {
					a, b = b, a
					if a == "" {
						a = b
					}
				}
				v.brush = ""
				f := cloneFilter(v.filter)
				f.From, f.To = a, b
				v.goTo(ctx, f, "")
			}, app.EventScope(m.Month)).
			Body(append([]app.UI{
				svg("title").Text(label),
				// The hit area is the whole column, not just the bar.
				svg("rect").Class("hit").Attr("x", fmtf(x)).Attr("y", "0").Attr("width", strconv.Itoa(tlMonth)).Attr("height", strconv.Itoa(tlHeight)),
			}, stack...)...)
		if !inRange {
			bar = bar.Class("out")
		}
		bars = append(bars, bar)
		// One cell per month under the bars, the year in January's: the
		// cells give the plot its width on a phone. (No style attributes:
		// the Content-Security-Policy refuses them.)
		tick := app.Span()
		if m.Month[5:] == "01" || i == 0 {
			tick = tick.Text(m.Month[:4])
		}
		ticks = append(ticks, tick)
	}
	slices.SortStableFunc(families, func(a, b string) int { return familyRank(a) - familyRank(b) })
	return app.Figure().Class("timeline").Body(
		app.Div().Class("timeline-scroll").Body(
			app.Div().Class("timeline-plot").Body(
				svg("svg").Attr("viewBox", fmt.Sprintf("0 0 %d %d", width, tlHeight)).Attr("preserveAspectRatio", "none").
					Attr("role", "group").Aria("label", "Events per month; choose a month, or drag across months, to filter by date").
					On("keydown", func(ctx app.Context, e app.Event) { v.timelineKey(ctx, e) }).
					Body(bars...),
				app.Div().Class("ticks").Aria("hidden", "true").Body(ticks...),
			),
		),
		app.FigCaption().Body(
			app.Ul().Class("tl-legend").Aria("label", "Colours").Body(
				app.Range(families).Slice(func(i int) app.UI {
					f := families[i]
					name, code := "Other", ""
					if f != "other" {
						name, code = eventtype.PloverLabel(strings.ToUpper(f)), "PLOVER "+strings.ToUpper(f)
					}
					return app.Li().Title(code).Body(app.Span().Class("swatch", "tl-"+f).Aria("hidden", "true"), app.Text(name))
				}),
			),
			app.P().Body(
				app.Text("Events per month, by kind."),
				app.If(r.YearOnly > 0, func() app.UI {
					return app.Text(fmt.Sprintf(" %s dated to a year only are not drawn.", plural(r.YearOnly, "event", "events")))
				}),
				app.If(v.filter.From != "" || v.filter.To != "", func() app.UI {
					f := cloneFilter(v.filter)
					f.From, f.To = "", ""
					return app.A().Class("clear").Href(link(f, "")).Text("Any date")
				}),
			),
		),
	)
}

// timelineKey moves through the months, and chooses one with Enter or
// Space.
func (v *eventsView) timelineKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ":
		month := e.Get("target").Get("dataset").Get("month")
		if !month.Truthy() {
			return
		}
		e.PreventDefault()
		f := cloneFilter(v.filter)
		f.From, f.To = month.String(), month.String()
		v.goTo(ctx, f, "")
		return
	}
	if at, ok := v.tl.key(ctx, e); ok {
		v.tlAt = at
	}
}

// familyRank orders the legend as the stacks are: by the first type of
// each family, Other last.
func familyRank(f string) int {
	for i, t := range eventtype.All() {
		if strings.ToLower(t.Plover) == f {
			return i
		}
	}
	return 1 << 20
}

// typeOrder stacks types in a fixed order, so that colours line up.
func typeOrder(byType map[string]int) []string {
	var out []string
	for _, t := range eventtype.IDs() {
		if byType[t] > 0 {
			out = append(out, t)
		}
	}
	return out
}

func fmtf(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
