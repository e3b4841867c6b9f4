//go:build !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// columnsJS reads the comparison's column headers.
const columnsJS = `[...document.querySelectorAll('table.compare thead th.col')].map(th => ({
	version: th.dataset.version || '',
	visible: th.offsetParent !== null,
	related: !!th.querySelector('.bg'),
}))`

type column struct {
	Version string `json:"version"`
	Visible bool   `json:"visible"`
	Related bool   `json:"related"`
}

// openFirstStory clicks the first story on the home page, the one with the
// most versions, and returns its id.
func openFirstStory(t *testing.T, e *env) string {
	t.Helper()
	e.open("/")
	id := eval[string](e, `(document.querySelector('li.story-card[data-story]') || {dataset: {}}).dataset.story || ''`)
	if id == "" {
		t.Fatal("the home page lists no story")
	}
	sel := fmt.Sprintf(`li.story-card[data-story=%q] h3 a`, id)
	e.do("click "+sel, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`location.pathname === %q && document.querySelector('table.compare') !== null`, "/story/"+id+"/"))
	return id
}

func TestStoryCompare(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	id := openFirstStory(t, e)

	// One column per version: the Hindi and the Arabic reports of the
	// arrest and France's response, each cell in its language and direction.
	cols := eval[[]column](e, columnsJS)
	if len(cols) != 2 {
		t.Fatalf("%d columns, want the 2 versions: %+v", len(cols), cols)
	}
	var langs []string
	for _, c := range cols {
		lang := eval[string](e, fmt.Sprintf(`document.querySelector('table.compare td[data-version=%q]').getAttribute('lang')`, c.Version))
		dir := eval[string](e, fmt.Sprintf(`document.querySelector('table.compare td[data-version=%q]').getAttribute('dir')`, c.Version))
		want := map[string]string{"ar": "rtl", "hi": "ltr"}[lang]
		if want == "" || dir != want {
			t.Errorf("column %s: cells lang=%q dir=%q", c.Version, lang, dir)
		}
		langs = append(langs, lang)
	}
	if strings.Join(langs, ",") != "hi,ar" {
		t.Errorf("version languages %v, want hi,ar", langs)
	}

	// Rows are events; a version that does not report one says so.
	if n := eval[int](e, `document.querySelectorAll('table.compare tbody tr[data-event-id]').length`); n < 3 {
		t.Errorf("%d event rows, want several", n)
	}
	missing := eval[string](e, `(document.querySelector('td[data-missing]') || {}).textContent || ''`)
	if !strings.Contains(missing, "Not reported") {
		t.Errorf("no not-reported cell says so (got %q)", missing)
	}
	// The arrest is reported by both versions, and they describe the
	// arrested man differently.
	arrest := eval[int](e, `[...document.querySelectorAll('table.compare tbody tr[data-event-id]')].filter(tr =>
		tr.querySelector('th .type').textContent.trim() === 'Arrest' && tr.querySelectorAll('td[data-missing]').length === 0).length`)
	if arrest == 0 {
		t.Error("no arrest row is reported by both versions")
	}
	diff := eval[string](e, `(document.querySelector('td[data-diff~="description"] .diff') || {}).textContent || ''`)
	if !strings.Contains(diff, "Differs") {
		t.Errorf("no flagged description difference (got %q)", diff)
	}

	// A coverage-matrix cell scrolls to its row.
	e.do("click matrix", chromedp.Click(chromedp.CSS(`table.matrix td.dot a`), chromedp.NodeVisible))
	e.waitFor(`location.hash.startsWith('#ev-') && document.getElementById(location.hash.slice(1)) !== null`)
	// go-app scrolls to the row after the render; the column heads stick
	// to the top of the window and the row ends up just below them, not
	// under them. Waiting for it also keeps the next click from landing
	// where its target was before the scroll.
	e.waitFor(`(() => {
		const r = document.getElementById(location.hash.slice(1)).getBoundingClientRect();
		const head = document.querySelector('table.compare thead tr.heads th.col').getBoundingClientRect();
		const atEnd = scrollY >= document.documentElement.scrollHeight - innerHeight - 1;
		return Math.abs(head.top) < 1 && r.top >= head.bottom - 1 && (r.top < head.bottom + 80 || atEnd);
	})()`)

	// Related coverage is collapsed; one click adds it as a column, and the
	// URL keeps it.
	if eval[bool](e, `document.querySelector('details.related').open`) {
		t.Error("related coverage is open by default")
	}
	related := eval[int](e, `document.querySelectorAll('details.related li[data-related]').length`)
	if related != 2 {
		t.Errorf("%d related articles, want the 2 other Arabic articles", related)
	}
	add := eval[string](e, `document.querySelector('details.related li[data-related]').dataset.related`)
	e.do("open related", chromedp.Click(chromedp.CSS(`details.related summary`), chromedp.NodeVisible))
	e.do("add column", chromedp.Click(chromedp.CSS(fmt.Sprintf(`button[data-add=%q]`, add)), chromedp.NodeVisible))
	e.waitFor(`document.querySelectorAll('table.compare thead th.col').length === 3`)
	e.waitFor(fmt.Sprintf(`new URLSearchParams(location.search).get('with') === %q`, add))
	cols = eval[[]column](e, columnsJS)
	if cols[2].Version != add || !cols[2].Related {
		t.Errorf("added column %+v, want related %s", cols[2], add)
	}

	// Adding a column is a history entry: Back takes it away again, and
	// Forward brings it back.
	e.do("back", chromedp.NavigateBack())
	e.waitFor(`document.querySelectorAll('table.compare thead th.col').length === 2 && !new URLSearchParams(location.search).has('with')`)
	e.do("forward", chromedp.NavigateForward())
	e.waitFor(`document.querySelectorAll('table.compare thead th.col').length === 3`)

	// The link reproduces the view.
	e.do("open the link", chromedp.Navigate(e.url(fmt.Sprintf("/story/%s/?with=%s", id, add))))
	e.waitReadyAt("/story/" + id + "/")
	if n := len(eval[[]column](e, columnsJS)); n != 3 {
		t.Errorf("the shared link shows %d columns, want 3", n)
	}
}

func TestStoryNarrowSwitcher(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.do("phone width", chromedp.EmulateViewport(390, 844))
	openFirstStory(t, e)

	visible := func() []string {
		var out []string
		for _, c := range eval[[]column](e, columnsJS) {
			if c.Visible {
				out = append(out, c.Version)
			}
		}
		return out
	}
	first := visible()
	if len(first) != 1 {
		t.Fatalf("%d columns visible on a phone, want 1", len(first))
	}
	if !eval[bool](e, `getComputedStyle(document.querySelector('.switcher')).display !== 'none'`) {
		t.Fatal("the version switcher is hidden on a phone")
	}
	other := eval[string](e, `document.querySelectorAll('.switcher button[role=tab]')[1].dataset.version`)
	e.do("switch", chromedp.Click(chromedp.CSS(fmt.Sprintf(`.switcher button[data-version=%q]`, other)), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`document.querySelector('.switcher button[data-version=%q]').getAttribute('aria-selected') === 'true'`, other))
	if got := visible(); len(got) != 1 || got[0] != other {
		t.Errorf("after switching, visible columns %v, want [%s]", got, other)
	}
}
