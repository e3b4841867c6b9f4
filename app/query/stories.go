package query

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"parallax/dataset"
)

// Story returns the story with the given id, or nil.
func (ix *Index) Story(id string) *dataset.Story { return ix.stories[id] }

// StoryOf returns the story an article is a version of, or nil.
func (ix *Index) StoryOf(articleID string) *dataset.Story { return ix.storyOf[articleID] }

// StorySummary is what a list of stories shows of one.
type StorySummary struct {
	Story     *dataset.Story
	Languages []string // of its versions, in order of first appearance
	// From, To: when its versions were published (ISO partial dates, from
	// their sidecars; dates inferred from the text are lower bounds and
	// do not count); empty when none says.
	From, To string
}

// Summary sums a story up for a list.
func (ix *Index) Summary(s *dataset.Story) StorySummary {
	sum := StorySummary{Story: s}
	for _, v := range s.Versions {
		a := ix.Article(v)
		if a == nil {
			continue
		}
		if !slices.Contains(sum.Languages, a.Lang) {
			sum.Languages = append(sum.Languages, a.Lang)
		}
		p := published(a)
		if p == "" {
			continue
		}
		if sum.From == "" || p < sum.From {
			sum.From = p
		}
		if p > sum.To {
			sum.To = p
		}
	}
	return sum
}

// published is an article's publication date when its sidecar gives it.
func published(a *dataset.Article) string {
	if a.Meta.PublishedInferred {
		return ""
	}
	return a.Meta.Published
}

// ColumnHead is what a column says of its article: the outlet (the file
// without one) and the publication date, or "date unknown" — never a
// date inferred from the text, which is only a lower bound.
func ColumnHead(a *dataset.Article) (outlet, date string) {
	outlet = a.Meta.Outlet
	if outlet == "" {
		outlet = a.File
	}
	if p := published(a); p != "" {
		return outlet, FormatDate(p)
	}
	return outlet, "date unknown"
}

// CopyOf is the article a copy republishes, or nil when it is no copy.
func (ix *Index) CopyOf(a *dataset.Article) *dataset.Article {
	if a.DuplicateOf == "" {
		return nil
	}
	return ix.Article(a.DuplicateOf)
}

// Column is one article shown in a story's comparison.
type Column struct {
	Article *dataset.Article
	Related bool // related coverage added by the reader, not a version
	// Label tells the column from the others in a few words: its outlet,
	// else its language, numbered when two columns share one ("Arabic 2").
	Label string
	// NotAnalysed: a version in a language the extractors do not read,
	// joined by its entities, days and figures; its cells can only be
	// possibly mentioned or not analysed.
	NotAnalysed bool
	Outlet      string // ColumnHead's
	Date        string // ColumnHead's: "12 September 2025" or "date unknown"
}

// CellState is what a cell of the comparison says of its version and event.
type CellState int

const (
	// NotReported: the version does not report the event, and no sentence
	// of it may tell it.
	NotReported CellState = iota
	// PossiblyMentioned: a sentence of the version may refer to the event
	// without reporting it as the extractor reads it; the cell shows that
	// sentence (Possible), marked so.
	PossiblyMentioned
	// Reported: the version reports the event, in the cell's mentions.
	Reported
	// NotAnalysed: the version is in a language the extractors do not
	// read, and no sentence of it may tell the event.
	NotAnalysed
)

// String names a state as the page and the tests do: "reported",
// "possibly-mentioned", "not-reported", "not-analysed".
func (s CellState) String() string {
	switch s {
	case Reported:
		return "reported"
	case PossiblyMentioned:
		return "possibly-mentioned"
	case NotAnalysed:
		return "not-analysed"
	}
	return "not-reported"
}

// Cell is what one article says of one event.
type Cell struct {
	State    CellState
	Mentions []dataset.Mention
	// Possible is the sentence that may report the event, for a cell
	// possibly mentioned.
	Possible *dataset.Possible
	// Diffs are the points on which this article's report differs from
	// the other versions', with what it says: kind → value in English.
	Diffs []CellDiff
}

// CellDiff is one flagged difference in a cell.
type CellDiff struct {
	Kind    string
	Written string // as the article writes it
	Gloss   string // in English
}

// Row sections: a story reads from its news to what led to it.
const (
	SectionNews       = "news"       // what the versions' headlines report
	SectionContext    = "context"    // the rest of what they report as of now
	SectionBackground = "background" // history: folded by default
)

// Row is one event, aligned across the columns.
type Row struct {
	Event   *dataset.Event
	Section string
	Folded  bool   // background, shown folded until the reader opens it
	Cells   []Cell // one per column
}

// Comparison is a story laid out for reading its versions side by side.
type Comparison struct {
	Story   *dataset.Story
	Columns []Column
	Rows    []Row              // news, then context, then background, each in date order
	Related []*dataset.Article // related coverage not shown as a column
	Copies  []*dataset.Article // the versions' copies; CopyOf says which each copies
}

// Compare lays a story out: one column per version, then its versions
// not analysed, then the related articles the reader asked for (with);
// one row per event: the news first, then context, then background.
func (ix *Index) Compare(s *dataset.Story, with []string) *Comparison {
	c := &Comparison{Story: s}
	add := func(id string, related, unread bool) {
		if a := ix.Article(id); a != nil {
			outlet, date := ColumnHead(a)
			c.Columns = append(c.Columns, Column{Article: a, Related: related, NotAnalysed: unread, Outlet: outlet, Date: date})
		}
	}
	for _, v := range s.Versions {
		add(v, false, false)
	}
	for _, v := range s.Unanalysed {
		add(v, false, true)
	}
	for _, r := range s.Related {
		if slices.Contains(with, r) {
			add(r, true, false)
		} else if a := ix.Article(r); a != nil {
			c.Related = append(c.Related, a)
		}
	}
	labelColumns(c.Columns)
	for _, d := range s.Duplicates {
		if a := ix.Article(d); a != nil {
			c.Copies = append(c.Copies, a)
		}
	}
	diffs := map[string][]dataset.Difference{}
	for _, d := range s.Differences {
		diffs[d.Event] = append(diffs[d.Event], d)
	}
	possible := map[[2]string]*dataset.Possible{}
	for i := range s.Possible {
		p := &s.Possible[i]
		possible[[2]string{p.Event, p.Article}] = p
	}
	news := ix.headlineNews(s)
	start := ix.Summary(s).From
	for _, id := range s.Events {
		e := ix.Event(id)
		if e == nil {
			continue
		}
		row := Row{Event: e, Section: SectionContext, Cells: make([]Cell, len(c.Columns))}
		switch {
		case news[id]:
			row.Section = SectionNews
		case e.Background || history(e.Date, start):
			row.Section, row.Folded = SectionBackground, true
		}
		for i, col := range c.Columns {
			cell := &row.Cells[i]
			for _, m := range e.Mentions {
				if m.Article == col.Article.ID {
					cell.Mentions = append(cell.Mentions, m)
				}
			}
			switch p := possible[[2]string{id, col.Article.ID}]; {
			case len(cell.Mentions) > 0:
				cell.State = Reported
			case p != nil:
				cell.State, cell.Possible = PossiblyMentioned, p
			case col.NotAnalysed:
				cell.State = NotAnalysed
			default:
				cell.State = NotReported
			}
			for _, d := range diffs[id] {
				for _, v := range d.Values {
					if v.Article == col.Article.ID {
						cell.Diffs = append(cell.Diffs, CellDiff{Kind: d.Kind, Written: v.Value, Gloss: v.Gloss})
					}
				}
			}
		}
		c.Rows = append(c.Rows, row)
	}
	rank := map[string]int{SectionNews: 0, SectionContext: 1, SectionBackground: 2}
	slices.SortStableFunc(c.Rows, func(a, b Row) int { return rank[a.Section] - rank[b.Section] })
	return c
}

// labelColumns names each column: its outlet where the metadata gives one
// that no other column has, else its language, numbered in order when
// several columns are in it.
func labelColumns(cols []Column) {
	outlets, langs := map[string]int{}, map[string]int{}
	for _, c := range cols {
		outlets[c.Article.Meta.Outlet]++
		langs[c.Article.Lang]++
	}
	seen := map[string]int{}
	for i := range cols {
		a := cols[i].Article
		if o := a.Meta.Outlet; o != "" && outlets[o] == 1 {
			cols[i].Label = o
			continue
		}
		cols[i].Label = dataset.LanguageName(a.Lang)
		if langs[a.Lang] > 1 {
			seen[a.Lang]++
			cols[i].Label += " " + strconv.Itoa(seen[a.Lang])
		}
	}
}

// headlineNews are the events a story's versions report in their
// headlines (or, without one, their first sentence) as news, with the
// story's headline event.
func (ix *Index) headlineNews(s *dataset.Story) map[string]bool {
	news := map[string]bool{s.Headline: true}
	for _, v := range s.Versions {
		a := ix.Article(v)
		if a == nil {
			continue
		}
		for _, ae := range ix.ArticleEvents(v) {
			m := ae.Mention
			if m.Background || m.Modality != dataset.Asserted || ae.Event.Background {
				continue
			}
			p := a.Paragraphs[m.Paragraph]
			first := p.Kind == dataset.KindTitle || m.Paragraph == firstText(a) && len(p.Sentences) > 0 && m.Trigger.Start < p.Sentences[0].End && !hasTitle(a)
			if first {
				news[ae.Event.ID] = true
			}
		}
	}
	return news
}

func hasTitle(a *dataset.Article) bool {
	return slices.ContainsFunc(a.Paragraphs, func(p dataset.Paragraph) bool { return p.Kind == dataset.KindTitle })
}

func firstText(a *dataset.Article) int {
	return slices.IndexFunc(a.Paragraphs, func(p dataset.Paragraph) bool { return p.Kind == dataset.KindText })
}

// history: an event that ended more than three weeks before the story's
// first version was published is what its news follows from.
func history(date, start string) bool {
	if date == "" || start == "" || strings.HasPrefix(date, "--") {
		return false
	}
	end, ok := lastDay(date)
	first, ok2 := firstDay(start)
	return ok && ok2 && first.Sub(end) > 21*24*time.Hour
}

func parseParts(iso string) ([]int, bool) {
	var n []int
	for _, p := range strings.Split(iso, "-") {
		v, err := strconv.Atoi(p)
		if err != nil {
			return nil, false
		}
		n = append(n, v)
	}
	return n, len(n) >= 1 && len(n) <= 3
}

func firstDay(iso string) (time.Time, bool) {
	n, ok := parseParts(iso)
	if !ok {
		return time.Time{}, false
	}
	n = append(n, 1, 1)
	return time.Date(n[0], time.Month(n[1]), n[2], 0, 0, 0, 0, time.UTC), true
}

func lastDay(iso string) (time.Time, bool) {
	n, ok := parseParts(iso)
	if !ok {
		return time.Time{}, false
	}
	switch len(n) {
	case 1:
		return time.Date(n[0], 12, 31, 0, 0, 0, 0, time.UTC), true
	case 2:
		return time.Date(n[0], time.Month(n[1])+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	return time.Date(n[0], time.Month(n[1]), n[2], 0, 0, 0, 0, time.UTC), true
}

// Segments splits a sentence of a paragraph for rendering with its marks.
func (ix *Index) Segments(a *dataset.Article, paragraph int, span dataset.Span) []Segment {
	return segments(&a.Paragraphs[paragraph], span.Start, span.End)
}

// indexStories is called by New.
func (ix *Index) indexStories() {
	ix.stories = map[string]*dataset.Story{}
	ix.storyOf = map[string]*dataset.Story{}
	for i := range ix.DS.Stories {
		s := &ix.DS.Stories[i]
		ix.stories[s.ID] = s
		for _, v := range s.Versions {
			ix.storyOf[v] = s
		}
	}
}

// Opening is the start of an article's running text, cut at a word
// boundary near max bytes with an ellipsis: what a reader is shown of a
// version that is not analysed.
func Opening(a *dataset.Article, max int) string {
	var b strings.Builder
	for _, p := range a.Paragraphs {
		// An article the extractors do not read has its headline as a
		// paragraph of text, which its title already shows.
		if p.Kind != dataset.KindText || p.Text == a.Title {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(p.Text)
		if b.Len() >= max {
			break
		}
	}
	return Clip(b.String(), max)
}

// Clip cuts s at a word boundary near max bytes, with an ellipsis.
func Clip(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
