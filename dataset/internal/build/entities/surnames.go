package entities

import (
	"slices"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/words"
)

// Surnames finds the people an article names in full again where it names
// them by their last name alone: after "Abdoulaye Diop", «عبد الله ديوب»,
// "Mohamed Bazoum", the article says "Diop", «ديوب», "Bazoum". A surname is
// taken only from the article's own full mentions, only when one person of
// the article has it, and only as a word of its own (with Arabic clitics:
// «وديوب»), so it names no one the article does not. texts and found are
// the article's paragraphs and the mentions found in each; it returns the
// mentions to add, by paragraph. A surname the capital rule took for an
// unknown name ("Mr. Diop") is the person's: the caller drops the
// provisional mention it replaces.
func Surnames(texts []string, found [][]Mention) [][]Mention {
	owner := map[string]string{} // folded surname → person entity; "" when two share it
	for pi, ms := range found {
		for _, m := range ms {
			if m.Kind != dataset.EntityPerson || m.Provisional || m.Demonym {
				continue
			}
			toks := fold.Tokens(texts[pi][m.Start:m.End])
			if len(toks) < 2 {
				continue // the name was already a single word
			}
			last := toks[len(toks)-1].Key
			if utf8.RuneCountInString(last) < 3 || words.IsStop(last) {
				continue
			}
			if o, seen := owner[last]; seen && o != m.Entity {
				owner[last] = ""
				continue
			}
			owner[last] = m.Entity
		}
	}
	out := make([][]Mention, len(texts))
	if len(owner) == 0 {
		return out
	}
	for pi, text := range texts {
		for _, t := range fold.Tokens(text) {
			entity := ""
			for _, key := range append([]string{t.Key}, fold.ArabicStems(t.Key)...) {
				if e := owner[key]; e != "" {
					entity = e
					break
				}
			}
			if entity == "" || covered(known(found[pi]), t.Start, t.End) {
				continue
			}
			out[pi] = append(out[pi], Mention{Span: dataset.Span{Start: t.Start, End: t.End}, Entity: entity, Kind: dataset.EntityPerson})
		}
	}
	return out
}

// known is the mentions of names the gazetteer knows.
func known(ms []Mention) []Mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool { return m.Provisional })
}

func covered(ms []Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < end && start < m.End })
}
