//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"parallax/app/site"
)

const (
	// testTimeout bounds each test, browser start included, so that a hang
	// fails the test instead of blocking the run.
	testTimeout = 90 * time.Second
	// readyTimeout bounds one wait for the app to start.
	readyTimeout = 30 * time.Second
)

// subSiteDir is the site generated for hosting under SubBase
// (../../dist-sub, written by `make site-sub`).
func subSiteDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "dist-sub"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("dist-sub/ has no site: run `make site-sub` first (%v)", err)
	}
	return dir
}

// SubBase is the path prefix dist-sub/ is generated for.
const SubBase = "/parallax/sub/"

// siteDir is the generated site, ../../dist from this package. A missing
// site fails the test: skipping would make a run without the browser tests
// look green.
func siteDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "dist"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("dist/ has no site: run `make site` first (%v)", err)
	}
	return dir
}

// chromium is the browser to drive; none fails the test.
func chromium(t testing.TB) string {
	t.Helper()
	path, err := browser.FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// env is one test's world: the site on a loopback server, and a fresh
// Chromium with its own profile whose requests are recorded.
type env struct {
	t    testing.TB
	srv  *httptest.Server
	ctx  context.Context // the browser tab
	rec  *recorder
	hole *blackhole
}

// newEnv serves dist/ and starts Chromium. Everything stops when the test
// ends: the browser first, then the servers.
func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvWith(t, site.Server(siteDir(t), "/"))
}

// newEnvWith serves h instead of dist/ at the root.
func newEnvWith(t testing.TB, h http.Handler) *env {
	t.Helper()
	exe := chromium(t)

	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	hole := newBlackhole()
	t.Cleanup(hole.srv.Close)

	ctx, cancel := context.WithTimeout(context.Background(), testTimeout)
	t.Cleanup(cancel)
	rec := &recorder{attached: map[target.ID]bool{}}
	tab, stop, err := startBrowser(ctx, exe, t.TempDir(), hole.srv.URL, rec.pageListener())
	rec.mu.Lock()
	rec.tab = tab
	rec.mu.Unlock()
	t.Cleanup(func() {
		// Scripts must not fail; failed loads (a 404 page) are only
		// logged, the tests judge those themselves.
		for _, p := range rec.problems() {
			if strings.Contains(p, ": exception: ") || strings.Contains(p, ": console.error:") {
				t.Errorf("script error: %s", p)
			} else {
				t.Log(p)
			}
		}
		stop()
	})
	if err != nil {
		t.Fatalf("start Chromium (%s): %v", exe, err)
	}
	return &env{t: t, srv: srv, ctx: tab, rec: rec, hole: hole}
}

// startBrowser starts Chromium with a profile in dir and opens a tab.
// listen, if not nil, sees every event of the tab from its start. Requests
// to any host but loopback go to the proxy, so that no test reaches the
// internet; Chromium never sends loopback through a proxy, so the test
// server is reached directly. stop closes the browser and waits for it to
// exit, so that dir can be removed.
func startBrowser(ctx context.Context, exe, dir, proxy string, listen func(ev any)) (tab context.Context, stop func(), err error) {
	opts := browser.AllocatorOptions(exe, dir, 1280, 900, chromedp.ProxyServer(proxy))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	var copts []chromedp.ContextOption
	if listen != nil {
		copts = append(copts, chromedp.WithListener(listen))
	}
	tab, cancelTab := chromedp.NewContext(actx, copts...)
	stop = func() {
		cancelTab()
		cancelAlloc() // waits for the process to exit
	}
	return tab, stop, chromedp.Do(tab)
}

// use makes e report to t, a subtest, until the returned func is called.
func (e *env) use(t testing.TB) func() {
	prev := e.t
	e.t = t
	return func() { e.t = prev }
}

// url is the test server's URL of an app path.
func (e *env) url(path string) string { return e.srv.URL + path }

// do runs browser steps and fails the test on error.
func (e *env) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	e.t.Helper()
	if err := chromedp.Do(e.ctx, steps...); err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
}

// open navigates to path, starts the app there and waits until it runs.
func (e *env) open(path string) {
	e.t.Helper()
	e.do("open "+path, chromedp.Navigate(e.url(path)))
	e.waitReadyAt(path)
}

// waitReady starts the app and waits until #app-wasm-loader is gone: the
// wasm has started.
func (e *env) waitReady() {
	e.t.Helper()
	if err := browser.WaitReady(e.ctx, readyTimeout); err != nil {
		e.t.Fatalf("app never became ready: %v", err)
	}
}

// waitReadyAt starts the app of the page at path and waits until it runs,
// which also waits out a navigation that has not replaced the old document
// yet.
func (e *env) waitReadyAt(path string) {
	e.t.Helper()
	e.waitAt(path, browser.ReadyJS, "became ready")
}

// waitRunningAt waits until the page at path runs the app without starting
// it: for pages that must start it by themselves (an offline fallback, a URL
// with state in its query, an update).
func (e *env) waitRunningAt(path string) {
	e.t.Helper()
	e.waitAt(path, browser.RunningJS, "started by itself")
}

// waitAt waits until the page at path makes js true. A path with a query
// must match the query too: the page before a navigation to the same path
// with another query would do.
func (e *env) waitAt(path, js, what string) {
	e.t.Helper()
	loc := "location.pathname"
	if strings.Contains(path, "?") {
		loc = "location.pathname + location.search"
	}
	expr := fmt.Sprintf(`%s === %q && (%s)`, loc, path, js)
	if err := browser.WaitJS(e.ctx, expr, readyTimeout); err != nil {
		loc, _ := chromedp.Run(e.ctx, chromedp.Location())
		e.t.Fatalf("app never %s at %s (location %s): %v", what, path, loc, err)
	}
}

// running says whether the app runs in the current page.
func (e *env) running() bool {
	e.t.Helper()
	return eval[bool](e, browser.RunningJS)
}

// eval evaluates a JavaScript expression, awaiting a promise.
func eval[T any](e *env, expr string) T {
	e.t.Helper()
	v, err := chromedp.Run(e.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		e.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor waits until a JavaScript expression is true.
// afterFrame is a script true once the page has drawn a frame and ms more
// have passed: go-app's first render and its deferred work are done. A
// compositor that draws no frame for seconds, as a loaded headless
// browser may, does not stall the test: two seconds stand for the frame.
func afterFrame(ms int) string {
	return fmt.Sprintf(`new Promise(r => { requestAnimationFrame(() => setTimeout(() => r(true), %d)); setTimeout(() => r(true), 2000) })`, ms)
}

func (e *env) waitFor(expr string) {
	e.t.Helper()
	if err := browser.WaitJS(e.ctx, expr, readyTimeout); err != nil {
		e.t.Fatal(err)
	}
}

// ---------------------------------------------------------------- requests

// request is one request the browser sent, and who sent it.
type request struct {
	source string // "page" or "service worker"
	url    string
}

// recorder keeps every request of the tab, and of the service workers the
// tab starts: the tab attaches to a worker as soon as it appears (from the
// Target events of the tab's auto-attach and discovery), and records its
// requests from then on. A worker's first requests can come before that
// attach; the black hole sees those that leave the machine.
type recorder struct {
	tab      context.Context
	mu       sync.Mutex
	reqs     []request
	errs     []string
	attached map[target.ID]bool
}

func (r *recorder) pageListener() func(ev any) {
	record := r.listener("page")
	return func(ev any) {
		record(ev)
		var info *target.Info
		switch ev := ev.(type) {
		case *target.EventAttachedToTarget:
			info = ev.TargetInfo
		case *target.EventTargetCreated:
			info = ev.TargetInfo
		case *target.EventTargetInfoChanged:
			info = ev.TargetInfo
		}
		if info != nil && info.Type == "service_worker" {
			r.attachWorker(info.TargetID)
		}
	}
}

func (r *recorder) listener(source string) func(ev any) {
	return func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if ev.Request != nil {
				r.mu.Lock()
				r.reqs = append(r.reqs, request{source, ev.Request.URL})
				r.mu.Unlock()
			}
			return
		case *runtime.EventExceptionThrown:
			msg = "exception: " + ev.ExceptionDetails.Text
			if ex := ev.ExceptionDetails.Exception; ex != nil {
				msg += " " + ex.Description
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeWarning {
				return
			}
			msg = "console." + string(ev.Type) + ":"
			for _, a := range ev.Args {
				if a.Value != nil {
					msg += " " + string(a.Value)
				} else {
					msg += " " + a.Description
				}
			}
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level != cdplog.EntryLevelError && ev.Entry.Level != cdplog.EntryLevelWarning {
				return
			}
			msg = "log " + string(ev.Entry.Source) + ": " + ev.Entry.Text + " " + ev.Entry.URL
		default:
			return
		}
		r.mu.Lock()
		r.errs = append(r.errs, source+": "+msg)
		r.mu.Unlock()
	}
}

// problems are the errors and warnings the page and worker reported.
func (r *recorder) problems() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.errs)
}

// attachWorker records a service worker's requests. The listener runs in
// the tab's event loop, which must not wait, so the attach runs apart.
func (r *recorder) attachWorker(id target.ID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.attached[id] || r.tab == nil {
		return
	}
	r.attached[id] = true
	go func() {
		// Detach on cancel: closing the worker's target would stop it.
		wctx, _ := chromedp.NewContext(r.tab, chromedp.WithTargetID(id),
			chromedp.WithListener(r.listener("service worker")), chromedp.WithDetachOnCancel())
		// The tab's end cancels wctx. A worker that stops before the
		// attach is simply not recorded.
		_ = chromedp.Do(wctx)
	}()
}

// requests is a copy of what was recorded so far.
func (r *recorder) requests() []request {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.reqs)
}

// workers is how many service workers were attached to.
func (r *recorder) workers() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.attached)
}

// reset forgets the requests recorded so far.
func (r *recorder) reset() {
	r.mu.Lock()
	r.reqs = nil
	r.mu.Unlock()
}

// paths are the paths of the recorded requests to origin.
func (r *recorder) paths(origin string) []string {
	var out []string
	for _, q := range r.requests() {
		if u, err := url.Parse(q.url); err == nil && u.Scheme+"://"+u.Host == origin {
			out = append(out, u.Path)
		}
	}
	return out
}

// blackhole is the proxy Chromium must send every non-loopback request to.
// It records the request and refuses it.
type blackhole struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits []string
}

func newBlackhole() *blackhole {
	b := &blackhole{}
	b.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		target := r.URL.String()
		if r.Method == http.MethodConnect {
			target = "https://" + r.Host
		}
		b.mu.Lock()
		b.hits = append(b.hits, r.Method+" "+target)
		b.mu.Unlock()
		http.Error(w, "e2e: no request may leave the machine", http.StatusForbidden)
	}))
	return b
}

func (b *blackhole) requests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.hits)
}

// ---------------------------------------------------------------- the site

// articlesOnDisk are the ids of the generated reader pages.
func articlesOnDisk(t testing.TB) []string {
	t.Helper()
	return pagesOnDisk(t, "article")
}

// pagesOnDisk are the ids of the generated pages under dir: "article" or
// "story".
func pagesOnDisk(t testing.TB, dir string) []string {
	t.Helper()
	// Each page is a folder's index.html: dist/story/<id>/index.html.
	files, err := filepath.Glob(filepath.Join(siteDir(t), dir, "*", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, f := range files {
		ids = append(ids, filepath.Base(filepath.Dir(f)))
	}
	if len(ids) == 0 {
		t.Fatalf("dist/%s/ has no pages: run `make site`", dir)
	}
	return ids
}

// dirOf is the direction a language is written in, for this corpus.
func dirOf(lang string) string {
	if lang == "ar" {
		return "rtl"
	}
	return "ltr"
}
