package htmltext

import (
	"slices"
	"testing"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/read/readtest"
	"parallax/dataset/internal/hostile"
)

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
			doc := Decode(tc.in)
			if got := readtest.Show(doc.Blocks); got != tc.want {
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
		want             read.Meta
	}{
		{"Open Graph and article properties",
			`<meta property="og:title" content="Mali expels envoy"><meta property="og:site_name" content="Wire">
<meta property="article:published_time" content="2025-09-12T08:30:00+02:00"><meta name="author" content="A.  Writer">
<link rel="canonical" href="https://x.example/a"><meta property="og:url" content="https://x.example/og">`,
			"<h1>Mali expels envoy</h1>",
			read.Meta{Title: "Mali expels envoy", Outlet: "Wire", Published: "2025-09-12", Author: "A. Writer", URL: "https://x.example/a"}},
		{"title without the site's name, when the page has no h1",
			`<title>France cuts its staff in Mali | Wire</title><meta property="article:author" content="https://x.example/writer">`,
			"<p>Text.</p>",
			read.Meta{Title: "France cuts its staff in Mali"}},
		{"a known site name after a hyphen",
			`<title>Mali - France: talks resume - Wire</title><meta property="og:site_name" content="Wire">`,
			"<p>Text.</p>",
			read.Meta{Title: "Mali - France: talks resume", Outlet: "Wire"}},
		{"the h1 beats <title>",
			`<title>SEO words about Mali | Wire</title>`,
			"<h1>Mali expels envoy</h1>",
			read.Meta{}},
		{"dates: ISO only, then <time pubdate>",
			`<meta name="date" content="Sept. 12, 2025">`,
			`<time pubdate datetime="2025-09-11">Thursday</time><p>Text.</p>`,
			read.Meta{}},
		{"time element",
			``,
			`<article><time itemprop="datePublished" datetime="2025-09-11T10:00">x</time><p>Text.</p></article>`,
			read.Meta{Published: "2025-09-11"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode("<html><head>" + tc.head + "</head><body>" + tc.body + "</body></html>")
			var got read.Meta
			if doc.Meta != nil {
				got = *doc.Meta
			}
			if got != tc.want {
				t.Errorf("meta = %+v, want %+v", got, tc.want)
			}
		})
	}
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
	// The hostile shapes of HTML (issue 15): deep nesting, unclosed and
	// stray tags.
	for _, b := range hostile.Seeds(512, ".html") {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc := Decode(src)
		readtest.CheckBlocks(t, src, doc, Decode)
		// Through Read, with the charset a page declares.
		if src, p := read.Read("f.html", read.DeclaredCharset([]byte(src), 1<<16), 1<<16); p == nil {
			for _, b := range Decode(src.Text).Blocks {
				if !utf8.ValidString(b.Text) {
					t.Fatalf("block %q is not UTF-8", b.Text)
				}
			}
		}
		if doc.Meta != nil && doc.Meta.Published != "" {
			if _, ok := read.ParseISODate(doc.Meta.Published); !ok {
				t.Fatalf("page published %q", doc.Meta.Published)
			}
		}
	})
}
