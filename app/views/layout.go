package views

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// frame is the layout every page shares: a skip link, the header with the
// app's name and navigation, the page's main content, and a footer.
func frame(current string, main ...app.UI) app.UI {
	return app.Div().Class("frame").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content").OnClick(skipToMain),
		app.Header().Class("masthead").Body(
			app.A().Class("brand").Href(href("/")).Aria("label", "Parallax, home").Body(
				logo(),
				app.Span().Class("brand-name").Text("Parallax"),
			),
			app.Nav().Aria("label", "Sections").Body(
				navLink("/", "Stories", current == "home" || current == "stories"),
				navLink(EventsPath, "Events", current == "events"),
			),
		),
		&updateNotice{},
		app.Main().ID("main").TabIndex(-1).Body(main...),
		app.Footer().Class("colophon").Body(
			app.P().Text("Parallax works offline: every article is inside the page you loaded."),
		),
	)
}

// skipToMain moves keyboard focus to the main content: go-app handles
// in-page links itself and would only change the URL's fragment.
func skipToMain(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if m := app.Window().GetElementByID("main"); m.Truthy() {
		m.Call("focus")
	}
}

func navLink(path, label string, current bool) app.UI {
	a := app.A().Href(href(path)).Text(label)
	if current {
		a = a.Aria("current", "page")
	}
	return a
}

// logo is the app's mark, drawn inline so that it needs no request: three
// offset pages, one story seen from several sides.
func logo() app.UI {
	page := func(x, y int, fill string) app.UI {
		return svg("rect").Attr("x", x).Attr("y", y).Attr("width", 30).Attr("height", 38).Attr("rx", 5).Attr("fill", fill)
	}
	return svg("svg").Class("logo").Attr("viewBox", "0 0 64 64").Aria("hidden", "true").Attr("focusable", "false").Body(
		page(6, 14, "var(--logo-back)"),
		page(17, 10, "var(--logo-mid)"),
		page(28, 6, "var(--logo-front)"),
		svg("path").Attr("d", "M34 16h18M34 23h18M34 30h12").Attr("stroke", "var(--logo-lines)").
			Attr("stroke-width", 3).Attr("stroke-linecap", "round"),
	)
}

// svg makes an element in the SVG namespace, which the browser needs to
// draw it when go-app creates it on the client.
func svg(tag string) app.HTMLElem {
	return app.Elem(tag).XMLNS("http://www.w3.org/2000/svg")
}

// errorPage explains a dataset that cannot be shown.
func errorPage(err error) app.UI {
	return frame("",
		app.Section().Class("notice").Body(
			app.H1().Text("The dataset could not be loaded"),
			app.P().Text(err.Error()),
		),
	)
}
