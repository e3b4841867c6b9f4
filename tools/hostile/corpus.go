// Package hostile is a corpus made to attack the site generator: its
// titles, outlets, authors, URLs and file names carry markup, quotes,
// script, event handlers, a meta refresh to another origin, bidi controls
// and non-http URLs, in every place an article's metadata can come from (a
// sidecar, Markdown front matter, an HTML page's head, a text file's first
// line). The texts are hand-written. tools/hostilesite builds it into
// dist-hostile/; app/e2e checks that only text comes out.
package hostile

import (
	"os"
	"path/filepath"
	"strings"
)

// Payloads that must come out of the site as text, each verbatim
// somewhere on it: as a page's title and heading, an outlet, an author, a
// file name.
var Payloads = []string{
	Refresh,
	`</title><script>window.__pwned=1</script>`,
	`"><img src=x onerror="window.__pwned=1">`,
	`<script>window.__pwned=1</script>Daily "Quote" & Co`,
	`' onfocus='window.__pwned=1' autofocus x='`,
	`France expels "undesirable" diplomats \ 'quoted' &amp; more`,
	`x" onmouseover="window.__pwned=1`,
	`"><svg onload=window.__pwned=1>`,
	`Le <b>Journal</b> & "Co"`,
	`&lt;b&gt;entities&lt;/b&gt; stay text`,
}

// Refresh is the payload that sent a reader to another origin after one
// second, through a prerendered <meta> before issue 15.
const Refresh = `"><meta http-equiv=refresh content=1;url=http://example.invalid/x><meta x="`

// BidiFile is a file name with a right-to-left override: shown raw, it
// would read "txt.exe" backwards.
const BidiFile = "report\u202Etxt.exe.txt"

// BadURLs are URLs a page must not link to as they are.
var BadURLs = []string{
	"javascript:window.__pwned=1",
	"java\tscript:window.__pwned=1",
	`http://example.org/a"onmouseover="window.__pwned=1`,
}

// Files are the corpus: path → contents.
var Files = map[string]string{
	// A sidecar gives the title, outlet, author and URL.
	`"><img src=x onerror=window.__pwned=1>.txt`:       englishExpulsion,
	`"><img src=x onerror=window.__pwned=1>.meta.json`: sidecar(Refresh, Payloads[3], Payloads[4], BadURLs[0], "2025-09-12"),

	// Front matter, with a title that closes <title>.
	"x' onmouseover='window.__pwned=1.md": "---\n" +
		"title: \"</title><script>window.__pwned=1</script>\"\n" +
		"outlet: 'Le <b>Journal</b> & \"Co\"'\n" +
		"author: 'x\" onmouseover=\"window.__pwned=1'\n" +
		"url: " + BadURLs[2] + "\n" +
		"date: 2025-09-13\n" +
		"---\n" + frenchExpulsion,

	// An HTML page whose head carries the payloads, escaped as HTML
	// escapes them: the reader decodes them into the metadata.
	"a&amp;b <script>.html": `<!doctype html><html><head>` +
		`<title>&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</title>` +
		`<meta property="og:site_name" content="&quot;&gt;&lt;svg onload=window.__pwned=1&gt;">` +
		`<meta name="author" content="x&quot; onmouseover=&quot;window.__pwned=1">` +
		`<link rel="canonical" href="java&#9;script:window.__pwned=1">` +
		`<meta property="article:published_time" content="2025-09-14">` +
		`</head><body><article><h1>&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;</h1>` +
		paragraphs(englishDenial) + `</article></body></html>`,

	// A text file whose headline line is markup, and whose name has a
	// bidi override.
	BidiFile: "<script>window.__pwned=1</script> Mali rejects the French expulsion\n\n" + englishMali,

	// Ordinary quotes, a backslash and an escaped entity in a title; a
	// URL whose query has quotes.
	"quotes.txt":       englishTalks,
	"quotes.meta.json": sidecar(Payloads[5], "Ordinary & Sons", Payloads[9], `https://example.org/news?a=1&b="2"<x>`, "2025-09-15"),
}

// Write writes the corpus into dir.
func Write(dir string) error {
	for name, body := range Files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sidecar writes a NAME.meta.json by hand, so that the payloads' quotes
// and backslashes are JSON-escaped exactly once.
func sidecar(title, outlet, author, url, published string) string {
	q := func(s string) string {
		r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\t", `\t`, "\n", `\n`)
		return `"` + r.Replace(s) + `"`
	}
	return "{" + `"title": ` + q(title) + `, "outlet": ` + q(outlet) + `, "author": ` + q(author) +
		`, "url": ` + q(url) + `, "published": ` + q(published) + "}\n"
}

func paragraphs(text string) string {
	var b strings.Builder
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

// The texts: short news reports written for this corpus, in English and
// French, about one made-up turn of the Mali–France dispute, so that the
// pipeline finds events and a story with several versions.
const englishExpulsion = `France expelled two Malian diplomats on Friday, the French foreign ministry said in a statement.

The decision came after Mali arrested a French national in Bamako in August and accused him of spying for Paris.

France called the accusation baseless and demanded the release of its citizen. The ministry said the two diplomats had forty-eight hours to leave the country.

Relations between the two countries have worsened since the army took power in Mali.
`

const frenchExpulsion = `La France a expulsé deux diplomates maliens vendredi, a indiqué le ministère français des Affaires étrangères dans un communiqué.

Cette décision fait suite à l'arrestation d'un ressortissant français à Bamako en août, accusé d'espionnage au profit de Paris.

Paris a qualifié l'accusation de sans fondement et a exigé la libération de son ressortissant. Les deux diplomates ont quarante-huit heures pour quitter le pays.
`

const englishDenial = `France denied on Saturday the accusations of espionage made by Mali against a French national arrested in Bamako.

A spokesman for the French foreign ministry said the charges were without foundation and that the man had done nothing wrong.

Mali's transitional authorities have not said when he will be tried.
`

const englishMali = `Mali's government said on Sunday it rejected the expulsion of two of its diplomats from France, calling the decision hostile.

A government spokesman said on state television that Mali would respond to the expulsion in due course.

The two countries have been at odds since French troops left Mali.
`

const englishTalks = `Officials from Mali and France held talks in Dakar on Monday to ease the dispute over the arrest of a French national, diplomats said.

The talks ended without an agreement, but both sides said they would meet again.

France said it hoped the French national would be released soon.
`
