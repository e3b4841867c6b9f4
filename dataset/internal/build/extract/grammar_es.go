package extract

// Spanish: subject, verb, object, with the subject often dropped;
// prepositions; adjectives mostly after the noun.
func init() {
	grammars["es"] = grammar{juxtaposedPossessor: true}
}
