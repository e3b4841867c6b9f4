package views

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset/eventtype"
)

// Timeline geometry, in the SVG's own units: it scales to its box.
const (
	tlWidth  = 900
	tlHeight = 110
	tlAxis   = 18
)

// typeColours give each PLOVER family a colour, and "Other" a grey, so
// that stacks read as families of events.
var typeColours = map[string]string{
	"COERCE": "#c2410c", "SANCTION": "#b45309", "ASSAULT": "#b91c1c", "RETREAT": "#0e7490",
	"MOBILIZE": "#7c3aed", "ACCUSE": "#a16207", "REJECT": "#4d7c0f", "DEMAND": "#be185d",
	"THREATEN": "#9f1239", "CONSULT": "#0d6b66", "COOPERATE": "#15803d", "PROTEST": "#4338ca",
	"Other": "#64748b",
}

// timeline draws events per month, stacked by type, as SVG made by the app
// itself. A click on a month, or a drag across months, sets the date range;
// each month is also a button for the keyboard.
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
	w := float64(tlWidth) / float64(len(r.Months))
	h := float64(tlHeight - tlAxis)
	var bars []app.UI
	for i, m := range r.Months {
		month, _ := query.ParseMonth(m.Month)
		inRange := (v.filter.From == "" || month >= from) && month <= to
		x := float64(i) * w
		var stack []app.UI
		y := h
		for _, typ := range typeOrder(ex, m.ByType) {
			n := m.ByType[typ]
			bh := h * float64(n) / float64(top)
			y -= bh
			stack = append(stack, svg("rect").Attr("x", fmtf(x+w*0.1)).Attr("y", fmtf(y)).
				Attr("width", fmtf(w*0.8)).Attr("height", fmtf(bh)).Attr("fill", typeColours[ex.PloverGroup(typ)]))
		}
		label := fmt.Sprintf("%s: %s", query.FormatDate(m.Month), plural(m.Total, "event", "events"))
		bar := svg("g").Class("bar").DataSet("month", m.Month).Attr("tabindex", 0).Attr("role", "button").Aria("label", label).
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
			On("keydown", func(ctx app.Context, e app.Event) {
				if k := e.Get("key").String(); k == "Enter" || k == " " {
					e.PreventDefault()
					f := cloneFilter(v.filter)
					f.From, f.To = m.Month, m.Month
					v.goTo(ctx, f, "")
				}
			}, app.EventScope(m.Month)).
			Body(append([]app.UI{
				svg("title").Text(label),
				// The hit area is the whole column, not just the bar.
				svg("rect").Class("hit").Attr("x", fmtf(x)).Attr("y", "0").Attr("width", fmtf(w)).Attr("height", fmtf(h)),
			}, stack...)...)
		if !inRange {
			bar = bar.Class("out")
		}
		bars = append(bars, bar)
		if m.Month[5:] == "01" || i == 0 {
			bars = append(bars, svg("text").Class("tick").Attr("x", fmtf(x)).Attr("y", strconv.Itoa(tlHeight-4)).Text(m.Month[:4]))
		}
	}
	return app.Figure().Class("timeline").Body(
		svg("svg").Attr("viewBox", fmt.Sprintf("0 0 %d %d", tlWidth, tlHeight)).Attr("role", "group").
			Aria("label", "Events per month; choose a month, or drag across months, to filter by date").Body(bars...),
		app.FigCaption().Body(
			app.Text("Events per month, by type."),
			app.If(r.YearOnly > 0, func() app.UI {
				return app.Text(fmt.Sprintf(" %s dated to a year only are not drawn.", plural(r.YearOnly, "event", "events")))
			}),
			app.If(v.filter.From != "" || v.filter.To != "", func() app.UI {
				f := cloneFilter(v.filter)
				f.From, f.To = "", ""
				return app.A().Class("clear").Href(link(f, "")).Text("Any date")
			}),
		),
	)
}

// typeOrder stacks types in a fixed order, so that colours line up.
func typeOrder(ex *query.Explorer, byType map[string]int) []string {
	var out []string
	for _, t := range eventtype.IDs() {
		if byType[t] > 0 {
			out = append(out, t)
		}
	}
	return out
}

func fmtf(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }
