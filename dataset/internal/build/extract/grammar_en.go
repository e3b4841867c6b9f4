package extract

// English: subject, verb, object; prepositions; adjectives first.
func init() {
	grammars["en"] = grammar{adjectiveFirst: true, juxtaposedPossessor: true}
}
