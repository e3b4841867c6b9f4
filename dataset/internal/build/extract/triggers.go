package extract

import (
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// found is a trigger found in the sentence.
type found struct {
	trigger
	at, n  int
	future bool
	obj    int // where its object word is, -1 when none was needed
	end    int // the last token of the whole pattern, past any gap
	stem   int // the runes of its first word a prefix pattern spelt out
}

func (c *sentenceCtx) triggers(gz *gazetteer.Gazetteer) []found {
	var out []found
	kinds := map[string]bool{}
	for _, a := range c.actors {
		kinds[a.kind] = true
		kinds[a.own] = true // Dakar stands for Senegal, and is a place: "a massacre near Dakar"
	}
	objects := map[int]bool{} // words that are another trigger's object
	for i := 0; i < len(c.toks); i++ {
		if c.inDate(i) {
			continue // "in March 2025" is a date, not a march
		}
		if _, n, ok := c.cueAt(i, "not-event"); ok {
			i += n - 1 // "a request for comment": no demand
			continue
		}
		if f, ok := c.askedInfinitive(i); ok {
			out = append(out, f)
			continue
		}
		hits := c.k.triggers.At(c.toks, i)
		verbForm := c.writtenVerb(i)
		longest := 0
		for hi, h := range hits {
			if hi > 0 && h.Head < hits[0].Head && hits[0].Head > 1 && h.Value.typ != hits[0].Value.typ {
				continue // «إنذاراً بمغادرة» is an expulsion, not an ultimatum besides
			}
			t := h.Value
			if verbForm && t.pos == "noun" && slices.ContainsFunc(hits, func(g lexicon.Hit[trigger]) bool { return g.Value.typ == t.typ && g.Value.pos == "verb" }) {
				continue // «Francia retiró sus tropas»: the verb, not «el retiro»
			}
			if t.pos == "verb" && c.connectiveRightBefore(i) && slices.ContainsFunc(hits, func(g lexicon.Hit[trigger]) bool { return g.Value.typ == t.typ && g.Value.pos == "noun" }) {
				continue // "after visits to Mali", «après des visites»: no finite verb follows "after"
			}
			if t.pos == "verb" && c.g.nounsCapitalised && c.capitalised(i) && !c.sentenceStart(i) {
				continue // "66 Entführte befreit": the kidnapped, a noun
			}
			if req := c.k.requires[t.typ]; len(req) > 0 && !slices.ContainsFunc(req, func(k string) bool { return kinds[k] }) {
				continue
			}
			if h.Head < h.Len && h.Bound && !c.clauseFinal(i, i+h.Len-1) {
				continue
			}
			c.found = out // the triggers before i, for hasObject
			obj, ok := c.hasObject(t, i, h.Head)
			if !ok {
				continue
			}
			// The object's phrase ("its defence cooperation agreement") is
			// what is suspended, not an act of its own.
			for j := obj; obj >= 0 && j <= obj+2 && j < len(c.toks); j++ {
				if j > obj && c.k.is(lexicon.Qualify, c.toks[j].Key) {
					break // "l'aide française constitue": the phrase ends at its verb
				}
				objects[j] = true
				if c.punctuated(j) {
					break
				}
			}
			if slices.ContainsFunc(out, func(f found) bool { return f.typ == t.typ && f.at == i && f.site == t.site }) {
				continue
			}
			out = append(out, found{t, i, h.Head, h.Future, obj, i + h.Len - 1, h.Stem})
			longest = max(longest, h.Head)
		}
		// A trigger that needed its object is more specific than one that
		// did not: "urged its citizens to leave" is advice, not a demand.
		// Of two that found objects, the nearer object decides: "retirará
		// a sus soldados de la misión" withdraws troops.
		if atI := slices.IndexFunc(out, func(f found) bool { return f.at == i }); atI >= 0 {
			constrained := slices.ContainsFunc(out[atI:], func(f found) bool { return c.k.objectsOf(f.trigger) != nil })
			if constrained {
				out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return c.k.objectsOf(f.trigger) == nil })...)
			}
			// One word, two types' objects: the whole word spelt out beats
			// a prefix ("Militärabkommen" is an accord, not "militär*").
			prefixObject := func(f found) bool {
				h, ok := c.k.objectsOf(f.trigger).Longest(c.toks, max(f.obj, 0))
				return f.obj >= 0 && ok && h.Stem > 0
			}
			spelt := map[int]bool{} // objects some trigger here matched as a whole word
			for _, f := range out[atI:] {
				if f.obj >= 0 && !prefixObject(f) {
					spelt[f.obj] = true
				}
			}
			out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return spelt[f.obj] && prefixObject(f) })...)
			nearest := 1 << 30
			for _, f := range out[atI:] {
				if f.obj >= 0 {
					nearest = min(nearest, abs(f.obj-i))
				}
			}
			if head := c.headObject(out[atI:], i, nearest); head >= 0 {
				out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return f.obj >= 0 && f.obj != head })...)
			} else {
				out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return f.obj >= 0 && abs(f.obj-i) > nearest })...)
			}
		}
		if longest > 1 {
			i += longest - 1
		}
	}
	// "suspended its cooperation": the cooperation is what was suspended,
	// not an act of cooperating; and in "rompió el pacto firmado con
	// Francia en 2019" the signing is the pact's attribute.
	objectAt := map[int]int{} // an object word's position → the first act it is the object of
	for _, g := range out {
		if _, seen := objectAt[g.obj]; g.obj >= 0 && !seen {
			objectAt[g.obj] = g.at
		}
	}
	return slices.DeleteFunc(out, func(f found) bool {
		return objects[f.at] && c.k.objectsOf(f.trigger) == nil || c.attributeOfObject(f, objectAt)
	})
}

// headObject: where adjectives and noun modifiers come first, of two
// objects in one noun phrase after the trigger the last is its head:
// "end the military cooperation agreement" ends an agreement, not the
// military. -1 when there are not two, or they are apart.
func (c *sentenceCtx) headObject(fs []found, at, nearest int) int {
	if !c.g.adjectiveFirst || c.g.verbFinal {
		return -1
	}
	first, last := at+nearest, -1
	for _, f := range fs {
		if f.obj > at {
			last = max(last, f.obj)
		}
	}
	if last <= first || last-first > 2 || c.breakBetweenTokens(first, last) {
		return -1
	}
	for j := first; j < last; j++ {
		if c.k.is(lexicon.Genitive, c.toks[j].Key) || c.k.is(lexicon.Conjunction, c.toks[j].Key) {
			return -1 // "the withdrawal of troops under the agreement", "troops and agreements": two phrases
		}
	}
	return last
}

// attributeOfObject: the trigger at f is a participle of making ("signé",
// «الموقعة») at most four words after another act's object: it describes
// that object.
func (c *sentenceCtx) attributeOfObject(f found, objectAt map[int]int) bool {
	if !c.k.is(lexicon.Concluded, c.toks[f.at].Key) {
		return false
	}
	for j := f.at - 4; j < f.at; j++ {
		if at, ok := objectAt[j]; ok && at < f.at {
			return true
		}
	}
	return false
}

// writtenVerb: the word at i, as written, ends as only a verb form does
// in the language (Spanish «retiró»).
func (c *sentenceCtx) writtenVerb(i int) bool {
	if len(c.g.verbEndings) == 0 {
		return false
	}
	word := strings.ToLower(c.text[c.toks[i].Start:c.toks[i].End])
	return slices.ContainsFunc(c.g.verbEndings, func(e string) bool { return strings.HasSuffix(word, e) })
}

// ruleName names the trigger's rule for -v and the export's debug field:
// "trigger/verb/arrest", "trigger/verb/withdraw-forces/handover".
func (f found) ruleName() string {
	name := "trigger/" + f.pos + "/" + f.typ
	if f.site {
		name += "/handover"
	}
	return name
}

// sharesPhrase: two triggers overlap or follow each other closely
// enough to be one phrase («देश छोड़ने का आदेश»).
func (c *sentenceCtx) sharesPhrase(g, f found) bool {
	return g.at+g.n+2 >= f.at
}

// clauseFinal: tokens from..to lie in one clause, which ends at to. A
// separated particle ends its clause: "Paris setzt die Zusammenarbeit …
// aus", not "weist die Vorwürfe aus Bamako … zurück".
func (c *sentenceCtx) clauseFinal(from, to int) bool {
	for j := from; j < to; j++ {
		if c.punctuated(j) {
			return false
		}
	}
	return c.breaks(to) || c.k.is(lexicon.Conjunction, c.toks[to+1].Key)
}

// hasObject checks a trigger's object words: after it, or in verb-final
// Hindi and German before it too.
func (c *sentenceCtx) hasObject(t trigger, at, n int) (int, bool) {
	typ := t.typ
	ix := c.k.objectsOf(t)
	if ix == nil {
		return -1, true
	}
	if t.pos == "phrase" && eventtype.Is(typ, eventtype.Forces) {
		// "military intervention", «التدخل العسكري», "सैन्य हस्तक्षेप":
		// a phrase that names the military is its own object.
		for j := at; j < at+n && j < len(c.toks); j++ {
			if _, _, ok := c.cueAt(j, "military"); ok {
				return -1, true
			}
		}
	}
	if h, ok := ix.Longest(c.toks, at); ok && h.Len == n && t.pos == "noun" {
		// «Truppenabzug», «Abzugsbeschluss», «Parteiverbot»: a compound
		// that names what it acts on is its own object.
		return -1, true
	}
	w := c.k.window[typ]
	lo, hi := at-3, at+n+w
	if eventtype.Is(typ, eventtype.Forces) && !c.g.verbInitial {
		// "Les derniers soldats français stationnés au Tchad ont quitté":
		// the forces that move are the subject, before the verb; a site's
		// name does not count ("le quartier Contre-Amiral Protêt du Port
		// de Dakar a été remis").
		lo = at
		for words, steps := 0, 0; lo > 0 && words < w && steps < w+12 && !c.breakBetweenTokens(lo-1, at); lo, steps = lo-1, steps+1 {
			j := lo - 1
			inName := j > 0 && c.capitalised(j-1) && (c.k.is(lexicon.Genitive, c.toks[j].Key) || c.k.is(lexicon.Article, c.toks[j].Key))
			if !c.capitalised(j) && !inName {
				words++
			}
		}
	}
	if c.g.verbFinal || c.g.verbSecond {
		lo = min(lo, at-w)
	}
	if c.g.verbSecond && eventtype.Is(typ, eventtype.Forces) {
		// "Der Stützpunkt von Port Bouet wurde am Donnerstag an die
		// ivorische Armee übergeben": the passive's subject stands before
		// its auxiliary, the participle ends the clause.
		start, _ := c.clause(at)
		start = max(start, at-24) // a clause's length, not a hostile sentence's
		for j := at - 1; j > start; j-- {
			if _, _, ok := c.cueAt(j, "aux"); ok {
				lo = min(lo, start)
				break
			}
		}
	}
	// Articles, numbers and possessives do not count: "retirará antes de
	// lo previsto a sus 300 soldados".
	for j, words := at+n, 0; j < len(c.toks) && words < w; j++ {
		if _, _, sub := c.cueAt(j, "clause"); sub && c.punctuated(j-1) {
			break // "das Ende der Einsätze an, nachdem … das Abkommen": the next clause's object
		}
		hi = j + 1
		if key := c.toks[j].Key; !c.k.is(lexicon.Article, key) && !c.k.is(lexicon.Genitive, key) && !isCount(c.k, key) {
			words++
		}
	}
	if c.g.verbFinal {
		hi = min(hi, at+n+1) // verb-final: what follows is the next verb's («… पर रोक से विकास पर असर»)
	}
	for j := max(0, lo); j < min(len(c.toks), hi); j++ {
		if j >= at && j < at+n {
			continue
		}
		if j < at && c.g.verbInitial && c.breakBetweenTokens(j, at) {
			// An Arabic verb's object follows it: «… في سفارة مالي بفرنسا،
			// وسحبت بقية عناصرها» withdrew no embassy.
			continue
		}
		if h, ok := ix.Longest(c.toks, j); ok && !(t.site && c.notSite(j)) && !(eventtype.Is(typ, eventtype.Forces) && c.diplomatic(j, j+h.Len)) {
			return j, true
		}
	}
	if eventtype.Is(typ, eventtype.Forces) && !t.site {
		// "The Wagner Group has left Mali", «غادرت قوة برخان»: a named
		// armed force, before or after, is what moves.
		for _, a := range c.actors {
			// Past an apposition ("les combattants de l'Africa Corps, la
			// structure paramilitaire russe, sont arrivés"), not a clause.
			apposition := !c.g.verbFinal && a.to < at && a.to >= at-12 && (!c.subordinateBetween(a.to, at) || c.relativeBetween(a.to, at)) &&
				!c.anyActBetween(a.to, at) && // "JNIM has enforced a blockade …, leaving long queues"
				!slices.ContainsFunc(c.actors, func(b actorTok) bool { return b.from > a.to && b.to < at && (!b.demonym || b.institution) }) // "…to the Chadian army, after the government ended"
			if a.force && a.from < hi && (a.to >= at-w && !c.breakBetween(&a, at) || apposition) {
				return -1, true
			}
		}
	}
	if typ == "withdraw-forces" && t.pos == "verb" && !t.site && c.countryOf(at, n, w, "from") {
		return -1, true
	}
	if typ == "deploy-forces" && t.pos != "phrase" && c.k.is(lexicon.Intervene, c.toks[at].Key) && c.countryOf(at, n, w+2, "in") {
		return -1, true // "France intervened in Mali", «تدخلت فرنسا في مالي», "NATO's intervention in Libya"
	}
	return -1, false
}

// countryOf: the verb at at, with no people named around it, has a
// country, not a bloc or a treaty, as what it leaves (prep "from": "France
// withdrew from Mali", «s'est retirée du Mali», "hatte sich aus Mali
// zurückziehen müssen") or enters (prep "in": "intervened in Mali"): a
// state that leaves or intervenes in a country moves its forces, with no
// forces named. "Mali's internal affairs" are no country.
func (c *sentenceCtx) countryOf(at, n, w int, prep string) bool {
	lo, hi := c.clause(at)
	for _, d := range c.descr {
		// "withdrew embassy staff from Mali": those people, not forces;
		// the jihadists an intervention fought are no one it moves.
		if d.gloss != "fighters" && d.from >= max(lo, at-w) && d.from <= min(hi, at+n+w) {
			return false
		}
	}
	for _, a := range c.actors {
		if a.prep != prep || a.kind != dataset.EntityCountry || a.demonym || a.aside || c.breakBetween(&a, at) || c.possessive(a.to) {
			continue
		}
		reach := 3
		if c.k.is(lexicon.Intervene, c.toks[at].Key) {
			reach = 6 // "l'intervention de l'Otan en Libye": past the noun's agent
		}
		after := a.from >= at+n && a.from-(at+n) <= reach
		before := (c.g.verbSecond || c.g.verbFinal) && a.to < at && at-a.to <= w+2
		if after || before {
			return true
		}
	}
	return false
}

// possessive: the name ending at token j owns what follows it ("Mali's
// affairs").
func (c *sentenceCtx) possessive(j int) bool {
	rest := c.text[c.toks[j].End:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// diplomatic: a diplomatic word qualifies the object at [from, to): «sa
// présence diplomatique», «وجودها الدبلوماسي» are no forces; a military
// object stays one ("the military and diplomatic withdrawal").
func (c *sentenceCtx) diplomatic(from, to int) bool {
	for j := from; j < to; j++ {
		if _, _, ok := c.cueAt(j, "military"); ok {
			return false
		}
	}
	for _, j := range []int{from - 1, to} {
		if j >= 0 && j < len(c.toks) {
			if _, _, ok := c.cueAt(j, "diplomatic"); ok {
				return true
			}
		}
	}
	return false
}

// notSite: the site word at j is no place handed over — a group's name
// («تنظيم القاعدة», al-Qaeda), a set phrase ("sur la base de", "on the
// basis"), or where someone goes or is.
func (c *sentenceCtx) notSite(j int) bool {
	for _, a := range c.actors {
		if j >= a.from && j <= a.to && a.own != dataset.EntityPlace {
			return true
		}
	}
	for k := max(0, j-3); k <= j; k++ {
		if _, n, ok := c.cueAt(k, "not-event"); ok && k+n > j {
			return true
		}
	}
	return c.destination(j)
}

// destination: the word at j is where someone goes or is, not what is
// handed over: "returned to the base", "transférés au camp", «عادوا إلى
// القاعدة», "अड्डे पर लौटे". A preposition of direction or place stands
// before it, past articles (after it, in postpositional Hindi).
func (c *sentenceCtx) destination(j int) bool {
	if c.g.postpositions {
		// Hindi marks the object with को, as it marks the recipient; a site
		// with any other postposition is a place: «अड्डे पर», «अड्डे से».
		for k := j + 1; k <= j+2 && k < len(c.toks); k++ {
			if _, _, ok := c.cueAt(k, "in", "against", "from"); ok {
				return true
			}
		}
		return false
	}
	// Past articles, and past a noun the site is the complement of: "a
	// los desplazados del campamento" are given something, the camp is
	// theirs; "remis les clés du camp" hands the camp over.
	for k, nouns := j-1, 0; k >= 0 && k >= j-6; k-- {
		if _, n, ok := c.cueAt(k, "to", "in"); ok && k+n <= j {
			return true
		}
		key := c.toks[k].Key
		switch {
		case c.k.is(lexicon.Article, key):
		case c.k.is(lexicon.Genitive, key) && nouns == 0 && k > 0:
			nouns++
			k-- // the noun it completes
		default:
			return false
		}
	}
	return false
}

// relativeBetween: a relative pronoun opens the only clause between tokens
// a and b ("the Africa Corps, a paramilitary force …, which has been
// deploying"): its verb is the antecedent's.
func (c *sentenceCtx) relativeBetween(a, b int) bool {
	rel := false
	for j := a + 1; j < b; j++ {
		_, _, r := c.cueAt(j, "relative")
		if c.subordinateBetween(j-1, j) && !r {
			return false
		}
		rel = rel || r
	}
	return rel
}

// askedInfinitive: "… को वापस बुलाने को कहा" (asked to recall …): in a
// language whose verb of saying takes an infinitive as its object, saying
// so asks for the act — a demand, whose act it absorbs.
func (c *sentenceCtx) askedInfinitive(i int) (found, bool) {
	suffix := c.g.infinitiveSuffix
	if suffix == "" || i < 2 || !strings.HasSuffix(c.toks[i-2].Key, suffix) {
		return found{}, false
	}
	if _, _, ok := c.cueAt(i-1, "infinitive-object"); !ok {
		return found{}, false
	}
	if _, n, ok := c.cueAt(i, "ask"); ok {
		return found{trigger: trigger{typ: "demand", pos: "verb"}, at: i, n: n, obj: -1, end: i + n - 1}, true
	}
	return found{}, false
}
