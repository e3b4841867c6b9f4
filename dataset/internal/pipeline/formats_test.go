package pipeline

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/dataset"
)

// show renders blocks one a line, "line kind text", tables with " / "
// between rows and " | " between cells, for compact expectations.
func show(blocks []Block) string {
	var lines []string
	for _, b := range blocks {
		t := strings.ReplaceAll(strings.ReplaceAll(b.Text, "\n", " / "), "\t", " | ")
		lines = append(lines, fmt.Sprintf("%d %s %s", b.Line, b.Kind, t))
	}
	return strings.Join(lines, "\n")
}

func TestFormatOf(t *testing.T) {
	for file, want := range map[string]Format{
		"a.txt": FormatText, "x/A.TXT": FormatText, "a.md": FormatMarkdown, "a.markdown": FormatMarkdown,
		"a.html": FormatHTML, "d.v2/a.HTM": FormatHTML, "a.meta.json": FormatUnknown, "a.pdf": FormatUnknown, "README": FormatUnknown, "v1.2/notes": FormatUnknown,
	} {
		if got := FormatOf(file); got != want {
			t.Errorf("FormatOf(%q) = %s, want %s", file, got, want)
		}
	}
}

func TestMarkdownBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"paragraph lines join",
			"France acts.\nMali answers.\n\nA second paragraph.",
			"1 p France acts. Mali answers.\n4 p A second paragraph."},
		{"ATX and setext headings",
			"# Mali expels envoy #\n\nText here.\n\nSection\n-------\n\nMore.\n\nBig\n===",
			"1 h Mali expels envoy\n3 p Text here.\n5 h Section\n8 p More.\n10 h Big"},
		{"thematic breaks are markup",
			"One.\n\n---\n\n* * *\n\nTwo.",
			"1 p One.\n7 p Two."},
		{"lists, nested, ordered, tasks, continuation",
			"Measures include:\n\n- first\n- second\n  continued\n  - nested\n1. one\n2) two\n- [x] done",
			"1 p Measures include:\n3 li first\n4 li second continued\n6 li nested\n7 li one\n8 li two\n9 li done"},
		{"a year at a line start inside a paragraph stays text",
			"The junta took power in\n2020. It stayed.",
			"1 p The junta took power in 2020. It stayed."},
		{"pipe table, with and without outer pipes",
			"| Staff | Before | After |\n|---|:--:|--:|\n| **Diplomats** | 120 | 70 |\n\nA | B\n--- | ---\n1 | 2 \\| 3",
			"1 table Staff | Before | After / Diplomats | 120 | 70\n5 table A | B / 1 | 2 | 3"},
		{"links keep their text, images and references go",
			"Read [the statement](https://x.example/a \"t\") and [this][ref].![photo](p.jpg) Done[^1].\n\n[ref]: https://x.example\n[^1]: A note.",
			"1 p Read the statement and this. Done.\n4 p A note."},
		{"emphasis pairs, snake_case and arithmetic stay",
			"**Bold** and *it* and __b__ and _i_ and ~~gone~~; snake_case_name, 2 * 3 and a*b.",
			"1 p Bold and it and b and i and gone; snake_case_name, 2 * 3 and a*b."},
		{"unpaired markers stay",
			"A *lonely star and a ** pair.",
			"1 p A *lonely star and a ** pair."},
		{"escapes, code, entities",
			"Not \\*emphasis\\*, `code *x*`, AT&amp;T &eacute;t&eacute; &nosuch; & more.",
			"1 p Not *emphasis*, code *x*, AT&T été &nosuch; & more."},
		{"HTML tags, comments and autolinks",
			"<div class=\"x\">\n\nText <b>bold</b><br>more <!-- hidden --> at <https://x.example>.\n\n</div>\n<!--\nblock comment\n-->\nAfter.",
			"3 p Text bold more at https://x.example.\n9 p After."},
		{"block quotes are their content",
			"> «Quote» said the minister.\n> > Nested.",
			"1 p «Quote» said the minister. Nested."},
		{"fenced code kept as text",
			"```\nembed text\n```\nAfter.",
			"2 p embed text\n4 p After."},
		{"Arabic with emphasis",
			"**عاجل**: قررت *باريس* تعليق التعاون.",
			"1 p عاجل: قررت باريس تعليق التعاون."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(FormatMarkdown, tc.in)
			if got := show(doc.Blocks); got != tc.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     SideMeta
		warnings []string // parts of the warnings' messages
		first    string   // the first block, "line kind text"
	}{
		{name: "YAML", in: "---\ntitle: \"Mali: expels\"\npublished: 2025-09-12T08:00:00Z\noutlet: 'Le Monde''s'\nurl: https://x.example/a#b\nauthor: A. Writer # staff\ntags: [a, b]\ndraft: false\n---\nText.",
			want: SideMeta{Title: "Mali: expels", Published: "2025-09-12", Outlet: "Le Monde's", URL: "https://x.example/a#b", Author: "A. Writer"}, first: "10 p Text."},
		{name: "date is published, published wins", in: "---\ndate: 2025-01-02\npublished: 2025-09-12\n---\nText.",
			want: SideMeta{Published: "2025-09-12"}, first: "5 p Text."},
		{name: "date alone", in: "---\ndate: 2025-01-02\n---\nText.", want: SideMeta{Published: "2025-01-02"}},
		{name: "TOML", in: "+++\ntitle = \"Bamako\"\ndate = 2025-09-12\n+++\nText.", want: SideMeta{Title: "Bamako", Published: "2025-09-12"}},
		{name: "list and block scalar", in: "---\nauthor:\n  - A. One\n  - B. Two\ntitle: >\n  A long\n  headline\n---\nText.",
			want: SideMeta{Author: "A. One, B. Two", Title: "A long headline"}},
		{name: "flow list", in: "---\nauthor: [\"A. One\", B. Two]\n---\nx", want: SideMeta{Author: "A. One, B. Two"}},
		{name: "bad date", in: "---\npublished: 12/09/2025\ntitle: T\n---\nText.", want: SideMeta{Title: "T"}, warnings: []string{"line 2: front matter: published \"12/09/2025\" is not an ISO date"}},
		{name: "typo", in: "---\npublised: 2025-09-12\nlayout: post\n---\nText.", warnings: []string{`line 2: front matter: unknown key "publised" (is it "published"?)`}},
		{name: "not key: value", in: "---\njust words\n---\nText.", warnings: []string{"line 2: front matter: line 2 is not"}},
		{name: "never closed", in: "---\ntitle: x\n\nText.", warnings: []string{"line 1: front matter opened with \"---\" on line 1 is never closed"}, first: "2 p title: x"},
		{name: "no front matter", in: "Text.\n---\nMore.", first: "1 h Text."},
		{name: "empty", in: "---\n---\nText.", first: "3 p Text."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(FormatMarkdown, tc.in)
			var got SideMeta
			if doc.Meta != nil {
				got = *doc.Meta
			}
			if got != tc.want {
				t.Errorf("meta = %+v, want %+v", got, tc.want)
			}
			var warns []string
			for _, w := range doc.Warnings {
				warns = append(warns, fmt.Sprintf("line %d: %s", w.Line, w.Message))
				if w.Code != "bad-metadata" {
					t.Errorf("warning code %q", w.Code)
				}
			}
			if len(warns) != len(tc.warnings) {
				t.Fatalf("warnings %q, want %q", warns, tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.Contains(warns[i], w) {
					t.Errorf("warning %q, want it to contain %q", warns[i], w)
				}
			}
			if tc.first != "" && (len(doc.Blocks) == 0 || show(doc.Blocks[:1]) != tc.first) {
				t.Errorf("first block %q, want %q", show(doc.Blocks[:min(1, len(doc.Blocks))]), tc.first)
			}
		})
	}
}

func TestHTMLBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		removed        []string // texts recorded as removed markup
	}{
		{"article over page chrome",
			`<html><head><title>T</title><style>p{}</style></head><body>
<header class="site"><a href="/">Site</a><nav><a>World</a><a>Sport</a></nav></header>
<main><article>
<header><p class="kicker">BREAKING</p><h1>France expels <em>two</em> diplomats</h1><p class="byline">By A. Writer</p></header>
<div class="share-buttons"><a>Share</a><a>Tweet</a></div>
<p>Paris acted on
Friday.</p>
<figure><img src="x.jpg" alt="photo"><figcaption>Photo: AFP</figcaption></figure>
<h2>Background</h2>
<ul><li>first<li>second</ul>
<aside>Most read: other news</aside>
<script>var x = "<p>not text</p>";</script>
<form><label>Email</label><button>Sign up</button></form>
<section id="comments"><p>First!</p></section>
<p hidden>hidden</p><div style="display: none">gone</div>
</article></main>
<footer>© Site</footer></body></html>`,
			"4 h France expels two diplomats\n6 p Paris acted on Friday.\n9 h Background\n10 li first\n10 li second",
			[]string{"BREAKING", "By A. Writer", "Share Tweet", "Photo: AFP", "Most read: other news", "Email Sign up", "First!", "hidden", "gone"}},
		{"the largest article wins over teasers",
			`<body><article><p>Teaser.</p></article><article><h1>Main</h1><p>The real story, which is long enough to win.</p></article><aside><article><p>An aside teaser that is much much longer than anything else on this page.</p></article></aside></body>`,
			"1 h Main\n1 p The real story, which is long enough to win.", nil},
		{"main when there is no article",
			"<body><nav>Menu</nav><main>\n<p>Inside main.</p></main><p>Outside.</p></body>",
			"2 p Inside main.", nil},
		{"body when there is neither, running text and br",
			"<body><div class=\"content\">Loose text<br>after a break<div>In a div</div>tail</div></body>",
			"1 p Loose text\n1 p after a break\n1 p In a div\n1 p tail", nil},
		{"a wrapper named like chrome that holds the article is kept",
			`<body><div class="page with-sidebar"><h1>Title</h1><p>Text.</p><div class="sidebar">Side</div></div></body>`,
			"1 h Title\n1 p Text.", []string{"Side"}},
		{"no article nor main: the element with the most paragraph text",
			`<html><head><title>France suspends cooperation - Wire</title></head><body>
<div class="top-bar"><a href="/">World News Wire</a> | <a href="/login">Log in</a></div>
<div id="cookie-consent">This site uses cookies. <button>OK</button></div>
<div class="page with-sidebar">
 <div class="story">
  <h1>France suspends cooperation with Mali</h1>
  <div class="story-meta">By Jane Okafor</div>
  <p>France on Sunday suspended its counter-terrorism cooperation with Mali and expelled two diplomats.</p>
  <p>The foreign ministry demanded the release of an embassy employee detained in Bamako.</p>
  <ul class="related-links"><li><a href="/x">Mali junta dissolves parties</a></li></ul>
 </div>
 <div class="sidebar"><h3>Most read</h3><ol><li><a href="/1">Markets rally as rates fall</a></li></ol></div>
</div>
<div class="footer">World News Wire © 2025. Contact | Terms</div>
</body></html>`,
			"6 h France suspends cooperation with Mali\n8 p France on Sunday suspended its counter-terrorism cooperation with Mali and expelled two diplomats.\n9 p The foreign ministry demanded the release of an embassy employee detained in Bamako.",
			[]string{"By Jane Okafor", "Mali junta dissolves parties"}},
		{"no article nor main: text split by a teaser, headline above it",
			`<body><div class="top">Site name and a long list of sections that is not the article</div>
<div class="wrap"><div class="head"><h1>Mali expels envoy</h1></div><div class="body">
<div class="part"><p>The junta gave the French ambassador seventy-two hours to leave the country.</p></div>
<div class="teaser">Also read: something else</div>
<div class="part"><p>Paris recalled him on Tuesday and said it regretted the decision of the junta.</p></div>
</div></div></body>`,
			"2 h Mali expels envoy\n3 p The junta gave the French ambassador seventy-two hours to leave the country.\n5 p Paris recalled him on Tuesday and said it regretted the decision of the junta.", nil},
		{"no article nor main, and a lone paragraph: the page is read whole",
			"<body><div>Loose text of the article<br>in a div, with more words than the note.</div><div><p>A note.</p></div></body>",
			"1 p Loose text of the article\n1 p in a div, with more words than the note.\n1 p A note.", nil},
		{"data table and layout table",
			"<article><table><caption>Staff</caption><tr><th>Category</th><th>Before</th></tr>\n<tr><td>Diplomats</td><td>120</td></tr><tr><td></td><td></td></tr></table>" +
				"<table><tr><td><p>Layout cell one.</p></td><td><p>Layout cell two.</p></td></tr></table></article>",
			"1 p Staff\n1 table Category | Before / Diplomats | 120\n2 p Layout cell one.\n2 p Layout cell two.", nil},
		{"implied end tags",
			"<article><p>One<p>Two<ul><li>a<li>b</ul><dl><dt>term<dd>definition</dl></article>",
			"1 p One\n1 p Two\n1 li a\n1 li b\n1 li term\n1 li definition", nil},
		{"entities and RTL text",
			"<article dir=\"rtl\"><h1>باريس &amp; باماكو</h1><p>قررت باريس&nbsp;تعليق التعاون.</p></article>",
			"1 h باريس & باماكو\n1 p قررت باريس تعليق التعاون.", nil},
		{"text without any markup",
			"Just a line.\nAnother.",
			"1 p Just a line. Another.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(FormatHTML, tc.in)
			if got := show(doc.Blocks); got != tc.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got, tc.want)
			}
			var removed []string
			for _, r := range doc.Removed {
				removed = append(removed, r.Text)
				if r.Reason != dataset.RemovedMarkup || r.Line < 1 {
					t.Errorf("removal %+v", r)
				}
			}
			for _, want := range tc.removed {
				if !slices.Contains(removed, want) {
					t.Errorf("removed %q, want it to include %q", removed, want)
				}
			}
		})
	}
}

func TestHTMLMeta(t *testing.T) {
	for _, tc := range []struct {
		name, head, body string
		want             SideMeta
	}{
		{"Open Graph and article properties",
			`<meta property="og:title" content="Mali expels envoy"><meta property="og:site_name" content="Wire">
<meta property="article:published_time" content="2025-09-12T08:30:00+02:00"><meta name="author" content="A.  Writer">
<link rel="canonical" href="https://x.example/a"><meta property="og:url" content="https://x.example/og">`,
			"<h1>Mali expels envoy</h1>",
			SideMeta{Title: "Mali expels envoy", Outlet: "Wire", Published: "2025-09-12", Author: "A. Writer", URL: "https://x.example/a"}},
		{"title without the site's name, when the page has no h1",
			`<title>France cuts its staff in Mali | Wire</title><meta property="article:author" content="https://x.example/writer">`,
			"<p>Text.</p>",
			SideMeta{Title: "France cuts its staff in Mali"}},
		{"a known site name after a hyphen",
			`<title>Mali - France: talks resume - Wire</title><meta property="og:site_name" content="Wire">`,
			"<p>Text.</p>",
			SideMeta{Title: "Mali - France: talks resume", Outlet: "Wire"}},
		{"the h1 beats <title>",
			`<title>SEO words about Mali | Wire</title>`,
			"<h1>Mali expels envoy</h1>",
			SideMeta{}},
		{"dates: ISO only, then <time pubdate>",
			`<meta name="date" content="Sept. 12, 2025">`,
			`<time pubdate datetime="2025-09-11">Thursday</time><p>Text.</p>`,
			SideMeta{}},
		{"time element",
			``,
			`<article><time itemprop="datePublished" datetime="2025-09-11T10:00">x</time><p>Text.</p></article>`,
			SideMeta{Published: "2025-09-11"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(FormatHTML, "<html><head>"+tc.head+"</head><body>"+tc.body+"</body></html>")
			var got SideMeta
			if doc.Meta != nil {
				got = *doc.Meta
			}
			if got != tc.want {
				t.Errorf("meta = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"></head><body><p>Le gouvernement a d\xe9cid\xe9 \x93vendredi\x94.</p></body></html>"
	doc, p := ReadDocument(Input{File: "a.html", Raw: []byte(page)}, 0)
	if p != nil {
		t.Fatal(p)
	}
	if got := show(doc.Blocks); got != "1 p Le gouvernement a décidé “vendredi”." {
		t.Errorf("windows-1252 page: %s", got)
	}
	// Without a declaration, a page must be UTF-8 like any other file.
	_, p = ReadDocument(Input{File: "a.html", Raw: []byte("<p>d\xe9cid\xe9</p>")}, 0)
	if p == nil || p.Code != "invalid-utf8" {
		t.Errorf("undeclared Latin-1 page: %v, want invalid-utf8", p)
	}
	// A page that declares a legacy charset but is UTF-8 is read as UTF-8.
	doc, _ = ReadDocument(Input{File: "a.htm", Raw: []byte("<meta charset=\"iso-8859-1\"><p>décidé</p>")}, 0)
	if got := show(doc.Blocks); got != "1 p décidé" {
		t.Errorf("mislabelled UTF-8 page: %s", got)
	}
}

func TestMergeMeta(t *testing.T) {
	side := &SideMeta{Published: "2025-09-12", Outlet: "AFP", Title: "Mali Expels Envoy"}
	own := &SideMeta{Published: "2025-09-11", Outlet: "afp", Title: "mali expels envoy", Author: "A. Writer", URL: "https://x"}
	m, conflicts := mergeMeta(side, own, "front matter")
	want := SideMeta{Published: "2025-09-12", Outlet: "AFP", Title: "Mali Expels Envoy", Author: "A. Writer", URL: "https://x"}
	if *m != want {
		t.Errorf("merged = %+v, want %+v", *m, want)
	}
	if len(conflicts) != 1 || conflicts[0] != `the sidecar gives published "2025-09-12" but the front matter "2025-09-11"; the sidecar's is used` {
		t.Errorf("conflicts = %q", conflicts)
	}
	if m, c := mergeMeta(nil, own, ""); m != own || c != nil {
		t.Error("no sidecar: the file's own metadata")
	}
	if m, c := mergeMeta(side, nil, ""); m != side || c != nil {
		t.Error("no own metadata: the sidecar")
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

// checkBlocks holds for every format's output: blocks have text, a known
// kind and a line inside the source; only tables have line breaks and tabs.
func checkBlocks(t *testing.T, src string, doc Document) {
	t.Helper()
	lines := strings.Count(src, "\n") + 1
	for _, b := range doc.Blocks {
		if strings.TrimSpace(b.Text) == "" || b.Kind != dataset.KindTable && b.Text != strings.TrimSpace(b.Text) {
			t.Fatalf("%s block text %q is empty or not trimmed", b.Kind, b.Text)
		}
		if !slices.Contains([]string{dataset.KindText, dataset.KindHeading, dataset.KindItem, dataset.KindTable}, b.Kind) {
			t.Fatalf("block kind %q", b.Kind)
		}
		if b.Line < 1 || b.Line > lines {
			t.Fatalf("block line %d outside 1..%d", b.Line, lines)
		}
		if b.Kind != dataset.KindTable && strings.ContainsAny(b.Text, "\n\t") {
			t.Fatalf("%s block %q has a line break or a tab", b.Kind, b.Text)
		}
		if utf8.ValidString(src) && !utf8.ValidString(b.Text) {
			t.Fatalf("block %q is not UTF-8", b.Text)
		}
	}
	for _, r := range doc.Removed {
		if r.Line < 1 || r.Line > lines || r.Text == "" {
			t.Fatalf("removal %+v", r)
		}
	}
	if again := Decode(doc.Format, src); show(again.Blocks) != show(doc.Blocks) {
		t.Fatal("decoding twice gave different blocks")
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"a\"\ndate: 2025-09-12\n---\n# H\n\nText *em* **b** [l](u) ![i](j) `c` <b>x</b> &amp;\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |",
		"+++\ntitle = 'x'\n+++\n> quote\n\n```\ncode\n```\n\nSetext\n===\n[^1]: note\n[r]: http://x",
		"---\nauthor:\n  - a\n  - b\n---\n***__*_~~x~~_*__***",
		"[a[b](c)](d) ![x]( \\] [y][z] <!-- c --> <http://a> \\*",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc := Decode(FormatMarkdown, src)
		checkBlocks(t, src, doc)
		if doc.Meta != nil && doc.Meta.Published != "" {
			if _, ok := parseISODate(doc.Meta.Published); !ok {
				t.Fatalf("front matter published %q", doc.Meta.Published)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		`<html><head><title>T | S</title><meta property="og:title" content="x"></head><body><nav>n</nav><article><header><h1>H</h1></header><p>a<br>b</p><ul><li>1<li>2</ul><table><tr><td>c</td></tr></table></article></body></html>`,
		"<p>unclosed <b>bold <i>both</b> text\n<table><tr><td><p>layout</table><script>x</script>",
		"<div class=share>s</div><div hidden>h</div><figure><figcaption>c</figcaption></figure><pre>a\n  b</pre>",
		"<main role=main><dl><dt>t<dd>d</dl></main><!-- c --><svg><title>t</title></svg>&amp;&#x41;",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc := Decode(FormatHTML, src)
		checkBlocks(t, src, doc)
		// Through Read, with the charset a page declares.
		if doc, p := ReadDocument(Input{File: "f.html", Raw: []byte(src)}, 1<<16); p == nil {
			for _, b := range doc.Blocks {
				if !utf8.ValidString(b.Text) {
					t.Fatalf("block %q is not UTF-8", b.Text)
				}
			}
		}
		if doc.Meta != nil && doc.Meta.Published != "" {
			if _, ok := parseISODate(doc.Meta.Published); !ok {
				t.Fatalf("page published %q", doc.Meta.Published)
			}
		}
	})
}
