//go:build !wasm

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// maxTabStops is what issue 14 allows the events page and the main story
// page: a reader who tabs through one goes through fewer stops than this.
const maxTabStops = 40

// tabStops presses Tab from the top of the page until the focus comes back
// to where it started, and counts the presses: a month field counts once
// per part, as a reader presses Tab through it.
func (e *env) tabStops() (int, []string) {
	e.t.Helper()
	eval[bool](e, `(document.activeElement && document.activeElement.blur(), window.getSelection().removeAllRanges(), scrollTo(0, 0), true)`)
	var seen []string
	first := ""
	for n := 1; n <= 400; n++ {
		e.do("tab", chromedp.KeyEvent(kb.Tab))
		at := eval[string](e, `(() => { const a = document.activeElement; if (!a || a === document.body) return 'body';
			return a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className && typeof a.className === 'string' ? '.' + a.className.split(' ')[0] : '') + ' ' + (a.textContent || a.value || '').trim().slice(0, 24); })()`)
		if n == 1 {
			first = at
		} else if at == first || at == "body" {
			return n - 1, seen
		}
		seen = append(seen, at)
	}
	return 400, seen
}

// TestTabStops: the events page and the main story page each take fewer
// than maxTabStops presses of Tab to go through, with the app running:
// the timeline, the event list, each facet, the coverage matrix, the
// comparison and the version tabs are one stop each.
func TestTabStops(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, p := range []string{"/events/", "/story/" + mainStory(t, e) + "/"} {
		e.open(p)
		n, stops := e.tabStops()
		t.Logf("%s: %d tab stops", p, n)
		if n >= maxTabStops {
			t.Errorf("%s: %d tab stops, want fewer than %d: %q", p, n, maxTabStops, stops)
		}
	}
}

// TestCompositeKeys: in each composite widget the arrow keys move the one
// tab stop: the coverage matrix and the comparison (rows and columns), the
// timeline (months, Enter chooses one), a facet (its values), and on a
// phone the version tabs (which also show the version).
func TestCompositeKeys(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	key := func(k string) { e.do("key "+k, chromedp.KeyEvent(k)) }
	focused := func(id string) {
		e.t.Helper()
		e.waitFor(fmt.Sprintf(`document.activeElement && document.activeElement.id === %q`, id))
	}
	oneStop := func(sel string) {
		e.t.Helper()
		if n := eval[int](e, fmt.Sprintf(`document.querySelectorAll(%q).length`, sel+` [tabindex="0"], `+sel+` a:not([tabindex]), `+sel+` button:not([tabindex])`)); n != 1 {
			e.t.Errorf("%s has %d tab stops, want 1", sel, n)
		}
	}

	story := "/story/" + mainStory(t, e) + "/"
	e.open(story)
	oneStop("table.matrix")
	oneStop("table.compare tbody")
	e.do("focus matrix", chromedp.Focus(chromedp.CSS(`#m-0-0`)))
	key(kb.ArrowDown)
	focused("m-1-0")
	key(kb.ArrowRight)
	focused("m-1-1")
	key(kb.End)
	key(kb.Home)
	focused("m-1-0")
	oneStop("table.matrix")
	e.do("focus comparison", chromedp.Focus(chromedp.CSS(`#c-0-0`)))
	key(kb.ArrowRight)
	focused("c-0-1")
	key(kb.ArrowDown)
	e.waitFor(`document.activeElement.id.startsWith('c-1-')`)

	e.open("/events/")
	oneStop(".timeline svg")
	oneStop(`fieldset[data-facet=type] ul`)
	box := eval[string](e, `document.querySelector('fieldset[data-facet=type] input[tabindex="0"]').id`)
	e.do("focus a facet", chromedp.Focus(chromedp.CSS(`fieldset[data-facet=type] input[tabindex="0"]`)))
	key(kb.ArrowDown)
	e.waitFor(fmt.Sprintf(`document.activeElement.id !== %q && document.activeElement.type === 'checkbox'`, box))

	first := eval[string](e, `document.querySelector('.timeline .bar').id`)
	e.do("focus timeline", chromedp.Focus(chromedp.CSS("#"+first)))
	key(kb.ArrowRight)
	second := eval[string](e, `document.querySelectorAll('.timeline .bar')[1].id`)
	focused(second)
	key(kb.ArrowLeft)
	focused(first)
	// The first month has events, which the facets below need.
	month := eval[string](e, `document.activeElement.dataset.month`)
	key(kb.Enter)
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('from') === %q`, month))

	e.do("phone width", chromedp.EmulateViewport(390, 844))
	e.open(story)
	oneStop(".switcher")
	e.do("focus the tabs", chromedp.Focus(chromedp.CSS(`.switcher [aria-selected="true"]`)))
	key(kb.ArrowRight)
	focused("tab-1")
	e.waitFor(`document.querySelector('#tab-1').getAttribute('aria-selected') === 'true' && document.querySelector('table.compare th.col.active').dataset.version === document.querySelector('#tab-1').dataset.version`)
}
