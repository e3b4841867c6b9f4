//go:build !wasm

package e2e

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestPlainStaticHost serves dist/ with Go's http.FileServer, which maps
// paths to files and folders to their index.html and rewrites nothing (as
// python -m http.server, nginx or S3 without rules do), and follows the
// site's links from home to a story, an article and the events page,
// reloading each: first on the prerendered pages with the app not started,
// where each link is a page load, then with the app running, where each is
// a history entry of the app that the reload asks the server for.
func TestPlainStaticHost(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, http.FileServer(http.Dir(siteDir(t))))
	// Every page from the server, never from the worker's cache: the test
	// is of the host.
	if _, err := chromedp.Call(e.ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		t.Fatal(err)
	}

	// The links to follow, in order: the first story card, the story's
	// first version, the Events item of the header.
	steps := []struct {
		what, link, page, ready string
	}{
		{"home → story", `li.story-card[data-story] h3 a`, `^/story/[^/]+/$`, `table.compare`},
		{"story → article", `table.compare a.col-title`, `^/article/[^/]+/$`, `article.reader`},
		{"article → events", `header nav a[href$="/events/"]`, `^/events/$`, `#count`},
		{"events → home", `header a.brand`, `^/$`, `li.story-card`},
	}

	t.Run("before the app starts", func(t *testing.T) {
		defer e.use(t)()
		e.openStatic("/")
		for _, s := range steps {
			if e.running() {
				t.Fatalf("%s: the app runs; this part is about the prerendered pages", s.what)
			}
			// Keyboard: focus and Enter on a link starts no app (boot.js),
			// so the link is followed by the browser, a page load.
			eval[bool](e, `(window.e2eDocument = 1, true)`)
			e.do(s.what+": focus", chromedp.Focus(chromedp.CSS(s.link), chromedp.NodeVisible))
			e.do(s.what+": Enter", chromedp.KeyEvent("\r"))
			e.waitPage(s.what, s.page, s.ready)
			if eval[bool](e, `window.e2eDocument === 1`) {
				t.Fatalf("%s: no page load", s.what)
			}
			e.do(s.what+": reload", chromedp.Reload())
			e.waitPage(s.what+", reloaded", s.page, s.ready)
		}
	})

	t.Run("with the app running", func(t *testing.T) {
		defer e.use(t)()
		e.open("/")
		for _, s := range steps {
			eval[bool](e, `(window.e2eDocument = 1, true)`)
			e.do(s.what+": click", chromedp.Click(chromedp.CSS(s.link), chromedp.NodeVisible))
			e.waitFor(fmt.Sprintf(`new RegExp(%q).test(location.pathname) && document.querySelector(%q) !== null`, s.page, s.ready))
			if !eval[bool](e, `window.e2eDocument === 1`) {
				t.Errorf("%s: the app did not route the link itself (a page load)", s.what)
			}
			e.do(s.what+": reload", chromedp.Reload())
			e.waitPage(s.what+", reloaded", s.page, s.ready)
			e.waitReady()
		}
	})
}

// waitPage waits for a page whose path matches the regular expression
// page and which shows ready, and checks that the server answered it with
// 200: a 404 page would show the app's "Not found" once it runs.
func (e *env) waitPage(what, page, ready string) {
	e.t.Helper()
	e.waitFor(fmt.Sprintf(`document.readyState === 'complete' && new RegExp(%q).test(location.pathname) && document.querySelector(%q) !== null`, page, ready))
	status := eval[int](e, `performance.getEntriesByType('navigation')[0].responseStatus`)
	if status != http.StatusOK {
		e.t.Errorf("%s: %s answered %d", what, eval[string](e, `location.pathname`), status)
	}
}
