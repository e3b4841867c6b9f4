//go:build !wasm

package e2e

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/chromedp"
)

// wantCards is the corpus in order, as the home page must list it.
var wantCards = []string{"hi", "ar", "ar", "ar", "en"}

// cardsJS reads the home page's cards and their titles.
const cardsJS = `[...document.querySelectorAll('li.card[data-article]')].map(li => {
	const h = li.querySelector('h3.card-title');
	const a = h && h.querySelector('a[href]');
	return {
		id: li.dataset.article || '',
		lang: li.dataset.lang || '',
		titleLang: h ? h.getAttribute('lang') || '' : '',
		titleDir: h ? h.getAttribute('dir') || '' : '',
		href: a ? a.getAttribute('href') : '',
		text: a ? a.textContent.trim() : '',
	};
})`

type cardInfo struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	TitleLang string `json:"titleLang"`
	TitleDir  string `json:"titleDir"`
	Href      string `json:"href"`
	Text      string `json:"text"`
}

func (e *env) cards() []cardInfo {
	e.t.Helper()
	return eval[[]cardInfo](e, cardsJS)
}

// checkCards compares the listed cards with wantCards.
func checkCards(t *testing.T, when string, cards []cardInfo) {
	t.Helper()
	var langs []string
	for _, c := range cards {
		langs = append(langs, c.Lang)
	}
	if !slices.Equal(langs, wantCards) {
		t.Fatalf("%s: card languages = %q, want %q", when, langs, wantCards)
	}
	for i, c := range cards {
		if c.ID == "" {
			t.Errorf("%s: card %d has no data-article", when, i)
		}
		if c.TitleLang != c.Lang {
			t.Errorf("%s: card %d (%s) title lang = %q, want %q", when, i, c.ID, c.TitleLang, c.Lang)
		}
		if want := dirOf(c.Lang); c.TitleDir != want {
			t.Errorf("%s: card %d (%s, %s) title dir = %q, want %q", when, i, c.ID, c.Lang, c.TitleDir, want)
		}
		if want := "/article/" + c.ID + "/"; c.Href != want {
			t.Errorf("%s: card %d title links to %q, want %q", when, i, c.Href, want)
		}
		if c.Text == "" {
			t.Errorf("%s: card %d (%s) has an empty title", when, i, c.ID)
		}
	}
}

func TestHomeListsArticles(t *testing.T) {
	t.Parallel()
	e := newEnv(t)

	// The page as prerendered: the app starts on demand, and nothing on
	// this page asks for it until the reader reaches for a control.
	e.do("open /", chromedp.Navigate(e.url("/")))
	e.waitFor(`document.readyState === 'complete'`)
	checkCards(t, "before the app runs", e.cards())
	e.waitReady()
	checkCards(t, "after the app runs", e.cards())
}

// readerInfo is what the reader page shows of an article.
type readerInfo struct {
	Article   string `json:"article"`
	TitleLang string `json:"titleLang"`
	TitleDir  string `json:"titleDir"`
	Title     string `json:"title"`
	TextLang  string `json:"textLang"`
	TextDir   string `json:"textDir"`
	Paras     int    `json:"paras"`
	Path      string `json:"path"`
}

const readerJS = `(() => {
	const r = document.querySelector('article.reader');
	const h = document.querySelector('h1.reader-title');
	const d = document.querySelector('div.text');
	return {
		article: r ? r.dataset.article || '' : '',
		titleLang: h ? h.getAttribute('lang') || '' : '',
		titleDir: h ? h.getAttribute('dir') || '' : '',
		title: h ? h.textContent.trim() : '',
		textLang: d ? d.getAttribute('lang') || '' : '',
		textDir: d ? d.getAttribute('dir') || '' : '',
		paras: d ? d.querySelectorAll('p.para').length : 0,
		path: location.pathname,
	};
})()`

// checkReader checks that the page shows article id in lang.
func (e *env) checkReader(when, id, lang string) {
	e.t.Helper()
	e.waitFor(`document.querySelector('article.reader') !== null`)
	r := eval[readerInfo](e, readerJS)
	dir := dirOf(lang)
	if want := "/article/" + id + "/"; r.Path != want {
		e.t.Errorf("%s: path = %q, want %q", when, r.Path, want)
	}
	if r.Article != id {
		e.t.Errorf("%s: article.reader data-article = %q, want %q", when, r.Article, id)
	}
	if r.TitleLang != lang || r.TitleDir != dir {
		e.t.Errorf("%s: h1.reader-title lang=%q dir=%q, want lang=%q dir=%q", when, r.TitleLang, r.TitleDir, lang, dir)
	}
	if r.TextLang != lang || r.TextDir != dir {
		e.t.Errorf("%s: div.text lang=%q dir=%q, want lang=%q dir=%q", when, r.TextLang, r.TextDir, lang, dir)
	}
	if r.Title == "" {
		e.t.Errorf("%s: empty title", when)
	}
	if r.Paras == 0 {
		e.t.Errorf("%s: div.text has no p.para", when)
	}
}

func TestReaderLangAndDir(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, lang := range []string{"hi", "ar", "en"} {
		t.Run(lang, func(t *testing.T) {
			defer e.use(t)()

			e.open("/")
			var id string
			for _, c := range e.cards() {
				if c.Lang == lang {
					id = c.ID
					break
				}
			}
			if id == "" {
				t.Fatalf("no card has data-lang=%q", lang)
			}

			// A real click on the title: go-app navigates in the page, so
			// the document, and this mark on it, stay.
			eval[bool](e, `(window.e2eMark = true)`)
			sel := fmt.Sprintf(`li.card[data-article=%q] h3.card-title a`, id)
			e.do("click "+sel, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
			e.waitFor(fmt.Sprintf(`location.pathname === %q`, "/article/"+id+"/"))
			e.checkReader("after a click", id, lang)
			if !eval[bool](e, `window.e2eMark === true`) {
				t.Errorf("the click loaded a new document: go-app did not navigate in the page")
			}

			// The same page from a deep link.
			e.open("/article/" + id + "/")
			e.checkReader("deep link", id, lang)
		})
	}
}

func TestDevanagariAndArabicFontsLoad(t *testing.T) {
	t.Parallel()
	cases := []struct {
		lang, family, script, file string
	}{
		{"hi", "Parallax Devanagari", "Devanagari", "/web/fonts/noto-sans-devanagari-devanagari-400-normal.woff2"},
		{"ar", "Parallax Arabic", "Arabic", "/web/fonts/noto-sans-arabic-arabic-400-normal.woff2"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			// A fresh browser, so that the font cannot come from a cache
			// the request log does not show.
			e := newEnv(t)
			id := firstArticle(t, e, c.lang)
			e.rec.reset()
			e.open("/article/" + id + "/")
			e.checkReader("reader", id, c.lang)

			// check() without text is true when no face of the family
			// covers a space, which unicode-range faces do not: test the
			// title's own text, which the faces must cover and have loaded.
			expr := fmt.Sprintf(`document.fonts.ready.then(() => document.fonts.check('16px "%s"', document.querySelector('h1.reader-title').textContent))`, c.family)
			if !eval[bool](e, expr) {
				t.Errorf("document.fonts.check(16px %q) is false after document.fonts.ready", c.family)
			}
			loaded := eval[[]string](e, fmt.Sprintf(
				`[...document.fonts].filter(f => f.family.replace(/"/g, '') === %q && f.status === 'loaded').map(f => f.weight)`, c.family))
			if len(loaded) == 0 {
				t.Errorf("no face of %q is loaded", c.family)
			}
			// The glyphs of the title are drawn with the downloaded face,
			// not a system font: ask the renderer what it used.
			fonts := e.platformFonts("h1.reader-title")
			custom := false
			for _, f := range fonts {
				custom = custom || f.IsCustomFont && strings.Contains(f.FamilyName, c.script) && f.GlyphCount > 0
			}
			if !custom {
				var got []string
				for _, f := range fonts {
					got = append(got, fmt.Sprintf("%s (custom %v, %v glyphs)", f.FamilyName, f.IsCustomFont, f.GlyphCount))
				}
				t.Errorf("h1.reader-title is drawn with %q, want a downloaded %s font", got, c.script)
			}
			paths := e.rec.paths(e.srv.URL)
			if !slices.Contains(paths, c.file) {
				t.Errorf("%s was not requested; requests: %q", c.file, paths)
			}
		})
	}
}

// platformFonts are the fonts the renderer used for the text of the first
// element sel matches.
func (e *env) platformFonts(sel string) []*css.PlatformFontUsage {
	e.t.Helper()
	nodes, err := chromedp.Run(e.ctx, chromedp.Nodes(chromedp.CSS(sel)))
	if err != nil || len(nodes) == 0 {
		e.t.Fatalf("find %s: %v", sel, err)
	}
	res, err := chromedp.Call(e.ctx, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: nodes[0].NodeID})
	if err != nil {
		e.t.Fatalf("fonts of %s: %v", sel, err)
	}
	return res.Fonts
}

// firstArticle is the id of the first article in lang, from dist/.
func firstArticle(t *testing.T, e *env, lang string) string {
	t.Helper()
	e.open("/")
	for _, c := range e.cards() {
		if c.Lang == lang {
			return c.ID
		}
	}
	t.Fatalf("no article in %q", lang)
	return ""
}

func TestNoRequestLeavesOrigin(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	paths := []string{"/", "/events/", "/events/?lang=ar&minlangs=2"}
	for _, id := range articlesOnDisk(t) {
		paths = append(paths, "/article/"+id+"/")
	}
	for _, id := range pagesOnDisk(t, "story") {
		paths = append(paths, "/story/"+id+"/")
	}
	paths = append(paths, "/no/such/page")
	for _, p := range paths {
		e.do("open "+p, chromedp.Navigate(e.url(p)))
		e.waitReadyAt(p)
		// Fonts and images are requested as the page lays out.
		e.waitFor(browser.FontsReadyJS)
	}
	// The service worker installs in the background: wait until it has
	// finished, so that its precache requests are in the log too.
	e.waitFor(`navigator.serviceWorker.ready.then(r => r.active !== null)`)

	origin := e.srv.URL
	reqs := e.rec.requests()
	var bad []string
	sawWasm := false
	for _, q := range reqs {
		u, err := url.Parse(q.url)
		if err != nil {
			bad = append(bad, fmt.Sprintf("%s: %s (unparsable: %v)", q.source, q.url, err))
			continue
		}
		switch {
		case u.Scheme == "data" || u.Scheme == "blob":
		case u.Scheme+"://"+u.Host == origin:
			sawWasm = sawWasm || u.Path == "/web/app.wasm"
		default:
			bad = append(bad, q.source+": "+q.url)
		}
	}
	if len(bad) > 0 {
		t.Errorf("%d requests left %s:\n\t%s", len(bad), origin, strings.Join(bad, "\n\t"))
	}
	// Chromium's own traffic (component updates, account checks) goes to
	// the black hole whatever the flags say, and a proxy cannot tell who
	// sent a request: log it, do not judge the app by it. Whatever the
	// page or its worker asked for is in the request log above.
	if hits := e.hole.requests(); len(hits) > 0 {
		t.Logf("the browser itself tried %d requests to other hosts (refused):\n\t%s", len(hits), strings.Join(hits, "\n\t"))
	}
	// A worker's very first requests can precede the attach that records
	// them; what it fetches on its own is its precache list, so check that
	// list too.
	for _, u := range precacheList(t) {
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("app-worker.js precaches %q, which is not on the site's origin", u)
		}
	}
	// The log must hold the page's own requests, or the check above is
	// empty.
	if !sawWasm || len(reqs) < len(paths) {
		t.Errorf("the request log looks incomplete (%d requests, app.wasm seen: %v)", len(reqs), sawWasm)
	}
	bySource := map[string]int{}
	for _, q := range reqs {
		bySource[q.source]++
	}
	t.Logf("%d requests to %s (%v); %d service worker(s) attached", len(reqs), origin, bySource, e.rec.workers())

}

// precacheList is resourcesToCache from dist/app-worker.js.
func precacheList(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(siteDir(t), "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^const resourcesToCache = (\[.*\]);$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("dist/app-worker.js: no `const resourcesToCache = [...];` line")
	}
	var list []string
	if err := json.Unmarshal(m[1], &list); err != nil {
		t.Fatalf("dist/app-worker.js: resourcesToCache: %v", err)
	}
	if len(list) == 0 {
		t.Fatal("dist/app-worker.js precaches nothing")
	}
	return list
}

func TestNotFound(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, path := range []string{"/article/does-not-exist", "/nope/at/all"} {
		t.Run(strings.ReplaceAll(strings.Trim(path, "/"), "/", "_"), func(t *testing.T) {
			defer e.use(t)()

			// A static host answers 404, so that crawlers and links
			// checkers see the page is missing.
			resp, err := http.Get(e.url(path))
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("GET %s: status %d, want 404", path, resp.StatusCode)
			}

			e.open(path)
			e.waitFor(`[...document.querySelectorAll('h1')].some(h => h.textContent.trim() === 'Not found')`)
			if eval[bool](e, `document.querySelector('article.reader') !== null`) {
				t.Errorf("%s shows a reader", path)
			}
			if n := eval[int](e, `document.querySelectorAll('li.card[data-article]').length`); n != 0 {
				t.Errorf("%s lists %d cards", path, n)
			}
		})
	}
}

func TestOfflineAfterOneVisit(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	e.open("/")
	cards := e.cards()
	checkCards(t, "online", cards)
	story := eval[string](e, `document.querySelector('li.story-card[data-story]').dataset.story`)

	// The service worker controls the page from its first activation
	// (clients.claim); a reload makes sure of it if the claim was missed.
	if err := browser.WaitJS(e.ctx, `navigator.serviceWorker.controller !== null`, 15*time.Second); err != nil {
		t.Logf("no controller after the first visit, reloading: %v", err)
		e.do("reload", chromedp.Reload())
		e.waitReadyAt("/")
		e.waitFor(`navigator.serviceWorker.controller !== null`)
	}

	// Visit one article, so that its page is cached, and pick another
	// one, in another language if there is one, that is never visited.
	visited, other := cards[0], cards[len(cards)-1]
	for _, c := range cards[1:] {
		if c.Lang != visited.Lang {
			other = c
			break
		}
	}
	e.open("/article/" + visited.ID + "/")
	e.checkReader("online", visited.ID, visited.Lang)

	// What the worker holds: the visited page, not the other one.
	cached := func(path string) bool {
		return eval[bool](e, fmt.Sprintf(`caches.match(%q).then(r => r !== undefined)`, path))
	}
	// The worker stores a page without holding up its response.
	inCache := fmt.Sprintf(`caches.match(%q).then(r => r !== undefined)`, "/article/"+visited.ID+"/")
	if err := browser.WaitJS(e.ctx, inCache, 10*time.Second); err != nil {
		t.Errorf("the visited article is not in the service worker's cache: %v", err)
	}
	if cached("/article/" + other.ID + "/") {
		t.Fatalf("/article/%s is cached before it was visited: the offline check below proves nothing", other.ID)
	}

	// Network off: the server is gone, connections are refused.
	e.srv.Close()
	if resp, err := http.Get(e.url("/")); err == nil {
		resp.Body.Close()
		t.Fatal("the server still answers after Close")
	}

	e.do("reload /", chromedp.Navigate(e.url("/")))
	e.waitReadyAt("/")
	checkCards(t, "offline", e.cards())

	// A real navigation (not go-app's), to a page never fetched: the worker
	// answers with the root page, whose app must start by itself to show
	// the article.
	eval[string](e, fmt.Sprintf(`location.href = %q`, e.url("/article/"+other.ID+"/")))
	e.waitRunningAt("/article/" + other.ID + "/")
	e.checkReader("offline, never visited", other.ID, other.Lang)

	eval[string](e, fmt.Sprintf(`location.href = %q`, e.url("/article/"+visited.ID+"/")))
	e.waitReadyAt("/article/" + visited.ID + "/")
	e.checkReader("offline, visited", visited.ID, visited.Lang)

	// The events view with filters, and a story, never visited either: both
	// start the app by themselves (state in the query, the root page for a
	// story).
	eval[string](e, fmt.Sprintf(`location.href = %q`, e.url("/events/?lang=ar&minlangs=2")))
	e.waitRunningAt("/events/?lang=ar&minlangs=2")
	if n := eval[int](e, `+document.getElementById('count').dataset.count`); n == 0 {
		t.Error("offline, the filtered events view lists nothing")
	}
	if !eval[bool](e, `document.querySelector('fieldset[data-facet=lang] input[data-value=ar]').checked`) {
		t.Error("offline, the events view lost its filter")
	}
	eval[string](e, fmt.Sprintf(`location.href = %q`, e.url("/story/"+story+"/")))
	e.waitRunningAt("/story/" + story + "/")
	if n := eval[int](e, `document.querySelectorAll('table.compare thead th.col').length`); n < 2 {
		t.Errorf("offline, the story shows %d columns", n)
	}
}
