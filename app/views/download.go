package views

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/app/query"
	"parallax/dataset"
)

// exportButtons download the matching events as CSV or JSON, made in the
// page: there is no server to ask.
func exportButtons(v *eventsView, events []*dataset.Event, ix *query.Index) app.UI {
	return app.Div().Class("export").Body(
		app.P().Class("export-label").Text(fmt.Sprintf("Download the %s shown:", plural(len(events), "event", "events"))),
		app.Button().Type("button").ID("export-csv").OnClick(func(ctx app.Context, e app.Event) {
			download("parallax-events.csv", "text/csv;charset=utf-8", ix.CSV(v.result.Events))
		}).Text("CSV"),
		app.Button().Type("button").ID("export-json").OnClick(func(ctx app.Context, e app.Event) {
			download("parallax-events.json", "application/json", ix.JSON(v.result.Events))
		}).Text("JSON"),
	)
}

// download saves text as a file, through a Blob and a temporary link.
func download(name, mime, text string) {
	blob := app.Window().Get("Blob").New([]any{text}, map[string]any{"type": mime})
	u := app.Window().Get("URL").Call("createObjectURL", blob)
	doc := app.Window().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", u)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	app.Window().Get("URL").Call("revokeObjectURL", u)
}
