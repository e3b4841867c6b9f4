package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// People acted on are often described rather than named: "a French
// national", «خمسة من موظفي السفارة الفرنسية», "दर्जनों सैनिकों". A group is
// one such description in a sentence, with whose people they are and how
// many. Two groups are two sets of people: the arrest of "dozens of
// soldiers" and that of "a French national" are two arrests.

// Number is the grammatical number of a group of people.
type Number int

const (
	NumberUnknown Number = iota
	One
	Many
)

type group struct {
	from, to int    // tokens, widened over the number and the demonym
	head     int    // the descriptor's first token
	gloss    string // English noun: "national", "diplomat", "troops"
	owner    string // actor whose people they are (a state, an army), "" when unsaid
	own      bool   // the subject's own: "its staff", «موظفي سفارتها», «अपने कर्मचारियों»
	qty      float64
	number   Number
}

func (g group) military() bool {
	return g.gloss == "troops" || g.gloss == "officer" || g.gloss == "fighters"
}

// group reads the description around descriptor d.
func (c *sentenceCtx) group(d descrTok) group {
	g := group{from: d.from, to: d.to, head: d.from, gloss: d.gloss}
	// A demonym next to the descriptor: "two Malian diplomats", «دبلوماسيين
	// ماليين», "फ्रांसीसी नागरिक".
	// The adjective's side of the noun comes first: «دبلوماسياً فرنسياً»
	// after it, "French diplomat" before; a demonym of an institution
	// («السلطات المالية») describes the institution.
	before := c.g.adjectiveFirst
	for _, side := range []bool{before, !before} {
		for _, a := range c.actors {
			// An institution's demonym describes it, unless the institution
			// ends the description: «موظف في السفارة الفرنسية».
			if !a.demonym || a.institution && !(a.from == g.to+1 && c.isInstitution(g.to)) {
				continue
			}
			adjacent := a.from == g.to+1
			if side {
				adjacent = a.to == g.from-1 || a.to == g.from-2 && a.to >= 0 && !c.breaks(a.to) && !c.isDescriptor(a.to+1)
			}
			if adjacent {
				g.from, g.to = min(g.from, a.from), max(g.to, a.to)
				if g.owner == "" {
					g.owner = a.actor
				}
			}
		}
	}
	if g.owner == "" {
		g.owner = c.genitiveOwner(d)
	}
	if g.owner == "" && c.g.compounds {
		g.owner = c.compoundOwner(d)
	}
	if g.gloss == "member" {
		// "two members of the Malian embassy" are embassy staff; "JNIM
		// members" are fighters.
		for j := d.to + 1; j < len(c.toks) && j <= d.to+4 && !c.breaks(j-1); j++ {
			if _, _, ok := c.cueAt(j, "embassy"); ok {
				g.gloss = "embassy staff"
			}
		}
		if e := c.gz.Entity(g.owner); g.gloss == "member" && e != nil && e.Kind == dataset.EntityArmedGroup {
			g.gloss = "fighters"
		}
	}
	qty, qfrom := c.quantity(g.from)
	if qfrom >= 0 {
		g.from, g.qty = qfrom, qty
		g.number = Many
		if qty == 1 {
			g.number = One
		}
	}
	if qfrom < 0 && c.g.dual && c.arabicDual(d) {
		g.qty, g.number = 2, Many // «دبلوماسيَّين», «وأمهلتهما»: the dual is a count
	}
	for j := g.from - 1; j >= max(0, g.from-3) && g.number == NumberUnknown; j-- {
		if _, _, ok := c.cueAt(j, "many"); ok {
			g.number = Many
		}
		if n, ok := c.k.numbers[c.toks[j].Key]; ok && n == 1 && j >= g.from-2 {
			g.number = One
		}
		if c.breaks(j) || c.actorAt(j) && !c.isDemonymAt(j) {
			break
		}
	}
	if g.number == NumberUnknown && c.pluralForm(d) {
		g.number = Many
	}
	if g.own = c.ownPeople(d); g.own {
		g.owner = "" // "retirer ses troupes du Mali": Mali is left, not whose
	}
	return g
}

// arabicDual: the Arabic noun of d is in the dual. Written with its
// vowels, the dual ends in «ـَيْن» (fatha) where the plural has «ـِين»
// (kasra), or in «ـان»; unvowelled, a dual pronoun on a verb just after
// says so («طرد دبلوماسيين، وأمهلتهما»: gave the two of them).
func (c *sentenceCtx) arabicDual(d descrTok) bool {
	raw := c.text[c.toks[d.from].Start:c.toks[d.from].End]
	bare := strings.Map(func(r rune) rune {
		if r == '\u0652' || r == '\u0651' { // sukun, shadda
			return -1
		}
		return r
	}, raw)
	if strings.HasSuffix(bare, "\u064eين") || strings.HasSuffix(c.toks[d.from].Key, "ان") && utf8.RuneCountInString(c.toks[d.from].Key) > 4 {
		return true
	}
	for j := d.to + 1; j < len(c.toks) && j <= d.to+6; j++ {
		key := c.toks[j].Key
		if strings.HasSuffix(key, "هما") && utf8.RuneCountInString(key) > 4 && !strings.HasSuffix(key, "بينهما") {
			return true
		}
	}
	return false
}

func (c *sentenceCtx) isDemonymAt(j int) bool {
	_, ok := c.demonymAt(j)
	return ok
}

// genitiveOwner is the state or organ a description belongs to through a
// genitive: "agents de l'ambassade de France", «موظفي السفارة الفرنسية»,
// "France's diplomats", «माली के दो राजनयिकों». Articles, numbers,
// institutions ("embassy") and genitive markers may come between.
func (c *sentenceCtx) genitiveOwner(d descrTok) string {
	linking := func(j int) bool {
		key := c.toks[j].Key
		return c.k.is(lexicon.Article, key) || c.k.is(lexicon.Genitive, key) || c.k.is(lexicon.GenitiveAfter, key) || key == "s" || c.isInstitution(j) || isCount(c.k, key)
	}
	// An entity that the description ends in: «موظف في [السفارة الفرنسية
	// في باماكو]».
	for _, a := range c.actors {
		if a.from <= d.to && a.to > d.to && a.from >= d.from {
			return a.actor
		}
	}
	for j := d.to + 1; j <= d.to+4 && j < len(c.toks); j++ {
		if c.breaks(j - 1) {
			break
		}
		if a := c.actorStarting(j); a != nil {
			if a.kind != dataset.EntityPlace || a.actor != a.entity {
				return a.actor
			}
			break
		}
		if !linking(j) {
			break
		}
	}
	for j := d.from - 1; j >= max(0, d.from-5); j-- {
		if c.breaks(j) {
			break
		}
		if a := c.actorEnding(j); a != nil {
			genitive := false
			for k := a.to + 1; k < d.from; k++ {
				key := c.toks[k].Key
				genitive = genitive || c.k.is(lexicon.GenitiveAfter, key) || key == "s"
			}
			if genitive || a.demonym {
				return a.actor
			}
			break
		}
		if !linking(j) && !c.isDemonymAt(j) {
			break
		}
	}
	return ""
}

// compoundOwner reads the name a German compound starts with:
// "Bundeswehrsoldaten" are the Bundeswehr's, "Frankreichbesuch" no one's.
func (c *sentenceCtx) compoundOwner(d descrTok) string {
	if c.gz == nil {
		return ""
	}
	word := c.text[c.toks[d.from].Start:c.toks[d.from].End]
	for i := range word {
		if i < 4 || i > len(word)-4 {
			continue
		}
		for _, m := range c.gz.Find(word[:i]) {
			if m.Start == 0 && m.End == i && !m.Demonym {
				return c.gz.Actor(m.Entity)
			}
		}
	}
	return ""
}

// ownPeople: a possessive makes the people the subject's own ("its
// diplomatic staff", «جنودها», «अपने कर्मचारियों»).
func (c *sentenceCtx) ownPeople(d descrTok) bool {
	for j := d.from - 1; j >= max(0, d.from-4); j-- {
		if _, _, ok := c.cueAt(j, "own"); ok {
			return true
		}
		if c.breaks(j) {
			break
		}
	}
	if c.g.postpositions {
		// «अपने दूतावास के गैर-जरूरी कर्मचारियों»: the possessive opens the phrase.
		for j := d.from - 1; j >= max(0, d.from-7); j-- {
			if _, _, ok := c.cueAt(j, "own"); ok {
				return true
			}
			if c.breaks(j) || c.actorAt(j) {
				break
			}
		}
	}
	if c.g.clitics {
		// A pronoun suffix on the noun or on the institution after it:
		// «جنودها», «موظفي سفارتها».
		for j := d.to; j <= min(d.to+1, len(c.toks)-1); j++ {
			key := c.toks[j].Key
			if (j == d.to || c.isInstitution(j)) && (strings.HasSuffix(key, "ها") || strings.HasSuffix(key, "هم")) && utf8.RuneCountInString(key) > 4 {
				return true
			}
		}
	}
	return false
}

// pluralForm: the descriptor's noun has a plural ending of its language
// ("diplomats", "ressortissants", «مواطنين», «कर्मचारियों»).
func (c *sentenceCtx) pluralForm(d descrTok) bool {
	head := d.from
	if c.g.adjectiveFirst {
		head = d.to
	}
	if _, _, ok := c.cueAt(head, "plural"); ok {
		return true // a plural of its own: «عناصر», «ضباط», "people"
	}
	key := c.toks[head].Key
	for _, e := range c.k.plurals {
		if strings.HasSuffix(key, e) && utf8.RuneCountInString(key) > utf8.RuneCountInString(e)+2 {
			return true
		}
	}
	return false
}

// describe finds how the people acted on are described, and how many, and
// sets the candidate's target to whose people they are. It returns the
// other groups the same act takes ("arrested dozens of soldiers … as well
// as a French national").
// speaker: the people d describes are who the sentence's attribution,
// set off by a comma, names as saying it ("…, said Malian officials",
// «…, ont indiqué des responsables maliens», «، بحسب مسؤولين ماليين»).
func (c *sentenceCtx) speaker(d descrTok) bool {
	for j := d.from - 1; j >= max(0, d.from-3); j-- {
		if _, _, ok := c.cueAt(j, "attribution"); ok {
			for j > 0 && !c.punctuated(j-1) && c.isAux(j-1) {
				j-- // "…, ont indiqué des responsables"
			}
			return j > 0 && c.punctuated(j-1)
		}
	}
	return false
}

func (c *sentenceCtx) isAux(j int) bool {
	_, _, ok := c.cueAt(j, "aux")
	return ok
}

func (c *sentenceCtx) describe(cand *Candidate, f found, gz *gazetteer.Gazetteer) []group {
	best, bestDist := -1, 1<<30
	agents := 0 // fighters, gunmen: who acts rather than who is acted on
	for _, d := range c.descr {
		if d.gloss == "fighters" {
			agents++
		}
	}
	for i, d := range c.descr {
		if d.gloss == "fighters" && agents < len(c.descr) && (f.typ == "kidnapping" || f.typ == "attack") {
			continue // "gunmen kidnapped two Chinese nationals"
		}
		if d.to < f.at && !c.g.verbFinal && c.earlierActOwns(d.from, f.at) {
			continue // "expelled two diplomats and suspended…": the expulsion's
		}
		if c.passiveBefore(d.from) {
			continue // "arrêtés par des militaires": the agent
		}
		if c.speaker(d) {
			continue // "…, ont indiqué des responsables maliens": who says so
		}
		if c.g.verbFinal && d.from > f.at {
			continue // verb-final: what follows is the next verb's
		}
		// Forces move soldiers; embassies shrink their staff: "the military
		// and diplomatic withdrawal" does not make soldiers diplomats.
		if cl := lexicon.GlossClass(d.gloss); eventtype.Is(f.typ, eventtype.Forces) && cl == "diplomatic" || f.typ == "reduce-presence" && cl == "military" {
			continue
		}
		if c.otherActBetween(f.at, d.from) && !(c.g.verbFinal && c.nounsBetween(f.at, d.from)) {
			continue // another act's people
		}
		dist := d.from - (f.at + f.n)
		limit := 10
		if d.to < f.at {
			dist = (f.at - d.to) + 2 // after the trigger is likelier, but either will do
			if c.g.verbFinal {
				// Verb-final: the object comes before, often far.
				dist, limit = f.at-d.to, 16
			}
		}
		if dist >= 0 && dist < bestDist && dist <= limit {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return nil
	}
	g := c.group(c.descr[best])
	cand.others = nil
	for i, d := range c.descr {
		if o := c.group(d); i != best && o.owner != "" && o.owner != g.owner {
			cand.others = appendActor(cand.others, o.owner)
		}
	}
	c.setGroup(cand, g, gz)
	// Other people taken by the same act: after the first, not named as
	// part of it ("among them two generals"), not another act's.
	var more []group
	for _, d := range c.descr[best+1:] {
		if d.from <= g.to || d.from-g.to > 14 || c.anyActBetween(f.at, d.from) || c.amongBefore(d.from, g.to) || c.subordinateBetween(g.to, d.from) || c.speaker(d) {
			continue
		}
		o := c.group(d)
		if o.owner == "" || o.owner == g.owner || o.from <= g.to {
			continue
		}
		more = append(more, o)
		g = o
	}
	return more
}

// earlierActOwns: an act before the description at i, in its clause or
// joined to it, takes it as its object rather than the act at at.
func (c *sentenceCtx) earlierActOwns(i, at int) bool {
	for _, g := range c.found {
		if g.at < i && g.at != at && !c.subordinateBetween(g.at, i) && !c.conjunctionBetween(g.at, i) {
			return true
		}
	}
	return false
}

// conjunctionBetween: "and" stands between tokens a and b: what follows
// it is the next act's ("… eingefroren und zwei malische Diplomaten
// ausgewiesen").
func (c *sentenceCtx) conjunctionBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if c.k.is(lexicon.Conjunction, c.toks[j].Key) {
			return true
		}
	}
	return false
}

// nounsBetween: every trigger between positions a and b is a noun («… के
// आरोप में गिरफ्तार»): in Hindi such a phrase does not take the objects
// before it from the verb.
func (c *sentenceCtx) nounsBetween(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	for _, g := range c.found {
		if g.at > lo && g.at < hi && g.pos != "noun" {
			return false
		}
	}
	return true
}

// passiveBefore: the agent cue ("by", "par", «من قبل») just before i.
func (c *sentenceCtx) passiveBefore(i int) bool {
	for j := i - 1; j >= max(0, i-3); j-- {
		if _, _, ok := c.cueAt(j, "passive"); ok {
			return !c.g.postpositions // द्वारा follows its agent
		}
		if key := c.toks[j].Key; !c.k.is(lexicon.Article, key) && !c.k.is(lexicon.Genitive, key) && !isCount(c.k, key) {
			return false
		}
	}
	return false
}

// subordinateBetween: a subordinate clause opens between tokens a and b
// ("…, nachdem Bamako eine Mitarbeiterin…").
func (c *sentenceCtx) subordinateBetween(a, b int) bool {
	for j := a + 1; j <= b && j < len(c.toks); j++ {
		if _, _, ok := c.cueAt(j, "clause"); ok && !c.alsoAt(j) {
			if _, _, among := c.cueAt(j, "among"); !among { // "dont deux généraux" is no clause
				return true
			}
		}
	}
	return false
}

// openClauseBetween: a subordinate clause opens between tokens a and b and
// is still open at b: in «رفضت … ووصفتها بأنها «…»، وطالبت» the clause of
// «بأنها» ends at the comma, and «وطالبت» shares «رفضت»'s subject.
func (c *sentenceCtx) openClauseBetween(a, b int) bool {
	for j := a + 1; j <= b && j < len(c.toks); j++ {
		if c.subordinateBetween(j-1, j) {
			closed := false
			for k := j; k < b; k++ {
				closed = closed || c.punctuated(k) && !c.bridged[k]
			}
			if !closed {
				return true
			}
		}
	}
	return false
}

// alsoAt: a co-ordinating "as well as", "ainsi qu'", «إضافة إلى» covers
// token i, which a subordinator's cue ("qu'") does not then make a clause.
func (c *sentenceCtx) alsoAt(i int) bool {
	for j := max(0, i-2); j <= i; j++ {
		if _, n, ok := c.cueAt(j, "also"); ok && j+n > i {
			return true
		}
	}
	return false
}

// anyActBetween: another trigger stands between positions a and b, joined
// to the one at a or not: "ordered its staff to leave and urged its
// citizens to…" — the citizens are the second act's.
func (c *sentenceCtx) anyActBetween(a, b int) bool {
	for _, g := range c.found {
		if g.at > a && g.at < b {
			return true
		}
	}
	return false
}

// amongBefore: the description at i is a part of the group before it:
// "among them", "dont", «بينهم», «जिनमें».
func (c *sentenceCtx) amongBefore(i, after int) bool {
	for j := i - 1; j > after && j >= i-4; j-- {
		if _, _, ok := c.cueAt(j, "among"); ok {
			return true
		}
		if c.punctuated(j) || c.alsoAt(j) {
			return false // "…, among them two generals, as well as a Frenchman"
		}
	}
	return false
}

// setGroup makes g the people the candidate acts on: its description,
// number, and whose people they are.
func (c *sentenceCtx) setGroup(cand *Candidate, g group, gz *gazetteer.Gazetteer) {
	cand.Described = c.text[c.toks[g.from].Start:c.toks[g.to].End]
	cand.Gloss = g.gloss
	cand.Number = g.number
	cand.own = g.own
	cand.Quantities = nil
	if g.qty > 0 {
		cand.Quantities = []dataset.Quantity{{Text: cand.Described, Value: g.qty, Noun: g.gloss}}
	}
	source := ""
	for _, s := range cand.Source {
		if source == "" {
			source = gz.State(s)
		}
	}
	owner := g.owner
	if e := gz.Entity(owner); cand.Type == "expel" && e != nil && e.Role == gazetteer.RoleArmedForces {
		owner = e.PartOf // expulsion is between states: French troops are France's
	}
	if e := gz.Entity(owner); e != nil && e.Kind == dataset.EntityOrganisation && e.Role != gazetteer.RoleArmedForces && gz.Country(owner) != "" {
		// "an officer of the DGSE", "an employee of the embassy": a state's
		// service's people are the state's. (Soldiers stay their army's.)
		owner = gz.Country(owner)
	}
	if owner == "" && g.military() && source != "" && cand.Type == "arrest" {
		// A state arresting soldiers not said to be anyone else's arrests
		// its own: "the junta arrested dozens of officers".
		owner = gz.Army(source)
	}
	if owner != "" && gz.Country(owner) == source && gz.Army(source) != owner {
		owner = "" // the source's own people, not a party acted on
	}
	cand.Owner = owner
	cand.people = [2]int{g.from, g.to}
	if owner == "" && !g.own && !eventtype.Is(cand.Type, eventtype.OwnPresence) {
		// People said to be no one's are not another group's: "the
		// kidnapping of three workers" after "two Chinese citizens". (One's
		// own people leave a country, which stays the target.)
		cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool { return slices.Contains(cand.others, t) })
	}
	if owner == "" || cand.Type == "attack" || cand.Type == "protest" || eventtype.Is(cand.Type, eventtype.OwnPresence) || slices.Contains(cand.Source, owner) {
		return // the source's own people move (whosePeople decides); protesters are no target
	}
	// The people's state is the target, rather than a country named
	// elsewhere in the sentence (the place, another group's demonym).
	keep := slices.DeleteFunc(slices.Clone(cand.Target), func(t string) bool {
		e := gz.Entity(t)
		return e == nil || e.Kind == dataset.EntityCountry || e.Kind == dataset.EntityPlace || gz.Country(t) != "" && gz.Country(t) != gz.Country(owner)
	})
	if !slices.ContainsFunc(keep, func(t string) bool { return gz.Country(t) == gz.Country(owner) && gz.Country(t) != "" }) {
		keep = appendActor(keep, owner)
	}
	cand.Target = keep
}
