package pipeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
)

// Format is how a source file is written, told by its extension.
type Format int

const (
	FormatUnknown  Format = iota
	FormatText            // .txt: one paragraph a line, as scrapers save pages
	FormatMarkdown        // .md, .markdown: front matter, then Markdown
	FormatHTML            // .html, .htm: a saved web page
)

// Extensions are the file types read as articles, lower case.
var Extensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// FormatOf tells a file's format from its extension, in any case.
func FormatOf(file string) Format {
	switch strings.ToLower(pathExt(file)) {
	case ".txt":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatUnknown
}

func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "Markdown"
	case FormatHTML:
		return "HTML"
	}
	return "unknown"
}

// Document is a source file decoded by its format: the blocks of text the
// cleaning stages work on, what the file says about itself, and what its
// markup held that is not the article.
type Document struct {
	Format Format
	Blocks []Block
	// Meta is the front matter of a Markdown file or the head of a page;
	// nil when there is none. A sidecar overrides it field by field.
	Meta *SideMeta
	// MetaSource names where Meta came from, for messages: "front matter",
	// "page head".
	MetaSource string
	// Removed is markup that carried text but is not the article: front
	// matter, navigation, share widgets, captions.
	Removed []dataset.Removal
	// Warnings are problems with the file that do not stop it from being
	// used, such as front matter that is never closed.
	Warnings []Problem
}

// Decode reads a source's text in its format. It never fails: what cannot
// be understood is either text or a warning.
func Decode(format Format, text string) Document {
	switch format {
	case FormatMarkdown:
		return decodeMarkdown(text)
	case FormatHTML:
		return decodeHTML(text)
	}
	return Document{Format: FormatText, Blocks: Blocks(text)}
}

// ReadDocument reads and decodes one input: Read's checks, then the
// format's. A page that declares a legacy charset (windows-1252,
// Shift_JIS…) is decoded with it first; any other file must be UTF-8.
func ReadDocument(in Input, maxSize int) (Document, *Problem) {
	format := FormatOf(in.File)
	raw := in.Raw
	if format == FormatHTML {
		raw = declaredCharset(raw, maxSize)
	}
	src, problem := Read(in.File, raw, maxSize)
	if problem != nil {
		return Document{}, problem
	}
	return Decode(format, src.Text), nil
}

// noTextReason says why a decoded document left no text.
func (d Document) noTextReason(removed int) string {
	if d.Format == FormatHTML && len(d.Blocks) == 0 {
		return "the page has no text outside navigation, headers, footers, forms and scripts"
	}
	if d.Format == FormatMarkdown && len(d.Blocks) == 0 {
		return "the file has no text besides its front matter and markup"
	}
	return fmt.Sprintf("nothing is left after removing %d lines of page residue", removed)
}

// mergeRemovals puts the markup a format dropped and the residue cleaning
// removed in one list, in line order.
func mergeRemovals(markup, residue []dataset.Removal) []dataset.Removal {
	if len(markup) == 0 {
		return residue
	}
	all := append(slices.Clone(markup), residue...)
	slices.SortStableFunc(all, func(a, b dataset.Removal) int { return cmp.Compare(a.Line, b.Line) })
	return all
}

// mergeMeta combines a sidecar with the file's own metadata: the sidecar
// wins field by field, and a field both give differently is reported, since
// one of them is wrong.
func mergeMeta(side, own *SideMeta, ownSource string) (*SideMeta, []string) {
	switch {
	case own == nil:
		return side, nil
	case side == nil:
		return own, nil
	}
	m := *side
	var conflicts []string
	for _, f := range []struct {
		name        string
		side, own   string
		merged      *string
		caseMatters bool
	}{
		{"published", side.Published, own.Published, &m.Published, true},
		{"outlet", side.Outlet, own.Outlet, &m.Outlet, false},
		{"url", side.URL, own.URL, &m.URL, true},
		{"title", side.Title, own.Title, &m.Title, false},
		{"author", side.Author, own.Author, &m.Author, false},
	} {
		switch {
		case f.side == "":
			*f.merged = f.own
		case f.own == "" || f.side == f.own:
		case !f.caseMatters && fold.String(f.side) == fold.String(f.own):
		default:
			conflicts = append(conflicts, fmt.Sprintf("the sidecar gives %s %q but the %s %q; the sidecar's is used", f.name, clip(f.side, 80), ownSource, clip(f.own, 80)))
		}
	}
	return &m, conflicts
}

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// metaKeys are the fields of front matter and of a sidecar. "date" is
// what Jekyll, Hugo and most static site generators call the publication
// date.
var metaKeys = map[string]string{
	"published": "published", "date": "published",
	"outlet": "outlet", "url": "url", "title": "title", "author": "author",
}

// setMetaField sets a front matter or page field, normalising the date. It
// returns an error for a value that cannot be used.
func setMetaField(m *SideMeta, key, value string) error {
	value = strings.Join(strings.Fields(value), " ")
	if value == "" {
		return nil
	}
	switch key {
	case "published":
		d, ok := parseISODate(value)
		if !ok {
			return fmt.Errorf("published %q is not an ISO date (YYYY-MM-DD)", clip(value, 40))
		}
		m.Published = d
	case "outlet":
		m.Outlet = value
	case "url":
		m.URL = value
	case "title":
		m.Title = value
	case "author":
		m.Author = value
	}
	return nil
}

// nearMiss returns the known key that an unknown one is a typo of, or "".
func nearMiss(key string) string {
	if len(key) < 4 {
		return ""
	}
	for _, k := range []string{"published", "outlet", "title", "author"} {
		if editDistance(key, k) <= 2 {
			return k
		}
	}
	return ""
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
