package query

import (
	"fmt"
	"slices"

	"parallax/dataset"
)

// Segment is a stretch of text for rendering, plain or marked.
type Segment struct {
	Text string
	Mark *dataset.Mark // nil for plain text
}

// Run is a stretch of a paragraph: an evidence sentence, with the anchor
// events link to, or the text between them.
type Run struct {
	Anchor   string   // "" for text that is not evidence
	Events   []string // the ids of the events the sentence reports
	Segments []Segment
}

// SentenceAnchor is the id of a sentence's anchor in the reader.
func SentenceAnchor(paragraph, start int) string { return fmt.Sprintf("s%d-%d", paragraph, start) }

// Runs splits paragraph i of an article for rendering: evidence sentences
// (those that report an event) become anchored runs, and marks become
// segments, clipped to the run they start in.
func (ix *Index) Runs(a *dataset.Article, i int) []Run {
	p := &a.Paragraphs[i]
	var cuts []dataset.Span // evidence sentences, in order
	events := map[dataset.Span][]string{}
	ix.articleOnce.Do(ix.indexArticles)
	for _, ae := range ix.byArticleAll[a.ID] {
		if ae.Mention.Paragraph != i {
			continue
		}
		if !containsSpan(cuts, ae.Mention.Sentence) {
			cuts = append(cuts, ae.Mention.Sentence)
		}
		if ids := events[ae.Mention.Sentence]; !slices.Contains(ids, ae.Event.ID) {
			events[ae.Mention.Sentence] = append(ids, ae.Event.ID)
		}
	}
	sortSpans(cuts)
	var runs []Run
	at := 0
	for _, s := range cuts {
		if s.Start < at {
			continue // overlapping evidence: the first one wins
		}
		if s.Start > at {
			runs = append(runs, Run{Segments: segments(p, at, s.Start)})
		}
		runs = append(runs, Run{Anchor: SentenceAnchor(i, s.Start), Events: events[s], Segments: segments(p, s.Start, s.End)})
		at = s.End
	}
	if at < len(p.Text) {
		runs = append(runs, Run{Segments: segments(p, at, len(p.Text))})
	}
	return runs
}

func segments(p *dataset.Paragraph, from, to int) []Segment {
	var out []Segment
	at := from
	for mi := range p.Marks {
		m := &p.Marks[mi]
		if m.End <= at || m.Start >= to {
			continue
		}
		start, end := max(m.Start, at), min(m.End, to)
		if start > at {
			out = append(out, Segment{Text: p.Text[at:start]})
		}
		out = append(out, Segment{Text: p.Text[start:end], Mark: m})
		at = end
	}
	if at < to {
		out = append(out, Segment{Text: p.Text[at:to]})
	}
	return out
}

func containsSpan(ss []dataset.Span, s dataset.Span) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func sortSpans(ss []dataset.Span) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].Start < ss[j-1].Start; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
}
