//go:build !wasm

package site

import (
	_ "embed"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/net/html"
)

//go:embed boot.js
var bootScript string

// appJSEdits turn go-app's app.js into Parallax's: the service worker is
// registered once the page has loaded, so that its precache (the wasm above
// all) does not compete with the page's own requests, and the wasm starts on
// demand (boot.js) instead of at once. Each edit must apply: a go-app
// upgrade that changes app.js fails the build instead of silently starting
// the app at load again.
var appJSEdits = []struct{ old, new string }{
	{"\ngoappInitServiceWorker();\n", "\nwindow.addEventListener(\"load\", () => goappInitServiceWorker());\n"},
	{"\ngoappInitWebAssembly();\n", "\n"},
	{"    go.run(wasm.instance);\n    loader.remove();\n",
		"    const state = parallax.snapshot();\n    go.run(wasm.instance);\n    loader.remove();\n    parallax.restore(state);\n"},
}

// patchAppJS applies appJSEdits and appends boot.js.
func patchAppJS(js string) (string, error) {
	for _, e := range appJSEdits {
		if strings.Count(js, e.old) != 1 {
			return "", fmt.Errorf("app.js: go-app's script no longer has %q once; update app/site/boot.go", strings.TrimSpace(e.old))
		}
		js = strings.Replace(js, e.old, e.new, 1)
	}
	return js + bootScript, nil
}

// pagePath is the app path a generated file prerenders
// ("story/x/index.html" → "/story/x"), and false for the not-found page,
// which stands for any path.
func pagePath(rel string) (string, bool) {
	rel = filepath.ToSlash(rel)
	switch rel {
	case "404.html":
		return "", false
	case "index.html":
		return "/", true
	}
	if dir, ok := strings.CutSuffix(rel, "/index.html"); ok {
		return "/" + dir, true
	}
	return "/" + strings.TrimSuffix(rel, path.Ext(rel)), true
}

// markPage names the app path the page was prerendered for in a
// <meta name="parallax-page">: boot.js starts the app at once when the
// document does not match its URL (the worker's offline fallback serves the
// root page for every path).
func markPage(doc *html.Node, appPath string) error {
	head := find(doc, "head")
	if head == nil {
		return fmt.Errorf("no <head>")
	}
	head.AppendChild(&html.Node{Type: html.ElementNode, Data: "meta", Attr: []html.Attribute{
		{Key: "content", Val: appPath}, {Key: "name", Val: "parallax-page"},
	}})
	return nil
}

// find is the first element named tag, depth first.
func find(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// lazyLoaderIcon keeps go-app's loader badge from costing a request on
// every page: the badge shows only while the app starts (parallax.css), and
// a lazy image that is not displayed is not fetched.
func lazyLoaderIcon(doc *html.Node) error {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "img" && attr(n, "id") == "app-wasm-loader-icon" {
			setAttr(n, "loading", "lazy")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return nil
}

// undoublePreloads repairs the preloads of a site hosted under prefix
// ("/repo"): go-app resolves a page's preload URL when it is set and again
// when it writes the page, so that /repo/web/f.woff2 comes out as
// /repo/repo/web/f.woff2, a 404 and a wasted download.
func undoublePreloads(prefix string) func(doc *html.Node) error {
	return func(doc *html.Node) error {
		if prefix == "" {
			return nil
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "link" && attr(n, "rel") == "preload" {
				if href := attr(n, "href"); strings.HasPrefix(href, prefix+prefix+"/") {
					setAttr(n, "href", strings.TrimPrefix(href, prefix))
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		return nil
	}
}

// cspFirst moves the Content-Security-Policy meta, which go-app writes at
// the end of <head>, right after <meta charset>: a policy in a meta tag
// governs only what comes after it, and the page's scripts and styles come
// before.
func cspFirst(doc *html.Node) error {
	head := find(doc, "head")
	if head == nil {
		return fmt.Errorf("no <head>")
	}
	var csp, charset *html.Node
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.Data != "meta" {
			continue
		}
		switch {
		case strings.EqualFold(attr(c, "http-equiv"), "Content-Security-Policy"):
			csp = c
		case attr(c, "charset") != "":
			charset = c
		}
	}
	if csp == nil {
		return fmt.Errorf("no Content-Security-Policy meta")
	}
	head.RemoveChild(csp)
	if charset != nil {
		head.InsertBefore(csp, charset.NextSibling)
	} else {
		head.InsertBefore(csp, head.FirstChild)
	}
	return nil
}
