package extract

// Spanish: subject, verb, object, with the subject often dropped;
// prepositions; adjectives mostly after the noun; "los belgas", "un
// francés" are people.
func init() {
	grammars["es"] = grammar{juxtaposedPossessor: true, nationalityNounsLower: true}
}
