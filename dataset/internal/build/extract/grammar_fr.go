package extract

// French: subject, verb, object; prepositions; adjectives mostly after the
// noun; "un Français" is a person, "français" an adjective.
func init() {
	grammars["fr"] = grammar{juxtaposedPossessor: true, nationalityNouns: true}
}
