package extract

import "parallax/dataset"

// setting: a noun of talks after "in" («dans un entretien», "in an
// interview", «في مقابلة», «साक्षात्कार में») is where the sentence's
// speech is made: it dates what is said there, not an act of its own.
func (c *sentenceCtx) setting(f found) bool {
	if f.typ != "talks" || f.pos != "noun" {
		return false
	}
	if c.g.postpositions {
		_, _, ok := c.cueAt(f.at+f.n, "in")
		return ok
	}
	for j := f.at - 1; j >= max(0, f.at-2); j-- { // past "un", "an", "einem"
		if _, _, ok := c.cueAt(j, "in"); ok {
			return !c.breakBetweenTokens(j, f.at)
		}
	}
	return false
}

// toMedia: a news outlet or agency is named within a few words after the
// trigger: the talks are an interview given to it.
func (c *sentenceCtx) toMedia(f found) bool {
	for _, a := range c.actors {
		if (a.kind == dataset.EntityMedia || a.kind == dataset.EntityAgency) && a.from > f.at && a.from <= f.at+f.n+4 {
			return true
		}
	}
	return false
}
