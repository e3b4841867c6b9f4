package extract

// Hindi: subject, object, verb; postpositions (को, से, में, ने, द्वारा);
// adjectives first; most acts a noun or participle with a light verb
// (गिरफ्तार किया).
func init() {
	grammars["hi"] = grammar{verbFinal: true, postpositions: true, adjectiveFirst: true, pluralByEnding: true, infinitiveSuffix: "ने"}
}
