//go:build !wasm

package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"
)

// Single writes the one-file edition: the home page with every script,
// style, font, icon and the wasm (gzip, base64) inlined, so that the file
// opens from disk by double-click with every view working. There is no
// service worker on file:// and fetch cannot read the disk, so the page
// decodes the wasm itself; the app routes on the fragment (views.single).
func Single(out string, opt Options) error {
	if opt.Web == "" {
		opt.Web = "web"
	}
	tmp, err := os.MkdirTemp("", "parallax-single-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	wasm, err := os.ReadFile(filepath.Join(opt.Web, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%s/app.wasm: %w (build it first: make wasm)", opt.Web, err)
	}
	version, err := siteVersion(opt)
	if err != nil {
		return err
	}
	h := Handler(Options{Web: opt.Web, Base: "/"}, version+"-single", int64(len(wasm)))
	h.Env = map[string]string{"PARALLAX_EDITION": "single"}
	if err := app.GenerateStaticWebsite(tmp, h); err != nil {
		return err
	}
	read := func(name string) (string, error) {
		b, err := os.ReadFile(filepath.Join(tmp, name))
		return string(b), err
	}
	page, err := read("index.html")
	if err != nil {
		return err
	}
	appJS, err := read("app.js")
	if err != nil {
		return err
	}
	wasmExec, err := read("wasm_exec.js")
	if err != nil {
		return err
	}
	goappCSS, err := read("app.css")
	if err != nil {
		return err
	}
	ownCSS, err := os.ReadFile(filepath.Join(opt.Web, "parallax.css"))
	if err != nil {
		return err
	}
	css, err := inlineFonts(string(ownCSS), opt.Web)
	if err != nil {
		return err
	}
	css = goappCSS + "\n" + css

	// The app's loader: no worker to register, and the wasm from the page.
	appJS = strings.Replace(appJS, "goappInitServiceWorker();", "", 1)
	fetchWasm := regexp.MustCompile(`fetchWithProgress\("[^"]*app\.wasm", showProgress\)`)
	if !fetchWasm.MatchString(appJS) {
		return fmt.Errorf("single: go-app's app.js no longer fetches the wasm as expected; update Single")
	}
	appJS = fetchWasm.ReplaceAllString(appJS, "parallaxInlineWasm()") + `
// The one-file edition carries its wasm in the page, gzipped and base64.
function parallaxInlineWasm() {
  const b64 = document.getElementById("parallax-wasm").textContent;
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream, { headers: { "Content-Type": "application/wasm" } });
}
`
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	if err := zw.Close(); err != nil {
		return err
	}

	icon, err := dataURL(filepath.Join(opt.Web, "icons", "icon.svg"), "image/svg+xml")
	if err != nil {
		return err
	}
	loaderIcon, err := dataURL(filepath.Join(opt.Web, "icons", "icon-192.png"), "image/png")
	if err != nil {
		return err
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return err
	}
	scripts := []string{wasmExec, appJS}
	if err := rewriteSingle(doc, css, icon, loaderIcon, scripts, base64.StdEncoding.EncodeToString(gz.Bytes())); err != nil {
		return err
	}
	var b bytes.Buffer
	if err := html.Render(&b, doc); err != nil {
		return err
	}
	normalised, err := normaliseHTML(b.Bytes())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, normalised, 0o644)
}

// rewriteSingle turns the generated page into the one-file page: links to
// files become inline styles and data URLs, scripts move inline to the end
// of the body (go-app adopts the body's first child, so the prerendered
// page must stay first), and the CSP allows exactly these inline scripts
// and style by their hashes.
func rewriteSingle(doc *html.Node, css, icon, loaderIcon string, scripts []string, wasmB64 string) error {
	var head, body *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				// The app starts at once here: show go-app's loader badge.
				setAttr(n, "class", "parallax-starting")
			case "head":
				head = n
			case "body":
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if head == nil || body == nil {
		return fmt.Errorf("single: the generated page has no head or body")
	}
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			rel, src := attr(c, "rel"), attr(c, "src")
			switch {
			case c.Data == "script" && src != "",
				c.Data == "link" && (rel == "stylesheet" || rel == "manifest" || rel == "apple-touch-icon" || rel == "preload"),
				c.Data == "meta" && attr(c, "http-equiv") == "Content-Security-Policy":
				head.RemoveChild(c)
			case c.Data == "link" && rel == "icon":
				setAttr(c, "href", icon)
			}
		}
		c = next
	}
	var hashes []string
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	style := &html.Node{Type: html.ElementNode, Data: "style"}
	style.AppendChild(&html.Node{Type: html.TextNode, Data: css})
	head.AppendChild(style)
	for _, s := range scripts {
		hashes = append(hashes, hash(s))
	}
	csp := "default-src 'none'; script-src 'wasm-unsafe-eval' " + strings.Join(hashes, " ") +
		"; style-src " + hash(css) + "; img-src data:; font-src data:; connect-src data: blob:; base-uri 'none'; form-action 'none'"
	meta := &html.Node{Type: html.ElementNode, Data: "meta", Attr: []html.Attribute{{Key: "http-equiv", Val: "Content-Security-Policy"}, {Key: "content", Val: csp}}}
	// Right after <meta charset>, which must come first.
	var after *html.Node
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "meta" && attr(c, "charset") != "" {
			after = c
		}
	}
	if after != nil && after.NextSibling != nil {
		head.InsertBefore(meta, after.NextSibling)
	} else {
		head.AppendChild(meta)
	}

	// The loader's icon.
	var fixImg func(n *html.Node)
	fixImg = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "img" && strings.HasPrefix(attr(n, "src"), "/web/") {
			setAttr(n, "src", loaderIcon)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			fixImg(c)
		}
	}
	fixImg(body)

	data := &html.Node{Type: html.ElementNode, Data: "script", Attr: []html.Attribute{{Key: "type", Val: "application/octet-stream"}, {Key: "id", Val: "parallax-wasm"}}}
	data.AppendChild(&html.Node{Type: html.TextNode, Data: wasmB64})
	body.AppendChild(data)
	for _, s := range scripts {
		n := &html.Node{Type: html.ElementNode, Data: "script"}
		n.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		body.AppendChild(n)
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// inlineFonts replaces the stylesheet's font URLs with data URLs.
func inlineFonts(css, web string) (string, error) {
	re := regexp.MustCompile(`url\("(fonts/[^"]+\.woff2)"\)`)
	var err error
	out := re.ReplaceAllStringFunc(css, func(m string) string {
		name := re.FindStringSubmatch(m)[1]
		u, e := dataURL(filepath.Join(web, filepath.FromSlash(name)), "font/woff2")
		if e != nil {
			err = e
			return m
		}
		return `url("` + u + `")`
	})
	return out, err
}

func dataURL(path, mime string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(b), nil
}
