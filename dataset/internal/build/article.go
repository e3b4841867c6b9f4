package build

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/clean"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/htmltext"
	"parallax/dataset/internal/build/lang"
	"parallax/dataset/internal/build/lexicon"
	"parallax/dataset/internal/build/markdown"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/segment"
	"parallax/dataset/internal/build/words"
)

// Input is one source file as the caller read it from disk.
type Input struct {
	File string // path relative to the corpus root, forward slashes
	Raw  []byte
	Meta []byte // the NAME.meta.json sidecar, nil when there is none
}

// Options tune the per-article stages.
type Options struct {
	MaxSize int // largest file read, in bytes; read.DefaultMaxSize when 0
	// NoEventBudget lets the extractor read every sentence, however
	// much work it makes (budget.go): for measuring the extractor.
	NoEventBudget bool
	// Latest is the last publication date accepted (YYYY-MM-DD), "" for
	// no limit: the build reads no clock, so a caller that wants dates
	// in the future refused passes today's.
	Latest string
}

// minWords is the length below which an article is kept but reported: too
// short for language detection or extraction to be trusted.
const minWords = 20

// Article runs the per-article stages on one input: read, segment, clean,
// title, sentences, languages, counts, id, then entities, dates and event
// candidates. OK is false when the file cannot be used; the diagnostics
// then say why.
func Article(in Input, env *Env, opt Options) Result {
	a, lines, diags, ok := article(in, env.Lang, opt)
	r := Result{File: in.File, Article: a, OK: ok, Diagnostics: diags}
	if ok {
		var b *budget
		if !opt.NoEventBudget {
			b = &defaultBudget
		}
		var skipped []int
		r.Candidates, r.Provisional, skipped = analyse(&r.Article, env, b)
		if len(skipped) > 0 {
			n, where := 0, make([]int, 0, len(skipped))
			for i, k := range skipped {
				if k > 0 {
					n += k
					where = append(where, lines[i])
				}
			}
			if n > 0 {
				r.Diagnostics = append(r.Diagnostics, tooSlow(in.File, n, where))
			}
		}
		if !env.Supported(a.Lang) && a.Lang != dataset.Undetermined && env.Lexicon != nil {
			r.Diagnostics = append(r.Diagnostics, dataset.Diagnostic{File: in.File, Severity: dataset.Warning, Code: "unsupported-language",
				Message: fmt.Sprintf("%s is not one of the languages the extractors read (%s): the article is shown, but no events are taken from it",
					dataset.LanguageName(a.Lang), strings.Join(lexicon.Languages, ", "))})
		}
	}
	return r
}

// article reads one input into an article, without the stages that read
// meaning; lines are where each paragraph starts in the file.
func article(in Input, det lang.Detector, opt Options) (a dataset.Article, lines []int, diags []dataset.Diagnostic, ok bool) {
	doc, problem := ReadDocument(in, opt.MaxSize)
	if problem != nil {
		return a, nil, []dataset.Diagnostic{problem.Diagnostic(in.File)}, false
	}
	warn := func(code, format string, args ...any) {
		diags = append(diags, dataset.Diagnostic{File: in.File, Severity: dataset.Warning, Code: code, Message: fmt.Sprintf(format, args...)})
	}
	for _, p := range doc.Warnings {
		diags = append(diags, dataset.Diagnostic{File: in.File, Line: p.Line, Severity: dataset.Warning, Code: p.Code, Message: p.Message})
	}
	var side *read.Meta
	sidecar := strings.TrimSuffix(in.File, read.Ext(in.File)) + read.MetaSuffix
	switch {
	case in.Meta == nil:
	case len(in.Meta) > read.MaxMetaSize:
		warn("bad-metadata", "%s: the sidecar is %s, over the %s a sidecar may be; the article is built without it",
			sidecar, read.ByteSize(int64(len(in.Meta))), read.ByteSize(read.MaxMetaSize))
	default:
		m, err := read.ParseMeta(in.Meta)
		if err != nil {
			warn("bad-metadata", "%s: %v; the article is built without it", sidecar, err)
		} else {
			side = m
		}
	}
	// Metadata is text like the body, wherever it comes from.
	for _, src := range []struct {
		m    *read.Meta
		name string
	}{{side, sidecar}, {doc.Meta, doc.MetaSource}} {
		for _, note := range read.CleanMeta(src.m) {
			warn("bad-metadata", "%s: %s", src.name, note)
		}
	}
	meta, conflicts := read.MergeMeta(side, doc.Meta, doc.MetaSource)
	for _, c := range conflicts {
		warn("metadata-conflict", "%s", c)
	}
	if meta != nil && meta.Published != "" {
		if err := read.Plausible(meta.Published, opt.Latest); err != nil {
			warn("implausible-date", "%v; ignored, the date is inferred from the text", err)
			meta.Published = ""
		}
	}

	cleaned := clean.Clean(doc.Blocks)
	if len(cleaned.Blocks) == 0 {
		return a, nil, append(diags, dataset.Diagnostic{File: in.File, Severity: dataset.Error, Code: "no-text",
			Message: doc.NoTextReason(len(cleaned.Removed))}), false
	}

	a.File = in.File
	a.Removed = mergeRemovals(doc.Removed, cleaned.Removed)
	a.Dateline = cleaned.Dateline
	a.Paragraphs = segment.Paragraphs(cleaned.Blocks)
	lines = make([]int, len(cleaned.Blocks))
	for i, b := range cleaned.Blocks {
		lines[i] = b.Line
	}
	if meta != nil {
		a.Meta = dataset.Meta{Outlet: meta.Outlet, URL: meta.URL, Author: meta.Author, Title: meta.Title, Published: meta.Published}
	}
	if a.Meta.Published == "" {
		// News sites put the date in the address: /2022/02/18/, 20220131.
		if d, ok := dates.FromURL(a.Meta.URL); ok {
			a.Meta.Published, a.Meta.PublishedInferred = d, true
		}
	}
	setTitle(&a)
	lang.Article(&a, det)
	for _, p := range a.Paragraphs {
		a.Words += words.Count(p.Text)
		a.Sentences += len(p.Sentences)
	}
	a.ID = ArticleID(a.Paragraphs)

	if a.Lang == dataset.Undetermined {
		warn("unknown-language", "the language could not be detected; the article is shown but not analysed")
	}
	if a.Words < minWords {
		warn("short", "only %d words: too short to analyse reliably", a.Words)
	}
	return a, lines, diags, true
}

// setTitle picks the article's title: the publisher's, when metadata gives
// one; else the headline line, when the text opens with one (or with a lede
// and then a Title Case headline, a common scrape order); else the first
// sentence. The headline paragraph becomes KindTitle.
func setTitle(a *dataset.Article) {
	ps := a.Paragraphs
	headline := -1
	switch {
	case len(ps) > 1 && ps[0].Kind == dataset.KindHeading:
		headline = 0
	case len(ps) > 2 && ps[0].Kind == dataset.KindText && ps[1].Kind == dataset.KindHeading && isTitleCase(ps[1].Text):
		headline = 1
	}
	if a.Meta.Title != "" {
		if headline >= 0 && fold.String(ps[headline].Text) == fold.String(a.Meta.Title) {
			ps[headline].Kind = dataset.KindTitle
		}
		a.Title, a.TitleSource = a.Meta.Title, "metadata"
		return
	}
	if headline >= 0 {
		ps[headline].Kind = dataset.KindTitle
		a.Title, a.TitleSource = ps[headline].Text, "headline"
		return
	}
	for _, p := range ps {
		if len(p.Sentences) > 0 && p.Kind != dataset.KindTable {
			s := p.Sentences[0]
			a.Title, a.TitleSource = p.Text[s.Start:s.End], "first-sentence"
			return
		}
	}
}

// isTitleCase: most words of four letters or more start with a capital.
func isTitleCase(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 2 && upper*10 >= long*7
}

// ArticleID derives an article's id from its cleaned text, so that the same
// text always has the same id, wherever its file is and whatever it is
// called.
func ArticleID(ps []dataset.Paragraph) string {
	h := sha256.New()
	for _, p := range ps {
		h.Write([]byte(p.Text))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Decode reads a source's text in its format. It never fails: what cannot
// be understood is either text or a warning.
func Decode(format read.Format, text string) read.Document {
	switch format {
	case read.FormatMarkdown:
		return markdown.Decode(text)
	case read.FormatHTML:
		return htmltext.Decode(text)
	}
	return read.Document{Format: read.FormatText, Blocks: segment.Blocks(text)}
}

// ReadDocument reads and decodes one input: Read's checks, then the
// format's. A page that declares a legacy charset (windows-1252,
// Shift_JIS…) is decoded with it first; any other file must be UTF-8.
func ReadDocument(in Input, maxSize int) (read.Document, *read.Problem) {
	format := read.FormatOf(in.File)
	raw := in.Raw
	if format == read.FormatHTML {
		raw = read.DeclaredCharset(raw, maxSize)
	}
	src, problem := read.Read(in.File, raw, maxSize)
	if problem != nil {
		return read.Document{}, problem
	}
	return Decode(format, src.Text), nil
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
