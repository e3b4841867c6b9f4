package query

import (
	"testing"

	"parallax/dataset"
)

func TestSafeURL(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"https://example.org/a/b?c=d#e", "https://example.org/a/b?c=d#e", true},
		{"  http://example.org  ", "http://example.org", true},
		{`http://example.org/a"onmouseover="x`, "http://example.org/a%22onmouseover=%22x", true},
		{`https://example.org/news?a=1&b="2"<x>`, "https://example.org/news?a=1&b=%222%22%3Cx%3E", true},
		{"https://example.org/مالي", "https://example.org/%D9%85%D8%A7%D9%84%D9%8A", true},
		{"https://example.org/a'b\\c d", "https://example.org/a%27b%5Cc%20d", true},
		{"javascript:alert(1)", "", false},
		{"java\tscript:alert(1)", "", false},
		{"JavaScript:alert(1)", "", false},
		{"data:text/html,<script>x</script>", "", false},
		{"//example.org/x", "", false},
		{"/article/x", "", false},
		{"https://user:pw@example.org/", "", false},
		{"https://exa\"mple.org/", "", false},
		{"http://", "", false},
		{"https://example.org/a\nb", "", false},
		{"", "", false},
	} {
		got, ok := SafeURL(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("SafeURL(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestDisplayFile(t *testing.T) {
	for in, want := range map[string]string{
		"000_8b04e7f664b23cb6.txt":    "000_8b04e7f664b23cb6.txt",
		"report\u202etxt.exe.txt":     "report[U+202E]txt.exe.txt",
		"a\u2067b\u2069\u200f.md":     "a[U+2067]b[U+2069][U+200F].md",
		"zero\u200bwidth\ufeff.txt":   "zero[U+200B]width[U+FEFF].txt",
		"tab\there\n.txt":             "tab[U+0009]here[U+000A].txt",
		"مالي/الخبر.html":             "مالي/الخبر.html",
		`"><img src=x onerror=y>.txt`: `"><img src=x onerror=y>.txt`,
	} {
		if got := DisplayFile(in); got != want {
			t.Errorf("DisplayFile(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSourceOf(t *testing.T) {
	a := &dataset.Article{Meta: dataset.Meta{Outlet: "Le Monde", Author: "A. Writer", Published: "2025-09-12", URL: "https://www.lemonde.fr/afrique/x.html"}}
	s := SourceOf(a)
	if s.Outlet != "Le Monde" || s.Author != "A. Writer" || s.Date != "12 September 2025" || s.DateInferred ||
		s.URL != "https://www.lemonde.fr/afrique/x.html" || s.Host != "lemonde.fr" || !s.Known() {
		t.Errorf("SourceOf = %+v", s)
	}
	s = SourceOf(&dataset.Article{Meta: dataset.Meta{URL: "javascript:alert(1)", Published: "2025-06", PublishedInferred: true}})
	if s.URL != "" || s.Host != "" || s.Date != "June 2025" || !s.DateInferred {
		t.Errorf("SourceOf, inferred date and a script URL = %+v", s)
	}
	if (Source{}).Known() {
		t.Error("an empty source is known")
	}
}
