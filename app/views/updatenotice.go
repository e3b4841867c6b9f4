package views

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// updateNotice tells the reader when a new version of the site has been
// downloaded in the background (the service worker of a new build has
// taken over), and offers to reload into it.
type updateNotice struct {
	app.Compo
	available bool
}

func (u *updateNotice) OnMount(ctx app.Context) {
	u.available = ctx.AppUpdateAvailable()
	checkForUpdate.Do(func() {
		// go-app does not look for a new version by itself: ask the
		// service worker once the page has settled, and then now and
		// then while the page stays open. Not through the context: a
		// dispatch re-renders the page, which is costly for nothing.
		go func() {
			time.Sleep(2 * time.Second)
			for {
				app.TryUpdate()
				time.Sleep(30 * time.Minute)
			}
		}()
	})
}

var checkForUpdate sync.Once

func (u *updateNotice) OnAppUpdate(ctx app.Context) { u.available = ctx.AppUpdateAvailable() }

func (u *updateNotice) Render() app.UI {
	if !u.available {
		return app.Div().Class("update").Hidden(true)
	}
	return app.Div().Class("update").Role("status").Aria("live", "polite").Body(
		app.Span().Text("A new version of Parallax is ready."),
		app.Button().Type("button").ID("update-reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }).Text("Reload"),
	)
}
