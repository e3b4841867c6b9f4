package query

import (
	"slices"
	"strconv"

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
	From, To  string   // the span of its dated events (ISO partial dates)
}

// Summary sums a story up for a list.
func (ix *Index) Summary(s *dataset.Story) StorySummary {
	sum := StorySummary{Story: s}
	for _, v := range s.Versions {
		if a := ix.Article(v); a != nil && !slices.Contains(sum.Languages, a.Lang) {
			sum.Languages = append(sum.Languages, a.Lang)
		}
	}
	for _, id := range s.Events {
		e := ix.Event(id)
		if e == nil || e.Date == "" {
			continue
		}
		if sum.From == "" || e.Date < sum.From {
			sum.From = e.Date
		}
		if e.Date > sum.To {
			sum.To = e.Date
		}
	}
	return sum
}

// Column is one article shown in a story's comparison.
type Column struct {
	Article *dataset.Article
	Related bool // related coverage added by the reader, not a version
	// Label tells the column from the others in a few words: its outlet,
	// else its language, numbered when two columns share one ("Arabic 2").
	Label string
}

// CellState is what a cell of the comparison says of its version and event.
type CellState int

const (
	// NotReported: the version does not report the event.
	NotReported CellState = iota
	// PossiblyMentioned: a sentence of the version may refer to the event
	// without reporting it as the extractor reads it; the cell shows that
	// sentence, marked so.
	PossiblyMentioned
	// Reported: the version reports the event, in the cell's mentions.
	Reported
)

// Cell is what one article says of one event.
type Cell struct {
	State    CellState
	Mentions []dataset.Mention
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

// Row is one event, aligned across the columns.
type Row struct {
	Event *dataset.Event
	Cells []Cell // one per column
}

// Comparison is a story laid out for reading its versions side by side.
type Comparison struct {
	Story   *dataset.Story
	Columns []Column
	Rows    []Row
	Related []*dataset.Article // related coverage not shown as a column
}

// Compare lays a story out: one column per version, plus the related
// articles the reader asked for (with), one row per event in date order.
func (ix *Index) Compare(s *dataset.Story, with []string) *Comparison {
	c := &Comparison{Story: s}
	for _, v := range s.Versions {
		if a := ix.Article(v); a != nil {
			c.Columns = append(c.Columns, Column{Article: a})
		}
	}
	for _, r := range s.Related {
		a := ix.Article(r)
		if a == nil {
			continue
		}
		if slices.Contains(with, r) {
			c.Columns = append(c.Columns, Column{Article: a, Related: true})
		} else {
			c.Related = append(c.Related, a)
		}
	}
	labelColumns(c.Columns)
	diffs := map[string][]dataset.Difference{}
	for _, d := range s.Differences {
		diffs[d.Event] = append(diffs[d.Event], d)
	}
	for _, id := range s.Events {
		e := ix.Event(id)
		if e == nil {
			continue
		}
		row := Row{Event: e, Cells: make([]Cell, len(c.Columns))}
		for i, col := range c.Columns {
			for _, m := range e.Mentions {
				if m.Article == col.Article.ID {
					row.Cells[i].Mentions = append(row.Cells[i].Mentions, m)
				}
			}
			if len(row.Cells[i].Mentions) > 0 {
				row.Cells[i].State = Reported
			}
			for _, d := range diffs[id] {
				for _, v := range d.Values {
					if v.Article == col.Article.ID {
						row.Cells[i].Diffs = append(row.Cells[i].Diffs, CellDiff{Kind: d.Kind, Written: v.Value, Gloss: v.Gloss})
					}
				}
			}
		}
		c.Rows = append(c.Rows, row)
	}
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
