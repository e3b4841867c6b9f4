//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The app starts on demand (app/site/boot.js): these tests check that a
// page does not start it by itself, that what the reader does before it
// runs is not lost, and that the app's first render is the prerendered page
// itself, so that starting it changes nothing the reader sees.

// holdWasm holds back the page's request for the wasm until release is
// called, so that what the reader does "before the app runs" happens before
// it, whatever the speed of the machine.
func (e *env) holdWasm() (release func()) {
	e.t.Helper()
	pctx, cancel := context.WithTimeout(e.ctx, readyTimeout)
	paused := chromedp.Events(pctx, fetch.RequestPaused)
	if _, err := chromedp.Call(e.ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm"}},
	}); err != nil {
		e.t.Fatal(err)
	}
	return func() {
		e.t.Helper()
		defer cancel()
		var held fetch.EventRequestPaused
		for ev, err := range paused {
			if err != nil {
				e.t.Fatalf("the page never requested /web/app.wasm: %v", err)
			}
			held = ev
			break
		}
		if e.running() {
			e.t.Fatal("the app runs while its wasm is held back")
		}
		if _, err := chromedp.Call(e.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: held.RequestID}); err != nil {
			e.t.Fatal(err)
		}
		if _, err := chromedp.Call(e.ctx, fetch.Disable, cdp.Empty{}); err != nil {
			e.t.Fatal(err)
		}
	}
}

// openStatic navigates to path and waits until the page has loaded,
// without starting the app.
func (e *env) openStatic(path string) {
	e.t.Helper()
	e.do("open "+path, chromedp.Navigate(e.url(path)))
	p, _, _ := strings.Cut(path, "?")
	e.waitFor(fmt.Sprintf(`location.pathname === %q && document.readyState === 'complete'`, p))
}

// TestStartsOnDemand: a page whose URL it stands for does not start the
// app nor fetch the wasm; a click on a control starts it and is replayed in
// the app, once.
func TestStartsOnDemand(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.openStatic("/events/")
	// Long enough for an idle callback or a timer to have started it.
	time.Sleep(1500 * time.Millisecond)
	if e.running() {
		t.Fatal("the app started by itself on /events, which the prerendered page shows as it is")
	}
	if !eval[bool](e, `getComputedStyle(document.getElementById('app-wasm-loader')).display === 'none'`) {
		t.Error("go-app's loader badge shows although the app is not starting")
	}
	for _, q := range e.rec.requests() {
		if u, err := url.Parse(q.url); err == nil && q.source == "page" && (u.Path == "/web/app.wasm" || u.Path == "/web/icons/icon-192.png") {
			t.Errorf("the page fetched %s before the app was needed", u.Path)
		}
	}

	release := e.holdWasm()
	value := eval[string](e, `document.querySelector('fieldset[data-facet=lang] input[type=checkbox]').dataset.value`)
	e.do("tick a language before the app runs", chromedp.Click(chromedp.CSS(`fieldset[data-facet=lang] input[type=checkbox]`), chromedp.NodeVisible))
	if !eval[bool](e, `getComputedStyle(document.getElementById('app-wasm-loader')).display !== 'none'`) {
		t.Error("go-app's loader badge does not show while the app starts")
	}
	if eval[bool](e, `document.querySelector('fieldset[data-facet=lang] input[type=checkbox]').checked`) {
		t.Error("the box is ticked before the app runs: on the prerendered page, where nothing handles the click, or as prerendered")
	}
	release()
	e.waitRunningAt("/events/")
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('lang') === %q`, value))
	e.waitFor(fmt.Sprintf(`document.getElementById('count').dataset.query === %q`, "lang="+value))
	if !eval[bool](e, fmt.Sprintf(`document.querySelector('fieldset[data-facet=lang] input[data-value=%q]').checked`, value)) {
		t.Errorf("the %s box is not ticked after the replayed click", value)
	}
}

// TestTypingBeforeStart: text typed into the search box while the app
// starts is kept, searched for, and the box keeps the focus.
func TestTypingBeforeStart(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.openStatic("/events/")
	release := e.holdWasm()
	e.do("type before the app runs", chromedp.SendKeys(chromedp.CSS("#q"), "Mali"))
	if got := eval[string](e, `document.getElementById('q').value`); got != "Mali" {
		t.Fatalf("typed into the prerendered box: %q", got)
	}
	release()
	e.waitRunningAt("/events/")
	e.waitFor(`new URLSearchParams(location.search).get('q') === 'Mali'`)
	if !eval[bool](e, `document.activeElement && document.activeElement.id === 'q' && document.activeElement.value === 'Mali'`) {
		t.Error("the search box lost the focus or its text when the app took over")
	}
	if n := eval[int](e, `+document.getElementById('count').dataset.count`); n == 0 {
		t.Error("the search found nothing")
	}
}

// shapeJS describes the page's root: elements with the attributes that
// place and style them, the state of fields and <details> (which go-app
// sets as properties, not attributes), and the text, adjacent text nodes
// merged (the parser merges what go-app creates one by one).
const shapeJS = `(() => {
	const c = document.body.firstElementChild.cloneNode(true);
	c.normalize();
	const keep = ['id', 'class', 'lang', 'dir', 'href', 'role', 'tabindex', 'title', 'aria-label', 'data-gloss'];
	const state = (n) => n instanceof HTMLInputElement ? ' .checked=' + n.checked + ' .value=' + JSON.stringify(n.value) :
		n instanceof HTMLDetailsElement ? ' .open=' + n.open : '';
	const walk = (n) => n.nodeType === 3 ? JSON.stringify(n.data) : n.nodeType !== 1 ? '' :
		'<' + n.tagName.toLowerCase() + keep.filter(k => n.hasAttribute(k)).map(k => ' ' + k + '=' + JSON.stringify(n.getAttribute(k))).join('') + state(n) + '>' +
		[...n.childNodes].map(walk).join('') + '</' + n.tagName.toLowerCase() + '>';
	return walk(c);
})()`

// TestFirstRenderIsThePrerenderedPage starts the app on every generated
// page and compares what it renders with what was there: the same
// elements and text, so that the reader sees no change (and Lighthouse no
// new largest paint), the scroll position stays, and boot.js finds the
// element a held click was meant for at the same place.
func TestFirstRenderIsThePrerenderedPage(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	paths := []string{"/", "/events/", "/no/such/page"}
	for _, kind := range []string{"story", "article"} {
		for _, id := range pagesOnDisk(t, kind) {
			paths = append(paths, "/"+kind+"/"+id+"/")
		}
	}
	for _, p := range paths {
		e.openStatic(p)
		if e.running() {
			t.Errorf("%s: the app started by itself", p)
			continue
		}
		before := eval[string](e, shapeJS)
		eval[bool](e, `window.e2eRoot = document.body.firstElementChild, scrollTo(0, 300), true`)
		scrolled := eval[float64](e, `scrollY`)
		e.waitReadyAt(p)
		// go-app's first frame (OnNav, deferred work) has rendered.
		e.waitFor(afterFrame(50))
		if !eval[bool](e, `window.e2eRoot !== document.body.firstElementChild`) {
			t.Errorf("%s: the app did not replace the prerendered root; the comparison proves nothing", p)
			continue
		}
		if after := eval[string](e, shapeJS); after != before {
			i := 0
			for i < len(before) && i < len(after) && before[i] == after[i] {
				i++
			}
			t.Errorf("%s: the app's first render differs from the prerendered page at byte %d:\n  prerendered: …%s…\n  app:         …%s…",
				p, i, excerpt(before, i), excerpt(after, i))
		}
		if y := eval[float64](e, `scrollY`); y != scrolled {
			t.Errorf("%s: the page scrolled from %.0f to %.0f when the app started", p, scrolled, y)
		}
	}
}

func excerpt(s string, i int) string {
	return s[max(0, i-120):min(len(s), i+120)]
}

// TestStartsWhenReaderIsThere: a pointer that moves over the page starts
// the app in the background, with no click, so that the reader's first
// click finds it running.
func TestStartsWhenReaderIsThere(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	story := "/story/" + pagesOnDisk(t, "story")[0] + "/"
	e.openStatic(story)
	if e.running() {
		t.Fatal("the app runs before the reader did anything")
	}
	for _, x := range []float64{200, 240, 280} {
		if _, err := chromedp.Call(e.ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			Type: input.DispatchMouseEventTypeMouseMoved, X: x, Y: 300,
		}); err != nil {
			t.Fatal(err)
		}
	}
	e.waitFor(browser.RunningJS)
	if got := eval[string](e, `location.pathname + location.search`); got != story {
		t.Errorf("starting moved the page to %s", got)
	}
}

// TestStateBeforeStart: what a reader does to the prerendered page before
// the app runs survives the start: a <details> opened by a tap stays open,
// keys pressed are replayed in the app (an arrow key in the coverage
// matrix moves its focus, "/" goes to the search box), and a box scrolled
// sideways keeps its place.
func TestStateBeforeStart(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// Each part holds the wasm back, which the worker would answer from
	// its cache after the first.
	if _, err := chromedp.Call(e.ctx, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true}); err != nil {
		t.Fatal(err)
	}
	story := "/story/" + mainStory(t, e) + "/"

	t.Run("details and an arrow key", func(t *testing.T) {
		defer e.use(t)()
		// Held from the start: a pointer left over the page by the last
		// part may start the app in the background.
		release := e.holdWasm()
		e.openStatic(story)
		e.do("open related coverage", chromedp.Click(chromedp.CSS(`details.related > summary`), chromedp.NodeVisible))
		if !eval[bool](e, `document.querySelector('details.related').open`) {
			t.Fatal("the tap did not open the related coverage on the prerendered page")
		}
		e.do("focus the matrix", chromedp.Focus(chromedp.CSS(`#m-0-0`)))
		e.do("arrow down", chromedp.KeyEvent(kb.ArrowDown))
		release()
		e.waitRunningAt(story)
		e.waitFor(afterFrame(100))
		if !eval[bool](e, `document.querySelector('details.related').open`) {
			t.Error("the related coverage snapped shut when the app started")
		}
		e.waitFor(`document.activeElement && document.activeElement.id === 'm-1-0'`)
		if n := eval[int](e, `document.querySelectorAll('table.matrix [tabindex="0"]').length`); n != 1 {
			t.Errorf("the matrix has %d tab stops, want 1", n)
		}
	})

	t.Run("a key on the page", func(t *testing.T) {
		defer e.use(t)()
		release := e.holdWasm()
		e.openStatic("/events/")
		e.do("press /", chromedp.KeyEvent("/"))
		release()
		e.waitRunningAt("/events/")
		e.waitFor(`document.activeElement && document.activeElement.id === 'q'`)
	})

	t.Run("a box scrolled sideways", func(t *testing.T) {
		defer e.use(t)()
		e.do("phone width", chromedp.EmulateViewport(390, 844))
		defer e.do("wide", chromedp.EmulateViewport(1280, 900))
		release := e.holdWasm()
		e.openStatic("/events/")
		left := eval[float64](e, `(() => { const s = document.querySelector('.timeline-scroll'); s.scrollLeft = -200; return s.scrollLeft; })()`)
		if left == 0 {
			t.Fatalf("the timeline does not scroll on a phone (%s)", eval[string](e, `(() => { const s = document.querySelector('.timeline-scroll'); return s.scrollWidth + ' in ' + s.clientWidth + ', at ' + innerWidth; })()`))
		}
		release()
		e.waitRunningAt("/events/")
		e.waitFor(afterFrame(100))
		if got := eval[float64](e, `document.querySelector('.timeline-scroll').scrollLeft`); got != left {
			t.Errorf("the timeline scrolled from %.0f to %.0f when the app started", left, got)
		}
	})
}

// mainStory is the story the home page lists first, the one with the most
// versions.
func mainStory(t *testing.T, e *env) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(siteDir(t), "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`data-story="([^"]+)"`).FindSubmatch(b)
	if m == nil {
		t.Fatal("the home page lists no story")
	}
	return string(m[1])
}
