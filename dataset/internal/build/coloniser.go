package build

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/entities"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
)

// formerColoniser names the state that "the former colonial power" of the
// article means: the coloniser of the first of its countries that had one
// (France, in an article on Mali that names France more often than Mali).
// It returns the mentions to add to each paragraph's.
func formerColoniser(toks [][]fold.Token, ents [][]entities.Mention, home []string, kit *extract.Kit, gz *gazetteer.Gazetteer) [][]entities.Mention {
	coloniser := ""
	for _, h := range home {
		if e := gz.Entity(h); e != nil && e.ColonisedBy != "" {
			coloniser = e.ColonisedBy
			break
		}
	}
	out := make([][]entities.Mention, len(toks))
	if coloniser == "" {
		return out
	}
	for i, ts := range toks {
		for _, r := range kit.FormerColoniser(ts) {
			span := dataset.Span{Start: ts[r[0]].Start, End: ts[r[1]-1].End}
			if slices.ContainsFunc(ents[i], func(m entities.Mention) bool { return m.Start < span.End && span.Start < m.End }) {
				continue
			}
			out[i] = append(out[i], entities.Mention{Span: span, Entity: coloniser, Kind: dataset.EntityCountry})
		}
	}
	return out
}
