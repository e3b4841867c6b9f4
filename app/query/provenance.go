package query

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"parallax/dataset"
)

// Source is what a reader is told of where an article comes from: its
// outlet, author and publication date, and a link to the original, from
// its sidecar, front matter or page head.
type Source struct {
	Outlet, Author string
	// Date is the publication date for readers ("12 September 2025"), ""
	// when unknown; DateInferred says the pipeline inferred it from the
	// dates the text mentions (it was written after them).
	Date         string
	DateInferred bool
	// URL is the original's address when it is a web address (http or
	// https, with a host), made safe to write in a page; Host is its host,
	// to show with the link.
	URL, Host string
}

// SourceOf is an article's provenance.
func SourceOf(a *dataset.Article) Source {
	s := Source{Outlet: a.Meta.Outlet, Author: a.Meta.Author}
	if a.Meta.Published != "" {
		s.Date, s.DateInferred = FormatDate(a.Meta.Published), a.Meta.PublishedInferred
	}
	if u, ok := SafeURL(a.Meta.URL); ok {
		s.URL = u
		if p, err := url.Parse(u); err == nil {
			s.Host = strings.TrimPrefix(p.Hostname(), "www.")
		}
	}
	return s
}

// Known reports whether there is anything to say.
func (s Source) Known() bool { return s.Outlet != "" || s.Author != "" || s.Date != "" || s.URL != "" }

// SafeURL keeps an address only when it is a web address: http or https,
// with a host, no user name or password. It comes back with every
// character that could end an attribute, or that a browser would strip or
// read differently, percent-encoded: quotes, angle brackets, backslashes,
// spaces, controls and anything outside ASCII in the path, query and
// fragment. Anything else ("javascript:", "java\tscript:", a relative
// path) is dropped.
func SafeURL(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	for _, r := range raw {
		// A browser drops tabs and newlines from an address before it
		// reads the scheme; any control here is a trick, not a URL.
		if unicode.IsControl(r) {
			return "", false
		}
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Opaque != "" {
		return "", false
	}
	for _, r := range u.Hostname() {
		if r > unicode.MaxASCII || !(r == '.' || r == '-' || r == ':' || r == '[' || r == ']' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return "", false
		}
	}
	var b strings.Builder
	for _, c := range []byte(u.String()) {
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"'<>\\`{}|^", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String(), true
}

// DisplayFile is a file name as the site shows it: the characters that
// would reorder or hide what is around them (bidi controls and marks,
// zero-width characters) or that a page cannot show (controls) are
// written as their code points, "[U+202E]", so that a name reads as it is
// stored.
func DisplayFile(name string) string {
	var b strings.Builder
	for _, r := range name {
		if invisible(r) {
			fmt.Fprintf(&b, "[U+%04X]", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// invisible: controls, and the format characters (Unicode category Cf:
// bidi embeddings, overrides, isolates and marks, zero-width spaces and
// joiners, the byte-order mark).
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar
}
