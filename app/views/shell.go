package views

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the catch-all route. On a normal site every known path has its
// own route, so the shell says "not found"; in the one-file edition the
// path is the file's, and the shell shows the page the fragment names.
type shell struct {
	app.Compo
	path string
}

func newShell() *shell { return &shell{} }

func (s *shell) OnInit() {
	if app.IsClient {
		s.path = routePath(app.Window().URL())
	}
}

func (s *shell) OnPreRender(ctx app.Context) { s.nav(ctx) }
func (s *shell) OnNav(ctx app.Context)       { s.nav(ctx) }

func (s *shell) nav(ctx app.Context) {
	s.path = routePath(ctx.Page().URL())
	if !single() {
		setPage(ctx, "Not found", "")
	}
}

func (s *shell) Render() app.UI {
	if !single() {
		return frame("", notFoundBody("This page does not exist."))
	}
	switch p := s.path; {
	case p == "/" || p == "":
		return newHome()
	case p == EventsPath:
		return newEventsView()
	case strings.HasPrefix(p, "/article/"):
		return newReader()
	case strings.HasPrefix(p, "/story/"):
		return newStoryView()
	}
	return newNotFound()
}
