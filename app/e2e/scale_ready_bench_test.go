//go:build !wasm

package e2e

import (
	"net/http/httptest"
	"os"
	"parallax/tools/browser"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"parallax/app/site"
)

// BenchmarkReadyScale measures the time until the app is ready (see
// BenchmarkReady) for several generated sites in one run, so that they are
// compared on the same machine under the same load: the go-app hello world
// of tools/helloworld, Parallax on the seeds, and Parallax on generated
// corpora. PARALLAX_BENCH_SITES lists them as name=folder pairs, in order,
// folders relative to the repository's root; make bench writes the sites
// and sets it:
//
//	PARALLAX_BENCH_SITES=hello=.cache/bench/site-hello,seeds=dist \
//	  go test -run '^$' -bench ReadyScale -benchtime 5x ./app/e2e/
func BenchmarkReadyScale(b *testing.B) {
	spec := os.Getenv("PARALLAX_BENCH_SITES")
	if spec == "" {
		b.Skip("PARALLAX_BENCH_SITES lists no sites (make bench sets it)")
	}
	exe := chromium(b)
	hole := newBlackhole()
	defer hole.srv.Close()
	for _, pair := range strings.Split(spec, ",") {
		name, dir, ok := strings.Cut(pair, "=")
		if !ok {
			b.Fatalf("PARALLAX_BENCH_SITES: %q is not name=folder", pair)
		}
		if !filepath.IsAbs(dir) {
			dir = filepath.Join("..", "..", dir) // relative to the repository
		}
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			b.Fatalf("site %s: %v", name, err)
		}
		srv := httptest.NewServer(site.Server(dir, "/"))
		// Compiling the wasm alone, in a fresh profile (Chromium caches
		// compiled code): the share of start-up that the wasm's size
		// explains, against what the app does once it runs.
		b.Run("site="+name+"/compile", func(b *testing.B) {
			var total float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				ms, err := compileOnce(b, exe, srv.URL, hole.srv.URL)
				if err != nil {
					b.Fatal(err)
				}
				total += ms
			}
			b.ReportMetric(total/float64(b.N), "ms/compile")
		})
		for _, warm := range []bool{false, true} {
			mode := "cold"
			if warm {
				mode = "warm"
			}
			b.Run("site="+name+"/"+mode, func(b *testing.B) {
				var ready, wasm float64
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					r, w, err := readyScaleOnce(b, exe, srv.URL+"/", hole.srv.URL, warm)
					if err != nil {
						b.Fatal(err)
					}
					ready, wasm = ready+r, wasm+w
				}
				b.ReportMetric(ready/float64(b.N), "ms/ready")
				b.ReportMetric(wasm/float64(b.N), "ms/wasm-fetched")
			})
		}
		srv.Close()
	}
}

// scaleReadyTimeout bounds one wait for a generated site to start: at
// 10,000 articles that takes tens of seconds, not the seconds readyTimeout
// allows the seeds.
const scaleReadyTimeout = 5 * time.Minute

// readyScaleOnce is readyOnce for any go-app site: a warm load waits for
// the first visit's service worker to be active (its precache filled) and
// not for it to control that first page, which Parallax's worker leaves
// uncontrolled on purpose. Besides the time to ready, it returns when the
// wasm had been fetched (its resource timing's responseEnd), which splits
// the time into fetching and compiling, starting and rendering.
func readyScaleOnce(b *testing.B, exe, url, proxy string, warm bool) (ready, wasm float64, err error) {
	tab, done, err := freshBrowser(exe, proxy, 2*scaleReadyTimeout+time.Minute)
	defer done()
	if err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: readyMarkJS}); err != nil {
		return 0, 0, err
	}
	if warm {
		if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
			return 0, 0, err
		}
		if err := browser.WaitReady(tab, scaleReadyTimeout); err != nil {
			return 0, 0, err
		}
		if err := browser.WaitJS(tab, `navigator.serviceWorker.ready.then((r) => r.active !== null)`, scaleReadyTimeout); err != nil {
			return 0, 0, err
		}
	}
	b.StartTimer()
	defer b.StopTimer()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return 0, 0, err
	}
	if err := browser.WaitJS(tab, `typeof window.e2eReadyAt === 'number'`, scaleReadyTimeout); err != nil {
		return 0, 0, err
	}
	if ready, err = chromedp.Run(tab, chromedp.Evaluate[float64](`window.e2eReadyAt`)); err != nil {
		return 0, 0, err
	}
	wasm, err = chromedp.Run(tab, chromedp.Evaluate[float64](
		`(performance.getEntriesByType('resource').find((e) => e.name.endsWith('/app.wasm')) || {responseEnd: 0}).responseEnd`))
	return ready, wasm, err
}

// compileOnce fetches and compiles the site's wasm in a page of the same
// origin (its manifest, which runs no script) and returns the time taken
// in the page.
func compileOnce(b *testing.B, exe, origin, proxy string) (float64, error) {
	tab, done, err := freshBrowser(exe, proxy, testTimeout)
	defer done()
	if err != nil {
		return 0, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(origin+"/manifest.webmanifest")); err != nil {
		return 0, err
	}
	b.StartTimer()
	defer b.StopTimer()
	return chromedp.Run(tab, chromedp.Evaluate[float64](`(async () => {
		const t = performance.now();
		await WebAssembly.compileStreaming(fetch('/web/app.wasm'));
		return performance.now() - t;
	})()`, chromedp.EvalAwaitPromise))
}
