//go:build !wasm

package site

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

func init() {
	// Not every system's MIME table knows these; hosts must send them right.
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	mime.AddExtensionType(".woff2", "font/woff2")
}

// Server serves a generated site the way the plainest static host does
// (python -m http.server, nginx or S3 without rules): a path is a file, a
// folder is its index.html (a folder named without its trailing slash is
// redirected to it), anything else is 404.html with status 404. Nothing is
// rewritten: no ".html" is added, so a page the site links to must exist as
// the file or folder its link names. base is the prefix the site lives
// under ("/" or "/some/path/").
func Server(dir, base string) http.Handler {
	base = "/" + strings.Trim(base, "/")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean(r.URL.Path)
		if base != "/" {
			if p != base && !strings.HasPrefix(p, base+"/") {
				http.NotFound(w, r)
				return
			}
			p = strings.TrimPrefix(p, base)
		}
		if p == "" {
			p = "/"
		}
		name := filepath.Join(dir, filepath.FromSlash(p))
		st, err := os.Stat(name)
		switch {
		case err == nil && !st.IsDir():
			serveFile(w, r, name, http.StatusOK)
			return
		case err == nil && fileExists(filepath.Join(name, "index.html")):
			if !strings.HasSuffix(r.URL.Path, "/") {
				to := r.URL.Path + "/"
				if r.URL.RawQuery != "" {
					to += "?" + r.URL.RawQuery
				}
				http.Redirect(w, r, to, http.StatusMovedPermanently)
				return
			}
			serveFile(w, r, filepath.Join(name, "index.html"), http.StatusOK)
			return
		}
		serveFile(w, r, filepath.Join(dir, "404.html"), http.StatusNotFound)
	})
}

func fileExists(name string) bool {
	st, err := os.Stat(name)
	return err == nil && !st.IsDir()
}

// serveCompressed sends the precompressed NAME.br or NAME.gz when the
// client accepts it, as nginx's brotli_static and gzip_static do.
func serveCompressed(w http.ResponseWriter, r *http.Request, name string) {
	w.Header().Add("Vary", "Accept-Encoding")
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		f, err := os.Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			continue
		}
		if ct := mime.TypeByExtension(filepath.Ext(name)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Content-Encoding", enc.token)
		// net/http sends no length for an encoded body, and a range of the
		// compressed bytes means nothing to most clients: send it whole,
		// with its length, as nginx's gzip_static does.
		w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
		whole := r.Clone(r.Context())
		whole.Header.Del("Range")
		http.ServeContent(w, whole, name, st.ModTime(), f)
		return
	}
	http.ServeFile(w, r, name)
}

func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) == token && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}

func serveFile(w http.ResponseWriter, r *http.Request, name string, status int) {
	// Everything is revalidated (a 304 when unchanged): the paths are the
	// same from one build to the next, so a page, the worker or the wasm
	// kept by the HTTP cache would show an old build or mix two. The
	// service worker is the cache that makes the site fast and offline.
	w.Header().Set("Cache-Control", "no-cache")
	if status == http.StatusOK {
		serveCompressed(w, r, name)
		return
	}
	b, err := os.ReadFile(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
}
