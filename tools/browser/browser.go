//go:build !wasm

// Package browser finds Chromium, starts it the same way for the browser
// tests (app/e2e) and the tools (shoot, audit), and waits for the app.
package browser

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/chromedp"
)

// RunningJS is true once go-app runs: app.js removes the loader element
// #app-wasm-loader right after it has started the wasm. The loader is part
// of every prerendered page, so it can only be missing before the body has
// been parsed, which the readyState test rules out.
const RunningJS = `document.readyState !== 'loading' && document.getElementById('app-wasm-loader') === null`

// StartJS starts the app on a page of the site: it starts on demand
// (app/site/boot.js), when the page needs it or the reader reaches for a
// control. The one-file edition starts at once and has no parallaxStart.
const StartJS = `(typeof parallaxStart === 'function' && parallaxStart(), true)`

// ReadyJS starts the app if it has not started, and is true once it runs.
// Evaluated again and again by WaitJS, it also starts the app of a page
// that replaced the one it was first evaluated in.
const ReadyJS = StartJS + ` && ` + RunningJS

// FontsReadyJS waits for the fonts the page uses, for screenshots.
const FontsReadyJS = `document.fonts.ready.then(() => document.fonts.status === 'loaded')`

// ErrNoChromium says the browser tests cannot run; they fail rather than
// skip, so that a green run always means the browser tests ran.
var ErrNoChromium = errors.New("no Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM=/path/to/chrome")

// FindChromium returns the browser to drive: $CHROMIUM when set, else the
// first of chromium, chromium-browser and google-chrome on the PATH.
func FindChromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("CHROMIUM=%s: %w", p, err)
		}
		return path, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", ErrNoChromium
}

// AllocatorOptions starts a headless Chromium at execPath with a profile of
// its own in userDataDir and a window of width×height. The flags keep the
// browser quiet: no background networking, component updates, sync or
// QUIC, so that every request it makes comes from the page.
func AllocatorOptions(execPath, userDataDir string, width, height int, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := append([]chromedp.ExecAllocatorOption{}, chromedp.DefaultExecAllocatorOptions[:]...)
	opts = append(opts,
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(userDataDir),
		chromedp.WindowSize(width, height),
	)
	return append(opts, extra...)
}

// WaitJS evaluates expr in the page until it gives true, for at most
// timeout. An evaluation that fails, as one does while a navigation
// replaces the document, is tried again. A promise is awaited.
func WaitJS(ctx context.Context, expr string, timeout time.Duration) error {
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		ok, err := chromedp.Run(wctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise))
		if err == nil && ok {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-wctx.Done():
			if last != nil {
				return fmt.Errorf("%s never became true in %s (last error: %v)", expr, timeout, last)
			}
			return fmt.Errorf("%s never became true in %s", expr, timeout)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// WaitReady starts the app in the current page and waits until it runs.
func WaitReady(ctx context.Context, timeout time.Duration) error {
	return WaitJS(ctx, ReadyJS, timeout)
}
