package dataset

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// Validate checks that every reference inside d resolves: ids are unique,
// mentions point at existing paragraphs and inside their text, stories name
// existing articles and events. Decode calls it, so the app can follow any
// reference in a decoded dataset without checking it again.
func (d *Dataset) Validate() error {
	articles := make(map[string]*Article, len(d.Articles))
	for i := range d.Articles {
		a := &d.Articles[i]
		if a.ID == "" {
			return fmt.Errorf("article %d has no id", i)
		}
		if articles[a.ID] != nil {
			return fmt.Errorf("article id %q used twice", a.ID)
		}
		articles[a.ID] = a
	}
	entities := make(map[string]bool, len(d.Entities))
	for _, e := range d.Entities {
		if entities[e.ID] {
			return fmt.Errorf("entity id %q used twice", e.ID)
		}
		entities[e.ID] = true
	}
	for _, a := range d.Articles {
		if a.DuplicateOf != "" && articles[a.DuplicateOf] == nil {
			return fmt.Errorf("article %s: duplicate of unknown article %q", a.ID, a.DuplicateOf)
		}
		for pi, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				if !s.within(p.Text) {
					return fmt.Errorf("article %s paragraph %d: sentence %v outside the text", a.ID, pi, s)
				}
			}
			for _, m := range p.Marks {
				if !m.Span.within(p.Text) {
					return fmt.Errorf("article %s paragraph %d: mark %v outside the text", a.ID, pi, m.Span)
				}
				if m.Kind == MarkEntity && !entities[m.Entity] {
					return fmt.Errorf("article %s paragraph %d: mark of unknown entity %q", a.ID, pi, m.Entity)
				}
			}
		}
	}
	events := make(map[string]bool, len(d.Events))
	for _, v := range d.Events {
		if events[v.ID] {
			return fmt.Errorf("event id %q used twice", v.ID)
		}
		events[v.ID] = true
		if v.Affected.Entity != "" && !slices.Contains(v.Target, v.Affected.Entity) {
			return fmt.Errorf("event %s: affected people of %q, not one of its targets", v.ID, v.Affected.Entity)
		}
		for _, ids := range [][]string{v.Source, v.Target, {v.Place}} {
			for _, id := range ids {
				if id != "" && !entities[id] {
					return fmt.Errorf("event %s: unknown entity %q", v.ID, id)
				}
			}
		}
		for _, m := range v.Mentions {
			a := articles[m.Article]
			if a == nil {
				return fmt.Errorf("event %s: mention of unknown article %q", v.ID, m.Article)
			}
			if m.Paragraph < 0 || m.Paragraph >= len(a.Paragraphs) {
				return fmt.Errorf("event %s: mention of paragraph %d of %d in article %s", v.ID, m.Paragraph, len(a.Paragraphs), a.ID)
			}
			text := a.Paragraphs[m.Paragraph].Text
			if !m.Sentence.within(text) || !m.Trigger.within(text) {
				return fmt.Errorf("event %s: mention outside paragraph %d of article %s", v.ID, m.Paragraph, a.ID)
			}
		}
	}
	for _, s := range d.Stories {
		for _, ids := range [][]string{s.Versions, s.Related, s.Duplicates} {
			for _, id := range ids {
				if articles[id] == nil {
					return fmt.Errorf("story %s: unknown article %q", s.ID, id)
				}
			}
		}
		for _, id := range append([]string{s.Headline}, s.Events...) {
			if id != "" && !events[id] {
				return fmt.Errorf("story %s: unknown event %q", s.ID, id)
			}
		}
		for _, x := range s.Differences {
			if !events[x.Event] {
				return fmt.Errorf("story %s: difference about unknown event %q", s.ID, x.Event)
			}
			for _, v := range x.Values {
				if articles[v.Article] == nil {
					return fmt.Errorf("story %s: difference cites unknown article %q", s.ID, v.Article)
				}
			}
		}
	}
	return nil
}

// within reports whether s lies inside text and starts and ends on
// character boundaries, so that slicing text with it gives valid UTF-8.
func (s Span) within(text string) bool {
	return s.Start >= 0 && s.Start <= s.End && s.End <= len(text) &&
		(s.Start == len(text) || utf8.RuneStart(text[s.Start])) &&
		(s.End == len(text) || utf8.RuneStart(text[s.End]))
}
