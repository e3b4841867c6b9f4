package views

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFound is shown for any path the app does not know.
type notFound struct {
	app.Compo
}

func newNotFound() *notFound { return &notFound{} }

func (n *notFound) OnPreRender(ctx app.Context) { setPage(ctx, "Not found", "") }
func (n *notFound) OnNav(ctx app.Context)       { setPage(ctx, "Not found", "") }

func (n *notFound) Render() app.UI {
	return frame("", notFoundBody("This page does not exist."))
}

func notFoundBody(what string) app.UI {
	return app.Section().Class("notice").Body(
		app.H1().Text("Not found"),
		app.P().Text(what),
		app.P().Body(app.A().Href(href("/")).Text("Back to all articles")),
	)
}
