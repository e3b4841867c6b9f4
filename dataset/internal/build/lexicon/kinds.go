package lexicon

// CueKinds are the kinds of cue a language's "cues" may list, each with
// what it tells the extractor. A cue kind not here fails the load, so a
// misspelt kind is an error rather than a cue never looked at.
var CueKinds = map[string]string{
	"negation":          "the act did not happen: not, ne … pas, لم, नहीं",
	"future":            "it will happen: will, va, سوف, जाएगा",
	"hypothetical":      "it may happen: could, may, pourrait, قد",
	"ask":               "a verb of saying that, after an infinitive, asks for it (Hindi «… करने को कहा»)",
	"infinitive-object": "the postposition that makes an infinitive the object of 'ask' (Hindi को)",
	"document":          "a letter, a statement, a communiqué: as the subject of a speech act with no author named, the state's",
	"obligation":        "must, will have to, devra, debería, muss, ستضطر: reported of another, what one must do is a demand",
	"conditional":       "it would happen: would, würde",
	"attempt":           "it was tried: attempt, tentative, محاولة, कोशिश",
	"attribution":       "who says so: according to, told, selon, نقلت عن",
	"since":             "the sentence tells history: since, depuis, منذ",
	"history":           "the act is told as history: former, previously, سابقا",
	"passive":           "the agent follows (Hindi: precedes): by, par, من قبل, द्वारा",
	"agent":             "marks the agent of a noun: من جانب",
	"ergative":          "the actor before it is the agent: Hindi ने",
	"with":              "a preposition making an actor the other party: with, avec, مع",
	"from":              "a preposition of origin: from, de, من, से",
	"in":                "a preposition of place: in, en, في, में",
	"between":           "between, entre, zwischen, بين, के बीच: the actors it joins are the parties",
	"against":           "a preposition of opposition: against, contre, ضد, के खिलाफ",
	"to":                "a preposition of direction or recipient: to, à, إلى, को",
	"institution":       "authorities, government, army: a demonym with one names a state acting",
	"military-rule":     "a junta, a military government: with no country named, the country the article names that has had a coup",
	"military":          "soldiers and military things: near a coup, the army of its country made it",
	"intelligence":      "intelligence services: agents withdrawn are no forces",
	"embassy":           "an embassy: its staff are diplomats",
	"diplomatic":        "diplomatic, diplomatique, الدبلوماسي: a presence it qualifies is no forces'",
	"country":           "'the country', 'le pays', «البلاد»: the country the article is about",
	"territory":         "soil, territory: a demonym on it names the country",
	"clause":            "a subordinator opening a clause of its own: that, que, أن, कि",
	"relative":          "a relative pronoun: who, qui, الذي, जो",
	"aux":               "an auxiliary verb: has, a été, تم, है",
	"passive-aux":       "the auxiliary of the passive right before its participle: been, were, été, sido, wurden, تم",
	"light":             "a Hindi light verb making a noun an act: किया, हुआ",
	"pronoun":           "a pronoun that may stand for a named actor: it, elle, هي",
	"speaker-country":   "'his country', «بلاده»: the speaker's state",
	"request":           "a request, an appeal, a call, a proposal: rejected, it is refused, not denied: 'rejected calls for', «a rejeté les appels», «رفض الدعوات», दलीलों को खारिज",
	"when":              "when, quand, lorsque, cuando, als, عندما, حين, जब: a clause it opens right after a date happens on that date",
	"final":             "the last of a force: 'the last French soldiers', «les derniers soldats», «آخر جندي»: their leaving completes a withdrawal",
	"former-coloniser":  "'the former colonial power', «l'ancienne puissance coloniale», «القوة الاستعمارية السابقة»: the state that ruled the article's country (gazetteer colonised_by)",
	"own":               "a possessive making people the subject's own: its, अपने",
	"led":               "'led by', «بقيادة», के नेतृत्व में: whoever led it made it",
	"launch":            "a verb of doing whose object noun is the act: launched, mené, شن",
	"leave":             "a verb of leaving: the country after it is the one left",
	"also":              "also, aussi, أيضا: the act is restated of another party",
	"among":             "among them, dont, بينهم: a subset of people already named",
	"many":              "a vague plural: several, dozens, عدة",
	"plural":            "a plural marker on people without a number",
	"not-event":         "set phrases whose words name no event: a newsroom's request for comment",
	"generic":           "the act spoken of in general, not as an event: the number of attacks",
	"sport":             "words of sport: a sentence with them is about a match, not a war",
	"granted":           "has, a, tiene, hat, أمام, समय: with a span of time, what one has that long to do is a deadline set by another",
	"grant":             "gave, dando, donnant, gab, أمهل: gives another a span of time to act, a deadline: the giver demands it",
	"decision":          "a decision, whose owner named after it does the act it governs: décision du gouvernement de, قرار الحكومة",
	"responsible":       "responsibility for an act: whose it is did it: responsible for, responsabilité de, Verantwortung, مسؤولية, जिम्मेदारी",
	"now":               "now, désormais, ahora, nun, الآن, अब: in a later clause, the present set against what the sentence told first, which is background",
	"both-countries":    "the two countries, les deux pays, ambos países, beider Länder, البلدين, दोनों देशों: the pair the sentence names, as a tie's parties",
}

// The word classes, as the extractor names them.
const (
	Article         = "article"
	Determiner      = "determiner"
	Genitive        = "genitive"
	GenitiveAfter   = "genitive-after"
	Conjunction     = "conjunction"
	Connective      = "connective"
	Copula          = "copula"
	RelativePronoun = "relative-pronoun"
	RelativeAux     = "relative-aux"
	Concluded       = "concluded"
	TimeUnit        = "time-unit"
	Demonstrative   = "demonstrative"
	Intervene       = "intervene"
	Visit           = "visit"
	Qualify         = "qualify"
	Verdict         = "verdict"
)

// WordClasses are the closed classes of single words a language's "words"
// may list: function words the rules read by their grammatical part.
var WordClasses = map[string]string{
	Article:         "articles and possessive determiners that may stand before a noun: the, le, el, der, its, son",
	Determiner:      "determiners before a participle used as an adjective: the detained employee, der festgenommene Franzose",
	Genitive:        "prepositions of possession before the owner: of, de, von, من",
	GenitiveAfter:   "postpositions of possession after the owner: के, की, का",
	Conjunction:     "co-ordinating 'and': and, et, y, und, و, और",
	Connective:      "words that make what follows a circumstance, not the subject's act: after, following, suite à, بعد, के बाद",
	Copula:          "a copula that makes a participle a state, not an act: ist, sind, war",
	RelativePronoun: "relative pronouns, all forms: «الذي», «التي», «الذين»",
	RelativeAux:     "auxiliaries that may stand between a relative pronoun and its verb: «كان», «قد»",
	Concluded:       "participles of an agreement's or a force's making, whose date is the thing's: signed, conclu, created, créée, firmado, geschlossen, gegründet, الموقعة, أنشئت, हुआ",
	TimeUnit:        "units of a span of time, as a deadline gives it: days, mois, semanas, Monat, شهر, महीने",
	Demonstrative:   "demonstratives before a noun, which point back to what the text told: these, ces, estas, diese, هذه, इन",
	Intervene:       "forms of 'intervene', which with a country as where make a military intervention: intervened, intervenue, intervino, interveniert, تدخلت",
	Visit:           "forms of 'visit', whose country visited is the visitor's partner in talks: visited, visite, visitó, Besuch, زيارة, दौरा",
	Qualify:         "verbs that say what their subject is, which open an accusation whose subject is the act charged: constitutes, constitue, constituye, stellt (… dar), يشكل",
	Verdict:         "adjectives that judge an act's results, which denied ('not satisfactory') open an accusation of whose act it was: satisfactory, satisfaisant, satisfactorio, zufriedenstellend, مرضية, संतोषजनक",
}
