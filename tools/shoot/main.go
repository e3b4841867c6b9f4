//go:build !wasm

// Command shoot takes full-page screenshots of the generated site in
// headless Chromium, at several widths, once the app runs and its fonts
// have loaded:
//
//	go run ./tools/shoot -out shots
//	go run ./tools/shoot -dir dist -out shots -pages /,/article/7359ef4e256a -widths 1280,390
//
// Files are named after the page and the width: home-1280.png,
// article-<id>-390.png. CHROMIUM=/path/to/chrome picks the browser.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"parallax/app/site"
	"parallax/tools/browser"
)

func main() {
	dir := flag.String("dir", "dist", "the generated site")
	out := flag.String("out", "shots", "folder to write the PNGs to")
	pages := flag.String("pages", "", "comma-separated app paths (default: / and every dist/article/*/index.html)")
	widths := flag.String("widths", "1280,390", "comma-separated viewport widths in CSS pixels")
	height := flag.Int("height", 900, "viewport height; the screenshot covers the whole page")
	timeout := flag.Duration("timeout", 2*time.Minute, "time limit for the whole run")
	scheme := flag.String("scheme", "", "emulate prefers-color-scheme: light or dark (default: the browser's)")
	flag.Parse()
	if *scheme != "" && *scheme != "light" && *scheme != "dark" {
		fmt.Fprintln(os.Stderr, "shoot: -scheme is light or dark")
		os.Exit(2)
	}
	if err := run(*dir, *out, *pages, *widths, *height, *scheme, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "shoot:", err)
		os.Exit(1)
	}
}

func run(dir, out, pageList, widthList string, height int, scheme string, timeout time.Duration) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no site: run `make site` first (%w)", dir, err)
	}
	paths, err := pagesToShoot(dir, pageList)
	if err != nil {
		return err
	}
	var widths []int
	for _, w := range strings.Split(widthList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(w))
		if err != nil || n <= 0 {
			return fmt.Errorf("-widths: %q is not a width", w)
		}
		widths = append(widths, n)
	}
	exe, err := browser.FindChromium()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site.Server(dir, "/"), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	profile, err := os.MkdirTemp("", "parallax-shoot-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// Port 9 (discard) refuses connections: Chromium's own traffic goes
	// nowhere, and pages must render from the site alone.
	opts := browser.AllocatorOptions(exe, profile, widths[0], height, chromedp.ProxyServer("http://127.0.0.1:9"))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	tab, cancelTab := chromedp.NewContext(actx)
	defer cancelTab()
	if scheme != "" {
		media := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}
		if _, err := chromedp.Call(tab, emulation.SetEmulatedMedia, media); err != nil {
			return err
		}
	}

	for _, w := range widths {
		for _, p := range paths {
			suffix := fmt.Sprint(w)
			if scheme != "" {
				suffix += "-" + scheme
			}
			name := filepath.Join(out, fmt.Sprintf("%s-%s.png", fileName(p), suffix))
			if err := shoot(tab, base+p, w, height, name); err != nil {
				return fmt.Errorf("%s at %dpx: %w", p, w, err)
			}
			fmt.Println(name)
		}
	}
	return nil
}

// shoot loads url at width, waits for the app and its fonts, and writes a
// full-page PNG to name.
func shoot(tab context.Context, url string, width, height int, name string) error {
	if err := chromedp.Do(tab,
		chromedp.EmulateViewport(int64(width), int64(height)),
		chromedp.Navigate(url),
	); err != nil {
		return err
	}
	if err := browser.WaitReady(tab, 30*time.Second); err != nil {
		return err
	}
	if err := browser.WaitJS(tab, browser.FontsReadyJS, 30*time.Second); err != nil {
		return err
	}
	// Two frames, so that what the app rendered last is painted.
	if err := browser.WaitJS(tab, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`, 10*time.Second); err != nil {
		return err
	}
	png, err := chromedp.Run(tab, chromedp.FullScreenshot(100))
	if err != nil {
		return err
	}
	return os.WriteFile(name, png, 0o644)
}

// pagesToShoot is -pages, or / and every article the site has a page for.
func pagesToShoot(dir, list string) ([]string, error) {
	if list != "" {
		var paths []string
		for _, p := range strings.Split(list, ",") {
			if p = strings.TrimSpace(p); p != "" {
				paths = append(paths, "/"+strings.TrimLeft(p, "/"))
			}
		}
		if len(paths) == 0 {
			return nil, errors.New("-pages names no page")
		}
		return paths, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "article", "*", "index.html"))
	if err != nil {
		return nil, err
	}
	paths := []string{"/"}
	for _, f := range files {
		paths = append(paths, "/article/"+filepath.Base(filepath.Dir(f))+"/")
	}
	return paths, nil
}

// fileName turns an app path into a file name: / is home, /article/x is
// article-x, and any other character that is not a letter, digit, - or _
// becomes -.
func fileName(path string) string {
	p := strings.Trim(path, "/")
	if p == "" {
		return "home"
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '-'
	}, p)
}
