package stories

import (
	"maps"
	"slices"
	"strconv"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// "Not reported" is a claim about a whole text: before a cell makes it,
// the version's sentences are read again the way a careful bilingual
// reader skims for an event the extractor did not take from them. A
// sentence may report the event when it names
//
//   - the parties of the event (any alias, any script: the gazetteer's
//     marks) and a word of the event's type (the lexicon's triggers, without the
//     constraints the extractor needs to be sure);
//   - every party of the event, one of them beyond the parties of the
//     story's headline (Mali and Russia in a story about France and
//     Mali: "Mali turned to Russia for its security");
//   - the event's figure (a count of two digits or more) or its day.
//
// What it finds is "possibly mentioned", with its sentence, never a
// report: the reader decides.

// triggers indexes each language's event words by type.
type triggers map[string]*lexicon.Index[string]

func newTriggers(lx *lexicon.Lexicon) triggers {
	t := triggers{}
	if lx == nil {
		return t
	}
	for _, code := range lexicon.Languages {
		l := lx.Lang(code)
		if l == nil {
			continue
		}
		ix := lexicon.NewIndex[string]()
		for _, typ := range slices.Sorted(maps.Keys(l.Events)) {
			tr := l.Events[typ]
			for _, p := range slices.Concat(tr.Verbs, tr.Nouns, tr.Phrases) {
				ix.Add(p, typ)
			}
		}
		t[code] = ix
	}
	return t
}

// hasTrigger: a word of the type in text.
func (t triggers) hasTrigger(lang, typ, text string) bool {
	ix := t[lang]
	if ix == nil {
		return false
	}
	toks := fold.Tokens(text)
	for i := range toks {
		for _, h := range ix.At(toks, i) {
			if h.Value == typ {
				return true
			}
		}
	}
	return false
}

// possible finds, for every event of a story and every version (and
// version not analysed) with no mention of it, the sentence that may
// report it, if one does: the first of the strongest reason.
func possible(s *dataset.Story, articles map[string]*dataset.Article, events map[string]*dataset.Event, gz *gazetteer.Gazetteer, tr triggers) []dataset.Possible {
	home := map[string]bool{} // the parties of the story's headline
	if h := events[s.Headline]; h != nil {
		for _, p := range partySet(h, gz) {
			home[p] = true
		}
	}
	var out []dataset.Possible
	for _, id := range s.Events {
		e := events[id]
		reports := map[string]bool{}
		for _, m := range e.Mentions {
			reports[m.Article] = true
		}
		ps := partySet(e, gz)
		for _, v := range slices.Concat(s.Versions, s.Unanalysed) {
			if reports[v] {
				continue
			}
			if p, ok := possibleIn(articles[v], e, ps, home, gz, tr); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

// MayReport is the sentence of a that may report e, if one does, the
// parties of home (the story's headline's) being the story's own:
// "possibly mentioned" as a cell would say it.
func MayReport(a *dataset.Article, e *dataset.Event, home []string, gz *gazetteer.Gazetteer, lx *lexicon.Lexicon) (dataset.Possible, bool) {
	h := map[string]bool{}
	for _, p := range home {
		h[p] = true
	}
	return possibleIn(a, e, partySet(e, gz), h, gz, newTriggers(lx))
}

// partySet is an event's parties as states where they belong to one
// ("Malian Armed Forces" is Mali), each once, in order.
func partySet(e *dataset.Event, gz *gazetteer.Gazetteer) []string {
	var ps []string
	for _, id := range slices.Concat(e.Source, e.Target) {
		id = referent(id, gz)
		if c := gz.Country(id); c != "" && gz.Entity(id) != nil && gz.Entity(id).Kind != dataset.EntityArmedGroup {
			id = c
		}
		if !slices.Contains(ps, id) {
			ps = append(ps, id)
		}
	}
	return ps
}

func possibleIn(a *dataset.Article, e *dataset.Event, parties []string, home map[string]bool, gz *gazetteer.Gazetteer, tr triggers) (dataset.Possible, bool) {
	var figures []string
	for _, q := range e.Quantities {
		if q.Value >= 10 && q.Value == float64(int(q.Value)) {
			figures = append(figures, strconv.Itoa(int(q.Value)))
		}
	}
	day := ""
	// A day the text gives is the event's own; one taken from the
	// publication is every news item's of that day, and tells nothing.
	if d := dates.ParseISO(e.Date); d.Precision() == "day" && e.DateSource == dataset.DateFromText {
		day = e.Date
	}
	rank := map[string]int{dataset.PossibleTrigger: 4, dataset.PossibleParties: 3, dataset.PossibleNumber: 2, dataset.PossibleDate: 1}
	var best dataset.Possible
	for pi, p := range a.Paragraphs {
		for _, sp := range p.Sentences {
			text := p.Text[sp.Start:sp.End]
			named := map[string]bool{}
			days := map[string]bool{}
			for _, m := range p.Marks {
				if m.Start < sp.Start || m.End > sp.End {
					continue
				}
				switch m.Kind {
				case dataset.MarkEntity:
					id := referent(m.Entity, gz)
					named[id] = true
					if c := gz.Country(id); c != "" {
						named[c] = true
					}
				case dataset.MarkDate:
					days[m.Date] = true
				}
			}
			all, beyond := len(parties) > 0, false
			for _, x := range parties {
				if named[x] {
					beyond = beyond || !home[x]
				} else {
					all = false
				}
			}
			reason := ""
			switch {
			case all && tr.hasTrigger(a.Lang, e.Type, text):
				reason = dataset.PossibleTrigger
			case all && beyond:
				reason = dataset.PossibleParties
			case len(figures) > 0 && slices.ContainsFunc(numbers(text), func(n number) bool { return slices.Contains(figures, n.value) }):
				reason = dataset.PossibleNumber
			case day != "" && days[day]:
				reason = dataset.PossibleDate
			}
			if reason != "" && rank[reason] > rank[best.Reason] {
				best = dataset.Possible{Event: e.ID, Article: a.ID, Paragraph: pi, Sentence: sp, Reason: reason}
			}
		}
	}
	return best, best.Reason != ""
}
