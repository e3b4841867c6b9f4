package extract

// Spanish: subject, verb, object, with the subject often dropped;
// prepositions; adjectives mostly after the noun; "los belgas", "un
// francés" are people; the preterite's accent («retiró», «anunció») tells
// a verb from the noun it folds to.
func init() {
	grammars["es"] = grammar{juxtaposedPossessor: true, nationalityNounsLower: true, verbEndings: []string{"ó"}}
}
