package views

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// EventsPath is the app path of the events explorer.
const EventsPath = "/events"

// pageSize is how many event rows are rendered at once: go-app diffs
// children by position, so long lists are paged, not rendered whole.
const pageSize = 50

var loadExplorer = sync.OnceValue(func() *query.Explorer {
	ix, err := index()
	if err != nil {
		return nil
	}
	return query.NewExplorer(ix)
})

// eventsView answers "what happened, when, between whom, and who reported
// it": events in date order, facets with live counts, a search in every
// language, a timeline, and a detail panel. Its whole state is in the URL.
type eventsView struct {
	app.Compo
	filter   query.Filter
	selected string // event id shown in the detail panel (?event=)
	shown    int    // rows rendered
	focus    int    // row with keyboard focus
	brush    string // the month a drag across the timeline started on
	result   query.Result
	rows     []*dataset.Event // the rows rendered
	unbind   func()
	open     map[string]bool   // facets showing all their values
	facetAt  map[string]int    // the value of each facet with the tab stop
	tl       grid              // the timeline's months, as last rendered (timeline.go)
	tlAt     gridPos           // the month with the timeline's tab stop
	find     map[string]string // the finder's text, per facet
}

func newEventsView() *eventsView { return &eventsView{shown: pageSize} }

func (v *eventsView) OnInit() {
	if app.IsClient {
		v.fromURL(app.Window().URL())
	}
}

func (v *eventsView) OnPreRender(ctx app.Context) { v.nav(ctx) }

func (v *eventsView) OnNav(ctx app.Context) {
	v.nav(ctx)
	if v.selected != "" {
		ctx.Defer(func(ctx app.Context) { ctx.ScrollTo("detail") })
	}
}

func (v *eventsView) nav(ctx app.Context) {
	v.fromURL(ctx.Page().URL())
	setPage(ctx, "Events", "Every event the corpus reports, with facets, search in every language and a timeline.")
}

// fromURL reads the view's state from its URL: q, type, actor, place,
// lang, article, story (comma-separated), from, to (YYYY-MM), minlangs,
// event.
func (v *eventsView) fromURL(u *url.URL) {
	if routePath(u) != EventsPath {
		return
	}
	q := routeQuery(u)
	f := query.Filter{Q: q.Get("q"), Values: map[string][]string{}, From: q.Get("from"), To: q.Get("to")}
	for _, facet := range query.Facets {
		for _, x := range strings.Split(q.Get(facet), ",") {
			if x = strings.TrimSpace(x); x != "" && !slices.Contains(f.Values[facet], x) {
				f.Values[facet] = append(f.Values[facet], x)
			}
		}
	}
	if _, ok := query.ParseMonth(f.From); !ok {
		f.From = ""
	}
	if _, ok := query.ParseMonth(f.To); !ok {
		f.To = ""
	}
	f.MinLangs, _ = strconv.Atoi(q.Get("minlangs"))
	v.filter = f
	v.selected = q.Get("event")
	v.shown = pageSize
	v.focus = 0
	v.run()
}

func (v *eventsView) run() {
	if ex := loadExplorer(); ex != nil {
		v.result = ex.Run(v.filter)
	}
}

// link is the URL of a state of the view, for links and history.
func link(f query.Filter, event string) string {
	s := href(EventsPath)
	if enc := encodeQuery(stateQuery(f, event)); enc != "" {
		s += "?" + enc
	}
	return s
}

// encodeQuery encodes q with its commas as they are, for readable links.
func encodeQuery(q url.Values) string { return strings.ReplaceAll(q.Encode(), "%2C", ",") }

// stateQuery is the query that gives a state of the view.
func stateQuery(f query.Filter, event string) url.Values {
	q := url.Values{}
	if s := strings.TrimSpace(f.Q); s != "" {
		q.Set("q", s)
	}
	for _, facet := range query.Facets {
		if vs := f.Values[facet]; len(vs) > 0 {
			q.Set(facet, strings.Join(vs, ","))
		}
	}
	if f.From != "" {
		q.Set("from", f.From)
	}
	if f.To != "" {
		q.Set("to", f.To)
	}
	if f.MinLangs > 1 {
		q.Set("minlangs", strconv.Itoa(f.MinLangs))
	}
	if event != "" {
		q.Set("event", event)
	}
	return q
}

// go pushes a new state of the view onto the history, so back and
// forward walk through the reader's filters.
func (v *eventsView) goTo(ctx app.Context, f query.Filter, event string) {
	u, err := url.Parse(link(f, event))
	if err != nil {
		return
	}
	// Resolved against the page: in the one-file edition the link is only
	// a fragment, which go-app would take for a path.
	ctx.NavigateTo(ctx.Page().URL().ResolveReference(u))
}

func (v *eventsView) withValue(facet, value string, on bool) query.Filter {
	f := cloneFilter(v.filter)
	vs := slices.DeleteFunc(slices.Clone(f.Values[facet]), func(x string) bool { return x == value })
	if on {
		vs = append(vs, value)
	}
	f.Values[facet] = vs
	return f
}

func cloneFilter(f query.Filter) query.Filter {
	g := f
	g.Values = map[string][]string{}
	for k, vs := range f.Values {
		g.Values[k] = slices.Clone(vs)
	}
	return g
}

// OnMount binds "/" to the search box. The filters are folded in the page,
// so that a narrow screen shows the results first, and a wide one shows
// them whatever the fold (parallax.css); a browser that cannot unfold them
// with CSS gets them opened here.
func (v *eventsView) OnMount(ctx app.Context) {
	if w, _ := app.Window().Size(); w > 768 && !app.Window().Get("CSS").Call("supports", "selector(::details-content)").Bool() {
		ctx.Defer(func(app.Context) {
			if d := app.Window().Get("document").Call("querySelector", "details.filters"); d.Truthy() {
				d.Set("open", true)
			}
		})
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		tag := strings.ToLower(e.Get("target").Get("tagName").String())
		if e.Get("key").String() != "/" || tag == "input" || tag == "textarea" || tag == "select" {
			return nil
		}
		e.Call("preventDefault")
		if in := app.Window().GetElementByID("q"); in.Truthy() {
			in.Call("focus")
		}
		return nil
	})
	app.Window().Call("addEventListener", "keydown", fn)
	v.unbind = func() {
		app.Window().Call("removeEventListener", "keydown", fn)
		fn.Release()
	}
}

func (v *eventsView) OnDismount() {
	if v.unbind != nil {
		v.unbind()
	}
}

func (v *eventsView) Render() app.UI {
	ix, err := index()
	if err != nil {
		return errorPage(err)
	}
	ex := loadExplorer()
	r := v.result
	return frame("events",
		app.Header().Class("events-head").Body(
			app.H1().Text("Events"),
			app.P().Class("lede").Body(
				app.Span().ID("count").DataSet("count", len(r.Events)).
					// The URL changes before the list is rendered again: this
					// tells tests that the list shown is the one it asks for.
					DataSet("query", encodeQuery(stateQuery(v.filter, v.selected))).Aria("live", "polite").
					Text(plural(len(r.Events), "event", "events")),
				app.Text(fmt.Sprintf(" of %s", thousands(len(ix.DS.Events)))),
				app.If(!v.filter.Empty(), func() app.UI {
					return app.A().Class("clear").Href(link(query.Filter{}, "")).Text("Clear all filters")
				}),
			),
			v.searchBox(),
		),
		timeline(v, r),
		app.Div().Class("explorer").Body(
			app.Details().Class("filters").Body(
				app.Summary().Text("Filters"),
				facetPanel(v, ex, r),
			),
			v.list(ix, ex, r),
		),
	)
}

func (v *eventsView) searchBox() app.UI {
	return app.Form().Class("search").Role("search").OnSubmit(func(ctx app.Context, e app.Event) {
		e.PreventDefault()
		v.goTo(ctx, v.filter, "")
	}).Body(
		app.Label().For("q").Class("visually-hidden").Text("Search events in any language"),
		app.Input().Type("search").ID("q").Name("q").Value(v.filter.Q).AutoComplete(false).
			Placeholder("Search in any language: Wagner, فاغنر, वैगनर… (press /)").
			OnInput(func(ctx app.Context, e app.Event) {
				v.filter.Q = ctx.JSSrc().Get("value").String()
				v.shown, v.focus = pageSize, 0
				v.run()
				u, _ := url.Parse(link(v.filter, v.selected))
				replaceQuery(ctx, routeQuery(ctx.Page().URL().ResolveReference(u)))
			}),
	)
}

// list renders the matching events, a page at a time, as links that the
// arrow keys move through (one tab stop for the whole list) and Enter
// follows. The open event's detail unfolds under its row, where the reader
// is looking; an open event that the filters leave out is shown above.
func (v *eventsView) list(ix *query.Index, ex *query.Explorer, r query.Result) app.UI {
	rows := r.Events[:min(v.shown, len(r.Events))]
	v.rows = rows
	terms := query.Terms(v.filter.Q)
	items := make([]app.UI, 0, len(rows)+1)
	inList := false
	for i, e := range rows {
		items = append(items, v.row(ix, ex, e, i == v.focus, terms))
		if e.ID == v.selected {
			inList = true
			items = append(items, app.Li().Class("detail-row").Body(eventDetail(v, ix, ex)))
		}
	}
	return app.Section().Class("results").Aria("label", "Matching events").Body(
		// Above the list, not in the folded filters: a phone shows the
		// results first, and Export with them.
		app.Div().Class("results-bar").Body(
			app.P().Class("list-note").Text("Each row says what happened, as the articles tell it. Background: told only as history, not as news."),
			exportButtons(v, r.Events, ix),
		),
		app.If(v.selected != "" && !inList, func() app.UI { return eventDetail(v, ix, ex) }),
		app.If(len(r.Events) == 0, func() app.UI {
			return app.P().Class("empty").Text("No event matches these filters.")
		}),
		app.Ol().Class("event-list").Aria("label", "Events, in date order").
			// v.rows, not rows: go-app keeps the handler of the first render.
			OnKeyDown(func(ctx app.Context, e app.Event) { v.key(ctx, e, v.rows) }).
			Body(items...),
		app.If(len(r.Events) > len(rows), func() app.UI {
			return app.Button().Type("button").Class("more").
				OnClick(func(ctx app.Context, e app.Event) { v.shown += pageSize }).
				Text(fmt.Sprintf("Show %d more (%d left)", min(pageSize, len(r.Events)-len(rows)), len(r.Events)-len(rows)))
		}),
	)
}

func rowID(rows []*dataset.Event, i int) string {
	if i < 0 || i >= len(rows) {
		return ""
	}
	return "row-" + rows[i].ID
}

// key moves the focus through the list: the row under focus is the one
// tab stop, so Tab leaves the list and the arrows walk it.
func (v *eventsView) key(ctx app.Context, e app.Event, rows []*dataset.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		v.focus = min(v.focus+1, len(rows)-1)
	case "ArrowUp":
		v.focus = max(v.focus-1, 0)
	case "Home":
		v.focus = 0
	case "End":
		v.focus = len(rows) - 1
	case "Escape":
		if v.selected == "" {
			return
		}
		// Close the open event and give the focus back to its row.
		for i, r := range rows {
			if r.ID == v.selected {
				v.focus = i
			}
		}
		v.goTo(ctx, v.filter, "")
	default:
		return // Enter follows the focused link by itself
	}
	e.PreventDefault()
	id := rowID(rows, v.focus)
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			if a := el.Call("querySelector", "a"); a.Truthy() {
				a.Call("focus")
				a.Call("scrollIntoView", map[string]any{"block": "nearest"})
			}
		}
	})
}

// row is one event: its date and precision, type, parties, place, and the
// languages and number of articles that report it.
func (v *eventsView) row(ix *query.Index, ex *query.Explorer, e *dataset.Event, focused bool, terms []string) app.UI {
	langs := ex.Languages(e)
	cls := []string{"event-row"}
	if focused {
		cls = append(cls, "focused")
	}
	if e.ID == v.selected {
		cls = append(cls, "open")
	}
	tab := -1
	if focused {
		tab = 0
	}
	a := app.A().Href(link(v.filter, e.ID)).TabIndex(tab)
	if e.ID == v.selected {
		a = a.Aria("current", "true")
	}
	return app.Li().ID("row-"+e.ID).Class(cls...).DataSet("event-id", e.ID).Body(
		a.Body(
			// The date says its own precision: "2022", "August 2025".
			app.Span().Class("date").DataSet("precision", e.DatePrecision).Text(dateText(e.Date)),
			app.Span().Class("what").Text(ix.What(e)),
			app.Span().Class("row-meta").Body(
				app.Span().Class("type", "t-"+e.Type).Text(query.TypeLabel(e.Type)),
				app.If(e.Background, func() app.UI { return app.Span().Class("bg").Text("background") }),
				app.If(e.Place != "", func() app.UI { return app.Span().Class("place").Text("in " + ix.Name(e.Place)) }),
				app.Span().Class("langs").Body(
					app.Range(langs).Slice(func(i int) app.UI {
						name := dataset.LanguageName(langs[i])
						return app.Abbr().Class("lang-code").Title(name).Aria("label", name).Text(strings.ToUpper(langs[i]))
					}),
					app.Text(" "+plural(query.Articles(e), "article", "articles")),
				),
			),
			app.If(len(terms) > 0, func() app.UI { return searchSnippet(ix, e, terms) }),
		),
	)
}

func dateText(d string) string {
	if d == "" {
		return "Date unknown"
	}
	return query.FormatDate(d)
}
