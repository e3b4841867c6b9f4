//go:build !wasm

package e2e

import (
	"fmt"
	"net/http"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"parallax/app/site"
)

// TestSubpathHosting serves the site generated for SubBase under that
// prefix, as GitHub Pages serves a project site, and walks through it:
// every resource and link must carry the prefix, and offline must work
// under it too.
func TestSubpathHosting(t *testing.T) {
	t.Parallel()
	e := newEnvWith(t, site.Server(subSiteDir(t), SubBase))
	e.open(SubBase)
	if n := len(e.cards()); n != len(wantCards) {
		t.Fatalf("%d cards under %s", n, SubBase)
	}
	// Every link the app made stays under the prefix.
	bad := eval[[]string](e, fmt.Sprintf(`[...document.querySelectorAll('a[href^="/"]')].map(a => a.getAttribute('href')).filter(h => !h.startsWith(%q))`, SubBase))
	if len(bad) > 0 {
		t.Errorf("links outside %s: %v", SubBase, bad)
	}
	story := eval[string](e, `document.querySelector('li.story-card[data-story]').dataset.story`)
	sel := fmt.Sprintf(`li.story-card[data-story=%q] h3 a`, story)
	e.do("click story", chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`location.pathname === %q && document.querySelector('table.compare') !== null`, SubBase+"story/"+story+"/"))
	e.do("events", chromedp.Click(chromedp.CSS(`nav a[href$="/events/"]`), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`location.pathname === %q && document.getElementById('count') !== null`, SubBase+"events/"))
	e.do("tick", chromedp.Click(chromedp.CSS(`fieldset[data-facet=lang] input[type=checkbox]`), chromedp.NodeVisible))
	e.waitFor(fmt.Sprintf(`location.pathname === %q && new URLSearchParams(location.search).has('lang')`, SubBase+"events/"))

	// Nothing the browser asked for was missing: every request was under
	// the prefix (a request outside it would get the plain 404 text).
	for _, p := range e.rec.paths(e.srv.URL) {
		if !strings.HasPrefix(p, SubBase) && p != strings.TrimSuffix(SubBase, "/") {
			t.Errorf("request outside the prefix: %s", p)
		}
		// go-app prefixes a page's preloads twice unless the generator
		// repairs them.
		if strings.HasPrefix(p, SubBase+strings.TrimPrefix(SubBase, "/")) {
			t.Errorf("request with the prefix twice: %s", p)
		}
	}

	// Offline under the prefix: a deep link never visited still opens.
	// The worker controls the pages opened after the first visit.
	e.do("reload", chromedp.Reload())
	e.waitReadyAt(SubBase + "events/")
	e.waitFor(`navigator.serviceWorker.controller !== null`)
	scope := eval[string](e, `navigator.serviceWorker.controller.scriptURL`)
	if !strings.Contains(scope, SubBase+"app-worker.js") {
		t.Errorf("service worker %s is not the prefixed one", scope)
	}
	e.srv.Close()
	eval[string](e, fmt.Sprintf(`location.href = %q`, e.url(SubBase+"events/?minlangs=2")))
	e.waitRunningAt(SubBase + "events/?minlangs=2")
	if n := eval[int](e, `+document.getElementById('count').dataset.count`); n == 0 {
		t.Error("offline under the prefix, the events view is empty")
	}
}

// TestUpdateNotice serves one build, then a new one: the open page says a
// new version is ready and reloads into it, and the old cache is gone.
func TestUpdateNotice(t *testing.T) {
	t.Parallel()
	oldDir := siteDir(t)
	// The new build: the same site with a changed stylesheet and worker
	// version, as a rebuild after an edit would give.
	newDir := t.TempDir()
	if err := copyDir(oldDir, newDir); err != nil {
		t.Fatal(err)
	}
	worker := filepath.Join(newDir, "app-worker.js")
	b, err := os.ReadFile(worker)
	if err != nil {
		t.Fatal(err)
	}
	oldCache := cacheName(t, string(b))
	version := strings.TrimPrefix(oldCache, "parallax-")
	b = []byte(strings.Replace(string(b), `"`+version+`"`, `"`+version+`-next"`, 1))
	if cacheName(t, string(b)) != oldCache+"-next" {
		t.Fatal("could not make a new version of the worker")
	}
	if err := os.WriteFile(worker, b, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(worker + ".br")
	os.Remove(worker + ".gz")
	// The stylesheet changes at the same path, as the wasm does: the new
	// cache must hold the new one.
	const mark = "/* the next build */"
	css := filepath.Join(newDir, "web", "parallax.css")
	b, err = os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(css, append(b, mark...), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(css + ".br")
	os.Remove(css + ".gz")

	var current atomic.Pointer[http.Handler]
	old := site.Server(oldDir, "/")
	current.Store(&old)
	e := newEnvWith(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { (*current.Load()).ServeHTTP(w, r) }))
	e.open("/")
	// The second visit is controlled by the worker of the first, once it
	// has installed (it precaches the wasm, slow on a loaded machine): a
	// reload before that would not be.
	e.waitFor(`navigator.serviceWorker.ready.then(r => r.active !== null && r.active.state === 'activated')`)
	e.do("revisit", chromedp.Reload())
	e.waitReadyAt("/")
	e.waitFor(`navigator.serviceWorker.controller !== null`)
	if !eval[bool](e, `document.querySelector('.update').hidden`) {
		t.Fatal("an update notice shows before any update")
	}

	next := site.Server(newDir, "/")
	current.Store(&next)
	// The browser checks for a new worker when it navigates to a page the
	// worker controls: a reload is how a reader meets a new build. The app
	// has not started on this page; the update starts it, to show the
	// notice.
	e.do("reload", chromedp.Reload())
	e.waitRunningAt("/")
	if err := browser.WaitJS(e.ctx, `document.querySelector('.update') && !document.querySelector('.update').hidden`, 20*time.Second); err != nil {
		t.Fatalf("no update notice after a new build was published: %v", err)
	}
	e.do("reload into the update", chromedp.Click(chromedp.CSS(`#update-reload`), chromedp.NodeVisible))
	e.waitFor(`document.readyState === 'complete' && document.querySelector('.update') && document.querySelector('.update').hidden`)
	keys := eval[[]string](e, `caches.keys()`)
	if len(keys) != 1 || keys[0] != oldCache+"-next" {
		t.Errorf("caches after the update: %v, want only %s-next", keys, oldCache)
	}
	if !eval[bool](e, fmt.Sprintf(`caches.match('/web/parallax.css').then(r => r ? r.text() : '').then(t => t.endsWith(%q))`, mark)) {
		t.Error("the new cache holds the old stylesheet")
	}
}

// cacheName is the cache the worker script fills.
func cacheName(t *testing.T, worker string) string {
	t.Helper()
	const marker = `const cacheName = "parallax-" + "`
	i := strings.Index(worker, marker)
	if i < 0 {
		t.Fatal("the worker does not name its cache as expected")
	}
	rest := worker[i+len(marker):]
	return "parallax-" + rest[:strings.IndexByte(rest, '"')]
}

func copyDir(src, dst string) error {
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// TestContentSecurityPolicy: every page carries the policy before anything
// it governs, has no inline script, and the browser enforces the policy:
// an injected inline script does not run.
func TestContentSecurityPolicy(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	paths := []string{"/", "/events/", "/no/such/page"}
	for _, kind := range []string{"story", "article"} {
		paths = append(paths, "/"+kind+"/"+pagesOnDisk(t, kind)[0]+"/")
	}
	for _, p := range paths {
		e.open(p)
		problem := eval[string](e, `(() => {
			const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
			if (!csp) return 'no policy';
			if (!/script-src 'self' 'wasm-unsafe-eval'/.test(csp.content) || !/default-src 'self'/.test(csp.content)) return 'policy: ' + csp.content;
			const first = document.head.querySelector('script, link, style');
			if (first && (csp.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_PRECEDING)) return 'the policy comes after ' + first.outerHTML;
			const inline = [...document.scripts].filter(s => !s.src);
			if (inline.length) return 'inline script: ' + inline[0].outerHTML.slice(0, 80);
			return '';
		})()`)
		if problem != "" {
			t.Errorf("%s: %s", p, problem)
		}
	}
	violated := eval[string](e, `new Promise((resolve) => {
		document.addEventListener('securitypolicyviolation', (ev) => resolve(ev.violatedDirective), {once: true});
		const s = document.createElement('script');
		s.textContent = 'window.e2eInline = true';
		document.head.appendChild(s);
		setTimeout(() => resolve('none'), 3000);
	})`)
	if !strings.HasPrefix(violated, "script-src") || eval[bool](e, `window.e2eInline === true`) {
		t.Errorf("an inline script was not refused (violation: %s)", violated)
	}
}
