package read

import (
	"fmt"
	"path"
	"strings"
	"unicode"

	"parallax/dataset"
	"parallax/dataset/internal/build/segment"
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
	switch strings.ToLower(Ext(file)) {
	case ".txt":
		return FormatText
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatUnknown
}

// Notes says whether a file is its folder's notes rather than an article
// (README.md, FORMAT.md, LICENSE): its name before the extension has
// letters, all capitals. The build skips such files and make eval does not
// score them.
func Notes(name string) bool {
	letters := false
	for _, r := range strings.TrimSuffix(name, path.Ext(name)) {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
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
	Blocks []segment.Block
	// Meta is the front matter of a Markdown file or the head of a page;
	// nil when there is none. A sidecar overrides it field by field.
	Meta *Meta
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

// NoTextReason says why a decoded document left no text.
func (d Document) NoTextReason(removed int) string {
	if d.Format == FormatHTML && len(d.Blocks) == 0 {
		return "the page has no text outside navigation, headers, footers, forms and scripts"
	}
	if d.Format == FormatMarkdown && len(d.Blocks) == 0 {
		return "the file has no text besides its front matter and markup"
	}
	return fmt.Sprintf("nothing is left after removing %d lines of page residue", removed)
}

// Ext is a path's extension with its dot, "" when it has none.
func Ext(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i < strings.LastIndexByte(p, '/') || i < 0 {
		return ""
	}
	return p[i:]
}
