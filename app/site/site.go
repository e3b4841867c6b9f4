//go:build !wasm

// Package site writes Parallax as a static website and serves it the way a
// plain static host would. It runs natively only: the browser gets the
// files it writes.
package site

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// Options say where the site's sources are and where it will be hosted.
type Options struct {
	Web  string // the web/ folder: CSS, fonts, icons and the built app.wasm
	Base string // path prefix the site is served under, "/" at the root
	// Pages are the app paths to prerender besides "/": every article,
	// story and view, so each deep link has a file.
	Pages []string
	// NotFound is the app path prerendered as 404.html.
	NotFound string
}

//go:embed app-worker.js
var workerTemplate string

// offline lists what go-app does not precache by itself: the fonts (not
// preloaded either, since a page only needs the scripts it shows and
// unicode-range does the choosing) and the SVG icon the manifest names.
var offline = []string{
	"/web/icons/icon.svg",
	"/web/fonts/noto-sans-arabic-arabic-400-normal.woff2",
	"/web/fonts/noto-sans-arabic-arabic-700-normal.woff2",
	"/web/fonts/noto-sans-devanagari-devanagari-400-normal.woff2",
	"/web/fonts/noto-sans-devanagari-devanagari-700-normal.woff2",
}

// CSP is the Content-Security-Policy every page carries, as a meta tag a
// static host cannot drop: only the site's own origin, no inline script,
// and WebAssembly compilation allowed. (frame-ancestors cannot be set from
// a meta tag; a host that can send headers should add it.)
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"

// Handler configures go-app for Parallax. Every URL it emits is on the
// site's own origin: go-app's defaults for icons point elsewhere.
func Handler(opt Options, version string, wasmSize int64) *app.Handler {
	h := &app.Handler{
		Name:        "Parallax",
		ShortName:   "Parallax",
		Title:       "Parallax",
		Description: "One news story, seen from every language it was told in.",
		Author:      "Parallax",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icons/icon-192.png",
			Large:    "/web/icons/icon-512.png",
			SVG:      "/web/icons/icon.svg",
			Maskable: "/web/icons/maskable-512.png",
		},
		Image:                 "/web/icons/icon-512.png",
		BackgroundColor:       "#f7f5f0",
		ThemeColor:            "#12343b",
		LoadingLabel:          "Loading Parallax… {progress}%",
		Styles:                []string{"/web/parallax.css"},
		CacheableResources:    offline,
		Version:               version,
		WasmContentLength:     strconv.FormatInt(wasmSize, 10),
		ServiceWorkerTemplate: workerTemplate,
		RawHeaders:            []string{`<meta http-equiv="Content-Security-Policy" content="` + CSP + `">`},
	}
	if base := strings.Trim(opt.Base, "/"); base != "" {
		h.Resources = app.PrefixedLocation("/" + base)
	}
	return h
}

// Generate writes the static site into dir: go-app's pages, one per route
// and article, the web/ folder, and 404.html. The same inputs give the same
// bytes: the version is a hash of the content and the HTML is normalised.
func Generate(dir string, opt Options) error {
	if opt.Web == "" {
		opt.Web = "web"
	}
	wasm, err := os.Stat(filepath.Join(opt.Web, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%s/app.wasm: %w (build it first: make wasm)", opt.Web, err)
	}
	version, err := siteVersion(opt)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	h := Handler(opt, version, wasm.Size())
	pages := slices.Clone(opt.Pages)
	if opt.NotFound != "" {
		pages = append(pages, opt.NotFound)
	}
	if err := generateInBatches(dir, h, pages); err != nil {
		return err
	}
	// Dotfiles and the folder's notes are not part of the site.
	notSite := func(name string) bool { return strings.HasPrefix(name, ".") || path.Ext(name) == ".md" }
	if err := CopyTree(opt.Web, filepath.Join(dir, "web"), notSite); err != nil {
		return err
	}
	if opt.NotFound != "" {
		nf := filepath.Join(dir, strings.TrimPrefix(opt.NotFound, "/")+".html")
		if err := os.Rename(nf, filepath.Join(dir, "404.html")); err != nil {
			return err
		}
	}
	if err := folderIndexes(dir, opt.Pages); err != nil {
		return err
	}
	if err := normaliseTree(dir, opt.Base); err != nil {
		return err
	}
	if err := editFile(filepath.Join(dir, "app.js"), patchAppJS); err != nil {
		return err
	}
	return precompress(dir)
}

// folderIndexes moves each page go-app wrote as NAME.html to
// NAME/index.html. A static host that maps paths to files and nothing more
// (python -m http.server, nginx or S3 without rules) serves /events/ from
// events/index.html, and redirects /events there, where it would answer a
// link to /events with a 404 if the page were events.html.
func folderIndexes(dir string, pages []string) error {
	for _, p := range pages {
		rel := filepath.FromSlash(strings.Trim(p, "/"))
		if rel == "" {
			continue
		}
		from := filepath.Join(dir, rel+".html")
		to := filepath.Join(dir, rel, "index.html")
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.Rename(from, to); err != nil {
			return fmt.Errorf("page %s: %w", p, err)
		}
	}
	return nil
}

// pagesPerBatch bounds the files go-app's generator holds open at once: it
// closes them only when it returns.
const pagesPerBatch = 200

func generateInBatches(dir string, h *app.Handler, pages []string) error {
	// go-app always writes "/" and its own files; batches add the pages.
	if len(pages) == 0 {
		return app.GenerateStaticWebsite(dir, h)
	}
	for len(pages) > 0 {
		n := min(len(pages), pagesPerBatch)
		if err := app.GenerateStaticWebsite(dir, h, pages[:n]...); err != nil {
			return err
		}
		pages = pages[n:]
	}
	return nil
}

// siteVersion changes whenever anything the site serves may change: the
// web/ files (app.wasm included, and the dataset inside it), the worker
// template, the hosting prefix and go-app's own version, which writes
// app.js and the pages' shell.
func siteVersion(opt Options) (string, error) {
	web, err := hashTree(opt.Web)
	if err != nil {
		return "", err
	}
	goapp := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/maxence-charriere/go-app/v10" {
				goapp = m.Version
			}
		}
	}
	// The shell's settings: a new colour or stylesheet is a new version.
	shell := Handler(opt, "", 0)
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00", web, workerTemplate, bootScript, opt.Base, goapp)
	fmt.Fprintf(h, "%q %q %q %q %v %q %q %q %q %q %q %q", shell.Name, shell.Title, shell.Description, shell.Author, shell.Icon,
		shell.Image, shell.BackgroundColor, shell.ThemeColor, shell.LoadingLabel, shell.Styles, shell.CacheableResources, shell.RawHeaders)
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// hashTree hashes every file under dir, names and contents, in a fixed
// order: the site's version changes exactly when its content does.
func hashTree(dir string) (string, error) {
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		h.Write(b)
		return nil
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// CopyTree copies the files under src to dst, but those skip says to
// leave out (nil: none).
func CopyTree(src, dst string, skip func(name string) bool) error {
	return filepath.WalkDir(src, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if e.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if skip != nil && skip(e.Name()) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// normaliseTree rewrites every HTML page with its attributes in a fixed
// order, marks it for boot.js and repairs its preloads, and checks that
// each was really rendered: go-app writes "404 page not found" for a path
// no route matches, without an error. base is the hosting prefix.
func normaliseTree(dir, base string) error {
	prefix := strings.TrimRight("/"+strings.Trim(base, "/"), "/")
	return filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("404 page not found")) {
			rel, _ := filepath.Rel(dir, p)
			return fmt.Errorf("%s: go-app rendered no page for this path (is it routed?)", rel)
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		edits := []func(*html.Node) error{cspFirst, lazyLoaderIcon, undoublePreloads(prefix)}
		if appPath, ok := pagePath(rel); ok {
			edits = append(edits, func(doc *html.Node) error { return markPage(doc, appPath) })
		}
		out, err := normaliseHTML(b, edits...)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		return os.WriteFile(p, out, 0o644)
	})
}

// editFile rewrites a file through edit.
func editFile(name string, edit func(string) (string, error)) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, err := edit(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(name, []byte(out), 0o644)
}
