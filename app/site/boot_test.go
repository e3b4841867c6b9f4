//go:build !wasm

package site

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestPagePath(t *testing.T) {
	for _, c := range []struct {
		rel, want string
		ok        bool
	}{
		{"index.html", "/", true},
		{"events/index.html", "/events", true},
		{"story/s9a0feff4ee/index.html", "/story/s9a0feff4ee", true},
		{"article/515276d33b9c/index.html", "/article/515276d33b9c", true},
		{"404.html", "", false},
	} {
		got, ok := pagePath(c.rel)
		if got != c.want || ok != c.ok {
			t.Errorf("pagePath(%q) = %q, %v; want %q, %v", c.rel, got, ok, c.want, c.ok)
		}
	}
}

// TestPatchAppJS patches the app.js that go-app writes, and refuses one
// whose shape changed: a silent miss would start the wasm at load again.
func TestPatchAppJS(t *testing.T) {
	dir := t.TempDir()
	if err := app.GenerateStaticWebsite(dir, Handler(Options{Base: "/"}, "test", 1)); err != nil {
		t.Fatal(err)
	}
	var js string
	if err := editFile(dir+"/app.js", func(s string) (string, error) { js = s; return patchAppJS(s) }); err != nil {
		t.Fatalf("go-app's own app.js: %v", err)
	}
	for _, e := range appJSEdits {
		if !strings.Contains(js, e.old) {
			t.Errorf("go-app's app.js lacks %q", e.old)
		}
	}
	if _, err := patchAppJS(strings.Replace(js, "goappInitWebAssembly();", "goappStart();", 1)); err == nil {
		t.Error("an app.js without the call to replace was accepted")
	}
}

func TestUndoublePreloads(t *testing.T) {
	in := `<html><head><link rel="preload" as="font" href="/repo/repo/web/f.woff2"><link rel="preload" as="font" href="/repo/web/g.woff2"><link rel="stylesheet" href="/repo/repo/x.css"></head><body></body></html>`
	out, err := normaliseHTML([]byte(in), undoublePreloads("/repo"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="/repo/web/f.woff2"`, `href="/repo/web/g.woff2"`, `href="/repo/repo/x.css"`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("%s missing in %s", want, out)
		}
	}
}

func TestCSPFirst(t *testing.T) {
	in := `<html><head><meta charset="utf-8"><title>T</title><link rel="stylesheet" href="/a.css"><script defer src="/app.js"></script><meta http-equiv="Content-Security-Policy" content="default-src 'self'"></head><body></body></html>`
	out, err := normaliseHTML([]byte(in), cspFirst)
	if err != nil {
		t.Fatal(err)
	}
	want := `<head><meta charset="utf-8"/><meta content="default-src &#39;self&#39;" http-equiv="Content-Security-Policy"/><title>`
	if !strings.Contains(string(out), want) {
		t.Errorf("the policy does not come first:\n%s", out)
	}
	if _, err := normaliseHTML([]byte(`<html><head></head><body></body></html>`), cspFirst); err == nil {
		t.Error("a page without a policy was accepted")
	}
}
