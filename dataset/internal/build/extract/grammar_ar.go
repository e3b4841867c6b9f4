package extract

// Arabic: verb, subject, object; prepositions, the article, conjunctions,
// pronouns and the future written on the word; a dual; adjectives after
// the noun; «من» both "from" and "of".
func init() {
	grammars["ar"] = grammar{verbInitial: true, clitics: true, article: "ال", dual: true, pluralByEnding: true, fromIsOf: true}
}
