//go:build !wasm

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"parallax/tools/hostile"
)

// The hostile corpus (tools/hostile) puts markup, quotes, script, event
// handlers, a meta refresh, bidi controls and non-http URLs in titles,
// outlets, authors, URLs and file names; `make site-hostile` builds it into
// dist-hostile/ with tools/hostilesite. These tests check that only text
// comes out, in the files and in Chromium.

// hostileSite is dist-hostile/ and the folder tools/hostilesite worked in.
func hostileSite(t testing.TB) (dir, work string) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "dist-hostile"))
	if err != nil {
		t.Fatal(err)
	}
	work, _ = filepath.Abs(filepath.Join("..", "..", ".cache", "hostile"))
	for _, f := range []string{filepath.Join(dir, "index.html"), filepath.Join(work, "parallax.json"), filepath.Join(work, "bin", "generate")} {
		if _, err := os.Stat(f); err != nil {
			t.Fatalf("no hostile site: run `make site-hostile` first (%v)", err)
		}
	}
	return dir, work
}

// hostileArticle is what the export says of an article.
type hostileArticle struct {
	ID     string `json:"id"`
	File   string `json:"file"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Author string `json:"author"`
	URL    string `json:"url"`
}

func hostileArticles(t *testing.T, work string) []hostileArticle {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(work, "parallax.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ds struct{ Articles []hostileArticle }
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatal(err)
	}
	if len(ds.Articles) < len(hostile.Files)/2 {
		t.Fatalf("the hostile corpus gave %d articles", len(ds.Articles))
	}
	return ds.Articles
}

// scripts are the only scripts a page may load.
var scripts = []string{"/wasm_exec.js", "/app.js"}

// TestHostileCorpusFiles parses every page of dist-hostile/ and checks
// that the payloads made no markup: no script but the app's, no meta but
// the ones go-app writes, no event handler, no link to a script URL; that
// each article's title, outlet, author and file name are on its page as
// text, verbatim (the file name with its bidi control made visible); and
// that writing the site again gives the same bytes.
func TestHostileCorpusFiles(t *testing.T) {
	t.Parallel()
	dir, work := hostileSite(t)
	pages := map[string]*html.Node{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		pages[filepath.ToSlash(rel)] = doc
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for rel, doc := range pages {
		for _, problem := range markupProblems(doc) {
			t.Errorf("%s: %s", rel, problem)
		}
	}
	for _, a := range hostileArticles(t, work) {
		rel := "article/" + a.ID + "/index.html"
		doc := pages[rel]
		if doc == nil {
			t.Errorf("%s (%q): no page", rel, a.File)
			continue
		}
		text := textOf(doc)
		want := map[string]string{"title": a.Title, "outlet": a.Outlet, "author": a.Author, "file": visibleControls(a.File)}
		for what, s := range want {
			if s != "" && !strings.Contains(text, s) {
				t.Errorf("%s: the %s %q is not on the page as text", rel, what, s)
			}
		}
		if h1 := textOf(first(doc, "h1")); h1 != a.Title {
			t.Errorf("%s: <h1> %q, want the title %q", rel, h1, a.Title)
		}
		if og := attrOf(metaProperty(doc, "og:title"), "content"); og != a.Title+" · Parallax" {
			t.Errorf("%s: og:title %q, want %q", rel, og, a.Title+" · Parallax")
		}
	}
	// Bidi controls from a file name never print raw.
	for rel, doc := range pages {
		if i := strings.IndexAny(textOf(doc), "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"); i >= 0 {
			t.Errorf("%s: a raw bidi control in the text: …%s…", rel, excerpt(textOf(doc), i))
		}
	}

	// The same inputs give the same bytes.
	again := t.TempDir()
	cmd := exec.Command(filepath.Join(work, "bin", "generate"), "generate", "-out", again, "-web", filepath.Join(work, "web"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("writing the hostile site again: %v\n%s", err, out)
	}
	if diff := diffTrees(dir, again); len(diff) > 0 {
		t.Errorf("two builds of the hostile site differ: %v", diff)
	}
}

// markupProblems lists what in a page is not the app's own markup.
func markupProblems(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					out = append(out, fmt.Sprintf("<%s %s=%q>: an event handler", n.Data, a.Key, a.Val))
				}
				if (a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "formaction") && !safeURL(a.Val) {
					out = append(out, fmt.Sprintf("<%s %s=%q>: not a web address", n.Data, a.Key, a.Val))
				}
			}
			switch n.Data {
			case "script":
				if src := attrOf(n, "src"); !slices.Contains(scripts, src) {
					out = append(out, fmt.Sprintf("<script src=%q>", src))
				}
			case "meta":
				if eq := attrOf(n, "http-equiv"); eq != "" && eq != "Content-Security-Policy" {
					out = append(out, fmt.Sprintf("<meta http-equiv=%q>", eq))
				}
				if strings.Contains(attrOf(n, "content"), "url=") && attrOf(n, "property") == "" {
					out = append(out, fmt.Sprintf("<meta content=%q>", attrOf(n, "content")))
				}
			case "img":
				if attrOf(n, "id") != "app-wasm-loader-icon" {
					out = append(out, "an <img>")
				}
			case "iframe", "object", "embed", "base", "form", "b", "frame", "style", "link":
				if n.Data == "form" && attrOf(n, "role") == "search" && attrOf(n, "action") == "" ||
					n.Data == "link" && n.Parent != nil && n.Parent.Data == "head" {
					break
				}
				out = append(out, "a <"+n.Data+">")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// safeURL: a link goes to a page of the site, a fragment, or an http(s)
// address whose every character is one a URL may hold as it is.
func safeURL(u string) bool {
	if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//") || strings.HasPrefix(u, "#") {
		return true
	}
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return false
	}
	return !strings.ContainsAny(u, "\"'<>\\ `\t\n\r")
}

// visibleControls is how the site shows a file name with controls in it.
func visibleControls(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func first(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := first(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func metaProperty(n *html.Node, prop string) *html.Node {
	if n.Type == html.ElementNode && n.Data == "meta" && attrOf(n, "property") == prop {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := metaProperty(c, prop); f != nil {
			return f
		}
	}
	return nil
}

func attrOf(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// diffTrees names the files that differ between two folders, or are in
// one only.
func diffTrees(a, b string) []string {
	files := func(dir string) map[string][]byte {
		m := map[string][]byte{}
		filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				rel, _ := filepath.Rel(dir, p)
				m[rel], _ = os.ReadFile(p)
			}
			return nil
		})
		return m
	}
	fa, fb := files(a), files(b)
	var out []string
	for name, x := range fa {
		if y, ok := fb[name]; !ok || !bytes.Equal(x, y) {
			out = append(out, name)
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// domProblemsJS lists, in the page's live document, what is not the app's
// own markup, and whether a payload's script ran.
const domProblemsJS = `(() => {
	const out = [];
	if (window.__pwned !== undefined) out.push('a payload ran');
	for (const el of document.querySelectorAll('*')) {
		for (const a of el.attributes) {
			if (a.name.startsWith('on')) out.push('<' + el.localName + ' ' + a.name + '>');
		}
		const tag = el.localName;
		if (tag === 'script' && !['/wasm_exec.js', '/app.js'].includes(el.getAttribute('src'))) out.push('<script ' + (el.getAttribute('src') || 'inline') + '>');
		if (tag === 'meta' && el.httpEquiv && el.httpEquiv !== 'Content-Security-Policy') out.push('<meta http-equiv=' + el.httpEquiv + '>');
		if (['iframe', 'object', 'embed', 'base', 'b', 'frame'].includes(tag)) out.push('<' + tag + '>');
		if (tag === 'img' && el.id !== 'app-wasm-loader-icon') out.push('<img>');
		if (tag === 'a' && el.hasAttribute('href') && !['http:', 'https:'].includes(new URL(el.href).protocol)) out.push('<a href=' + el.getAttribute('href') + '>');
	}
	return out;
})()`

// TestHostileCorpusBrowser opens every page of dist-hostile/ in Chromium,
// served by a host that rewrites nothing, before the app starts and once it
// runs (with the hostile dataset inside): the payloads made no element, no
// handler and no script, the page stays where it is (the meta refresh went
// to another origin after one second), the app's first render is the
// prerendered page, and no request leaves the origin.
func TestHostileCorpusBrowser(t *testing.T) {
	t.Parallel()
	dir, work := hostileSite(t)
	e := newEnvWith(t, http.FileServer(http.Dir(dir)))
	paths := []string{"/", "/events/"}
	for _, a := range hostileArticles(t, work) {
		paths = append(paths, "/article/"+a.ID+"/")
	}
	stories, _ := filepath.Glob(filepath.Join(dir, "story", "*", "index.html"))
	for _, s := range stories {
		paths = append(paths, "/story/"+filepath.Base(filepath.Dir(s))+"/")
	}
	check := func(when string) {
		for _, p := range eval[[]string](e, domProblemsJS) {
			t.Errorf("%s: %s", when, p)
		}
	}
	for i, p := range paths {
		e.openStatic(p)
		if i == 2 {
			// The first article had the refresh: give it its second.
			time.Sleep(1500 * time.Millisecond)
		}
		if got := eval[string](e, `location.pathname`); got != p {
			t.Errorf("%s: the page went to %s", p, got)
			continue
		}
		check(p + ", prerendered")
		before := eval[string](e, shapeJS)
		e.waitReadyAt(p)
		e.waitFor(afterFrame(50))
		check(p + ", with the app running")
		if after := eval[string](e, shapeJS); after != before {
			i := 0
			for i < len(before) && i < len(after) && before[i] == after[i] {
				i++
			}
			t.Errorf("%s: the app's first render differs from the prerendered page at byte %d:\n  prerendered: …%s…\n  app:         …%s…",
				p, i, excerpt(before, i), excerpt(after, i))
		}
	}
	// The black hole also sees Chromium's own traffic (TestNoRequestLeavesOrigin
	// says why): the page's and the worker's requests are in the log.
	if hits := e.hole.requests(); len(hits) > 0 {
		t.Logf("the browser itself tried %d requests to other hosts (refused)", len(hits))
	}
	for _, q := range e.rec.requests() {
		if !strings.HasPrefix(q.url, e.srv.URL+"/") && !strings.HasPrefix(q.url, "data:") {
			t.Errorf("%s requested %s, outside the site", q.source, q.url)
		}
	}
}
