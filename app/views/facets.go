package views

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
)

// facetLabels name the facets for readers.
var facetLabels = map[string]string{
	query.FacetType:    "Event type",
	query.FacetActor:   "Actor",
	query.FacetPlace:   "Place",
	query.FacetLang:    "Language",
	query.FacetArticle: "Article",
	query.FacetStory:   "Story",
}

// facetLimit is how many values a facet shows before "show all".
const facetLimit = 8

// facetPanel lists every facet as a group of checkboxes with live counts,
// the date range and the minimum number of languages.
func facetPanel(v *eventsView, ex *query.Explorer, r query.Result) app.UI {
	if ex == nil {
		return nil
	}
	var groups []app.UI
	for _, facet := range query.Facets {
		groups = append(groups, facetGroup(v, ex, facet, r.Counts[facet]))
	}
	return app.Div().Class("facets").Body(
		dateRange(v),
		minLangs(v, r),
		app.Div().Body(groups...),
	)
}

func facetGroup(v *eventsView, ex *query.Explorer, facet string, counts []query.Count) app.UI {
	if len(counts) == 0 {
		return nil
	}
	// Event types read best grouped by their PLOVER class.
	if facet == query.FacetType {
		slices.SortStableFunc(counts, func(a, b query.Count) int {
			ga, gb := ex.PloverGroup(a.Value), ex.PloverGroup(b.Value)
			if ga != gb {
				if ga == "Other" {
					return 1
				}
				if gb == "Other" {
					return -1
				}
				if ga < gb {
					return -1
				}
				return 1
			}
			return b.Count - a.Count
		})
	}
	shown := counts
	var rest []query.Count
	if len(counts) > facetLimit+2 && facet != query.FacetType {
		shown = slices.Clone(counts[:facetLimit])
		// Selected values stay visible.
		for _, c := range counts[facetLimit:] {
			if v.filter.Selected(facet, c.Value) {
				shown = append(shown, c)
			} else {
				rest = append(rest, c)
			}
		}
	}
	// The group is one tab stop; the arrow keys move through its values.
	at := v.facetAt[facet]
	if at >= len(shown) {
		at = 0
	}
	var items []app.UI
	prevGroup := ""
	for i, c := range shown {
		if facet == query.FacetType {
			if g := ex.PloverGroup(c.Value); g != prevGroup {
				// In plain words, the PLOVER code in the tooltip.
				name, code := "Other", ""
				if g != "Other" {
					name, code = eventtype.PloverLabel(g), "PLOVER "+g
				}
				items = append(items, app.Li().Class("group").Aria("hidden", "true").Title(code).Text(name))
				prevGroup = g
			}
		}
		tab := -1
		if i == at {
			tab = 0
		}
		items = append(items, facetValue(v, ex, facet, c, tab))
	}
	return app.FieldSet().Class("facet").DataSet("facet", facet).Body(
		app.Legend().Text(facetLabels[facet]),
		app.Ul().OnKeyDown(func(ctx app.Context, e app.Event) { v.facetKey(ctx, e, facet) }, app.EventScope("keys/"+facet)).Body(items...),
		app.If(len(rest) > 0, func() app.UI { return v.moreValues(ex, facet, rest) }),
	)
}

// facetKey moves the focus through a facet's values with the arrow keys,
// Home and End; Space ticks the one with the focus, as with any checkbox.
func (v *eventsView) facetKey(ctx app.Context, e app.Event, facet string) {
	key := e.Get("key").String()
	boxes := e.Get("currentTarget").Call("querySelectorAll", "input[type=checkbox]")
	n := boxes.Length()
	if n == 0 {
		return
	}
	cur := 0
	for i := 0; i < n; i++ {
		if boxes.Index(i).Equal(e.Get("target")) {
			cur = i
		}
	}
	next := cur
	switch key {
	case "ArrowDown", "ArrowRight":
		next = min(cur+1, n-1)
	case "ArrowUp", "ArrowLeft":
		next = max(cur-1, 0)
	case "Home":
		next = 0
	case "End":
		next = n - 1
	default:
		return
	}
	e.PreventDefault()
	if v.facetAt == nil {
		v.facetAt = map[string]int{}
	}
	v.facetAt[facet] = next
	focusByID(ctx, boxes.Index(next).Get("id").String())
}

// findLimit is how many of a facet's other values are rendered at once: a
// corpus of thousands of articles must not put thousands of checkboxes in
// the page. A finder narrows them.
const findLimit = 40

// moreValues is the rest of a facet's values, rendered only once the reader
// asks for them, with a finder when there are many.
func (v *eventsView) moreValues(ex *query.Explorer, facet string, rest []query.Count) app.UI {
	toggle := func(open bool) func(ctx app.Context, e app.Event) {
		return func(ctx app.Context, e app.Event) {
			if v.open == nil {
				v.open = map[string]bool{}
			}
			v.open[facet] = open
		}
	}
	if !v.open[facet] {
		return app.Button().Type("button").Class("more-values").DataSet("more", facet).Aria("expanded", "false").
			OnClick(toggle(true), app.EventScope("more/"+facet)).
			Text(fmt.Sprintf("%s more", thousands(len(rest))))
	}
	find := v.find[facet]
	var matches []query.Count
	for _, c := range rest {
		if find == "" || strings.Contains(fold.String(ex.Name(facet, c.Value)), fold.String(find)) {
			matches = append(matches, c)
		}
	}
	shown := matches[:min(len(matches), findLimit)]
	findID := "find-" + facet
	return app.Div().Class("more-values").Body(
		app.If(len(rest) > findLimit, func() app.UI {
			return app.Div().Class("finder").Body(
				app.Label().For(findID).Class("visually-hidden").Text("Find a value of "+facetLabels[facet]),
				app.Input().Type("search").ID(findID).Value(find).AutoComplete(false).
					Placeholder("Find…").
					OnInput(func(ctx app.Context, e app.Event) {
						if v.find == nil {
							v.find = map[string]string{}
						}
						v.find[facet] = ctx.JSSrc().Get("value").String()
					}, app.EventScope(findID)),
			)
		}),
		app.Ul().Body(
			app.Range(shown).Slice(func(i int) app.UI { return facetValue(v, ex, facet, shown[i], 0) }),
		),
		app.If(len(matches) > len(shown), func() app.UI {
			return app.P().Class("more-note").Text(fmt.Sprintf("%s more match: type to narrow.", thousands(len(matches)-len(shown))))
		}),
		app.If(len(matches) == 0, func() app.UI { return app.P().Class("more-note").Text("No value matches.") }),
		app.Button().Type("button").Class("more-values").DataSet("more", facet).Aria("expanded", "true").
			OnClick(toggle(false), app.EventScope("fewer/"+facet)).Text("Show fewer"),
	)
}

// facetValue is one checkbox: the value, in English (an article's title in
// its own language and direction, cut at its logical end), and its count.
// tab is its tab index: -1 but for the one the group's tab stop is on.
func facetValue(v *eventsView, ex *query.Explorer, facet string, c query.Count, tab int) app.UI {
	id := attr("f-" + facet + "-" + c.Value)
	on := v.filter.Selected(facet, c.Value)
	value := app.Span().Class("value").Dir("auto").Text(ex.Name(facet, c.Value))
	if facet == query.FacetArticle {
		if ix, err := index(); err == nil {
			if a := ix.Article(c.Value); a != nil {
				value = value.Lang(a.Lang).Dir(a.Dir)
			}
		}
	}
	return app.Li().Body(
		app.Input().Type("checkbox").ID(id).TabIndex(tab).Checked(on).DataSet("facet", facet).DataSet("value", attr(c.Value)).
			OnChange(func(ctx app.Context, e app.Event) {
				// Read the state now: go-app keeps the first closure of a
				// scoped handler, not the one from the latest render.
				v.goTo(ctx, v.withValue(facet, c.Value, !v.filter.Selected(facet, c.Value)), "")
			}, app.EventScope(facet+"/"+c.Value)),
		app.Label().For(id).Body(
			value,
			app.Span().Class("n").DataSet("count", c.Count).Text(thousands(c.Count)),
		),
	)
}

// dateRange bounds the events by month.
func dateRange(v *eventsView) app.UI {
	set := func(from bool) func(ctx app.Context, e app.Event) {
		return func(ctx app.Context, e app.Event) {
			f := cloneFilter(v.filter)
			val := ctx.JSSrc().Get("value").String()
			if from {
				f.From = val
			} else {
				f.To = val
			}
			v.goTo(ctx, f, "")
		}
	}
	return app.FieldSet().Class("facet", "dates").Body(
		app.Legend().Text("Dates"),
		app.Div().Class("range").Body(
			app.Label().For("from").Text("From"),
			app.Input().Type("month").ID("from").Value(v.filter.From).OnChange(set(true)),
			app.Label().For("to").Text("To"),
			app.Input().Type("month").ID("to").Value(v.filter.To).OnChange(set(false)),
		),
	)
}

// minLangs keeps the events reported in at least some number of languages.
func minLangs(v *eventsView, r query.Result) app.UI {
	options := []struct {
		n     int
		label string
		count int
	}{
		{1, "any number", r.Langs[1] + r.Langs[2] + r.Langs[3]},
		{2, "2 or more", r.Langs[2] + r.Langs[3]},
		{3, "3 or more", r.Langs[3]},
	}
	cur := max(v.filter.MinLangs, 1)
	return app.FieldSet().Class("facet", "minlangs").Body(
		app.Legend().Text("Reported in languages"),
		app.Ul().Body(
			app.Range(options).Slice(func(i int) app.UI {
				o := options[i]
				id := "minlangs-" + strconv.Itoa(o.n)
				return app.Li().Body(
					app.Input().Type("radio").Name("minlangs").ID(id).Checked(cur == o.n).Value(strconv.Itoa(o.n)).
						OnChange(func(ctx app.Context, e app.Event) {
							f := cloneFilter(v.filter)
							f.MinLangs = o.n
							v.goTo(ctx, f, "")
						}, app.EventScope(id)),
					app.Label().For(id).Body(
						app.Span().Class("value").Text(o.label),
						app.Span().Class("n").Text(thousands(o.count)),
					),
				)
			}),
		),
	)
}
