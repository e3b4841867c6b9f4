//go:build !wasm

package e2e

import (
	"encoding/csv"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// count is the number of matching events the page reports.
func (e *env) count() int {
	e.t.Helper()
	e.waitFor(settledJS)
	return eval[int](e, `+document.getElementById('count').dataset.count`)
}

// settledJS is true once the events view shows what its URL asks for: the
// URL changes before the list is rendered again, and #count's data-query
// is the query of the state rendered. In the one-file edition the query is
// in the fragment.
const settledJS = `(() => {
	const el = document.getElementById('count');
	if (!el) return false;
	const canon = s => { const p = new URLSearchParams(s); p.sort(); return p.toString(); };
	const h = location.hash;
	const s = location.search || (h.includes('?') ? h.slice(h.indexOf('?')) : '');
	return canon(el.dataset.query || '') === canon(s);
})()`

// rows are the ids of the event rows shown.
func (e *env) rows() []string {
	e.t.Helper()
	e.waitFor(settledJS)
	return eval[[]string](e, `[...document.querySelectorAll('.event-list > li[data-event-id]')].map(li => li.dataset.eventId)`)
}

// waitCount waits until the count settles on want.
func (e *env) waitCount(want int) {
	e.t.Helper()
	e.waitFor(fmt.Sprintf(`+document.getElementById('count').dataset.count === %d`, want))
}

func query(e *env) url.Values {
	e.t.Helper()
	u, err := url.Parse(eval[string](e, `location.href`))
	if err != nil {
		e.t.Fatal(err)
	}
	return u.Query()
}

// TestEventsFacets ticks the first value of every facet: the count the
// facet showed is the number of events then listed, the URL records it,
// and unticking restores everything.
func TestEventsFacets(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/events/")
	total := e.count()
	if total == 0 || len(e.rows()) != min(total, 50) {
		t.Fatalf("count %d, %d rows", total, len(e.rows()))
	}
	for _, facet := range []string{"type", "actor", "place", "lang", "article", "story"} {
		t.Run(facet, func(t *testing.T) {
			defer e.use(t)()
			sel := fmt.Sprintf(`fieldset[data-facet=%q] input[type=checkbox]`, facet)
			value := eval[string](e, fmt.Sprintf(`(document.querySelector('%s') || {dataset: {}}).dataset.value || ''`, sel))
			if value == "" {
				t.Fatalf("facet %s lists no value", facet)
			}
			want := eval[int](e, fmt.Sprintf(`+document.querySelector('%s').closest('li').querySelector('.n').dataset.count`, sel))
			e.do("tick "+value, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
			e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get(%q) === %q`, facet, value))
			e.waitCount(want)
			if got := len(e.rows()); got != min(want, 50) {
				t.Errorf("%d rows for a count of %d", got, want)
			}
			e.do("untick "+value, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
			e.waitCount(total)
		})
	}
	t.Run("dates and languages", func(t *testing.T) {
		defer e.use(t)()
		e.do("open", chromedp.Navigate(e.url("/events/?from=2025-08&to=2025-08")))
		e.waitReadyAt("/events/")
		dated := e.count()
		if dated == 0 || dated == total {
			t.Errorf("August 2025 has %d of %d events", dated, total)
		}
		if v := eval[string](e, `document.getElementById('from').value`); v != "2025-08" {
			t.Errorf("the From field shows %q", v)
		}
		e.do("open", chromedp.Navigate(e.url("/events/?minlangs=2")))
		e.waitReadyAt("/events/")
		if n := e.count(); n == 0 || n >= total {
			t.Errorf("%d events in 2 languages or more, of %d", n, total)
		}
		if !eval[bool](e, `document.getElementById('minlangs-2').checked`) {
			t.Error("the 2-or-more option is not checked")
		}
	})
}

// TestEventsSearchScripts searches for Wagner in Latin, Arabic and
// Devanagari letters: the same events come back, with the matches marked.
func TestEventsSearchScripts(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var first []string
	for _, q := range []string{"Wagner", "فاغنر", "वैगनर"} {
		t.Run(q, func(t *testing.T) {
			defer e.use(t)()
			e.open("/events/")
			total := e.count()
			e.do("type "+q, chromedp.SendKeys(chromedp.CSS("#q"), q))
			e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('q') === %q`, q))
			n := e.count()
			if n == 0 || n == total {
				t.Fatalf("%q finds %d of %d events", q, n, total)
			}
			rows := e.rows()
			slices.Sort(rows)
			if first == nil {
				first = rows
			} else if !slices.Equal(rows, first) {
				t.Errorf("%q finds %v, Wagner found %v", q, rows, first)
			}
			if eval[int](e, `document.querySelectorAll('.event-list mark.hit').length`) == 0 {
				t.Error("no match is highlighted")
			}
		})
	}
}

// TestEventsURLRoundTrip loads a filtered view from its link, as someone
// would who was sent it.
func TestEventsURLRoundTrip(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/events/")
	e.do("tick", chromedp.Click(chromedp.CSS(`fieldset[data-facet=lang] input[data-value=ar]`), chromedp.NodeVisible))
	e.waitFor(`new URLSearchParams(location.search).get('lang') === 'ar'`)
	e.do("tick", chromedp.Click(chromedp.CSS(`fieldset[data-facet=type] input[type=checkbox]`), chromedp.NodeVisible))
	e.waitFor(`new URLSearchParams(location.search).has('type')`)
	href := eval[string](e, `location.pathname + location.search`)
	count, rows := e.count(), e.rows()

	e.do("reload the link", chromedp.Navigate(e.url(href)))
	e.waitReadyAt("/events/")
	if e.count() != count || !slices.Equal(e.rows(), rows) {
		t.Errorf("the link shows %d events %v, the page showed %d %v", e.count(), e.rows(), count, rows)
	}
	if n := eval[int](e, `document.querySelectorAll('fieldset input[type=checkbox]:checked').length`); n != 2 {
		t.Errorf("%d boxes ticked after loading the link, want 2", n)
	}
	// The prerendered page of the plain path has the whole list, so a
	// link opened before the app runs is not empty either.
	if got := query(e).Get("lang"); got != "ar" {
		t.Errorf("lang=%q after reload", got)
	}
}

// TestEventsBackForward walks the history of filter changes.
func TestEventsBackForward(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/events/")
	total := e.count()
	// The language with the fewest events, so that ticking it narrows.
	lang := eval[string](e, `[...document.querySelectorAll('fieldset[data-facet=lang] input')].pop().dataset.value`)
	e.do("tick lang", chromedp.Click(chromedp.CSS(fmt.Sprintf(`fieldset[data-facet=lang] input[data-value=%q]`, lang)), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('lang') === %q`, lang))
	ar := e.count()
	e.do("tick type", chromedp.Click(chromedp.CSS(`fieldset[data-facet=type] input[type=checkbox]`), chromedp.NodeVisible))
	e.waitFor(`new URLSearchParams(location.search).has('type')`)
	both := e.count()
	if !(both <= ar && ar < total) {
		t.Fatalf("counts total %d, ar %d, ar+type %d", total, ar, both)
	}
	eval[bool](e, `(history.back(), true)`)
	e.waitFor(`!new URLSearchParams(location.search).has('type')`)
	e.waitCount(ar)
	eval[bool](e, `(history.back(), true)`)
	e.waitFor(`location.search === ''`)
	e.waitCount(total)
	eval[bool](e, `(history.forward(), true)`)
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('lang') === %q`, lang))
	e.waitCount(ar)
	if !eval[bool](e, fmt.Sprintf(`document.querySelector('fieldset[data-facet=lang] input[data-value=%q]').checked`, lang)) {
		t.Errorf("after forward, the %s box is not ticked", lang)
	}
}

// TestEventsCSV downloads the filtered events and reads the file.
func TestEventsCSV(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	dir := t.TempDir()
	if _, err := chromedp.Call(e.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	e.do("open", chromedp.Navigate(e.url("/events/?lang=ar")))
	e.waitReadyAt("/events/")
	want := e.rows()
	e.do("export", chromedp.Click(chromedp.CSS(`#export-csv`), chromedp.NodeVisible))
	file := filepath.Join(dir, "parallax-events.csv")
	var data []byte
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if b, err := os.ReadFile(file); err == nil && len(b) > 0 {
			data = b
			break
		}
	}
	if data == nil {
		t.Fatal("no CSV was downloaded")
	}
	records, err := csv.NewReader(strings.NewReader(string(data))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != e.count()+1 || records[0][0] != "id" || records[0][3] != "type" {
		t.Fatalf("CSV has %d records (header %v) for %d events", len(records), records[0], e.count())
	}
	var got []string
	for _, r := range records[1:] {
		got = append(got, r[0])
		if !strings.Contains(r[13], "ar") {
			t.Errorf("event %s is not reported in Arabic: languages %q", r[0], r[13])
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("CSV events %v, page rows %v", got, want)
	}
}

// TestEventsKeyboard: "/" focuses the search, arrows move through the
// results, Enter opens one.
func TestEventsKeyboard(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/events/")
	eval[bool](e, `(document.activeElement && document.activeElement.blur(), true)`)
	// One keyDown carrying its text, as a real keyboard sends it: chromedp's
	// KeyEvent sends the character as a separate event, which no page can
	// cancel.
	for _, ev := range []input.DispatchKeyEventParams{
		{Type: input.DispatchKeyEventTypeKeyDown, Key: "/", Code: "Slash", Text: "/", UnmodifiedText: "/", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191},
		{Type: input.DispatchKeyEventTypeKeyUp, Key: "/", Code: "Slash", WindowsVirtualKeyCode: 191, NativeVirtualKeyCode: 191},
	} {
		if _, err := chromedp.Call(e.ctx, input.DispatchKeyEvent, ev); err != nil {
			t.Fatal(err)
		}
	}
	e.waitFor(`document.activeElement && document.activeElement.id === 'q'`)
	if v := eval[string](e, `document.getElementById('q').value`); v != "" {
		t.Errorf("the slash was typed into the search: %q", v)
	}
	rows := e.rows()
	if len(rows) < 3 {
		t.Fatalf("%d rows", len(rows))
	}
	// Tab from the search reaches the list at its first row: one tab stop.
	focused := func() string {
		return eval[string](e, `(document.activeElement.closest('[data-event-id]') || {dataset: {}}).dataset.eventId || ''`)
	}
	e.do("focus the first row", chromedp.Focus(chromedp.CSS(`.event-list li a[tabindex="0"]`)))
	if got := focused(); got != rows[0] {
		t.Fatalf("the list's tab stop is %q, want the first row %s", got, rows[0])
	}
	e.do("down down", chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	e.waitFor(fmt.Sprintf(`(document.activeElement.closest('[data-event-id]') || {dataset: {}}).dataset.eventId === %q`, rows[2]))
	e.do("up", chromedp.KeyEvent(kb.ArrowUp))
	e.waitFor(fmt.Sprintf(`(document.activeElement.closest('[data-event-id]') || {dataset: {}}).dataset.eventId === %q`, rows[1]))
	if n := eval[int](e, `document.querySelectorAll('.event-list a[tabindex="0"]').length`); n != 1 {
		t.Errorf("%d rows are tab stops, want 1", n)
	}
	e.do("enter", chromedp.KeyEvent(kb.Enter))
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('event') === %q`, rows[1]))
	e.waitFor(fmt.Sprintf(`document.querySelector('#detail') && document.querySelector('#detail').dataset.detailEvent === %q`, rows[1]))
	if n := eval[int](e, `document.querySelectorAll('#detail .mentions blockquote[lang][dir]').length`); n == 0 {
		t.Error("the detail panel shows no sentence with its language and direction")
	}
	if !eval[bool](e, fmt.Sprintf(`document.querySelector('#row-%s + li.detail-row #detail') !== null`, rows[1])) {
		t.Error("the detail does not unfold under its row")
	}
	if n := eval[int](e, `document.querySelectorAll('[data-event-id]').length`); n != len(rows) {
		t.Errorf("%d elements carry data-event-id with the detail open, want the %d rows only", n, len(rows))
	}
	// Escape closes it and gives the focus back to the row.
	e.do("escape", chromedp.KeyEvent(kb.Escape))
	e.waitFor(`!new URLSearchParams(location.search).has('event') && document.getElementById('detail') === null`)
	e.waitFor(fmt.Sprintf(`(document.activeElement.closest('[data-event-id]') || {dataset: {}}).dataset.eventId === %q`, rows[1]))
	if label := eval[string](e, `document.querySelector('.event-list').getAttribute('aria-label')`); label == "" {
		t.Error("the list has no accessible name")
	}

}

// TestEventsTimeline clicks a month of the timeline, then drags across
// months: each sets the date range in the URL and the list follows.
func TestEventsTimeline(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/events/")
	total := e.count()
	months := eval[[]string](e, `[...document.querySelectorAll('.timeline g.bar')].map(g => g.dataset.month)`)
	if len(months) < 2 {
		t.Fatalf("the timeline draws %d months, want several", len(months))
	}
	// centre is the middle of a month's column, in CSS pixels.
	centre := func(month string) (x, y float64) {
		xy := eval[[]float64](e, fmt.Sprintf(`(() => {
			const r = document.querySelector('.timeline g.bar[data-month=%q] rect.hit').getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2];
		})()`, month))
		return xy[0], xy[1]
	}
	mouse := func(typ input.DispatchMouseEventType, x, y float64) {
		ev := input.DispatchMouseEventParams{Type: typ, X: x, Y: y, Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1}
		if typ == input.DispatchMouseEventTypeMouseMoved {
			ev.ClickCount = 0
		}
		if _, err := chromedp.Call(e.ctx, input.DispatchMouseEvent, ev); err != nil {
			t.Fatal(err)
		}
	}
	e.do("scroll to the timeline", chromedp.ScrollIntoView(chromedp.CSS(`.timeline`)))

	// A click on the busiest month keeps that month only.
	busiest := eval[string](e, `[...document.querySelectorAll('.timeline g.bar')].sort((a, b) =>
		b.querySelectorAll('rect:not(.hit)').length - a.querySelectorAll('rect:not(.hit)').length)[0].dataset.month`)
	x, y := centre(busiest)
	mouse(input.DispatchMouseEventTypeMousePressed, x, y)
	mouse(input.DispatchMouseEventTypeMouseReleased, x, y)
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('from') === %q && new URLSearchParams(location.search).get('to') === %q`, busiest, busiest))
	one := e.count()
	if one == 0 || one >= total {
		t.Errorf("%s keeps %d of %d events", busiest, one, total)
	}
	if v := eval[string](e, `document.getElementById('from').value`); v != busiest {
		t.Errorf("the From field shows %q after the click, want %s", v, busiest)
	}

	// A drag from the last month back to the first sets the whole span,
	// whichever way it goes.
	first, last := months[0], months[len(months)-1]
	x1, y1 := centre(last)
	x0, y0 := centre(first)
	mouse(input.DispatchMouseEventTypeMousePressed, x1, y1)
	mouse(input.DispatchMouseEventTypeMouseMoved, (x0+x1)/2, y0)
	mouse(input.DispatchMouseEventTypeMouseMoved, x0, y0)
	mouse(input.DispatchMouseEventTypeMouseReleased, x0, y0)
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('from') === %q && new URLSearchParams(location.search).get('to') === %q`, first, last))
	span := e.count()
	if span < one || span > total {
		t.Errorf("the span %s…%s keeps %d events; one month kept %d of %d", first, last, span, one, total)
	}
	if n := eval[int](e, `document.querySelectorAll('.timeline g.bar.out').length`); n != 0 {
		t.Errorf("%d months drawn as outside the whole span", n)
	}
}

// TestEventsNarrowFilters: on a phone the results come first and the
// filters fold behind a toggle, before and after the app starts; on a wide
// screen they are shown with no toggle.
func TestEventsNarrowFilters(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	visible := func(sel string) bool {
		return eval[bool](e, fmt.Sprintf(`(() => { const el = document.querySelector(%q); return !!el && el.checkVisibility(); })()`, sel))
	}
	e.do("phone width", chromedp.EmulateViewport(390, 844))
	e.openStatic("/events/")
	if visible(`fieldset[data-facet=type]`) || !visible(`details.filters > summary`) {
		t.Error("on a phone, the prerendered page does not fold the filters behind a toggle")
	}
	e.open("/events/")
	if visible(`fieldset[data-facet=type]`) {
		t.Error("on a phone, the filters are unfolded once the app runs")
	}
	e.do("unfold", chromedp.Click(chromedp.CSS(`details.filters > summary`), chromedp.NodeVisible))
	e.waitFor(`document.querySelector('fieldset[data-facet=type]').checkVisibility()`)

	e.do("wide", chromedp.EmulateViewport(1280, 900))
	e.open("/events/")
	if !visible(`fieldset[data-facet=type]`) || visible(`details.filters > summary`) {
		t.Error("on a wide screen, the filters are not shown as they are")
	}
}
