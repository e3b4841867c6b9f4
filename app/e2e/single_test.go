//go:build !wasm

package e2e

import (
	"fmt"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSingleFile opens dist/parallax.html from disk, as a reader who got
// the file by e-mail would, and goes through every view: there is no
// server and no service worker, and nothing is fetched.
func TestSingleFile(t *testing.T) {
	t.Parallel()
	file, err := filepath.Abs(filepath.Join("..", "..", "dist", "parallax.html"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no one-file edition: run `make single` first (%v)", err)
	}
	e := newEnv(t)
	base := "file://" + file
	ready := func(route string) {
		t.Helper()
		e.waitFor(fmt.Sprintf(`location.hash.split('?')[0] === %q && (%s)`, route, browser.ReadyJS))
	}
	e.do("open the file", chromedp.Navigate(base))
	e.waitFor(browser.ReadyJS)
	var langs []string
	cards := e.cards()
	for _, c := range cards {
		langs = append(langs, c.Lang)
		if want := "#/article/" + c.ID; c.Href != want {
			t.Errorf("card %s links to %q, want %q", c.ID, c.Href, want)
		}
	}
	if strings.Join(langs, ",") != strings.Join(wantCards, ",") {
		t.Errorf("cards in %v, want %v", langs, wantCards)
	}

	// In-app navigation keeps the route in the fragment.
	story := eval[string](e, `document.querySelector('li.story-card[data-story]').dataset.story`)
	e.do("open a story", chromedp.Click(chromedp.CSS(fmt.Sprintf(`li.story-card[data-story=%q] h3 a`, story)), chromedp.NodeVisible))
	ready("#/story/" + story)
	e.waitFor(`document.querySelectorAll('table.compare thead th.col').length >= 2`)
	if !strings.HasPrefix(eval[string](e, `location.href`), base) {
		t.Errorf("the story left the file: %s", eval[string](e, `location.href`))
	}

	e.do("events", chromedp.Click(chromedp.CSS(`nav a[href="#/events"]`), chromedp.NodeVisible))
	ready("#/events")
	e.waitFor(`document.getElementById('count') !== null`)
	total := e.count()
	e.do("tick", chromedp.Click(chromedp.CSS(`fieldset[data-facet=lang] input[data-value=ar]`), chromedp.NodeVisible))
	e.waitFor(`location.hash.includes('lang=ar')`)
	if n := e.count(); n == 0 || n >= total {
		t.Errorf("filtered %d of %d events", n, total)
	}
	eval[bool](e, `(history.back(), true)`)
	e.waitFor(`!location.hash.includes('lang=ar')`)
	if err := browser.WaitJS(e.ctx, `document.getElementById('count') !== null`, 5*time.Second); err != nil {
		t.Fatalf("after back: %s %q: %v", eval[string](e, `location.hash`), eval[string](e, `document.title`), err)
	}
	e.waitCount(total)

	// A deep link into the file opens that view.
	id := cards[1].ID
	e.do("deep link", chromedp.Navigate(base+"#/article/"+id))
	ready("#/article/" + id)
	e.waitFor(`document.querySelector('article.reader') !== null`)
	got := eval[string](e, `(() => { const h = document.querySelector('h1.reader-title'); const a = document.querySelector('article.reader');
		return [a && a.dataset.article, h && h.getAttribute('lang'), h && h.getAttribute('dir')].join(' ') })()`)
	if want := id + " ar rtl"; got != want {
		t.Errorf("the deep-linked reader shows %q, want %q", got, want)
	}

	for _, r := range e.rec.requests() {
		if !strings.HasPrefix(r.url, "file:") && !strings.HasPrefix(r.url, "data:") && !strings.HasPrefix(r.url, "blob:") {
			t.Errorf("the one-file edition requested %s", r.url)
		}
	}
}
