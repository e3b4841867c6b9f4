//go:build !wasm

package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"parallax/tools/browser"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"parallax/app/site"
)

// readyMarkJS runs in every new document before its own scripts. It notes
// performance.now() (milliseconds since the navigation started, the
// document's time origin) when #app-wasm-loader, once seen, is removed:
// the moment the app is interactive. Measured in the page, the time leaves
// out the DevTools round trips and the polling of the test. Parallax starts
// its app on demand (app/site/boot.js): the mark starts it as soon as the
// page is parsed, to measure the whole start; a go-app site without
// parallaxStart starts by itself.
const readyMarkJS = `(() => {
	document.addEventListener('DOMContentLoaded', () => {
		if (typeof parallaxStart === 'function') {
			parallaxStart();
		}
	});
	let seen = false;
	const obs = new MutationObserver(() => {
		if (document.getElementById('app-wasm-loader')) {
			seen = true;
		} else if (seen && window.e2eReadyAt === undefined) {
			window.e2eReadyAt = performance.now();
			obs.disconnect();
		}
	});
	obs.observe(document, {childList: true, subtree: true});
})()`

// BenchmarkReady measures how long the home page takes to become
// interactive: cold is a first visit in a fresh profile, from the network;
// warm is the second visit in the same profile, served by the service
// worker. Each iteration starts a fresh browser profile. ms/ready is the
// mean of the in-page times (see readyMarkJS); ns/op also counts the
// DevTools overhead.
//
//	go test -run '^$' -bench Ready -benchtime 5x ./app/e2e/
func BenchmarkReady(b *testing.B) {
	dir, exe := siteDir(b), chromium(b)
	srv := httptest.NewServer(site.Server(dir, "/"))
	defer srv.Close()
	hole := newBlackhole()
	defer hole.srv.Close()

	for _, warm := range []bool{false, true} {
		name := "cold"
		if warm {
			name = "warm"
		}
		b.Run(name, func(b *testing.B) {
			var total float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				ms, err := readyOnce(b, exe, srv.URL+"/", hole.srv.URL, warm)
				if err != nil {
					b.Fatal(err)
				}
				total += ms
			}
			b.ReportMetric(total/float64(b.N), "ms/ready")
		})
	}
}

// readyOnce starts a browser with a fresh profile, loads url (twice when
// warm, the first time untimed) and returns the in-page time to ready of
// the last load. The benchmark timer runs during that load only.
func readyOnce(b *testing.B, exe, url, proxy string, warm bool) (float64, error) {
	tab, done, err := freshBrowser(exe, proxy, testTimeout)
	defer done()
	if err != nil {
		return 0, err
	}
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: readyMarkJS}); err != nil {
		return 0, err
	}
	if warm {
		if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
			return 0, err
		}
		if err := browser.WaitReady(tab, readyTimeout); err != nil {
			return 0, err
		}
		// The worker must be active and hold the precache, so that it
		// controls the timed load (it does not claim the first page).
		if err := browser.WaitJS(tab, `navigator.serviceWorker.ready.then((r) => r.active !== null)`, readyTimeout); err != nil {
			return 0, err
		}
	}
	b.StartTimer()
	defer b.StopTimer()
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return 0, err
	}
	if err := browser.WaitJS(tab, `typeof window.e2eReadyAt === 'number'`, readyTimeout); err != nil {
		return 0, err
	}
	if warm {
		if ok, err := chromedp.Run(tab, chromedp.Evaluate[bool](`navigator.serviceWorker.controller !== null`)); err != nil || !ok {
			return 0, fmt.Errorf("the warm visit was not served by the service worker (%v)", err)
		}
	}
	return chromedp.Run(tab, chromedp.Evaluate[float64](`window.e2eReadyAt`))
}

// freshBrowser starts a browser on a new, empty profile, as a first visit
// sees it, with a time limit for all it does. done stops the browser and
// removes the profile; it is never nil.
func freshBrowser(exe, proxy string, limit time.Duration) (tab context.Context, done func(), err error) {
	profile, err := os.MkdirTemp("", "parallax-bench-")
	if err != nil {
		return nil, func() {}, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	tab, stop, err := startBrowser(ctx, exe, profile, proxy, nil)
	return tab, func() {
		stop()
		cancel()
		os.RemoveAll(profile)
	}, err
}
