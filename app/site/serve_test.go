//go:build !wasm

package site

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestServer(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"index.html":             "home",
		"404.html":               "missing",
		"article/abc/index.html": "article",
		"events.html":            "old layout",
		"web/app.wasm":           "wasm",
		"web/app.wasm.br":        "wasm-br",
		"web/app.wasm.gz":        "wasm-gz",
		"manifest.webmanifest":   "{}",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	for _, tc := range []struct {
		name, base, path, accept string
		status                   int
		body, ctype, encoding    string
	}{
		{"root", "/", "/", "", 200, "home", "text/html", ""},
		{"folder index", "/", "/article/abc/", "", 200, "article", "text/html", ""},
		{"folder without its slash", "/", "/article/abc", "", 301, "", "", ""},
		{"no .html added", "/", "/events", "", 404, "missing", "text/html", ""},
		{"brotli wasm", "/", "/web/app.wasm", "gzip, br", 200, "wasm-br", "application/wasm", "br"},
		{"gzip wasm", "/", "/web/app.wasm", "gzip", 200, "wasm-gz", "application/wasm", "gzip"},
		{"identity wasm", "/", "/web/app.wasm", "", 200, "wasm", "application/wasm", ""},
		{"brotli refused", "/", "/web/app.wasm", "br;q=0, gzip", 200, "wasm-gz", "application/wasm", "gzip"},
		{"manifest type", "/", "/manifest.webmanifest", "", 200, "{}", "application/manifest+json", ""},
		{"unknown path", "/", "/nope/at/all", "", 404, "missing", "text/html", ""},
		{"under a prefix", "/some/path/", "/some/path/article/abc/", "", 200, "article", "text/html", ""},
		{"prefix root", "/some/path/", "/some/path/", "", 200, "home", "text/html", ""},
		{"outside the prefix", "/some/path/", "/article/abc", "", 404, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tc.path, nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			Server(dir, tc.base).ServeHTTP(rec, req)
			body, _ := io.ReadAll(rec.Result().Body)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d", rec.Code, tc.status)
			}
			if tc.status == http.StatusMovedPermanently {
				if loc := rec.Header().Get("Location"); loc != tc.path+"/" {
					t.Errorf("redirected to %q, want %q", loc, tc.path+"/")
				}
				return
			}
			if tc.body != "" && string(body) != tc.body {
				t.Errorf("body %q, want %q", body, tc.body)
			}
			if ct := rec.Header().Get("Content-Type"); tc.ctype != "" && !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %q", ct, tc.ctype)
			}
			if enc := rec.Header().Get("Content-Encoding"); enc != tc.encoding {
				t.Errorf("Content-Encoding %q, want %q", enc, tc.encoding)
			}
			if tc.encoding != "" && !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
				t.Errorf("Vary %q: a cache would give this encoding to any client", rec.Header().Get("Vary"))
			}
			if cc := rec.Header().Get("Cache-Control"); tc.status == 200 && cc != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache: the paths stay the same from one build to the next", cc)
			}
			if tc.status == 200 && rec.Header().Get("Content-Length") != fmt.Sprint(len(body)) {
				t.Errorf("Content-Length %q for %d bytes", rec.Header().Get("Content-Length"), len(body))
			}
		})
	}
}

// TestServerRevalidates: an unchanged file is a 304, compressed or not.
func TestServerRevalidates(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"web/app.wasm": "wasm", "web/app.wasm.br": "wasm-br"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	for _, accept := range []string{"", "br"} {
		req := httptest.NewRequest("GET", "/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", accept)
		rec := httptest.NewRecorder()
		Server(dir, "/").ServeHTTP(rec, req)
		lm := rec.Header().Get("Last-Modified")
		if lm == "" {
			t.Fatalf("Accept-Encoding %q: no Last-Modified", accept)
		}
		req.Header.Set("If-Modified-Since", lm)
		rec = httptest.NewRecorder()
		Server(dir, "/").ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified {
			t.Errorf("Accept-Encoding %q: revalidation gave %d, want 304", accept, rec.Code)
		}
	}
}
