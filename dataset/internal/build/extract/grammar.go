package extract

// grammar is what the extractor needs to know of a language's syntax:
// where the verb stands, how relations are marked, how words combine. The
// rules read these properties rather than the language's code, so a new
// language with a known word order needs no new rule, only its values in
// a grammar_<lang>.go file (a language without one reads as English does).
type grammar struct {
	// verbFinal: subject, object, verb (Hindi). What comes before a verb
	// is its own; what follows belongs to the next verb.
	verbFinal bool
	// verbInitial: verb, subject, object (Arabic). The subject follows the
	// verb; an object too, after it.
	verbInitial bool
	// verbSecond: the finite verb second and the rest of the verb last
	// (German): "Seit September blockiert die Gruppe …", "… haben Mali
	// verlassen"; cues and objects may follow far after the trigger.
	verbSecond bool
	// postpositions: relations are marked after the noun (Hindi को, से,
	// में, ने, द्वारा, के बाद), so a name's role is read from what follows it.
	postpositions bool
	// clitics: conjunctions, prepositions, the article, pronouns and the
	// future are written on the word (Arabic و ف ب ل ال, ـها, سـ).
	clitics bool
	// article is the definite article written on the word (Arabic «ال»),
	// "" where it stands apart or there is none. Names go without it, so
	// after a title a word with it is an adjective or a genitive.
	article string
	// dual: nouns have a dual number, a count of two (Arabic).
	dual bool
	// adjectiveFirst: adjectives stand before their noun ("the French
	// withdrawal", "der französische Abzug", «फ्रांसीसी सैनिक»).
	adjectiveFirst bool
	// juxtaposedPossessor: a name right before another may own it
	// ("Russia's Africa Corps", "Russlands Africa Corps").
	juxtaposedPossessor bool
	// nounsCapitalised: every noun is written with a capital, so a verb
	// trigger so written inside a sentence is a noun made of it
	// ("66 Entführte", the kidnapped, is no "entführte").
	nounsCapitalised bool
	// nationalityNouns: a person's nationality is a capitalised noun
	// where the adjective is not ("un Français", "einen Franzosen").
	nationalityNouns bool
	// nationalityNounsLower: a demonym after an article or a number is a
	// person, written as the adjective is ("los tres belgas", "un
	// francés").
	nationalityNounsLower bool
	// compounds: words compound ("Botschaftspersonal",
	// "einundzwanzig"), so an owner or a number hides inside a word.
	compounds bool
	// attributiveParticiples: a participle before a noun describes it ("die
	// festgenommenen Franzosen") and names no act of its own.
	attributiveParticiples bool
	// pluralByEnding: a noun's plural ending alone says it is plural (the
	// endings cannot be mistaken for another word's).
	pluralByEnding bool
	// triggerPlurals are the endings that make a trigger noun plural
	// ("Angriffe"), when they are not the lexicon's plural endings of
	// people ("-en", "-e", "-n" in German).
	triggerPlurals []string
	// participle tells a past participle from an infinitive, where the
	// future's auxiliary also makes the passive (German "werden … verhaftet"
	// is passive, "werden … verhaften" future); nil elsewhere.
	participle func(word string) bool
	// infinitiveMarker is the word that makes a verb an infinitive at the
	// end of its clause (German "zu": "… eingesetzt zu haben"), "" where
	// none does.
	infinitiveMarker string
	// infinitiveSuffix ends the verbal noun that a verb of asking takes as
	// its object: Hindi «वापस बुलाने को कहा» (asked to recall). "" where
	// the language has no such construction.
	infinitiveSuffix string
	// fromIsOf: the preposition "from" also makes genitives (Arabic
	// «من»): "agents of Bamako" and "withdrew from Bamako" look alike.
	fromIsOf bool
	// conditionalMarks are the letters, which folding drops, that alone
	// tell the conditional's auxiliary from the past's (German "würden",
	// "wurden"): a conditional cue counts only where one is written.
	conditionalMarks string
	// verbEndings are written endings that make a word a verb form which
	// folding would make a noun: Spanish «retiró» (he withdrew) folds to
	// «retiro» (withdrawal).
	verbEndings []string
}

// grammars are the languages' grammars, by ISO 639-1 code.
var grammars = map[string]grammar{}
