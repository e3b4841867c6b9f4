package build

import (
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build/read/readtest"
)

func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"></head><body><p>Le gouvernement a d\xe9cid\xe9 \x93vendredi\x94.</p></body></html>"
	doc, p := ReadDocument(Input{File: "a.html", Raw: []byte(page)}, 0)
	if p != nil {
		t.Fatal(p)
	}
	if got := readtest.Show(doc.Blocks); got != "1 p Le gouvernement a décidé “vendredi”." {
		t.Errorf("windows-1252 page: %s", got)
	}
	// Without a declaration, a page must be UTF-8 like any other file.
	_, p = ReadDocument(Input{File: "a.html", Raw: []byte("<p>d\xe9cid\xe9</p>")}, 0)
	if p == nil || p.Code != "invalid-utf8" {
		t.Errorf("undeclared Latin-1 page: %v, want invalid-utf8", p)
	}
	// A page that declares a legacy charset but is UTF-8 is read as UTF-8.
	doc, _ = ReadDocument(Input{File: "a.htm", Raw: []byte("<meta charset=\"iso-8859-1\"><p>décidé</p>")}, 0)
	if got := readtest.Show(doc.Blocks); got != "1 p décidé" {
		t.Errorf("mislabelled UTF-8 page: %s", got)
	}
}

// TestArticleFormats runs whole articles in each format through the
// per-article stages: the same text gives the same article, whatever the
// format, and format warnings reach the diagnostics.
func TestArticleFormats(t *testing.T) {
	text := "Mali expels French envoy\nThe junta gave the French envoy 72 hours to leave the country, a week after the arrest of a French national in Bamako.\n"
	inputs := []Input{
		{File: "a.txt", Raw: []byte(text)},
		{File: "a.md", Raw: []byte("---\ntitle: Mali expels French envoy\npublished: 2025-09-12\n---\n# Mali expels French envoy\n\nThe junta gave the *French envoy* 72 hours to leave the country, a week after the arrest of a [French national](https://x) in Bamako.\n")},
		{File: "a.html", Raw: []byte("<html><head><meta property=\"og:title\" content=\"Mali expels French envoy\"></head><body><nav>Home</nav><article><h1>Mali expels French envoy</h1>\n<p>The junta gave the French envoy 72 hours to leave the country, a week after the arrest of a French national in Bamako.</p></article></body></html>")},
	}
	var ids []string
	for _, in := range inputs {
		a, diags, ok := testArticle(in, scriptDetector{}, Options{})
		if !ok {
			t.Fatalf("%s: %v", in.File, diags)
		}
		ids = append(ids, a.ID)
		if a.Title != "Mali expels French envoy" || a.Paragraphs[0].Kind != dataset.KindTitle {
			t.Errorf("%s: title %q (%s), first paragraph %s", in.File, a.Title, a.TitleSource, a.Paragraphs[0].Kind)
		}
	}
	if ids[0] != ids[1] || ids[1] != ids[2] {
		t.Errorf("the same text in three formats has ids %v", ids)
	}
	_, diags, ok := testArticle(Input{File: "b.md", Raw: []byte("---\ntitle: x\n\n" + text), Meta: []byte(`{"title": "y"}`)}, scriptDetector{}, Options{})
	if !ok || len(diags) == 0 || diags[0].Code != "bad-metadata" || diags[0].Line != 1 {
		t.Errorf("unclosed front matter: %v", diags)
	}
	_, diags, _ = testArticle(Input{File: "c.md", Raw: []byte("---\ntitle: x\n---\n" + text), Meta: []byte(`{"title": "y"}`)}, scriptDetector{}, Options{})
	if len(diags) != 1 || diags[0].Code != "metadata-conflict" {
		t.Errorf("conflict: %v", diags)
	}
	_, diags, ok = testArticle(Input{File: "d.html", Raw: []byte("<nav>Home</nav><footer>©</footer>")}, scriptDetector{}, Options{})
	if ok || len(diags) != 1 || diags[0].Code != "no-text" || !strings.Contains(diags[0].Message, "navigation") {
		t.Errorf("empty page: %v", diags)
	}
}
