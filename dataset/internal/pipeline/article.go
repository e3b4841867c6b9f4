package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/lexicon"
)

// Input is one source file as the caller read it from disk.
type Input struct {
	File string // path relative to the corpus root, forward slashes
	Raw  []byte
	Meta []byte // the NAME.meta.json sidecar, nil when there is none
}

// Options tune the per-article stages.
type Options struct {
	MaxSize int // largest file read, in bytes; DefaultMaxSize when 0
}

// minWords is the length below which an article is kept but reported: too
// short for language detection or extraction to be trusted.
const minWords = 20

// Article runs the per-article stages on one input: read, segment, clean,
// title, sentences, languages, counts, id, then entities, dates and event
// candidates. OK is false when the file cannot be used; the diagnostics
// then say why.
func Article(in Input, env *Env, opt Options) Result {
	a, diags, ok := article(in, env.Lang, opt)
	r := Result{File: in.File, Article: a, OK: ok, Diagnostics: diags}
	if ok {
		r.Candidates, r.Provisional = analyse(&r.Article, env)
		if !env.Supported(a.Lang) && a.Lang != dataset.Undetermined && env.Lexicon != nil {
			r.Diagnostics = append(r.Diagnostics, dataset.Diagnostic{File: in.File, Severity: dataset.Warning, Code: "unsupported-language",
				Message: fmt.Sprintf("%s is not one of the languages the extractors read (%s): the article is shown, but no events are taken from it",
					dataset.LanguageName(a.Lang), strings.Join(lexicon.Languages, ", "))})
		}
	}
	return r
}

func article(in Input, det LangDetector, opt Options) (a dataset.Article, diags []dataset.Diagnostic, ok bool) {
	doc, problem := ReadDocument(in, opt.MaxSize)
	if problem != nil {
		return a, []dataset.Diagnostic{problem.diagnostic(in.File)}, false
	}
	warn := func(code, format string, args ...any) {
		diags = append(diags, dataset.Diagnostic{File: in.File, Severity: dataset.Warning, Code: code, Message: fmt.Sprintf(format, args...)})
	}
	for _, p := range doc.Warnings {
		diags = append(diags, dataset.Diagnostic{File: in.File, Line: p.Line, Severity: dataset.Warning, Code: p.Code, Message: p.Message})
	}
	var side *SideMeta
	if in.Meta != nil {
		m, err := ParseMeta(in.Meta)
		if err != nil {
			warn("bad-metadata", "%s%s: %v; the article is built without it", strings.TrimSuffix(in.File, pathExt(in.File)), MetaSuffix, err)
		} else {
			side = m
		}
	}
	meta, conflicts := mergeMeta(side, doc.Meta, doc.MetaSource)
	for _, c := range conflicts {
		warn("metadata-conflict", "%s", c)
	}

	cleaned := Clean(doc.Blocks)
	if len(cleaned.Blocks) == 0 {
		return a, append(diags, dataset.Diagnostic{File: in.File, Severity: dataset.Error, Code: "no-text",
			Message: doc.noTextReason(len(cleaned.Removed))}), false
	}

	a.File = in.File
	a.Removed = mergeRemovals(doc.Removed, cleaned.Removed)
	a.Dateline = cleaned.Dateline
	a.Paragraphs = paragraphs(cleaned.Blocks)
	if meta != nil {
		a.Meta = dataset.Meta{Outlet: meta.Outlet, URL: meta.URL, Author: meta.Author, Title: meta.Title, Published: meta.Published}
	}
	setTitle(&a)
	DetectLanguages(&a, det)
	for _, p := range a.Paragraphs {
		a.Words += CountWords(p.Text)
		a.Sentences += len(p.Sentences)
	}
	a.ID = ArticleID(a.Paragraphs)

	if a.Lang == dataset.Undetermined {
		warn("unknown-language", "the language could not be detected; the article is shown but not analysed")
	}
	if a.Words < minWords {
		warn("short", "only %d words: too short to analyse reliably", a.Words)
	}
	return a, diags, true
}

// paragraphs turns cleaned blocks into the article's paragraphs, telling
// headings from text and splitting sentences.
func paragraphs(blocks []Block) []dataset.Paragraph {
	ps := make([]dataset.Paragraph, 0, len(blocks))
	for i, b := range blocks {
		kind := b.Kind
		if kind == dataset.KindText && i+1 < len(blocks) && isHeading(b.Text) {
			kind = dataset.KindHeading
		}
		p := dataset.Paragraph{Kind: kind, Text: b.Text}
		if kind == dataset.KindTable {
			// Each cell is a sentence: a table has no prose to split.
			p.Sentences = tableCellSpans(b.Text)
		} else if kind == dataset.KindText || kind == dataset.KindItem {
			p.Sentences = Sentences(b.Text)
		} else {
			p.Sentences = []dataset.Span{{Start: 0, End: len(b.Text)}}
		}
		ps = append(ps, p)
	}
	return ps
}

// isHeading: a short line that does not end like a sentence, inside the
// text, is a section heading.
func isHeading(s string) bool {
	return isHeadlineLike(s) && CountWords(s) <= 14 && !endsSentence(s)
}

func tableCellSpans(text string) []dataset.Span {
	var spans []dataset.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\t' || text[i] == '\n' {
			if s := trimSpan(text, start, i); s.End > s.Start {
				spans = append(spans, s)
			}
			start = i + 1
		}
	}
	return spans
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

func pathExt(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i < strings.LastIndexByte(p, '/') || i < 0 {
		return ""
	}
	return p[i:]
}
