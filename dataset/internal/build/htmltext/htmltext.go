package htmltext

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"parallax/dataset"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/segment"
	"parallax/dataset/internal/build/words"
)

// Decode extracts an article from a saved web page. The page's head
// gives the metadata (og:title or <title>, article:published_time, author,
// og:site_name, the canonical URL). The text comes from the page's
// <article> (the largest, when there are several), else its <main>, else
// its <body>, without what is not the article: navigation, site headers
// and footers, asides, forms, scripts and styles, figure captions, share
// and comment widgets, hidden elements. Headings, paragraphs, list items
// and tables become blocks; every block keeps the line it starts on.
//
// The page is parsed with golang.org/x/net/html's tokenizer into a tree of
// its own, built with a simplified version of HTML's rules for implied end
// tags: a saved page is read for its text, and the tokenizer knows where
// each token is, which html.Parse's tree does not.
func Decode(text string) read.Document {
	doc := read.Document{Format: read.FormatHTML, MetaSource: "page head"}
	root := parseTree(text)
	meta, titleTag := pageMeta(root)
	main := mainContent(root)
	x := extractor{root: main}
	x.walk(main)
	x.flush()
	doc.Blocks, doc.Removed = x.blocks, x.removed
	// <title> is written for search engines and browser tabs; the article's
	// own <h1> is the better headline when there is one.
	if titleTag && x.h1 {
		meta.Title = ""
	}
	if meta != (read.Meta{}) {
		doc.Meta = &meta
	}
	return doc
}

// hnode is an element or a text of the page.
type hnode struct {
	tag      string // lower case; "" for text, "#root" for the document
	attrs    []html.Attribute
	text     string // a text node's text
	line     int    // 1-based line of the source where it starts
	parent   *hnode
	children []*hnode
	textLen  int // bytes of text below, -1 until counted
	// Answers about n's ancestors or descendants, kept once found: a
	// page nested thousands deep would otherwise ask them of the same
	// elements thousands of times.
	inside, holds, heading, blocks memo
}

// memo is a yes/no answer not yet known (0), no (1) or yes (2).
type memo int8

func (m *memo) get(f func() bool) bool {
	if *m == 0 {
		*m = 1
		if f() {
			*m = 2
		}
	}
	return *m == 2
}

func (n *hnode) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// voidTags have no end tag and no children.
var voidTags = set("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")

// closesP are the elements whose start ends an open paragraph.
var closesP = set("address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figcaption",
	"figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol",
	"p", "pre", "section", "table", "ul")

// scopeTags stop the search for an element to close implicitly.
var scopeTags = set("#root", "html", "table", "td", "th", "caption", "button", "object", "template")

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// impliedEnds: the start of these elements closes an open one of names,
// searching no further than scope: a new <li> ends the last item of its
// list, a new <td> the last cell of its row.
var impliedEnds = map[string]struct {
	names []string
	scope map[string]bool
}{
	"li":     {[]string{"li"}, set("ul", "ol", "menu", "#root", "table")},
	"dt":     {[]string{"dt", "dd"}, set("dl", "#root", "table")},
	"dd":     {[]string{"dt", "dd"}, set("dl", "#root", "table")},
	"td":     {[]string{"td", "th"}, set("tr", "table", "#root")},
	"th":     {[]string{"td", "th"}, set("tr", "table", "#root")},
	"tr":     {[]string{"tr"}, set("table", "thead", "tbody", "tfoot", "#root")},
	"thead":  {[]string{"thead", "tbody", "tfoot"}, set("table", "#root")},
	"tbody":  {[]string{"thead", "tbody", "tfoot"}, set("table", "#root")},
	"tfoot":  {[]string{"thead", "tbody", "tfoot"}, set("table", "#root")},
	"option": {[]string{"option"}, set("select", "#root")},
}

// parseTree tokenizes a page into a tree, counting lines as it goes.
func parseTree(text string) *hnode {
	root := &hnode{tag: "#root", line: 1, textLen: -1}
	var open openElements
	open.push(root)
	z := html.NewTokenizer(strings.NewReader(text))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		at := line
		raw := z.Raw()
		line += bytes.Count(raw, []byte{'\n'})
		if tt == html.TextToken {
			// A text that starts with line breaks starts on the line of
			// its first character.
			at += bytes.Count(raw[:len(raw)-len(bytes.TrimLeft(raw, " \t\r\n\f"))], []byte{'\n'})
		}
		tok := z.Token()
		switch tt {
		case html.TextToken:
			top := open.top()
			top.children = append(top.children, &hnode{text: tok.Data, line: at, parent: top})
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tok.Data
			if closesP[name] {
				open.closeTo(pOnly, scopeTags)
			}
			if c, ok := impliedEnds[name]; ok {
				open.closeTo(c.names, c.scope)
			}
			top := open.top()
			n := &hnode{tag: name, attrs: tok.Attr, line: at, parent: top, textLen: -1}
			top.children = append(top.children, n)
			if !voidTags[name] && tt == html.StartTagToken {
				open.push(n)
			}
		case html.EndTagToken:
			open.closeTo([]string{tok.Data}, nil)
		}
	}
	return root
}

var pOnly = []string{"p"}

// openElements is the stack of elements open while a page is read, with
// where each tag name is open in it, so that closing an element finds it
// without searching the stack: a page of ten thousand <div>s never closed
// costs what ten thousand closed ones do.
type openElements struct {
	stack []*hnode
	at    map[string][]int // tag → its positions in stack, innermost last
}

func (o *openElements) top() *hnode { return o.stack[len(o.stack)-1] }

func (o *openElements) push(n *hnode) {
	if o.at == nil {
		o.at = map[string][]int{}
	}
	o.at[n.tag] = append(o.at[n.tag], len(o.stack))
	o.stack = append(o.stack, n)
}

// innermost is the position of the innermost open element named one of
// names, -1 when none is.
func (o *openElements) innermost(names []string) int {
	best := -1
	for _, name := range names {
		if ps := o.at[name]; len(ps) > 0 {
			best = max(best, ps[len(ps)-1])
		}
	}
	return best
}

// closeTo pops up to and including the innermost open element named one
// of names, unless an element of scope is open inside it; the root is
// never closed.
func (o *openElements) closeTo(names []string, scope map[string]bool) {
	i := o.innermost(names)
	if i <= 0 {
		return
	}
	for tag := range scope {
		if ps := o.at[tag]; len(ps) > 0 && ps[len(ps)-1] > i {
			return
		}
	}
	for j := len(o.stack) - 1; j >= i; j-- {
		tag := o.stack[j].tag
		o.at[tag] = o.at[tag][:len(o.at[tag])-1]
	}
	o.stack = o.stack[:i]
}

// pageMeta reads what the page's head says about the article. Open Graph
// and article: properties come first, as publishers fill them for sharing;
// <title> usually carries the site's name after a separator, which is cut.
// titleTag reports that the title came from <title>.
func pageMeta(root *hnode) (m read.Meta, titleTag bool) {
	var title, ogTitle, siteName, published, author, canonical, ogURL string
	var visit func(n *hnode)
	visit = func(n *hnode) {
		switch n.tag {
		case "title":
			if title == "" {
				title = textOf(n)
			}
		case "meta":
			key := strings.ToLower(n.attr("property") + n.attr("name") + n.attr("itemprop"))
			val := strings.TrimSpace(n.attr("content"))
			if val == "" {
				break
			}
			first := func(dst *string) {
				if *dst == "" {
					*dst = val
				}
			}
			switch key {
			case "og:title", "twitter:title":
				first(&ogTitle)
			case "og:site_name":
				first(&siteName)
			case "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
				"publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date":
				first(&published)
			case "author", "article:author", "dc.creator", "byl", "parsely-author":
				// article:author is often the author's page: a URL is no name.
				if !strings.Contains(val, "://") {
					first(&author)
				}
			case "og:url":
				first(&ogURL)
			}
		case "link":
			if strings.EqualFold(n.attr("rel"), "canonical") && canonical == "" {
				canonical = strings.TrimSpace(n.attr("href"))
			}
		case "time":
			if published == "" && (n.attr("itemprop") == "datePublished" || hasAttr(n, "pubdate")) {
				published = strings.TrimSpace(n.attr("datetime"))
			}
		case "svg", "script", "style", "template":
			return
		}
		for _, c := range n.children {
			visit(c)
		}
	}
	visit(root)
	if ogTitle == "" {
		ogTitle, titleTag = cutSiteName(title, siteName), title != ""
	}
	// A date the page writes in another form ("Sept. 12, 2025") is left
	// to the text: only ISO dates are taken, silently, as pages often
	// carry several date fields of varying quality.
	if d, ok := read.ParseISODate(published); ok {
		m.Published = d
	}
	m.Title = strings.Join(strings.Fields(ogTitle), " ")
	m.Outlet = strings.TrimSpace(siteName)
	m.Author = strings.Join(strings.Fields(author), " ")
	m.URL = canonical
	if m.URL == "" {
		m.URL = strings.TrimSpace(ogURL)
	}
	return m, titleTag
}

func hasAttr(n *hnode, key string) bool {
	for _, a := range n.attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// cutSiteName removes the site's name from a page title: "Headline | Site",
// "Headline – Site", or "Headline - Site" when the site's name is known.
func cutSiteName(title, site string) string {
	title = strings.Join(strings.Fields(title), " ")
	if site != "" {
		for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
			if t, ok := strings.CutSuffix(title, sep+site); ok {
				return t
			}
		}
	}
	for _, sep := range []string{" | ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if words.Count(tail) <= 5 && words.Count(head) >= 3 {
				return head
			}
		}
	}
	return title
}

// textOf is all the text below n, white space squeezed. segment.Blocks, links and
// buttons are kept apart by a space: a row of share links reads "Share
// Tweet", not "ShareTweet".
func textOf(n *hnode) string {
	var b strings.Builder
	var visit func(n *hnode)
	visit = func(n *hnode) {
		if n.tag == "" {
			b.WriteString(n.text)
		}
		if silent[n.tag] && n.tag != "head" {
			return
		}
		for _, c := range n.children {
			visit(c)
		}
		if blockTags[n.tag] || n.tag == "a" || n.tag == "button" || n.tag == "label" {
			b.WriteByte(' ')
		}
	}
	visit(n)
	return segment.SqueezeSpaces(b.String())
}

// mainContent picks the element that holds the article: the <article>
// with the most text, else the <main> (or role="main") with the most,
// else the <body>, else the whole page.
func mainContent(root *hnode) *hnode {
	var articles, mains []*hnode
	var body *hnode
	var visit func(n *hnode)
	visit = func(n *hnode) {
		switch {
		case n.tag == "article":
			articles = append(articles, n)
		case n.tag == "main" || n.attr("role") == "main":
			mains = append(mains, n)
		case n.tag == "body" && body == nil:
			body = n
		case dropped[n.tag] && n.tag != "header" && n.tag != "footer":
			return // an <article> in an aside or a form is a teaser
		}
		for _, c := range n.children {
			visit(c)
		}
	}
	visit(root)
	largest := func(ns []*hnode) *hnode {
		var best *hnode
		for _, n := range ns {
			if best == nil || contentLen(n) > contentLen(best) {
				best = n
			}
		}
		return best
	}
	if a := largest(articles); a != nil && contentLen(a) > 0 {
		return a
	}
	if m := largest(mains); m != nil && contentLen(m) > 0 {
		return m
	}
	if body == nil {
		body = root
	}
	if d := densest(body); d != nil {
		return d
	}
	return body
}

// densest finds the element that holds the running text of a page that
// marks none (no <article>, no <main>, as older and smaller sites are
// built): the one whose paragraphs have the most text, those of its
// children's children counting half, as Readability scores them. A parent
// that scores nearly as much takes over (the text is split by an ad or a
// teaser), and an element without the page's <h1> grows to the nearest
// ancestor with it when that adds little else. nil when the paragraphs
// hold less than half the page's text: the page is then read whole.
func densest(body *hnode) *hnode {
	score := map[*hnode]int{}
	var order []*hnode // first scored first, for ties
	add := func(n *hnode, v int) {
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += v
	}
	var h1s []*hnode
	var visit func(n *hnode)
	visit = func(n *hnode) {
		if n != body && n.tag != "" && boilerplate(n) {
			return
		}
		switch n.tag {
		case "h1":
			h1s = append(h1s, n)
		case "p":
			if l := contentLen(n); l > 0 && n.parent != nil {
				add(n.parent, l)
				if gp := n.parent.parent; gp != nil {
					add(gp, l/2)
				}
			}
		}
		for _, c := range n.children {
			visit(c)
		}
	}
	visit(body)
	var best *hnode
	for _, n := range order {
		if best == nil || score[n] > score[best] {
			best = n
		}
	}
	if best == nil {
		return nil
	}
	for best != body && best.parent != nil && score[best.parent]*4 >= score[best]*3 {
		best = best.parent
	}
	if len(h1s) == 1 && !below(h1s[0], best) {
		above := map[*hnode]bool{} // the h1's ancestors
		for a := h1s[0]; a != nil; a = a.parent {
			above[a] = true
		}
		for a := best.parent; a != nil && a != body; a = a.parent {
			if above[a] {
				if contentLen(a) <= contentLen(best)+contentLen(h1s[0])+contentLen(best)/4 {
					best = a
				}
				break
			}
		}
	}
	if contentLen(best)*2 < contentLen(body) {
		return nil
	}
	return best
}

// below reports whether n is a or inside it.
func below(n, a *hnode) bool {
	for ; n != nil; n = n.parent {
		if n == a {
			return true
		}
	}
	return false
}

// contentLen counts the text below n that the extractor keeps.
func contentLen(n *hnode) int {
	if n.tag == "" {
		return len(strings.TrimSpace(n.text))
	}
	if n.textLen >= 0 {
		return n.textLen
	}
	total := 0
	for _, c := range n.children {
		if c.tag != "" && boilerplate(c) {
			continue
		}
		total += contentLen(c)
	}
	n.textLen = total
	return total
}

// dropped are elements that never hold the article's text. A <header>
// inside an article keeps its headings (the headline is often there).
var dropped = set("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
	"video", "audio", "picture", "img", "map", "button", "input", "select", "textarea", "form", "nav", "aside", "footer",
	"header", "figcaption", "dialog", "head", "title", "label", "menu")

// boilerRoles are ARIA landmarks and widgets that are page chrome.
var boilerRoles = set("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
	"menu", "menubar", "toolbar", "tablist", "form")

// boilerWords in a class or id mark share buttons, comments, ads, related
// links and the like.
var boilerWords = set("share", "sharing", "social", "comment", "comments", "related", "recommended", "newsletter",
	"subscribe", "subscription", "signup", "advert", "advertisement", "ad", "ads", "sponsor", "sponsored", "promo",
	"promoted", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "popup", "modal", "sidebar", "widget",
	"outbrain", "taboola", "disqus", "byline", "caption", "credit", "credits", "tags", "toolbar", "skip", "print",
	"mostread", "trending", "paywall", "login", "navbar", "menu", "meta", "hidden", "sr", "visually", "footer", "masthead", "teaser")

// boilerplate reports whether an element is page chrome rather than text.
func boilerplate(n *hnode) bool {
	if n.tag == "header" {
		return !insideContent(n)
	}
	if dropped[n.tag] {
		return true
	}
	if hasAttr(n, "hidden") || n.attr("aria-hidden") == "true" || boilerRoles[n.attr("role")] {
		return true
	}
	if strings.Contains(strings.ReplaceAll(strings.ToLower(n.attr("style")), " ", ""), "display:none") {
		return true
	}
	switch n.tag {
	case "html", "body", "main", "article":
		return false
	}
	for _, word := range classWords(n.attr("class") + " " + n.attr("id")) {
		if boilerWords[word] {
			// A wrapper that holds the article is not chrome, whatever it
			// is called ("page with-sidebar").
			return !holdsContent(n)
		}
	}
	return false
}

// insideContent: an <article> or <main> is above n.
func insideContent(n *hnode) bool {
	return n.inside.get(func() bool {
		p := n.parent
		return p != nil && (p.tag == "article" || p.tag == "main" || insideContent(p))
	})
}

// holdsContent: an <article>, <main> or <h1> is below n.
func holdsContent(n *hnode) bool {
	return n.holds.get(func() bool {
		for _, c := range n.children {
			if c.tag == "article" || c.tag == "main" || c.tag == "h1" || holdsContent(c) {
				return true
			}
		}
		return false
	})
}

// classWords splits class names and ids into lower-case words:
// "share-buttons socialBar" → share, buttons, social, bar.
func classWords(s string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		lower := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		upper := c >= 'A' && c <= 'Z'
		if upper && start >= 0 && i > 0 && s[i-1] >= 'a' && s[i-1] <= 'z' {
			words = append(words, strings.ToLower(s[start:i]))
			start = i
			continue
		}
		if lower || upper {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	return words
}

// blockTags end the running text before and after them.
var blockTags = set("address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
	"dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
	"html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "br", "caption",
	"legend", "tr", "td", "th", "tbody", "thead", "tfoot")

// extractor walks the article's element and collects its blocks.
type extractor struct {
	root    *hnode // the article's element, never dropped itself
	h1      bool   // an <h1> gave a block
	blocks  []segment.Block
	removed []dataset.Removal
	text    strings.Builder // the running text of the current block
	line    int             // where it starts
	kind    string          // and what it is
}

// flush ends the current block.
func (x *extractor) flush() {
	if t := segment.SqueezeSpaces(x.text.String()); t != "" {
		kind := x.kind
		if kind == "" {
			kind = dataset.KindText
		}
		x.blocks = append(x.blocks, segment.Block{Line: x.line, Kind: kind, Text: t})
	}
	x.text.Reset()
	x.line = 0
}

// walk adds n's text.
func (x *extractor) walk(n *hnode) {
	if n.tag == "" {
		if x.line == 0 && strings.TrimSpace(n.text) != "" {
			x.line = n.line
		}
		x.text.WriteString(n.text)
		return
	}
	if n != x.root && boilerplate(n) {
		if !silent[n.tag] {
			x.remove(n)
		}
		return
	}
	block := blockTags[n.tag]
	if block {
		x.flush()
	}
	switch n.tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		before := len(x.blocks)
		x.within(dataset.KindHeading, func() { x.children(n) })
		x.h1 = x.h1 || n.tag == "h1" && len(x.blocks) > before
	case "li", "dt", "dd":
		x.within(dataset.KindItem, func() { x.children(n) })
	case "p", "blockquote", "pre", "caption", "summary", "figure":
		x.within(dataset.KindText, func() { x.children(n) })
	case "header":
		// The article's own header: its headline counts, its kicker,
		// byline and date line do not.
		for _, c := range n.children {
			if c.tag != "" && hasHeading(c) {
				x.walk(c)
			} else if c.tag != "" {
				x.remove(c)
			}
		}
	case "table":
		if rows := dataTable(n); rows != "" {
			for _, c := range n.children {
				if c.tag == "caption" {
					x.walk(c)
				}
			}
			x.blocks = append(x.blocks, segment.Block{Line: n.line, Kind: dataset.KindTable, Text: rows})
		} else {
			x.children(n) // a layout table: its cells are the page
		}
	default:
		x.children(n)
	}
	if block {
		x.flush()
	}
}

// silent elements are dropped without a word: they hold code, not text.
var silent = set("script", "style", "noscript", "template", "head", "svg", "math")

// remove records a dropped element that had text.
func (x *extractor) remove(n *hnode) {
	if t := textOf(n); t != "" {
		x.removed = append(x.removed, dataset.Removal{Line: n.line, Text: read.Clip(t, 200), Reason: dataset.RemovedMarkup})
	}
}

func (x *extractor) children(n *hnode) {
	for _, c := range n.children {
		x.walk(c)
	}
}

// hasHeading: n is a heading or holds one.
func hasHeading(n *hnode) bool {
	return n.heading.get(func() bool {
		switch n.tag {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			return true
		}
		for _, c := range n.children {
			if hasHeading(c) {
				return true
			}
		}
		return false
	})
}

// within runs f with the running text of the given kind, then ends it.
func (x *extractor) within(kind string, f func()) {
	outer := x.kind
	x.kind = kind
	f()
	x.flush()
	x.kind = outer
}

// dataTable renders a table of data as rows of tab-separated cells; "" for
// a table used for layout (its cells hold paragraphs, lists or tables),
// which is read as the page it lays out.
//
// Whether it is for layout is decided before any cell is rendered: a
// layout table's cells are read as the page, and rendering them here too
// would read tables nested in tables once per level.
func dataTable(t *hnode) string {
	var trs []*hnode
	var visitRows func(n *hnode)
	visitRows = func(n *hnode) {
		for _, c := range n.children {
			switch c.tag {
			case "tr":
				trs = append(trs, c)
			case "thead", "tbody", "tfoot":
				visitRows(c)
			}
		}
	}
	visitRows(t)
	for _, tr := range trs {
		for _, cell := range tr.children {
			if (cell.tag == "td" || cell.tag == "th") && hasBlocks(cell) {
				return ""
			}
		}
	}
	var rows []string
	for _, tr := range trs {
		var cells []string
		for _, cell := range tr.children {
			if cell.tag == "td" || cell.tag == "th" {
				cells = append(cells, strings.ReplaceAll(textOf(cell), "\t", " "))
			}
		}
		if strings.Join(cells, "") != "" {
			rows = append(rows, strings.Join(cells, "\t"))
		}
	}
	return strings.Join(rows, "\n")
}

// hasBlocks: n holds block content (paragraphs, lists, tables, headings).
func hasBlocks(n *hnode) bool {
	return n.blocks.get(func() bool {
		for _, c := range n.children {
			switch c.tag {
			case "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article":
				return true
			}
			if hasBlocks(c) {
				return true
			}
		}
		return false
	})
}
