package extract

import (
	"cmp"

	"parallax/dataset"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// whosePeople retypes an act by whose people it moves. Ordering someone
// else's people out is an expulsion, whatever the verb ("ended the
// presence of French special forces"); ordering one's own out of a foreign
// country is a withdrawal or a reduction of presence ("ordered its
// employees to leave Mali").
func (c *sentenceCtx) whosePeople(cand *Candidate, f found, gz *gazetteer.Gazetteer) {
	source := ""
	for _, s := range cand.Source {
		if e := gz.Entity(s); source == "" && e != nil && e.Kind == dataset.EntityCountry {
			source = s
		}
	}
	if source == "" {
		return
	}
	military := lexicon.GlossClass(cand.Gloss) == "military"
	owner := gz.Country(cand.Owner)
	switch {
	case (cand.Type == "withdraw-forces" || cand.Type == "reduce-presence") && owner != "" && owner != source:
		if cand.srcNear && cand.people[0] > f.at {
			cand.Type = "expel"
			cand.Target = []string{owner}
			return
		}
		// The people are the subject and leave of themselves ("les soldats
		// français ont achevé leur retrait"): their state withdraws them,
		// from the country named as acting elsewhere.
		cand.Source, cand.States = []string{owner}, []string{owner}
		cand.Target = []string{source}
	case cand.Type == "expel":
		left := c.countryLeft(f, gz)
		if cand.own && cand.Owner == "" || left != "" && left != source && (cand.Owner == "" || gz.Country(cand.Owner) == source) {
			cand.Type = "reduce-presence"
			if military {
				cand.Type = "withdraw-forces"
			}
			if left != "" {
				cand.Target = []string{left}
			}
		}
	}
}

// countryLeft is the country a "leave" word in the trigger's clause names:
// "to leave Mali", «بمغادرة مالي», «माली छोड़ने».
func (c *sentenceCtx) countryLeft(f found, gz *gazetteer.Gazetteer) string {
	lo, _ := c.clause(f.at)
	_, hi := c.clause(max(f.at, f.end)) // «أمرت …، الثلاثاء، … بمغادرة مالي»
	for j := lo; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "leave"); !ok {
			continue
		}
		for _, a := range c.actors {
			near := a.from > j && a.from <= j+2 || c.g.verbFinal && a.to < j && a.to >= j-2
			if near && !a.demonym && (a.kind == dataset.EntityCountry || a.kind == dataset.EntityPlace) {
				return cmp.Or(gz.Country(a.actor), a.actor)
			}
		}
	}
	return ""
}
