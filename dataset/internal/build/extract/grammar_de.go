package extract

// German: the finite verb second, the rest of the verb (participle,
// separated particle) at the end; prepositions; adjectives and
// participles first; nationality nouns capitalised; compounds.
func init() {
	grammars["de"] = grammar{
		verbSecond:             true,
		adjectiveFirst:         true,
		juxtaposedPossessor:    true,
		nationalityNouns:       true,
		compounds:              true,
		attributiveParticiples: true,
		triggerPlurals:         []string{"en", "e", "n"},
	}
}
