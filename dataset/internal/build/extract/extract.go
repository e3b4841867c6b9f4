package extract

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/entities"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

var debugActors = os.Getenv("ZZDEBUG") != ""

// Candidate is one sentence's report of an event, before the reports of
// the same event are merged.
type Candidate struct {
	Type      string
	Article   string
	Lang      string
	Paragraph int
	Sentence  dataset.Span
	Trigger   dataset.Span

	Source, Target []string // actor ids: states stand for their capitals
	Place          string

	Date        dates.Date // the sentence's date; a month alone when the year is unknown
	Described   string
	Gloss       string // the descriptor in English: "diplomat", "national"
	Quantities  []dataset.Quantity
	Attribution string
	Modality    string
	Background  bool
	Confidence  float64

	// Charges are what an accusation or a denial is about ("espionage",
	// "interference"): accusations on different charges are different acts.
	Charges []string
	Ref     dates.Ref // the article's reference date, for dating undated news
	States  []string  // the states the sources belong to: France for its army
	// The people acted on, when described: whose they are (an actor id),
	// whether the possessive makes them the source's own, and their
	// grammatical number (One, Many).
	Owner  string
	own    bool
	Number Number
	// TargetStates are the states the targets belong to: two acts on
	// people of different states are two events.
	TargetStates []string
	srcNear      bool     // the source is named in the trigger's clause
	at           int      // the trigger's token in its sentence
	people       [2]int   // tokens of the people acted on, when described
	others       []string // owners of the sentence's other groups of people
	// Anaphoric: the sentence names no one taking part ("the coup
	// halted the democratic process"): the mention belongs to the event of
	// that type the article reports nearby, if any.
	Anaphoric bool
	// homeTarget: the target is the article's country, no one named in
	// the sentence.
	homeTarget bool
	Since      bool // the trigger's clause says "since"
}

type trigger struct {
	typ string
	pos string // "verb", "noun", "phrase"
}

// Kit is one language's lexicon compiled into indexes: what the
// extractor knows of the language.
type Kit struct {
	lang     string
	dates    *dates.Kit
	triggers *lexicon.Index[trigger]
	objects  map[string]*lexicon.Index[bool]
	window   map[string]int
	requires map[string][]string
	cues     *lexicon.Index[string]
	descr    *lexicon.Index[string]
	charges  *lexicon.Index[string]
	numbers  map[string]float64
	endings  map[string][]string // modality → verb endings
	plurals  []string            // folded plural endings of nouns
	titles   map[string]bool     // folded titles: "minister", "general"
}

// Dates is the language's dates vocabulary.
func (k *Kit) Dates() *dates.Kit { return k.dates }

// Titles are the folded words that are titles, not names ("minister",
// "general"): they do not start an unknown name.
func (k *Kit) Titles() map[string]bool { return k.titles }

// Describes reports whether a descriptor of people starts at token j
// ("soldiers", «مواطن»): a number before it is a count, not a year.
func (k *Kit) Describes(toks []fold.Token, j int) bool {
	_, ok := k.descr.Longest(toks, j)
	return ok
}

// NewKit compiles a language's lexicon for the extractor.
func NewKit(l *lexicon.Language) *Kit {
	k := &Kit{
		lang:     l.Lang,
		dates:    dates.NewKit(l),
		triggers: lexicon.NewIndex[trigger](),
		objects:  map[string]*lexicon.Index[bool]{},
		window:   map[string]int{},
		requires: map[string][]string{},
		cues:     lexicon.NewIndex[string](),
		descr:    lexicon.NewIndex[string](),
		charges:  lexicon.NewIndex[string](),
		numbers:  map[string]float64{},
	}
	for _, typ := range eventtype.IDs() {
		t, ok := l.Events[typ]
		if !ok {
			continue
		}
		for _, p := range t.Verbs {
			k.triggers.Add(p, trigger{typ, "verb"})
		}
		for _, p := range t.Nouns {
			k.triggers.Add(p, trigger{typ, "noun"})
		}
		for _, p := range t.Phrases {
			k.triggers.Add(p, trigger{typ, "phrase"})
		}
		if len(t.Objects) > 0 {
			ix := lexicon.NewIndex[bool]()
			for _, o := range t.Objects {
				ix.Add(o, true)
			}
			k.objects[typ] = ix
		}
		k.window[typ] = cmp.Or(t.Window, 4)
		k.requires[typ] = t.Requires
	}
	for _, cue := range slices.Sorted(maps.Keys(l.Cues)) {
		for _, p := range l.Cues[cue] {
			k.cues.Add(p, cue)
		}
	}
	for _, gloss := range slices.Sorted(maps.Keys(l.Descriptors)) {
		for _, p := range l.Descriptors[gloss] {
			k.descr.Add(p, gloss)
		}
	}
	for _, kind := range slices.Sorted(maps.Keys(l.Charges)) {
		for _, p := range l.Charges[kind] {
			k.charges.Add(p, kind)
		}
	}
	for w, n := range l.Numbers {
		k.numbers[fold.String(w)] = n
	}
	k.endings = l.Endings
	k.titles = map[string]bool{}
	for _, w := range l.Titles {
		k.titles[fold.String(w)] = true
	}
	for _, e := range l.PluralEndings {
		k.plurals = append(k.plurals, fold.String(e))
	}
	return k
}

// ending is the modality a trigger's own verb form carries: "retirera",
// "retirará" (future), "expulserait" (conditional), «बुलाएगा».
func (c *sentenceCtx) ending(f found) string {
	for _, mod := range []string{dataset.Hypothetical, conditional, dataset.Future} {
		for j := f.at; j < f.at+f.n; j++ {
			word := strings.ToLower(c.text[c.toks[j].Start:c.toks[j].End])
			for _, e := range c.k.endings[mod] {
				if strings.HasSuffix(word, e) && len(word) > len(e)+2 {
					return mod
				}
			}
		}
	}
	return ""
}

// actorTok is an entity mention in token coordinates, with what its
// neighbours say about its role.
type actorTok struct {
	from, to int // token indexes, inclusive
	entity   string
	actor    string // the state or group that acts when it is named
	kind     string // of the actor it stands for
	own      string // the kind of the entity named ("military-operation" for Barkhane)
	demonym  bool
	prep     string // "with", "from", "in", "against", "to" before it (after it in Hindi)
	agent    bool   // marked as the agent: "by X", "X ने"
	// institution: a demonym with authorities, army, government — a state
	// acting, as subject, or acted on, as object ("Malian authorities").
	institution bool
	patient     bool // a demonym or genitive describing people: "French national"
	place       bool // a pure place, which cannot act (Paris stands for France and can)
	// aside: named only to say whose or what another actor is — a
	// possessor («रूस के अफ्रीका कोर»), a title's demonym ("the Russian
	// president Vladimir Putin"), a group's parent ("al-Qaeda's JNIM").
	aside bool
	force bool // an armed group, an army or a military operation
	// ofNoun: the complement of a common noun ("portraits of Goïta"),
	// which names what the noun is about, not who acts.
	ofNoun bool
}

// sentenceCtx holds one sentence's tokens and what was found in them.
type sentenceCtx struct {
	// quoted is the token range of the current trigger's attribution
	// ("a French diplomatic source told AFP"): its actors say, they do not act.
	quoted [2]int
	found  []found // the sentence's triggers
	// content: triggers that only say what a speech act is about ("denied
	// the accusations"), by token: no act of their own between others.
	content map[int]bool
	// bridged: commas around an inserted date ("France, on Monday,
	// expelled…", «وجّهت الحكومة في مالي، الاثنين، للسفير…») that do not
	// end the clause.
	bridged map[int]bool
	title   bool // the sentence is an article's headline
	gz      *gazetteer.Gazetteer
	k       *Kit
	text    string
	toks    []fold.Token // the sentence's tokens
	cues    [][]lexicon.Hit[string]
	actors  []actorTok
	descr   []descrTok
	dates   []datedTok
}

type descrTok struct {
	from, to int
	gloss    string
}

type datedTok struct {
	at, to int // first and last token
	date   dates.Date
}

// Paragraph extracts the event candidates of one paragraph.
// sporty says the article is about sport: a sentence of it that speaks
// of sport at all reports no event ("the attack", "sent off", "a coup").
// title says the paragraph is the article's headline.
func (k *Kit) Paragraph(text string, para int, title bool, sentences []dataset.Span, ents []entities.Mention, dms []dates.Mention, gz *gazetteer.Gazetteer, ref dates.Ref, home []string, sporty bool) []Candidate {
	var out []Candidate
	all := fold.Tokens(text)
	for _, s := range sentences {
		var toks []fold.Token
		for _, t := range all {
			if t.Start >= s.Start && t.End <= s.End {
				toks = append(toks, t)
			}
		}
		if len(toks) == 0 {
			continue
		}
		if n := k.SportHits(toks); n >= 2 || n >= 1 && sporty {
			continue // a match report: its attacks, expulsions and coups are the game's
		}
		c := k.newSentence(text, toks, ents, dms, gz)
		c.title = title
		for _, cand := range c.events(gz, home) {
			cand.Paragraph, cand.Sentence, cand.Lang, cand.Ref = para, s, k.lang, ref
			if cand.Modality == dataset.Asserted && afterRef(cand.Date, ref) {
				// What has happened cannot be dated after the article: a
				// date ahead is a deadline ("ordered to leave by Saturday").
				cand.Date = dates.Date{}
			}
			// "since 2013" is history; "has blocked imports since early
			// September" is the news still going on.
			cand.Background = cand.Background || cand.Since && !recent(cand.Date, ref) || c.isBackground(cand.Date, ref)
			out = append(out, cand)
		}
	}
	return out
}

// sportHits counts the distinct sport words in toks: "red card",
// «الدوري», "Bundesliga".
func (k *Kit) SportHits(toks []fold.Token) int {
	seen := map[string]bool{}
	for i := range toks {
		for _, h := range k.cues.At(toks, i) {
			if h.Value == "sport" {
				seen[toks[i].Key] = true
			}
		}
	}
	return len(seen)
}

func (k *Kit) newSentence(text string, toks []fold.Token, ents []entities.Mention, dms []dates.Mention, gz *gazetteer.Gazetteer) *sentenceCtx {
	c := &sentenceCtx{k: k, text: text, toks: toks, cues: make([][]lexicon.Hit[string], len(toks)), gz: gz}
	for i := range toks {
		c.cues[i] = k.cues.At(toks, i)
	}
	for i := 0; i < len(toks); i++ {
		if h, ok := k.descr.Longest(toks, i); ok {
			c.descr = append(c.descr, descrTok{i, i + h.Len - 1, h.Value})
			i += h.Len - 1
		}
	}
	c.intelligenceContext()
	tokAt := func(byteOff int, end bool) int {
		for i, t := range toks {
			if !end && t.Start >= byteOff || end && t.End >= byteOff {
				return i
			}
		}
		return -1
	}
	for _, d := range dms {
		if d.Start >= toks[0].Start && d.End <= toks[len(toks)-1].End {
			c.dates = append(c.dates, datedTok{tokAt(d.Start, false), tokAt(d.End, true), d.Date})
		}
	}
	c.bridgeDates()
	for _, e := range ents {
		if e.Start < toks[0].Start || e.End > toks[len(toks)-1].End || e.Provisional {
			continue
		}
		a := actorTok{from: tokAt(e.Start, false), to: tokAt(e.End, true), entity: e.Entity, kind: e.Kind, own: e.Kind, demonym: e.Demonym}
		if a.from < 0 || a.to < 0 {
			continue
		}
		a.actor = gz.Actor(e.Entity)
		if ae := gz.Entity(a.actor); ae != nil {
			a.kind = ae.Kind
		}
		a.place = a.kind == dataset.EntityPlace
		if own := gz.Entity(e.Entity); own != nil {
			a.force = own.Kind == dataset.EntityArmedGroup || own.Kind == dataset.EntityOperation || own.Role == gazetteer.RoleArmedForces
		}
		c.actors = append(c.actors, a)
	}
	for i := range c.actors {
		c.classify(&c.actors[i], gz)
	}
	c.qualifyOrgans(gz)
	c.sharePrepositions()
	c.setAside(gz)
	return c
}

// bridgeDates marks the commas around a date set off in a clause: "France,
// on Monday, expelled", «…في مالي، الاثنين، للسفير». Only the date and its
// preposition or article stand between them.
func (c *sentenceCtx) bridgeDates() {
	c.bridged = map[int]bool{}
	filler := func(j int) bool {
		key := c.toks[j].Key
		_, _, in := c.cueAt(j, "in")
		inDate := slices.ContainsFunc(c.dates, func(d datedTok) bool { return j >= d.at && j <= d.to })
		return in || inDate || articles[key] || key == "يوم" || key == "on" || key == "am"
	}
	for _, d := range c.dates {
		if d.at < 0 || d.to < d.at {
			continue
		}
		lo, hi := d.at, d.to
		for lo > 0 && !c.punctuated(lo-1) && filler(lo-1) {
			lo--
		}
		for hi < len(c.toks)-1 && !c.punctuated(hi) && filler(hi+1) {
			hi++
		}
		if lo > 0 && hi < len(c.toks)-1 && c.punctuated(lo-1) && c.punctuated(hi) && !c.breakBetweenTokens(lo, hi) {
			c.bridged[lo-1], c.bridged[hi] = true, true
		}
	}
}

// intelligenceContext reads people in a sentence about intelligence
// services as their officers: «سحبت بقية عناصرها» after «ضباط
// الاستخبارات» withdraws agents, not fighters; «ضابطًا من جهاز
// الاستخبارات» is an intelligence officer.
func (c *sentenceCtx) intelligenceContext() {
	intel := -1
	for i := range c.toks {
		if _, _, ok := c.cueAt(i, "intelligence"); ok {
			intel = i
			break
		}
	}
	if intel < 0 {
		return
	}
	for i, d := range c.descr {
		_, _, agent := c.cueAt(d.from, "agent")
		near := abs(intel-d.from) <= 4 && !c.breakBetweenTokens(min(intel, d.from), max(intel, d.from))
		if d.gloss == "fighters" && agent || d.gloss == "officer" && near {
			c.descr[i].gloss = "intelligence officer"
		}
	}
}

// sharePrepositions: a name joined by "and" to one after a preposition
// shares it ("from Senegal and Ivory Coast", «مع مالي وبوركينا»).
func (c *sentenceCtx) sharePrepositions() {
	if c.k.lang == "hi" {
		return // postpositions follow the last name
	}
	for i := 1; i < len(c.actors); i++ {
		a, b := &c.actors[i-1], &c.actors[i]
		if a.prep != "" && b.prep == "" && !b.agent && a.demonym == b.demonym && b.from > a.to+1 && b.from-a.to <= 3 &&
			conjunctions[c.toks[a.to+1].Key] && !c.breakBetweenTokens(a.to, b.from) {
			b.prep = a.prep
		}
	}
}

// qualifyOrgans reads an organ named with the country it belongs to
// ("the transitional authorities in Niger", «الحكومة الانتقالية في مالي»,
// "la junte nigérienne", "die Behörden in Mali") as that country acting:
// the organ's state is the country named, and the country is no place or
// target of its own. A junta's or a transitional government's name fits
// every junta; the country said with it tells which.
func (c *sentenceCtx) qualifyOrgans(gz *gazetteer.Gazetteer) {
	for i := range c.actors {
		a := &c.actors[i]
		e := gz.Entity(a.entity)
		organ := e != nil && e.Kind == dataset.EntityOrganisation && e.StandsFor != "" && gz.Entity(e.StandsFor) != nil && gz.Entity(e.StandsFor).Kind == dataset.EntityCountry
		k := a.to + 1
		for steps := 0; k < len(c.toks) && steps < 3 && !c.breaks(k-1); steps++ {
			_, _, in := c.cueAt(k, "in")
			if !in && !genitives[c.toks[k].Key] && !articles[c.toks[k].Key] {
				break
			}
			k++
		}
		var b *actorTok
		if k > a.to+1 && !c.breaks(k-1) {
			b = c.actorStarting(k)
		}
		if b == nil && organ {
			// "la junte nigérienne", «المجلس العسكري النيجري», "the Nigerien junta".
			for j := range c.actors {
				if d := &c.actors[j]; d.demonym && (d.from == a.to+1 || d.to == a.from-1) {
					b = d
				}
			}
		}
		if b == nil || b == a || b.kind != dataset.EntityCountry && !b.place {
			continue
		}
		country := gz.Country(b.entity)
		if country == "" {
			continue
		}
		if organ {
			a.actor, a.kind = country, dataset.EntityCountry
			b.aside, b.prep = true, ""
		}
	}
	// "the authorities in Mali", «السلطات في مالي»: an institution word
	// and "in" before a country make the country the state acting.
	for i := range c.actors {
		b := &c.actors[i]
		if b.prep != "in" || b.demonym || b.own != dataset.EntityCountry || b.from < 2 {
			continue
		}
		j := b.from - 1
		for j > 0 && (articles[c.toks[j].Key] || func() bool { _, _, ok := c.cueAt(j, "in"); return ok }()) {
			j--
		}
		_, _, embassy := c.cueAt(j, "embassy") // "its embassy in Mali" is not Mali
		if j < b.from-1 && c.isInstitution(j) && !embassy && !c.breaks(j) && c.actorEnding(j) == nil {
			b.prep, b.institution = "", true
		}
	}
}

// setAside marks the actors named only to say whose or what another
// actor is.
func (c *sentenceCtx) setAside(gz *gazetteer.Gazetteer) {
	for i := range c.actors {
		a := &c.actors[i]
		for j := range c.actors {
			b := &c.actors[j]
			if i == j {
				continue
			}
			switch {
			case !a.demonym && b.own == dataset.EntityPerson && b.from > a.to+1 && b.from-a.to <= 4 && c.titlesBetween(a.to, b.from):
				// "Frankreichs Außenminister Jean-Noël Barrot", "France's
				// foreign minister Barrot": whose minister he is.
				a.aside = true
			case a.own != dataset.EntityCountry && a.own != dataset.EntityPlace && gz.IsPartOf(b.entity, a.entity):
				// "JNIM, al-Qaeda's branch in the Sahel": the parent
				// group says what JNIM is.
				a.aside = true
			case a.demonym && a.institution && !a.patient && b.own == dataset.EntityPerson && c.near(a, b, 3):
				// "the Russian president Vladimir Putin".
				a.aside = true
			case a.demonym && !a.institution && (!a.patient || b.force) && b.own != dataset.EntityCountry && b.own != dataset.EntityPlace && !b.demonym &&
				(b.to == a.from-1 || b.from == a.to+1):
				// «مجموعة فاغنر الروسية», "the Russian Wagner group".
				a.aside = true
			case c.linkedTo(a):
				// "al-Qaeda-linked militants", "Russian-backed forces": who
				// they are tied to, not who acts.
				a.aside = true
			case c.k.lang != "hi" && c.k.lang != "ar" && !a.demonym && !b.demonym && b.from > a.to && b.from-a.to <= 2 && !b.place && !c.breaks(a.to) &&
				(b.from == a.to+1 || c.toks[a.to+1].Key == "s") && !conjunctions[c.toks[b.from].Key] && !c.arabicAnd(b.from):
				// "Russia's Africa Corps", "Russlands Africa Corps".
				a.aside = true
			}
		}
	}
}

// linkedTo: a hyphenated participle of ties follows the name ("al-Qaeda-linked",
// "Russian-backed", "IS-affiliated").
func (c *sentenceCtx) linkedTo(a *actorTok) bool {
	n := a.to + 1
	if n >= len(c.toks) || strings.TrimSpace(c.text[c.toks[a.to].End:c.toks[n].Start]) != "-" {
		return false
	}
	switch c.toks[n].Key {
	case "linked", "affiliated", "backed", "allied", "aligned", "led", "supported", "sponsored":
		return true
	}
	return false
}

// objectOfVerb: in a verb-medial language, an actor right after another
// verb ("… to leave Mali and urged") is that verb's object, not the
// subject of a later one.
func (c *sentenceCtx) objectOfVerb(a *actorTok, f found) bool {
	if c.k.lang == "ar" || c.k.lang == "hi" || a.from == 0 || a.to >= f.at {
		return false
	}
	prev := a.from - 1
	if articles[c.toks[prev].Key] && prev > 0 {
		prev--
	}
	if _, _, ok := c.cueAt(prev, "leave"); ok {
		return true
	}
	return slices.ContainsFunc(c.found, func(g found) bool { return g.at != f.at && g.at+g.n-1 == prev && g.pos != "noun" })
}

// ledBy: a "led by" cue stands before the actor, past titles ("led by
// Colonel Assimi Goïta"), or in Hindi after it («गोइता के नेतृत्व में»).
func (c *sentenceCtx) ledBy(a *actorTok) bool {
	if c.k.lang == "hi" {
		_, _, ok := c.cueAt(a.to+1, "led")
		return ok
	}
	for j := a.from - 1; j >= max(0, a.from-4); j-- {
		if cue, _, ok := c.cueEnding(j, []string{"led"}); ok && cue == "led" {
			return true
		}
		if !c.isDescriptor(j) && !articles[c.toks[j].Key] && !c.isTitle(j) {
			return false
		}
	}
	return false
}

func (c *sentenceCtx) isTitle(j int) bool { return c.k.titles[c.toks[j].Key] }

// bareInstitution: an institution word with no state named ("the
// authorities", "die Behörden", «السلطات») is the subject of the act at f.
func (c *sentenceCtx) bareInstitution(f found, lo, hi int) bool {
	inActor := func(j int) bool {
		return slices.ContainsFunc(c.actors, func(a actorTok) bool { return j >= a.from && j <= a.to || j == a.from-1 || j == a.to+1 })
	}
	from, to := lo, f.at-1
	if c.k.lang == "ar" && f.pos != "noun" {
		from, to = f.at+f.n, min(hi, f.at+f.n+2)
	}
	for j := from; j <= to; j++ {
		if c.isInstitution(j) && !inActor(j) {
			return true
		}
	}
	return false
}

// territoryNext: a territory word stands next to the demonym a ("Malian
// soil", «الأراضي المالية», "le territoire français").
func (c *sentenceCtx) territoryNext(a *actorTok) bool {
	for _, j := range []int{a.from - 1, a.to + 1} {
		if _, _, ok := c.cueAt(j, "territory"); ok {
			return true
		}
	}
	return false
}

// titlesBetween: only titles, institutions, articles and a possessive
// "'s" stand between tokens a and b.
func (c *sentenceCtx) titlesBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		key := c.toks[j].Key
		if !(key == "s" || articles[key] || c.isTitle(j) || c.isInstitution(j)) || c.punctuated(j-1) {
			return false
		}
	}
	return true
}

// arabicAnd: the Arabic word at i carries the conjunction «و» («ومالي»).
func (c *sentenceCtx) arabicAnd(i int) bool {
	return c.k.lang == "ar" && strings.HasPrefix(c.toks[i].Key, "و") && slices.Contains(fold.ArabicStems(c.toks[i].Key), strings.TrimPrefix(c.toks[i].Key, "و"))
}

// near: b is within n words of a, with only titles, descriptors and
// articles between, in the same clause.
func (c *sentenceCtx) near(a, b *actorTok, n int) bool {
	lo, hi := a.to+1, b.from-1
	if b.to < a.from {
		lo, hi = b.to+1, a.from-1
	}
	if hi-lo+1 > n {
		return false
	}
	for j := lo; j <= hi; j++ {
		key := c.toks[j].Key
		if !articles[key] && !c.isInstitution(j) && !c.isDescriptor(j) && !genitives[key] {
			return false
		}
	}
	return true
}

// cueAt reports whether a cue of one of the kinds starts at token i.
func (c *sentenceCtx) cueAt(i int, kinds ...string) (string, int, bool) {
	if i < 0 || i >= len(c.toks) {
		return "", 0, false
	}
	for _, h := range c.cues[i] {
		if slices.Contains(kinds, h.Value) {
			return h.Value, h.Len, true
		}
	}
	return "", 0, false
}

// genitives link a group to what it belongs to: "fighters of JNIM".
var genitives = map[string]bool{"of": true, "de": true, "du": true, "des": true, "d": true, "del": true, "von": true, "vom": true, "من": true}

var articles = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true, "l": true, "el": true, "los": true, "las": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "its": true, "their": true, "his": true, "her": true,
	"lo": true, "su": true, "sus": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true,
	"sein": true, "seine": true, "seinen": true, "ihr": true, "ihre": true, "ihren": true}

func isCount(k *Kit, key string) bool {
	if _, ok := k.numbers[key]; ok {
		return true
	}
	_, err := strconv.Atoi(key)
	return err == nil
}

// hindiGenitive are the postpositions of possession: «माली के दो राजनयिक».
var hindiGenitive = map[string]bool{"के": true, "की": true, "का": true}

// roleCues are the cues that mark an actor's role from next to it.
var roleCues = []string{"with", "from", "in", "against", "to", "passive"}

// classify reads an actor's neighbours: the preposition before it (or
// postposition after it in Hindi), an agent marker, and whether a demonym
// describes people acted on or a state acting.
func (c *sentenceCtx) classify(a *actorTok, gz *gazetteer.Gazetteer) {
	if c.k.lang == "hi" {
		c.classifyHindi(a)
	} else {
		c.classifyPrep(a, gz)
	}
	if a.from > 0 && c.toks[a.from-1].Key == "anti" && strings.TrimSpace(c.text[c.toks[a.from-1].End:c.toks[a.from].Start]) == "-" {
		// "anti-French slogans", "manifestation anti-française": whom it is against.
		a.prep, a.patient, a.institution = "against", false, false
		return
	}
	if a.demonym {
		// The organ a demonym describes: after it where adjectives come
		// first ("the Malian authorities", «माली सरकार»), before it
		// elsewhere, perhaps with its name between ("le ministère des
		// Affaires étrangères français", «السلطات المالية»).
		steps, dir := 4, -1
		if adjectiveFirst[c.k.lang] {
			steps, dir = 2, 1
		}
		for j, k := a.from+dir, 0; k < steps; j, k = j+dir, k+1 {
			if dir > 0 {
				j = max(j, a.to+1)
			}
			if c.breakBetween(a, j) || c.isDescriptor(j) || c.actorAt(j) {
				break
			}
			if c.isInstitution(j) {
				a.institution = true
				return
			}
		}
		if c.nationalityNoun(a) {
			a.patient = !a.agent // "Mali nimmt Franzosen fest": a Frenchman
			return
		}
		for j := a.from - 3; j <= a.to+3; j++ {
			if c.isDescriptor(j) && !c.breakBetween(a, j) {
				a.patient = a.patient || !a.agent
				return
			}
		}
	}
	// "France's diplomats", «माली के दो राजनयिकों»: a genitive before a
	// descriptor names whose people they are.
	if !a.demonym && !a.patient {
		for j := a.to + 1; j <= a.to+4 && j < len(c.toks); j++ {
			if c.breakBetween(a, j) {
				break
			}
			if c.isDescriptor(j) {
				gen := false
				for _, t := range c.toks[a.to+1 : j] {
					gen = gen || t.Key == "s" || hindiGenitive[t.Key]
				}
				a.patient = gen && !a.agent
				break
			}
		}
	}
}

// nationalityNoun: a demonym written as a noun names a person of that
// nationality ("einen Franzosen", "un Français"), where the language
// capitalises such nouns and not the adjectives.
func (c *sentenceCtx) nationalityNoun(a *actorTok) bool {
	if c.k.lang != "de" && c.k.lang != "fr" || a.from == 0 || a.from != a.to {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.text[c.toks[a.from].Start:])
	if !unicode.IsUpper(r) {
		return false
	}
	// "Der Deutsche Wetterdienst": before a capitalised noun, an adjective.
	if a.to+1 < len(c.toks) && !c.punctuated(a.to) {
		next, _ := utf8.DecodeRuneInString(c.text[c.toks[a.to+1].Start:])
		return !unicode.IsUpper(next)
	}
	return true
}

// breakBetweenTokens: clause punctuation between tokens i < j.
func (c *sentenceCtx) breakBetweenTokens(i, j int) bool {
	for k := i; k < j; k++ {
		if c.punctuated(k) {
			return true
		}
	}
	return false
}

// breakBetween: clause punctuation separates token j from the actor.
func (c *sentenceCtx) breakBetween(a *actorTok, j int) bool {
	if j < 0 || j >= len(c.toks) {
		return true
	}
	lo, hi := j, a.from
	if j > a.to {
		lo, hi = a.to, j
	}
	for i := lo; i < hi; i++ {
		if c.breaks(i) {
			return true
		}
	}
	return false
}

// classifyHindi reads the postposition that ends an actor's noun phrase:
// «फ्रांसीसी दूतावास के पांच कर्मचारियों को» is acted on, «माली की सैन्य
// सरकार ने» acts. What lies between the name and the postposition —
// genitives, numbers, titles, the people described — is the same phrase.
func (c *sentenceCtx) classifyHindi(a *actorTok) {
	genitive := false
	for j := a.to + 1; j <= a.to+7 && j < len(c.toks); j++ {
		if c.breaks(j - 1) {
			return
		}
		if cue, _, ok := c.cueAt(j, append(roleCues, "ergative")...); ok {
			switch cue {
			case "ergative", "passive":
				a.agent = true
			default:
				a.prep = cue
			}
			return
		}
		if c.actorAt(j) {
			// «रूस के अफ्रीका कोर», «माली के सैन्य नेता असिमी गोइता»:
			// Russia, Mali only say whose it is.
			a.aside = genitive
			return
		}
		switch {
		case hindiGenitive[c.toks[j].Key]:
			genitive = true
		case genitive && !c.isDescriptor(j) && !c.isInstitution(j):
			if _, _, mil := c.cueAt(j, "military"); !mil {
				genitive = false // another noun heads the phrase
			}
		}
		if _, ok := c.k.triggers.Longest(c.toks, j); ok {
			return
		}
	}
}

// classifyPrep reads the preposition before an actor. Articles, numbers
// and the people a group is made of may come between them: "par des
// combattants du JNIM". A genitive after a noun ("l'armée du Mali",
// "fighters of JNIM") ties the actor to that noun, whose preposition then
// counts.
func (c *sentenceCtx) classifyPrep(a *actorTok, gz *gazetteer.Gazetteer) {
	j := a.from - 1
	for steps := 0; j >= 0 && steps < 6; steps++ {
		if c.breaks(j) {
			break
		}
		if cue, n, ok := c.cueEnding(j, roleCues); ok {
			first := j - n + 1
			if n == 1 && genitives[c.toks[j].Key] && first > 0 && !c.breaks(first-1) {
				prev := first - 1
				if _, _, isCue := c.cueAt(prev, roleCues...); isCue && !c.isDescriptor(prev) {
					j = prev // "par des", "à des": the article of a preposition
					continue
				}
			}
			if n == 1 && genitives[c.toks[j].Key] && j+1 < a.from && c.isDescriptor(j+1) {
				// «المئات من عناصر مجموعة فاغنر», "dozens of JNIM
				// fighters": the preposition is the people's, and the
				// group is whose they are.
				a.patient = true
				break
			}
			if n == 1 && genitives[c.toks[j].Key] && first > 0 && !c.breaks(first-1) {
				prev := first - 1
				// «سحبت عناصرها من باماكو»: people already someone's, or a
				// city after «من», are taken from there, not whose.
				from := c.isDescriptor(prev) && (c.ownPeople(c.descrAt(prev)) || c.k.lang == "ar" && a.own == dataset.EntityPlace)
				if from {
					a.prep = "from"
					break
				}
				if c.isDescriptor(prev) || c.isInstitution(prev) {
					// Whose people or organ it names: "l'armée du Mali",
					// "un fonctionnaire de l'ambassade de France".
					if c.isDescriptor(prev) {
						a.patient, a.institution = true, false
					} else if !a.patient {
						a.institution = true
					}
					j = prev
					continue
				}
			}
			if cue == "passive" {
				a.agent, a.patient = true, false
			} else {
				a.prep = cue
			}
			break
		}
		key := c.toks[j].Key
		// «مع الحكومة المالية», "avec les autorités maliennes": the
		// organ a demonym follows takes the preposition.
		head := (a.demonym || a.institution) && c.isInstitution(j) && !adjectiveFirst[c.k.lang]
		if _, isNum := c.k.numbers[key]; !articles[key] && !genitives[key] && !c.isDescriptor(j) && !isNum && !head {
			// "portraits of Colonel Assimi Goïta", "supporters of the
			// junta": the complement of a common noun is no subject.
			possessor := a.to+1 < len(c.toks) && c.toks[a.to+1].Key == "s" // "the junta's decision to expel"
			if j+1 < a.from && genitives[c.toks[j+1].Key] && !possessor && !c.isInstitution(j) && !c.actorAt(j) && c.actorEnding(j) == nil {
				if _, trig := c.k.triggers.Longest(c.toks, j); !trig {
					a.ofNoun = true
				}
			}
			break
		}
		j--
	}
	if c.k.lang == "ar" && a.prep == "" && !a.agent {
		// «بباريس», «لمالي»: a clitic preposition on the name.
		for _, m := range gz.Find(c.text[c.toks[a.from].Start:c.toks[a.to].End]) {
			cl := strings.TrimLeft(m.Clitic, "وف")
			switch {
			case strings.HasPrefix(cl, "ب"):
				a.prep = "in"
			case strings.HasPrefix(cl, "ل"):
				a.prep = "to"
			}
			break
		}
	}
}

// cueEnding finds a cue of one of the kinds that ends at token j.
func (c *sentenceCtx) cueEnding(j int, kinds []string) (string, int, bool) {
	for start := max(0, j-2); start <= j; start++ {
		if cue, n, ok := c.cueAt(start, kinds...); ok && start+n-1 == j {
			return cue, n, true
		}
	}
	return "", 0, false
}

func (c *sentenceCtx) isInstitution(i int) bool {
	_, _, ok := c.cueAt(i, "institution")
	return ok
}

func (c *sentenceCtx) actorEnding(i int) *actorTok {
	for k := range c.actors {
		if c.actors[k].to == i {
			return &c.actors[k]
		}
	}
	return nil
}

func (c *sentenceCtx) actorStarting(i int) *actorTok {
	for k := range c.actors {
		if c.actors[k].from == i {
			return &c.actors[k]
		}
	}
	return nil
}

// actorAt: an actor's name starts at token i.
func (c *sentenceCtx) actorAt(i int) bool {
	return slices.ContainsFunc(c.actors, func(a actorTok) bool { return a.from == i })
}

// descrAt is the description that covers token i (callers check there is one).
func (c *sentenceCtx) descrAt(i int) descrTok {
	for _, d := range c.descr {
		if i >= d.from && i <= d.to {
			return d
		}
	}
	return descrTok{from: i, to: i}
}

func (c *sentenceCtx) isDescriptor(i int) bool {
	for _, d := range c.descr {
		if i >= d.from && i <= d.to {
			return true
		}
	}
	return false
}

// punctuated: clause punctuation between token j and j+1.
func (c *sentenceCtx) punctuated(j int) bool {
	if j < 0 || j+1 >= len(c.toks) {
		return true
	}
	gap := c.text[c.toks[j].End:c.toks[j+1].Start]
	return strings.ContainsAny(gap, ",;:()–—،؛") || strings.Contains(gap, " - ")
}

// clause is the stretch of the sentence around token i between clause
// punctuation (commas, semicolons, colons, dashes, brackets).
func (c *sentenceCtx) clause(i int) (int, int) {
	a, b := i, i
	for a > 0 && !c.breaks(a-1) {
		a--
	}
	for b < len(c.toks)-1 && !c.breaks(b) {
		b++
	}
	return a, b
}

// breaks: clause punctuation between token j and j+1.
func (c *sentenceCtx) breaks(j int) bool {
	if j < 0 || j+1 >= len(c.toks) {
		return true
	}
	if c.punctuated(j) && !c.bridged[j] {
		return true
	}
	// "warned that if…", «حذرت من أن», «चेतावनी दी कि»: a subordinator
	// opens a clause of its own.
	_, _, sub := c.cueAt(j+1, "clause")
	return sub
}

// found is a trigger found in the sentence.
type found struct {
	trigger
	at, n  int
	future bool
	obj    int // where its object word is, -1 when none was needed
	end    int // the last token of the whole pattern, past any gap
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (c *sentenceCtx) triggers(gz *gazetteer.Gazetteer) []found {
	var out []found
	kinds := map[string]bool{}
	for _, a := range c.actors {
		kinds[a.kind] = true
	}
	objects := map[int]bool{} // words that are another trigger's object
	for i := 0; i < len(c.toks); i++ {
		if slices.ContainsFunc(c.dates, func(d datedTok) bool { return i >= d.at && i <= d.to }) {
			continue // "in March 2025" is a date, not a march
		}
		hits := c.k.triggers.At(c.toks, i)
		longest := 0
		for hi, h := range hits {
			if hi > 0 && h.Head < hits[0].Head && hits[0].Head > 1 && h.Value.typ != hits[0].Value.typ {
				continue // «إنذاراً بمغادرة» is an expulsion, not an ultimatum besides
			}
			t := h.Value
			if req := c.k.requires[t.typ]; len(req) > 0 && !slices.ContainsFunc(req, func(k string) bool { return kinds[k] }) {
				continue
			}
			if h.Head < h.Len && h.Bound && !c.clauseFinal(i, i+h.Len-1) {
				continue
			}
			c.found = out // the triggers before i, for hasObject
			obj, ok := c.hasObject(t.typ, i, h.Head)
			if !ok {
				continue
			}
			// The object's phrase ("its defence cooperation agreement") is
			// what is suspended, not an act of its own.
			for j := obj; obj >= 0 && j <= obj+2 && j < len(c.toks); j++ {
				objects[j] = true
				if c.punctuated(j) {
					break
				}
			}
			if slices.ContainsFunc(out, func(f found) bool { return f.typ == t.typ && f.at == i }) {
				continue
			}
			out = append(out, found{t, i, h.Head, h.Future, obj, i + h.Len - 1})
			longest = max(longest, h.Head)
		}
		// A trigger that needed its object is more specific than one that
		// did not: "urged its citizens to leave" is advice, not a demand.
		// Of two that found objects, the nearer object decides: "retirará
		// a sus soldados de la misión" withdraws troops.
		if atI := slices.IndexFunc(out, func(f found) bool { return f.at == i }); atI >= 0 {
			constrained := slices.ContainsFunc(out[atI:], func(f found) bool { return c.k.objects[f.typ] != nil })
			if constrained {
				out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return c.k.objects[f.typ] == nil })...)
			}
			nearest := 1 << 30
			for _, f := range out[atI:] {
				if f.obj >= 0 {
					nearest = min(nearest, abs(f.obj-i))
				}
			}
			out = append(out[:atI], slices.DeleteFunc(out[atI:], func(f found) bool { return f.obj >= 0 && abs(f.obj-i) > nearest })...)
		}
		if longest > 1 {
			i += longest - 1
		}
	}
	// "suspended its cooperation": the cooperation is what was suspended,
	// not an act of cooperating.
	return slices.DeleteFunc(out, func(f found) bool { return objects[f.at] && c.k.objects[f.typ] == nil })
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
	return c.breaks(to) || conjunctions[c.toks[to+1].Key]
}

// hasObject checks a trigger's object words: after it, or in verb-final
// Hindi and German before it too.
func (c *sentenceCtx) hasObject(typ string, at, n int) (int, bool) {
	ix := c.k.objects[typ]
	if ix == nil {
		return -1, true
	}
	w := c.k.window[typ]
	lo, hi := at-3, at+n+w
	if eventtype.Is(typ, eventtype.Forces) && c.k.lang != "ar" {
		// "Les derniers soldats français stationnés au Tchad ont quitté":
		// the forces that move are the subject, before the verb.
		lo = at - w
		for lo < at && c.breakBetweenTokens(lo, at) {
			lo++
		}
	}
	if c.k.lang == "hi" || c.k.lang == "de" {
		lo = at - w
	}
	// Articles, numbers and possessives do not count: "retirará antes de
	// lo previsto a sus 300 soldados".
	for j, words := at+n, 0; j < len(c.toks) && words < w; j++ {
		hi = j + 1
		if key := c.toks[j].Key; !articles[key] && !genitives[key] && !isCount(c.k, key) {
			words++
		}
	}
	if c.k.lang == "hi" {
		hi = min(hi, at+n+1) // verb-final: what follows is the next verb's («… पर रोक से विकास पर असर»)
	}
	for j := max(0, lo); j < min(len(c.toks), hi); j++ {
		if j >= at && j < at+n {
			continue
		}
		if j < at && c.k.lang == "ar" && c.breakBetweenTokens(j, at) {
			// An Arabic verb's object follows it: «… في سفارة مالي بفرنسا،
			// وسحبت بقية عناصرها» withdrew no embassy.
			continue
		}
		if _, ok := ix.Longest(c.toks, j); ok {
			return j, true
		}
	}
	if eventtype.Is(typ, eventtype.Forces) {
		// "The Wagner Group has left Mali", «غادرت قوة برخان»: a named
		// armed force, before or after, is what moves.
		for _, a := range c.actors {
			// Past an apposition ("les combattants de l'Africa Corps, la
			// structure paramilitaire russe, sont arrivés"), not a clause.
			apposition := c.k.lang != "hi" && a.to < at && a.to >= at-12 && (!c.subordinateBetween(a.to, at) || c.relativeBetween(a.to, at)) &&
				!c.anyActBetween(a.to, at) && // "JNIM has enforced a blockade …, leaving long queues"
				!slices.ContainsFunc(c.actors, func(b actorTok) bool { return b.from > a.to && b.to < at && (!b.demonym || b.institution) }) // "…to the Chadian army, after the government ended"
			if a.force && a.from < hi && (a.to >= at-w && !c.breakBetween(&a, at) || apposition) {
				return -1, true
			}
		}
	}
	return -1, false
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

func (c *sentenceCtx) events(gz *gazetteer.Gazetteer, home []string) []Candidate {
	fs := c.triggers(gz)
	c.found = fs
	c.content = map[int]bool{}
	for fi, f := range fs {
		if c.absorbed(fs, fi) {
			c.content[f.at] = true
		}
	}
	var out []Candidate
	for fi, f := range fs {
		if c.absorbed(fs, fi) {
			continue
		}
		var sharedDate dates.Date // the date of the act this one is joined to
		if fi+1 < len(fs) && fs[fi+1].typ == f.typ && f.pos == "verb" && fs[fi+1].pos == "noun" && fs[fi+1].at <= f.at+f.n+2 && !c.breakBetweenTokens(f.at, fs[fi+1].at) {
			c.content[f.at] = true // no act of its own, for dates
			continue               // "ont achevé leur retrait", "completed its withdrawal": the noun tells the act
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && c.restated(fs, fi) {
			continue // «هدّدت باريس باماكو باتخاذ إجراءات أخرى»: one threat
		}
		if c.adjectival(f) {
			continue // "the detained employee", "soldats stationnés": a description, not the act
		}
		modality, negated := c.modality(f)
		if negated && f.typ != "deny" {
			continue
		}
		cand := Candidate{
			Type:     f.typ,
			Trigger:  dataset.Span{Start: c.toks[f.at].Start, End: c.toks[f.at+f.n-1].End},
			Modality: modality,
			at:       f.at,
		}
		cand.Attribution, c.quoted = c.attribution(f)
		c.roles(&cand, f, gz, home)
		if debugActors {
			for _, a := range c.actors {
				fmt.Printf("DBG %s@%d actor %s %d-%d prep=%q agent=%v inst=%v patient=%v place=%v aside=%v demonym=%v ofNoun=%v\n", f.typ, f.at, a.entity, a.from, a.to, a.prep, a.agent, a.institution, a.patient, a.place, a.aside, a.demonym, a.ofNoun)
			}
			fmt.Printf("DBG -> %v %v\n", cand.Source, cand.Target)
		}
		if g := c.launched(f); g.at != f.at {
			// "JNIM launched attacks on army posts": the verb of doing
			// names who acts; the noun still names what is acted on.
			by := Candidate{Type: f.typ, Modality: modality}
			c.roles(&by, g, gz, home)
			if len(by.Source) > 0 && !slices.Equal(by.Source, cand.Target) {
				cand.Source, cand.srcNear = by.Source, by.srcNear
				cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool { return slices.Contains(by.Source, t) })
			}
		}
		if n := len(out); n > 0 && !eventtype.Is(f.typ, eventtype.Symmetric) && !c.subjectInClause(f) && c.coordinatedAct(f) && !c.openClauseBetween(out[n-1].at, f.at) {
			// «قررت باريس تعليق…، وطرد…», "froze … and expelled":
			// acts joined by "and" share their subject.
			prev := out[n-1]
			if len(prev.Source) > 0 && !(cand.srcNear && len(cand.Source) > 0) {
				cand.Source = slices.Clone(prev.Source)
				cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool {
					return slices.ContainsFunc(prev.Source, func(s string) bool { return s == t || gz.Country(s) == t })
				})
				if len(cand.Target) == 0 && (prev.Type == cand.Type || eventtype.Is(prev.Type, eventtype.Absorbing) && eventtype.Is(cand.Type, eventtype.Absorbing)) {
					// "rejected Mali's accusations and demanded his release":
					// of the same party.
					cand.Target = slices.Clone(prev.Target)
				}
				cand.Anaphoric = false
				cand.srcNear = prev.srcNear
				sharedDate = prev.Date
			}
		}
		if len(cand.Source) == 0 && len(cand.Target) == 0 {
			if eventtype.Is(f.typ, eventtype.Absorbing) || eventtype.Is(f.typ, eventtype.Symmetric) {
				continue // who cooperates or talks with whom is the event
			}
			cand.Anaphoric = true
		}
		for _, s := range cand.Source {
			cand.States = appendActor(cand.States, cmp.Or(gz.Country(s), s))
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && c.unnamedAgent(f) {
			continue // "has been accused by rights groups of…": no one named says so
		}
		// Speech acts need a speaker, and a threat someone threatened.
		if eventtype.Is(f.typ, eventtype.Absorbing) && (len(cand.Source) == 0 || cand.Anaphoric) || f.typ == "threaten" && (len(cand.Target) == 0 || !cand.srcNear) {
			continue
		}
		var more []group
		if eventtype.Is(f.typ, eventtype.AffectsPeople) {
			more = c.describe(&cand, f, gz)
			if cand.Type == "withdraw-forces" && lexicon.GlossClass(cand.Gloss) == "intelligence" {
				cand.Type = "reduce-presence" // agents withdrawn are no forces
			}
		}
		if i := slices.IndexFunc(out, func(p Candidate) bool {
			return p.Type == cand.Type && p.Described != "" && !(len(cand.Source) > 0 && len(p.Source) > 0 && !slices.Equal(cand.Source, p.Source))
		}); len(more) == 0 && cand.Described == "" && i >= 0 {
			// "declared persona non grata and must leave French territory by
			// Saturday": the act said again, of the people already named; it
			// may say who does it («…, sommés de quitter le territoire
			// français»).
			if p := &out[i]; len(p.Source) == 0 && len(cand.Source) > 0 {
				p.Source, p.States, p.srcNear = cand.Source, cand.States, cand.srcNear
				p.Target = slices.DeleteFunc(p.Target, func(t string) bool { return slices.Contains(cand.Source, t) })
				p.Anaphoric = false
			}
			continue
		}
		if prev := sameActBefore(out, cand); prev != nil {
			// «طردت … ثلاثة دبلوماسيين … وأمهلتهم … لمغادرة أراضيها»: a
			// second word for the act, whose territory is the expeller's.
			cand.Source, cand.Target, cand.Owner = slices.Clone(prev.Source), slices.Clone(prev.Target), prev.Owner
			cand.Anaphoric = false
		}
		cand.Date = c.dateNear(f.at)
		if cand.Date == (dates.Date{}) {
			cand.Date = sharedDate // "rejected … on Friday and demanded…"
		}
		if cand.Type == "coup" {
			c.coupCountry(&cand, home, gz)
		}
		if c.generic(cand, f) {
			continue // "rising militant attacks", "potential targets for kidnapping"
		}
		// "since 2013", "after the French withdrawal": history told to
		// explain the news.
		cand.Background = f.pos == "noun" && c.afterConnective(f.at) || c.history(f)
		cand.Since = c.since(f)
		c.whosePeople(&cand, f, gz)
		if cand.Type == "reduce-presence" && c.forceSource(cand, gz) {
			// "El Grupo Wagner anunció su retirada tras tres años de
			// presencia": an armed force leaving withdraws.
			if slices.ContainsFunc(out, func(p Candidate) bool { return p.Type == "withdraw-forces" && p.at == f.at }) {
				continue
			}
			cand.Type = "withdraw-forces"
		}
		if f.typ == "accuse" || f.typ == "deny" {
			cand.Charges = c.chargesNear(f)
		}
		cand.Confidence = confidence(cand, f)
		out = append(out, cand)
		for _, g := range more {
			// The same act on other people is another event.
			other := cand
			other.Target = slices.Clone(cand.Target)
			c.setGroup(&other, g, gz)
			c.whosePeople(&other, f, gz)
			other.Confidence = confidence(other, f)
			out = append(out, other)
		}
	}
	for i := range out {
		// One sentence telling one act twice ("ended its military presence
		// in August 2022, announcing the withdrawal of Barkhane's forces")
		// tells it at one date.
		for j := range i {
			p := &out[j]
			if !out[i].Date.Known() && p.Date.Known() && p.Type == out[i].Type && p.Modality == out[i].Modality &&
				slices.Equal(p.Source, out[i].Source) && slices.Equal(p.Target, out[i].Target) {
				out[i].Date = p.Date
			}
		}
		out[i].TargetStates = nil
		for _, t := range out[i].Target {
			out[i].TargetStates = appendActor(out[i].TargetStates, cmp.Or(gz.Country(t), t))
		}
	}
	return out
}

// coupCountry places a coup the sentence does not place by the coups the
// gazetteer knows: "depuis le putsch d'août 2020 … entre Paris et
// Bamako" happened in Mali, "tras el golpe de julio de 2023" in Niger. A
// dated coup takes the country named in the sentence, or else in the
// article, that had one then; an undated one placed only by the article
// takes the first country it names that has had one.
func (c *sentenceCtx) coupCountry(cand *Candidate, home []string, gz *gazetteer.Gazetteer) {
	date := ""
	if cand.Date.Known() && cand.Date.Y > 0 {
		date = cand.Date.String()
	}
	current := ""
	if len(cand.Target) == 1 {
		current = cand.Target[0]
	}
	if current != "" && gz.CoupIn(current, date) && (date != "" || !cand.homeTarget) {
		return
	}
	if date == "" && !cand.homeTarget {
		return
	}
	var named []string
	for _, a := range c.actors {
		if country := gz.Country(a.actor); country != "" {
			named = appendActor(named, country)
		}
	}
	for _, list := range [][]string{named, home} {
		for _, country := range list {
			if gz.CoupIn(country, date) {
				cand.Target = []string{country}
				if len(cand.Source) > 0 && gz.Country(cand.Source[0]) != country {
					cand.Source = nil // soldiers named are that country's
				}
				return
			}
		}
	}
}

// generic: a noun that names a kind of act rather than one act — a trend,
// a risk, acts in the plural — with nothing that makes it one: no agent
// named, no date, no count. "Rising militant attacks", «أهدافًا محتملة
// للاختطاف», "the number of attacks on the continent" report no event;
// "attacks by JNIM on towns", "the attacks of Sunday" do.
func (c *sentenceCtx) generic(cand Candidate, f found) bool {
	if f.pos != "noun" || len(cand.Source) > 0 || cand.Date.Known() || len(cand.Quantities) > 0 || eventtype.Is(f.typ, eventtype.Symmetric) {
		return false
	}
	if cand.Modality == dataset.Hypothetical {
		return true // a possible act of no one
	}
	lo, hi := c.clause(f.at)
	for j := max(lo, f.at-3); j <= min(hi, f.at+f.n+1); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		if _, _, ok := c.cueAt(j, "generic"); ok {
			return true
		}
	}
	// A headline names news in the plural ("Attaques jihadistes contre
	// sept villes"); a trend or a risk it names as elsewhere.
	return f.typ != "protest" && !c.title && c.pluralTrigger(f)
}

// pluralTrigger: the trigger's noun is in the plural ("attacks",
// «الهجمات», "हमलों", "Angriffe"). Outside Arabic and Hindi, whose endings
// say it alone, the word without its ending must name the act too, so that
// "talks" or a German genitive "Angriffs" is no plural.
func (c *sentenceCtx) pluralTrigger(f found) bool {
	word := c.toks[f.at+f.n-1].Key
	endings := c.k.plurals
	if c.k.lang == "de" {
		endings = []string{"en", "e", "n"}
	}
	for _, e := range endings {
		stem, ok := strings.CutSuffix(word, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if c.k.lang == "ar" || c.k.lang == "hi" {
			return true
		}
		for _, h := range c.k.triggers.At([]fold.Token{{Key: stem}}, 0) {
			if h.Value.typ == f.typ && h.Len == 1 {
				return true
			}
		}
	}
	return false
}

// chargesNear lists what an accusation or a denial at f is about: the
// charges named after it in its clause ("accused him of spying",
// «تتهمه … بالتجسس»), or before it in verb-final Hindi («तख्तापलट की
// साजिश रचने के आरोप में»).
func (c *sentenceCtx) chargesNear(f found) []string {
	lo, hi := c.clause(f.at)
	from, to := max(lo, f.at-2), min(hi, f.at+f.n+14)
	if c.k.lang == "hi" {
		from, to = max(lo, f.at-8), min(hi, f.at+f.n+2)
	}
	var out []string
	for j := from; j <= to; j++ {
		for _, h := range c.k.charges.At(c.toks, j) {
			if !slices.Contains(out, h.Value) {
				out = append(out, h.Value)
			}
		}
	}
	slices.Sort(out)
	return out
}

// determiners before a participle used as an adjective: "the detained
// employee", "der festgenommene Franzose".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true, "einen": true, "einem": true, "einer": true, "eines": true}

// attributive: a German participle with an adjective's ending before a
// noun, after its article ("der mit Al-Kaida verbündeten Gruppe", "die
// festgenommenen Offiziere").
func (c *sentenceCtx) attributive(f found) bool {
	word := c.toks[f.at].Key
	next := f.at + 1
	if next >= len(c.toks) || c.punctuated(f.at) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.text[c.toks[next].Start:])
	if !unicode.IsUpper(r) || !slices.ContainsFunc([]string{"te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes"}, func(e string) bool { return strings.HasSuffix(word, e) }) {
		return false
	}
	for j := f.at - 1; j >= max(0, f.at-4); j-- {
		if determiners[c.toks[j].Key] {
			return true
		}
		if slices.ContainsFunc(c.found, func(g found) bool { return g.at == j }) {
			return false
		}
	}
	return false
}

// stateVerbs: a deployment in place, told as a state ("troops stationed
// there", "die dort stationiert sind"), is not the act of deploying.
var copulas = map[string]bool{"sind": true, "ist": true, "waren": true, "war": true}

// adjectival: the verb trigger at f describes a noun rather than
// reports an act.
func (c *sentenceCtx) adjectival(f found) bool {
	if f.pos != "verb" || f.n != 1 {
		return false
	}
	next := f.at + 1
	people := func(j int) bool { return j < len(c.toks) && (c.isDescriptor(j) || c.isDemonymAt(j)) }
	switch c.k.lang {
	case "en", "de":
		if f.at > 0 && determiners[c.toks[f.at-1].Key] && (people(next) || people(next+1)) {
			return true
		}
		if c.k.lang == "de" && c.attributive(f) {
			return true
		}
	case "hi":
		// A Hindi participle acts with a light verb or ends its clause
		// («… गिरफ्तार किया», «नागरिक गिरफ्तार,»); before a noun it describes it
		// («वहां तैनात एक हजार सैनिकों»).
		if next < len(c.toks) && !c.breaks(f.at) {
			if _, _, light := c.cueAt(next, "light"); !light && !c.punctuated(f.at) {
				if _, _, cue := c.cueAt(next, roleCues...); !cue {
					return true
				}
			}
		}
	}
	if f.typ == "deploy-forces" {
		if f.at > 0 && people(f.at-1) && c.k.lang != "hi" {
			return true // "French troops stationed in Chad", "soldados franceses desplegados"
		}
		if next < len(c.toks) && copulas[c.toks[next].Key] {
			return true
		}
	}
	return false
}

// launched: a noun trigger that a verb of doing governs ("launched
// attacks", «شنّت … هجمات», "ont tendu une embuscade") takes its roles as
// that verb would: the trigger is read at the verb.
func (c *sentenceCtx) launched(f found) found {
	if f.pos != "noun" {
		return f
	}
	// Past an apposition («شنّت جماعة نصرة الإسلام، فرع القاعدة، … هجمات»),
	// not past a subordinator.
	for j := f.at - 1; j >= max(0, f.at-14); j-- {
		if c.breaks(j) && !c.punctuated(j) {
			break
		}
		if _, _, ok := c.cueAt(j, "launch"); ok {
			if c.otherActBetween(j, f.at) {
				break
			}
			g := f
			g.pos, g.at, g.n = "verb", j, 1
			return g
		}
	}
	return f
}

// sameActBefore is an earlier candidate of the sentence that c only names
// again: same type, no source of its own, and no party but that one's.
func sameActBefore(out []Candidate, c Candidate) *Candidate {
	if len(c.Source) > 0 {
		return nil
	}
	for i := len(out) - 1; i >= 0; i-- {
		p := &out[i]
		if p.Type != c.Type || len(p.Source) == 0 || p.Modality != c.Modality {
			continue
		}
		if !slices.ContainsFunc(c.Target, func(t string) bool { return !slices.Contains(p.Source, t) && !slices.Contains(p.Target, t) }) {
			return p
		}
	}
	return nil
}

// whosePeople retypes an act by whose people it moves. Ordering someone
// else's people out is an expulsion, whatever the verb ("ended the
// presence of French special forces"); ordering one's own out of a foreign
// country is a withdrawal or a reduction of presence ("ordered its
// employees to leave Mali").
func (c *sentenceCtx) whosePeople(cand *Candidate, f found, gz *gazetteer.Gazetteer) {
	source := ""
	for _, s := range cand.Source {
		if e := gz.Entity(s); source == "" && e != nil && e.Kind == dataset.EntityCountry {
			source = s
		}
	}
	if source == "" {
		return
	}
	military := lexicon.GlossClass(cand.Gloss) == "military"
	owner := gz.Country(cand.Owner)
	switch {
	case (cand.Type == "withdraw-forces" || cand.Type == "reduce-presence") && owner != "" && owner != source:
		if cand.srcNear && cand.people[0] > f.at {
			cand.Type = "expel"
			cand.Target = []string{owner}
			return
		}
		// The people are the subject and leave of themselves ("les soldats
		// français ont achevé leur retrait"): their state withdraws them,
		// from the country named as acting elsewhere.
		cand.Source, cand.States = []string{owner}, []string{owner}
		cand.Target = []string{source}
	case cand.Type == "expel":
		left := c.countryLeft(f, gz)
		if cand.own && cand.Owner == "" || left != "" && left != source && (cand.Owner == "" || gz.Country(cand.Owner) == source) {
			cand.Type = "reduce-presence"
			if military {
				cand.Type = "withdraw-forces"
			}
			if left != "" {
				cand.Target = []string{left}
			}
		}
	}
}

// countryLeft is the country a "leave" word in the trigger's clause names:
// "to leave Mali", «بمغادرة مالي», «माली छोड़ने».
func (c *sentenceCtx) countryLeft(f found, gz *gazetteer.Gazetteer) string {
	lo, _ := c.clause(f.at)
	_, hi := c.clause(max(f.at, f.end)) // «أمرت …، الثلاثاء، … بمغادرة مالي»
	for j := lo; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "leave"); !ok {
			continue
		}
		for _, a := range c.actors {
			near := a.from > j && a.from <= j+2 || c.k.lang == "hi" && a.to < j && a.to >= j-2
			if near && !a.demonym && (a.kind == dataset.EntityCountry || a.kind == dataset.EntityPlace) {
				return cmp.Or(gz.Country(a.actor), a.actor)
			}
		}
	}
	return ""
}

// coordinatedAct: the trigger at f is joined by "and" to the act before
// it («وطرد», "et expulsé", "and expelled"), or opens a clause of its own
// after a comma (", ending a nine-year engagement").
func (c *sentenceCtx) coordinatedAct(f found) bool {
	if f.at == 0 || c.arabicAnd(f.at) {
		return f.at > 0
	}
	return conjunctions[c.toks[f.at-1].Key] || f.at > 1 && conjunctions[c.toks[f.at-2].Key] && articles[c.toks[f.at-1].Key] ||
		c.punctuated(f.at-1)
}

// subjectInClause: an actor that may act stands in the trigger's clause
// before it (after it, for an Arabic verb).
func (c *sentenceCtx) subjectInClause(f found) bool {
	lo, hi := c.clause(f.at)
	for _, a := range c.actors {
		if a.aside || a.prep != "" || a.place || a.demonym && !a.institution {
			continue
		}
		if a.from >= lo && a.to < f.at || c.k.lang == "ar" && a.from > f.at && a.to <= hi {
			return true
		}
	}
	// "arrêtés … par des militaires": an agent named, if not known.
	for j := f.at + f.n; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "passive"); ok {
			return true
		}
	}
	return false
}

// absorbed: what a threat or a demand is about is not an event of its own
// ("threatened to take other measures, including expulsions"); nor is
// what a denial or an accusation is about, close to it in its clause
// ("denied arresting", "dismissed the accusations").
func (c *sentenceCtx) absorbed(fs []found, fi int) bool {
	f := fs[fi]
	for _, g := range fs {
		if g.typ == "talks" && f.typ == "cooperate" && f.pos == "noun" && g.at < f.at && !c.anyActBetween(g.at, f.at) && !c.subordinateBetween(g.at, f.at) &&
			!c.conjunctionBetween(g.at, f.at) && f.at-g.at <= 18 {
			return true // "discussed ways to strengthen cooperation": what the talks were about
		}
		if !eventtype.Is(g.typ, eventtype.Absorbing) || g.at == f.at || g.typ == f.typ {
			continue
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && g.typ != "deny" {
			continue // only a denial swallows another speech act
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && f.pos != "noun" && c.conjoined(g.at, f.at) {
			continue // "rejected the accusations and called for his release": two acts
		}
		if c.k.lang == "hi" {
			// Verb-final: what is threatened, demanded or denied comes
			// first ("… को निष्कासित करने की धमकी दी"); an act after an
			// accusation is done on that charge ("… के आरोप में गिरफ्तार").
			if g.at > f.at && g.at-f.at <= 6 {
				return true
			}
			continue
		}
		if f.at < g.at {
			continue
		}
		if g.typ == "accuse" && c.finite(f) {
			continue // "a Frenchman suspected of spying has been arrested": the arrest is told
		}
		if (g.typ == "threaten" || g.typ == "demand" || g.typ == "accuse" && f.pos == "noun") && f.at-g.at <= 10 {
			return true
		}
		lo, hi := c.clause(g.at)
		if f.at >= lo && f.at <= hi && f.at-g.at <= 8 {
			return true
		}
		if g.typ == "deny" && f.at-g.at <= 8 && !c.subordinateBetween(g.at, f.at) && !c.otherActBetween(g.at, f.at) {
			return true // «رفضت الخارجية الفرنسية، الجمعة، الاتهامات المالية»
		}
	}
	return false
}

// restated: a speech act of the same type stands before f in its clause,
// not joined to it by "and": f names that act again ("threatened Bamako
// with other measures").
func (c *sentenceCtx) restated(fs []found, fi int) bool {
	f := fs[fi]
	lo, _ := c.clause(f.at)
	for _, g := range fs[:fi] {
		if g.typ == f.typ && g.at >= lo && g.at < f.at && !c.conjoined(g.at, f.at) {
			return true
		}
	}
	return false
}

// finite: an auxiliary just before the verb at f makes it a clause's
// main verb ("has been arrested", "a été arrêté", "wurde festgenommen").
func (c *sentenceCtx) finite(f found) bool {
	if f.pos == "noun" {
		return false
	}
	for j := f.at - 1; j >= max(0, f.at-2); j-- {
		if _, _, ok := c.cueAt(j, "aux"); ok {
			return true
		}
	}
	return false
}

// modality reads the cues around a trigger, within its clause.
func (c *sentenceCtx) modality(f found) (string, bool) {
	lo, hi := c.clause(f.at)
	before, after := 4, 2
	if c.k.lang == "hi" || c.k.lang == "de" {
		after = 4
	}
	negated, mod := false, dataset.Asserted
	if f.future {
		mod = dataset.Future
	}
	if f.pos == "verb" {
		mod = cmp.Or(c.ending(f), mod)
	} else if g := c.governingVerb(f); g >= 0 {
		// "une décision qui entraînera le départ", «سيؤدي إلى رحيل»: the
		// verb that governs the noun carries its tense.
		mod = cmp.Or(c.ending(found{at: g, n: 1}), mod)
		if c.k.lang == "ar" && arabicFuture(c.toks[g].Key) && g+1 < f.at && c.toks[g+1].Key == "الى" {
			mod = dataset.Future
		}
	}
	if eventtype.Is(f.typ, eventtype.Attemptable) && c.attempted(f, lo, hi) {
		// "a foiled coup attempt", «محاولة انقلابية», "Putschversuch":
		// the act was tried, not done — unless only alleged ("dem
		// angeblichen Umsturzversuch").
		for j := max(lo, f.at-2); j < f.at; j++ {
			if _, _, ok := c.cueAt(j, "hypothetical"); ok {
				return dataset.Hypothetical, false
			}
		}
		return dataset.Attempted, false
	}
	for j := max(lo, f.at-before); j <= min(hi, f.at+f.n-1+after); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		cue, _, ok := c.cueAt(j, "negation", "future", "hypothetical", conditional)
		if !ok {
			continue
		}
		switch cue {
		case "negation":
			negated = true
		case "future":
			if mod == dataset.Asserted {
				mod = dataset.Future
			}
		case "hypothetical":
			mod = dataset.Hypothetical
		case conditional:
			if mod != dataset.Hypothetical {
				mod = conditional
			}
		}
	}
	if mod == conditional {
		// "said Bamako would deepen…", «a annoncé qu'il retirerait»: in
		// reported speech the conditional is the future of the past;
		// elsewhere it is speculation.
		mod = dataset.Hypothetical
		if c.reportedBefore(f.at) {
			mod = dataset.Future
		}
	}
	if f.typ == "threaten" && mod == dataset.Future {
		mod = dataset.Asserted // what is threatened lies ahead; the threat is made
	}
	return mod, negated
}

// governingVerb is the word just before a noun trigger, past articles and
// prepositions ("entraînera le départ", «سيؤدي إلى رحيل»), or -1.
func (c *sentenceCtx) governingVerb(f found) int {
	for j := f.at - 1; j >= max(0, f.at-3); j-- {
		key := c.toks[j].Key
		if articles[key] || genitives[key] || key == "الى" || key == "a" || key == "à" || key == "zum" || key == "zur" {
			continue
		}
		if c.breaks(j) {
			return -1
		}
		return j
	}
	return -1
}

// arabicFuture: an imperfect verb with the future prefix «س»: «سيؤدي»
// (callers check it governs «إلى», since «سيارة» looks the same).
func arabicFuture(key string) bool {
	rest, ok := strings.CutPrefix(key, "س")
	return ok && utf8.RuneCountInString(rest) >= 3 && strings.ContainsRune("يت", []rune(rest)[0])
}

// reportsBetween: a reporting verb stands between tokens a and b.
func (c *sentenceCtx) reportsBetween(a, b int) bool {
	if c.k.lang == "hi" {
		b = min(len(c.toks), b+4) // «गिरफ्तारी की पुष्टि की»: the verb follows
	}
	for j := a + 1; j < b; j++ {
		if _, _, ok := c.cueAt(j, "attribution"); ok {
			return true
		}
	}
	return false
}

// conditional is a cue and ending kind: "would", "retirerait", "würde".
const conditional = "conditional"

// reportedBefore: a reporting verb ("said", "a annoncé", «قال») stands
// before position i in the sentence.
func (c *sentenceCtx) reportedBefore(i int) bool {
	for j := 0; j < i; j++ {
		if _, _, ok := c.cueAt(j, "attribution"); ok {
			return true
		}
	}
	return false
}

// agentOf: the agent a ("by X") belongs to the act at f, not to a nearer
// act after it or to a noun phrase of a verb that has its own subject.
func (c *sentenceCtx) agentOf(a *actorTok, f found) bool {
	if c.k.lang == "hi" {
		// Verb-final: an agent stands before its verb, with no other verb
		// between («फ्रांस ने … निलंबित कर दिया» is not the arrest's before it).
		if a.from > f.at {
			return false
		}
		for _, g := range c.found {
			if g.at > a.to && g.at < f.at && g.pos != "noun" && !c.sharesPhrase(g, f) {
				return false
			}
		}
		return true
	}
	if a.to < f.at {
		return true
	}
	for _, g := range c.found {
		if g.at > f.at && g.at < a.from {
			return false
		}
	}
	if f.pos == "verb" && c.k.lang != "ar" && a.from-(f.at+f.n) > 2 {
		lo, _ := c.clause(f.at)
		for _, b := range c.actors {
			if b.from >= lo && b.to < f.at && b.prep == "" && !b.place && (!b.demonym || b.institution) && !b.aside {
				return false // the verb has its subject: "X ambushed … escorted by Y"
			}
		}
	}
	return true
}

// attempted: an attempt cue ("attempt", "foiled", «محاولة», «नाकाम»)
// close to the trigger in its clause, or an attempt ending on its own word
// (German "Putschversuch").
func (c *sentenceCtx) attempted(f found, lo, hi int) bool {
	for j := f.at; j < f.at+f.n; j++ {
		word := strings.ToLower(c.text[c.toks[j].Start:c.toks[j].End])
		for _, e := range c.k.endings[dataset.Attempted] {
			if strings.HasSuffix(word, e) && len(word) > len(e)+2 {
				return true
			}
		}
	}
	for j := max(lo, f.at-4); j <= min(hi, f.at+f.n+3); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		if _, _, ok := c.cueAt(j, "attempt"); ok {
			return true
		}
	}
	return false
}

// roles picks the source and target of an event from the actors around
// its trigger.
func (c *sentenceCtx) roles(cand *Candidate, f found, gz *gazetteer.Gazetteer, home []string) {
	lo, hi := c.clause(f.at)
	var src, tgt *actorTok
	pick := func(cond func(a *actorTok) bool, order []int) *actorTok {
		for _, i := range order {
			a := &c.actors[i]
			if a != src && a != tgt && cond(a) {
				return a
			}
		}
		return nil
	}
	before, after, all := c.order(f)
	if c.k.lang == "hi" {
		// «…को निष्कासित कर दिया है और रूस से सहायता मांगी»: in verb-final
		// Hindi, what comes before an earlier verb is that verb's.
		for _, g := range c.found {
			if g.at+g.n <= f.at && g.at+g.n > lo && !c.sharesPhrase(g, f) {
				lo = g.at + g.n
			}
		}
	}
	inClause := func(a *actorTok) bool { return a.from >= lo && a.to <= hi }
	quoted := func(a *actorTok) bool { return a.from >= c.quoted[0] && a.to <= c.quoted[1] }
	// After "after", «بعد», "suite à", a noun is not the subject's act:
	// "France froze cooperation after the arrest of its diplomat".
	subordinate := f.pos == "noun" && c.afterConnective(f.at)
	if subordinate {
		before = nil
	}
	out := func(i int) bool { return quoted(&c.actors[i]) || c.actors[i].aside }
	all = slices.DeleteFunc(all, out)
	before = slices.DeleteFunc(before, out)
	after = slices.DeleteFunc(after, out)
	subject := func(a *actorTok) bool {
		// "hundreds of Wagner fighters arrived": a force's people move
		// for it.
		people := a.patient && !eventtype.Is(cand.Type, eventtype.OwnPresence)
		return a.prep == "" && !people && !a.ofNoun && !c.objectOfVerb(a, f) && (!a.demonym || a.institution) && !a.place &&
			a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency
	}

	// The agent, marked by "by" or ने: the clearest sign — if it is this
	// act's: not "ambushed a convoy escorted by Malian soldiers" when the
	// ambush has its subject, not "during attacks by JNIM" for another act.
	src = pick(func(a *actorTok) bool {
		return a.agent && !a.place && (inClause(a) || c.k.lang == "hi") && c.agentOf(a, f)
	}, all)
	if src == nil && eventtype.Is(cand.Type, eventtype.GroupAct) && (f.pos != "verb" || c.determined(f)) {
		// "the attack by JNIM", "el bloqueo de combustible del JNIM",
		// «هجوم لجماعة نصرة الإسلام»: the group after the noun.
		src = pick(func(a *actorTok) bool {
			return a.own == dataset.EntityArmedGroup && inClause(a) && a.from > f.at && c.gap(f.at+f.n, a.from) <= 3 && !a.aside
		}, after)
	}
	if src == nil && (f.pos != "verb" || c.determined(f)) {
		// "the blockade that JNIM imposes", «الحصار الذي تفرضه جماعة…», "die
		// Treibstoffblockade, die die Gruppe JNIM … verhängt": the subject
		// of a relative clause on the noun is its agent.
		src = c.relativeAgent(f)
	}
	if src == nil {
		switch {
		case c.k.lang == "ar" && f.pos != "noun" && c.relativeBefore(f.at) >= 0:
			// «التنظيمات التي كانت تهدد العاصمة»: a relative clause's
			// subject is the noun it describes, just before «التي»; what
			// follows the verb is its object.
			rel := c.relativeBefore(f.at)
			src = pick(func(a *actorTok) bool { return subject(a) && a.to == rel-1 }, before)
		case c.k.lang == "ar" && f.pos != "noun":
			// Verb first: «قررت باريس», «اعتقلت السلطات المالية», «أمرت
			// الولايات المتحدة … بمغادرة».
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) && c.gap(f.at+f.n, a.from) <= 2 }, after)
			if src == nil {
				src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, before)
			}
		case c.k.lang == "hi":
			// Subject, object, verb: the subject is the first phrase of
			// the clause, the object the one next to the verb.
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, reversed(before))
			if src == nil {
				src = pick(subject, before)
			}
		case c.k.lang == "de" && f.pos != "noun":
			// German puts the subject first, or right after the finite
			// verb when an adverbial opens the clause ("Seit September
			// blockiert die Gruppe JNIM …"); what stands nearer the
			// participle is its object ("haben Mali am Freitag verlassen").
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, reversed(before))
			if src == nil {
				src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) && a.from-(f.at+f.n) <= 5 }, after)
			}
		default:
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, before)
		}
	}
	if src == nil && f.pos != "verb" {
		// A noun's agent may follow it: «اعتقال … تتهمه السلطات المالية».
		src = pick(func(a *actorTok) bool { return inClause(a) && a.institution && a.prep == "" }, after)
	}
	if src == nil && (f.pos == "noun" || f.pos == "phrase" && cand.Type == "expel") {
		// A demonym on the act names who acts: "the French withdrawal",
		// «الانسحاب الفرنسي», «المساعدات التنموية الفرنسية»; the
		// territory to leave is the expeller's: "quitter le territoire
		// français".
		src = pick(func(a *actorTok) bool {
			if !a.demonym || a.patient || !inClause(a) {
				return false
			}
			if adjectiveFirst[c.k.lang] {
				return a.to < f.at && f.at-a.to <= 2
			}
			return a.from > f.at && c.gap(f.at+f.n, a.from) <= 2
		}, all)
	}
	if src == nil && f.pos == "noun" && eventtype.Is(cand.Type, eventtype.OwnPresence) {
		// "the withdrawal of French forces", «انسحاب القوات الفرنسية»,
		// "Abzug der Bundeswehr": the forces named after the act are the
		// ones that act.
		src = pick(func(a *actorTok) bool {
			return a.prep == "" && inClause(a) && (a.own == dataset.EntityOrganisation || a.own == dataset.EntityArmedGroup || a.own == dataset.EntityOperation) &&
				a.from > f.at && c.gap(f.at+f.n, a.from) <= 1
		}, after)
	}
	if src == nil && f.pos == "verb" {
		if country := c.speakerCountry(f, gz); country != "" {
			// "a French source said his country had suspended…", «إن
			// بلاده أوقفت»: the speaker's state acts.
			cand.Source = []string{country}
			cand.srcNear = true
		} else if a := c.pronounSubject(f); a != nil {
			src = a
		}
	}
	if src == nil && len(cand.Source) == 0 && f.pos == "verb" && !(c.k.lang == "ar" && c.relativeBefore(f.at) >= 0) {
		// Not into a subordinate clause: in "…, nachdem in Bamako ein
		// Franzose festgenommen worden war", France is not who arrests.
		src = pick(func(a *actorTok) bool { return subject(a) && (!c.openClauseBetween(a.to, f.at) || c.proDrop(f)) }, before)
	}
	if cand.Type == "coup" {
		// "the coup led by Colonel Goïta", «انقلاب … قاده العقيد آسيمي غويتا»,
		// «गोइता के नेतृत्व में»: whoever led it made it.
		if a := pick(func(a *actorTok) bool { return c.ledBy(a) && !c.otherActBetween(f.at, a.from) }, all); a != nil {
			src = a
		}
	}
	if cand.Type == "coup" && src != nil && !c.ledBy(src) && (src.kind == dataset.EntityCountry || src.demonym || src.place || f.pos != "verb" && !src.agent) {
		// A coup is made by soldiers or their leader, in a country; who
		// stands before the word "coup" is the subject of another verb
		// ("Macron condemned the coup").
		src = nil
	}
	// Forces that move are who moves: "fighters from Africa Corps, a
	// paramilitary force…, arrive".
	if eventtype.Is(cand.Type, eventtype.Forces) && (src == nil || !src.force && !inClause(src)) && c.k.lang != "hi" {
		if a := pick(func(a *actorTok) bool {
			// "le groupe Wagner, qui a … quitté le pays": a relative
			// clause's verb is its antecedent's.
			_, _, relative := c.cueAt(a.to+1, "relative")
			return a.force && !a.aside && !a.agent && !c.otherActBetween(a.to, f.at) && (relative || !c.subordinateBetween(a.to, f.at))
		}, before); a != nil {
			src = a
		}
	}
	// Withdrawing, reducing or deploying one's own people, or advising
	// one's own citizens: the people described are the source's.
	if eventtype.Is(cand.Type, eventtype.OwnPresence) {
		if src == nil {
			src = pick(func(a *actorTok) bool { return a.patient || a.institution || a.own == dataset.EntityOperation }, all)
		}
		left := func(a *actorTok) bool {
			// «غادر … الأراضي المالية», "left Malian soil": a demonym on
			// the territory is the country.
			territory := a.demonym && c.territoryNext(a)
			bare := a.prep == "" && (!a.demonym || territory) && !a.agent && (a.from > f.at) != (c.k.lang == "hi")
			return (a.prep == "in" || a.prep == "from" || a.prep == "to" || bare) && (!a.patient || territory) && inClause(a)
		}
		// The country left, rather than the mission left: "de la misión
		// de la ONU en Malí".
		tgt = pick(func(a *actorTok) bool {
			return left(a) && (a.own == dataset.EntityCountry || a.own == dataset.EntityPlace)
		}, all)
		if tgt == nil {
			tgt = pick(left, all)
		}
	}

	if tgt == nil && cand.Type == "extend-term" {
		// «منحت السلطات … الجنرال آسيمي غويتا ولاية رئاسية»: the leader
		// named with it is whose term it is.
		tgt = pick(func(a *actorTok) bool { return a.own == dataset.EntityPerson && inClause(a) }, all)
	}
	// The people acted on, then a preposition's object, then a direct object.
	if tgt == nil && !eventtype.Is(cand.Type, eventtype.OwnPresence) && cand.Type != "coup" {
		tgt = pick(func(a *actorTok) bool {
			reach := inClause(a) || c.k.lang != "hi" && eventtype.Is(cand.Type, eventtype.AffectsPeople) && !c.otherActBetween(f.at, a.from)
			return reach && (a.patient || a.institution && a.from > f.at && c.k.lang != "hi")
		}, all)
	}
	if tgt == nil && (cand.Type == "accuse" || cand.Type == "threaten") && c.k.lang != "hi" {
		// "accused the junta of cooperating with Wagner", «اتهمت باريس
		// الحكومة الانتقالية بالتعاون مع…»: whom one accuses is the direct
		// object; what follows a preposition is the charge.
		tgt = pick(func(a *actorTok) bool {
			return a.prep == "" && (!a.demonym || a.institution) && !a.place && inClause(a) && !c.otherActBetween(f.at, a.from)
		}, after)
	}
	if tgt == nil && cand.Type == "protest" {
		// "rallied …, chanting anti-French slogans": whom a protest is
		// against, wherever the sentence says it.
		tgt = pick(func(a *actorTok) bool { return a.prep == "against" && !c.otherActBetween(f.at, a.from) }, all)
	}
	if tgt == nil && cand.Type == "attack" {
		// "ambushed a convoy escorted by Malian soldiers": who guards
		// what is attacked is attacked.
		tgt = pick(func(a *actorTok) bool { return a.agent && a.force && a.from > f.at && !c.agentOf(a, f) }, after)
	}
	if tgt == nil && cand.Type == "coup" {
		// "the coup in Mali".
		tgt = pick(func(a *actorTok) bool {
			return a.prep == "in" && inClause(a) && (a.place || a.kind == dataset.EntityCountry)
		}, all)
	}
	if tgt == nil {
		// «overthrew the president of Mali»: a coup's target is a country.
		tgt = pick(func(a *actorTok) bool {
			// (Convoys "from Senegal" are not Senegal attacked.)
			return (a.prep == "with" || a.prep == "against" || a.prep == "from" && !(cand.Type == "attack" && (a.place || a.own == dataset.EntityCountry || a.own == dataset.EntityPlace)) || a.prep == "to") && inClause(a) &&
				(cand.Type != "coup" || a.kind == dataset.EntityCountry && a.prep != "with")
		}, all)
	}
	if tgt == nil && eventtype.Is(cand.Type, eventtype.Mutual) {
		// "l'accord de défense qui le liait à la France": the partner is
		// named in a relative clause on the object.
		_, rhi := c.clause(hi + 1)
		if hi+1 < len(c.toks) && !c.punctuated(hi) {
			tgt = pick(func(a *actorTok) bool {
				return (a.prep == "with" || a.prep == "to" || a.prep == "in") && a.from > hi && a.to <= rhi && a.kind == dataset.EntityCountry
			}, after)
		}
	}
	if tgt == nil && c.k.lang != "hi" && !eventtype.Is(cand.Type, eventtype.OwnPresence) {
		tgt = pick(func(a *actorTok) bool {
			// A coup's country follows the word closely ("the Mali coup",
			// «انقلاب مالي»), not as the subject of what comes next.
			return a.prep == "" && !a.demonym && inClause(a) && (cand.Type != "coup" || a.kind == dataset.EntityCountry && a.from-(f.at+f.n) <= 1)
		}, after)
	}
	if tgt == nil && cand.Type != "arrest" && !(eventtype.Is(cand.Type, eventtype.Symmetric) && src != nil && len(c.coordinated(src)) > 0) {
		// "in Mali", «في باماكو»: the country where it happens. (An
		// arrest's place names who arrests, below.)
		tgt = pick(func(a *actorTok) bool {
			return a.prep == "in" && inClause(a) && (a.place || a.kind == dataset.EntityCountry)
		}, all)
	}
	if tgt == nil && !eventtype.Is(cand.Type, eventtype.OwnPresence) && !eventtype.Is(cand.Type, eventtype.AtHome) {
		tgt = pick(func(a *actorTok) bool { return a.prep == "" && a.kind == dataset.EntityCountry && !a.demonym }, all)
	}

	// The place: the nearest place or country named with "in", else the
	// nearest place.
	for _, in := range []bool{true, false} {
		for _, i := range all {
			a := c.actors[i]
			if f.pos == "noun" && a.to < f.at && c.k.lang != "hi" {
				continue // «وُصفت في باريس بأنها احتجاز»: where it was called so
			}
			if !a.demonym && inClause(&a) && (in && a.prep == "in" && (a.own == dataset.EntityPlace || a.own == dataset.EntityCountry) || !in && a.place && a.prep == "") {
				cand.Place = a.entity
				break
			}
		}
		if cand.Place != "" {
			break
		}
	}
	if src == nil && cand.Type == "expel" && tgt != nil {
		// "the expulsion of the French ambassador from Bamako": expelled
		// from the expeller's territory.
		for _, i := range all {
			a := c.actors[i]
			if a.prep == "from" && inClause(&a) && (a.own == dataset.EntityPlace || a.own == dataset.EntityCountry) {
				if country := gz.Country(a.entity); country != "" && country != gz.Country(tgt.actor) {
					cand.Source = []string{country}
				}
				break
			}
		}
	}
	if src == nil && cand.Type == "arrest" {
		// An arrest is made by the state whose territory it is in: the
		// place said, or where the people's embassy is.
		place := cand.Place
		for _, a := range c.actors {
			if e := gz.Entity(a.entity); place == "" && e != nil && e.LocatedIn != "" && inClause(&a) {
				place = e.LocatedIn
			}
		}
		if country := gz.Country(place); country != "" {
			cand.Source = []string{country}
		}
	}
	if src == nil && len(cand.Source) == 0 && (eventtype.Is(cand.Type, eventtype.StateAct) || eventtype.Is(cand.Type, eventtype.Absorbing)) &&
		(cand.Type == "arrest" && tgt != nil && f.pos != "noun" || c.bareInstitution(f, lo, hi)) {
		// "die Behörden werfen ihm vor", "a Frenchman was also arrested":
		// the authorities unnamed, or an arrest with no one named, are the
		// state of the country the article is about — not the people's.
		people := ""
		if tgt != nil {
			people = gz.Country(tgt.actor)
		}
		for _, h := range home {
			if h != people {
				cand.Source = []string{h}
				break
			}
		}
	}
	if src != nil && f.pos == "noun" && tgt == nil && src.to < f.at && c.reportsBetween(src.to, f.at) {
		// "France confirmed the arrest": who reports a noun's act is not
		// its agent; the arrest is the one reported elsewhere.
		src = nil
	}
	if src != nil {
		cand.srcNear = inClause(src)
		cand.Source = appendActor(cand.Source, src.actor)
		for _, b := range c.coordinated(src) {
			cand.Source = appendActor(cand.Source, b.actor)
		}
	}
	if tgt != nil && tgt.kind != dataset.EntityMedia && tgt.kind != dataset.EntityAgency {
		t := tgt.actor
		if tgt.place {
			t = gz.Country(tgt.entity) // a region with no state is no one to act on
		}
		// No one acts on their own state: "France withdrew its army".
		own := false
		for _, s := range cand.Source {
			own = own || gz.Country(t) != "" && gz.Country(t) == gz.Country(s) && t != s && !slices.Contains(cand.Source, t)
		}
		own = own && !eventtype.Is(cand.Type, eventtype.Internal) // a coup is made on one's own state
		if t != "" && !own && (!slices.Contains(cand.Source, t) || cand.Type == "extend-term") {
			cand.Target = appendActor(cand.Target, t)
		}
	}
	// Events inside a country with no country named fall to the country
	// the article is about: "the coup", "dissolved the parties".
	// A coup happens in the country of the soldiers, junta or leaders
	// named with it.
	if cand.Type == "coup" && len(cand.Target) == 0 {
		for _, i := range all {
			a := c.actors[i]
			if (a.own == dataset.EntityPerson || a.own == dataset.EntityOrganisation) && inClause(&a) && !a.demonym && !a.patient && !quoted(&a) {
				if country := gz.Country(a.entity); country != "" {
					cand.Target = []string{country}
					break
				}
			}
		}
	}
	// "left the country", «غادر البلاد», "abandonaran el país": the
	// country the article is about, not the one that leaves it.
	if eventtype.Is(cand.Type, eventtype.OwnPresence) && len(cand.Target) == 0 && len(cand.Source) > 0 {
		for j := lo; j <= hi; j++ {
			if _, _, ok := c.cueAt(j, "country"); !ok {
				continue
			}
			for _, h := range home {
				if h != gz.Country(cand.Source[0]) {
					cand.Target = []string{h}
					break
				}
			}
			break
		}
	}
	// A coup its leader or army made happens in their country.
	if cand.Type == "coup" && len(cand.Target) == 0 && len(cand.Source) > 0 {
		if country := gz.Country(cand.Source[0]); country != "" {
			cand.Target = []string{country}
		}
	}
	// A term extended with no one else named is the leader's own.
	if cand.Type == "extend-term" && len(cand.Target) == 0 && src != nil && src.kind == dataset.EntityPerson {
		cand.Target = []string{src.actor}
	}
	if len(cand.Target) == 0 && eventtype.Is(cand.Type, eventtype.Internal) && len(cand.Source) == 0 {
		// "Mali's junta said it had foiled a coup attempt": a country's
		// own affair is the country whose state speaks in the sentence.
		for _, a := range c.actors {
			// A state speaking: an organ ("the junta"), an agent, a demonym
			// with its authorities, "Mali's military authorities" — not
			// "relations between France and Mali".
			organ := a.own != dataset.EntityCountry && a.own != dataset.EntityPlace
			possessive := a.to+2 < len(c.toks) && c.toks[a.to+1].Key == "s" && (c.isInstitution(a.to+2) || a.to+3 < len(c.toks) && c.isInstitution(a.to+3))
			if a.prep == "" && !a.patient && !a.aside && (organ || a.agent || a.institution || possessive) && a.kind == dataset.EntityCountry && a.from < f.at {
				cand.Target = []string{a.actor}
				break
			}
		}
	}
	if len(cand.Target) == 0 && (eventtype.Is(cand.Type, eventtype.AtHome) && !eventtype.Is(cand.Type, eventtype.Internal) || eventtype.Is(cand.Type, eventtype.Absorbing)) && len(cand.Source) > 0 ||
		len(cand.Target) == 0 && eventtype.Is(cand.Type, eventtype.Internal) && len(cand.Source) == 0 {
		for _, h := range home {
			if !slices.ContainsFunc(cand.Source, func(s string) bool { return s == h || gz.Country(s) == h }) {
				cand.Target = []string{h}
				cand.Anaphoric = len(cand.Source) == 0
				cand.homeTarget = true
				break
			}
		}
	}
	// "A group of army colonels overthrew…", "the military coup",
	// «सेना ने»: soldiers named without their army are the army of the
	// country of the coup. Against soldiers, an attack is on that army.
	if (cand.Type == "coup" || cand.Type == "attack") && c.military(f, cand.Type == "attack") {
		country := ""
		for _, t := range cand.Target {
			if country == "" && gz.Entity(t) != nil && gz.Entity(t).Kind == dataset.EntityCountry {
				country = t
			}
		}
		if country == "" && cand.Type == "attack" && len(cand.Target) == 0 {
			if country = gz.Country(cand.Place); country == "" && len(home) > 0 {
				country = home[0]
			}
		}
		if army := gz.Army(country); army != "" {
			if cand.Type == "coup" {
				cand.Source = appendActor(cand.Source, army)
			} else if !slices.Contains(cand.Source, army) {
				cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool { return t == country })
				cand.Target = appendActor(cand.Target, army)
			}
		}
	}
	// Expulsion is between states: expelling a country's forces expels
	// that country («طردت … القوات الفرنسية»).
	if cand.Type == "expel" {
		for i, t := range cand.Target {
			if e := gz.Entity(t); e != nil && e.Role == gazetteer.RoleArmedForces {
				cand.Target[i] = e.PartOf
			}
		}
		cand.Target = slices.Compact(cand.Target)
	}
	// Talks and cooperation are between parties: a second party is a
	// partner, not a target acted on.
	if cand.Type == "talks" || cand.Type == "cooperate" {
		if len(cand.Source) == 0 {
			cand.Source, cand.Target = cand.Target, nil
		}
		if len(cand.Source)+len(cand.Target) < 2 {
			cand.Source, cand.Target = nil, nil // it takes two
		}
	}
}

// proDrop: the verb at f opens its subordinate clause, with no subject of
// its own before it ("anunció que pone fin", "al que acusa"): its subject
// is the main clause's.
func (c *sentenceCtx) proDrop(f found) bool {
	for j := f.at - 1; j >= max(0, f.at-3); j-- {
		if _, _, ok := c.cueAt(j, "clause"); ok {
			return true
		}
		if c.actorEnding(j) != nil || c.isDescriptor(j) || c.punctuated(j) {
			return false
		}
	}
	return false
}

// unnamedAgent: a passive agent follows the verb at f and names no one
// ("accused by rights groups", "accusé par des ONG").
func (c *sentenceCtx) unnamedAgent(f found) bool {
	if f.pos != "verb" || c.k.lang == "hi" {
		return false
	}
	for j := f.at + f.n; j < len(c.toks) && j <= f.at+f.n+1; j++ {
		if _, n, ok := c.cueAt(j, "passive"); ok {
			for k := j + n; k < len(c.toks) && k <= j+n+4 && !c.breaks(k-1); k++ {
				if c.actorAt(k) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// forceSource: the candidate's source is an armed group, an army or a
// military operation.
func (c *sentenceCtx) forceSource(cand Candidate, gz *gazetteer.Gazetteer) bool {
	for _, s := range cand.Source {
		if e := gz.Entity(s); e != nil && (e.Kind == dataset.EntityArmedGroup || e.Kind == dataset.EntityOperation || e.Role == gazetteer.RoleArmedForces) {
			return true
		}
	}
	return false
}

// determined: an article stands before the trigger, which is used as a
// noun whatever the lexicon lists it as ("el bloqueo", «الحصار»).
func (c *sentenceCtx) determined(f found) bool {
	if c.k.lang == "ar" {
		return slices.ContainsFunc(fold.ArabicStems(c.toks[f.at].Key), func(s string) bool { return strings.HasPrefix(s, "ال") })
	}
	return f.at > 0 && articles[c.toks[f.at-1].Key]
}

// relativeAgent is the subject of a relative clause that opens right
// after the noun trigger f (past its complement: "le blocus de
// carburant que le JNIM impose"): the first actor of the clause that can
// act, before its clause ends.
func (c *sentenceCtx) relativeAgent(f found) *actorTok {
	rel := -1
	for j := f.at + f.n; j < len(c.toks) && j <= f.at+f.n+3; j++ {
		_, _, r := c.cueAt(j, "relative")
		_, _, sub := c.cueAt(j, "clause")
		if r || sub {
			rel = j
			break
		}
		if c.punctuated(j) && !(j+1 < len(c.toks) && func() bool { _, _, ok := c.cueAt(j+1, "relative"); return ok }()) {
			return nil
		}
	}
	if rel < 0 {
		return nil
	}
	for k := range c.actors {
		a := &c.actors[k]
		if a.from <= rel || a.from > rel+8 || c.breakBetweenTokens(rel, a.from) {
			continue
		}
		if a.prep == "" && !a.place && !a.aside && (!a.demonym || a.institution) && a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency {
			return a
		}
		if a.prep != "" {
			return nil // "le blocus qu'impose à Bamako …": the object first; keep looking only past bare words
		}
	}
	return nil
}

// speakerCountry: "his country", «بلاده», "son pays" stands just before the
// verb at f; it is the country of whoever speaks before it — a demonym
// ("a French diplomatic source"), a person or a state named.
func (c *sentenceCtx) speakerCountry(f found, gz *gazetteer.Gazetteer) string {
	for j := f.at - 1; j >= max(0, f.at-3); j-- {
		_, n, ok := c.cueAt(j, "speaker-country")
		if !ok || j+n > f.at {
			continue
		}
		for k := len(c.actors) - 1; k >= 0; k-- {
			a := c.actors[k]
			if a.to >= j || a.kind == dataset.EntityMedia || a.kind == dataset.EntityAgency {
				continue
			}
			if country := gz.Country(a.actor); country != "" {
				return country
			}
		}
	}
	return ""
}

// pronounSubject: "announced that it had foiled", «أعلنت السلطات … أنها
// أحبطت», "a annoncé qu'elle avait": a pronoun subject just before the
// verb at f is the subject of the verb that reports it.
func (c *sentenceCtx) pronounSubject(f found) *actorTok {
	lo, _ := c.clause(f.at)
	for j := f.at - 1; j >= max(0, f.at-6); j-- {
		if j < f.at-3 && (j < lo || c.actorAt(j)) {
			break
		}
		_, n, ok := c.cueAt(j, "pronoun")
		if !ok || j+n > f.at {
			continue
		}
		for k := len(c.actors) - 1; k >= 0; k-- {
			a := &c.actors[k]
			if a.to < j && a.prep == "" && !a.aside && !a.place && !a.patient && (!a.demonym || a.institution) &&
				a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency {
				return a
			}
		}
		return nil
	}
	return nil
}

// military: soldiers or military things are named around a coup, or as
// the object of an attack (after it; before it in verb-final Hindi). A
// title before a named person ("Colonel Assimi Goïta") does not count,
// nor words inside an actor's name ("the Malian army").
func (c *sentenceCtx) military(f found, object bool) bool {
	// "the military coup that ousted…": the phrase, not the clause.
	lo, hi := f.at, f.at
	for lo > 0 && !c.punctuated(lo-1) {
		lo--
	}
	for hi < len(c.toks)-1 && !c.punctuated(hi) {
		hi++
	}
	from, to := max(lo, f.at-6), min(hi, f.at+f.n+3)
	if f.pos != "verb" {
		// "the military coup", «الانقلاب العسكري», not "military aid
		// … after the coup".
		from, to = max(lo, f.at-2), min(hi, f.at+f.n+2)
	}
	if object {
		from, to = f.at+f.n, min(hi, f.at+f.n+8)
		if c.k.lang == "hi" {
			from, to = max(lo, f.at-8), f.at-1
		}
	}
	for j := from; j <= to; j++ {
		if _, _, ok := c.cueAt(j, "military"); !ok {
			continue
		}
		if c.anyActBetween(min(f.at, j), max(f.at, j)) {
			continue // "foiled a coup attempt and arrested dozens of soldiers": the arrest's
		}
		inName := slices.ContainsFunc(c.actors, func(a actorTok) bool {
			return j >= a.from && j <= a.to || a.own == dataset.EntityPerson && a.from > j && a.from <= j+2
		})
		if !inName {
			return true
		}
	}
	return false
}

// connectives make what follows a circumstance, not the subject's act.
var connectives = map[string]bool{
	"after": true, "following": true, "before": true, "amid": true, "over": true, "since": true, "as": true,
	"response": true, "retaliation": true, "reponse": true, "represailles": true, "respuesta": true, "represalia": true,
	"reaktion": true, "ردا": true, "رد": true, "جواب": true, "जवाब": true,
	"apres": true, "suite": true, "avant": true, "depuis": true, "lors": true,
	"tras": true, "despues": true, "antes": true, "desde": true,
	"nach": true, "vor": true, "seit": true, "wegen": true, "nachdem": true,
	"بعد": true, "قبل": true, "منذ": true, "اثر": true, "عقب": true, "اعقاب": true, "على": true,
	"बाद": true, "पहले": true,
}

// afterConnective: a connective among the three words before i.
func (c *sentenceCtx) afterConnective(i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if connectives[c.toks[j].Key] || c.arabicAnd(j) && connectives[strings.TrimPrefix(c.toks[j].Key, "و")] {
			return true
		}
	}
	// Hindi puts it after: "… गिरफ्तार करने के बाद".
	for j := i + 1; j < min(len(c.toks), i+4); j++ {
		if c.k.lang == "hi" && connectives[c.toks[j].Key] {
			return true
		}
	}
	return false
}

// gap counts the words between two positions that are not the people a
// group is made of, numbers or genitives: «المئات من عناصر مجموعة فاغنر»
// puts Wagner right after the verb.
func (c *sentenceCtx) gap(from, to int) int {
	n := 0
	for j := from; j < to && j < len(c.toks); j++ {
		key := c.toks[j].Key
		if _, isNum := c.k.numbers[key]; isNum || c.isDescriptor(j) || genitives[key] || articles[key] {
			continue
		}
		if _, err := strconv.Atoi(key); err == nil {
			continue
		}
		n++
	}
	return n
}

// conjunctions join co-ordinated actors: "Mali and Russia", «مالي وروسيا».
var conjunctions = map[string]bool{"and": true, "et": true, "y": true, "e": true, "und": true, "और": true, "तथा": true, "एवं": true, "و": true}

// coordinated returns the actors joined to a by "and", before or after
// it: "Mali and Russia signed".
func (c *sentenceCtx) coordinated(a *actorTok) []*actorTok {
	var out []*actorTok
	first := a.from
	for i := len(c.actors) - 1; i >= 0; i-- {
		b := &c.actors[i]
		if b.to >= first || b.demonym != a.demonym || b.aside {
			continue
		}
		if !c.joined(b.to+1, first) {
			break
		}
		out = append(out, b)
		first = b.from
	}
	last := a.to
	for i := range c.actors {
		b := &c.actors[i]
		if b.from <= last || b.demonym != a.demonym || b.aside {
			continue
		}
		if !c.joined(last+1, b.from) {
			break
		}
		out = append(out, b)
		last = b.to
	}
	return out
}

// joined: the words from..to-1 join two actors: one "and" («و» on the
// second name), and perhaps the second one's title and whose it is
// ("Putin and Mali's leader Goïta", «पुतिन और माली के नेता असिमी गोइता»).
func (c *sentenceCtx) joined(from, to int) bool {
	if from == to {
		// «ومالي»; "Malí, Burkina Faso y Níger": a list of like names.
		x, y := c.actorEnding(from-1), c.actorStarting(to)
		return c.arabicAnd(to) || x != nil && y != nil && x.prep == y.prep && x.kind == y.kind &&
			strings.TrimSpace(c.text[c.toks[from-1].End:c.toks[to].Start]) == ","
	}
	if !conjunctions[c.toks[from].Key] && !(c.k.lang == "ar" && c.arabicAnd(from)) {
		return false
	}
	for j := from + 1; j < to; j++ {
		key := c.toks[j].Key
		if c.punctuated(j-1) || !(articles[key] || genitives[key] || hindiGenitive[key] || key == "s" || c.isInstitution(j) || c.isDescriptor(j) ||
			slices.ContainsFunc(c.actors, func(x actorTok) bool { return x.aside && j >= x.from && j <= x.to })) {
			return false
		}
	}
	return true
}

func appendActor(ids []string, id string) []string {
	if id == "" || slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// order lists actor indexes before the trigger (nearest first), after it
// (nearest first), and all of them by distance.
func (c *sentenceCtx) order(f found) (before, after, all []int) {
	for i := len(c.actors) - 1; i >= 0; i-- {
		if c.actors[i].to < f.at {
			before = append(before, i)
		}
	}
	for i := range c.actors {
		if c.actors[i].from >= f.at+f.n {
			after = append(after, i)
		}
	}
	return before, after, nearest(c.actors, f.at)
}

// arabicRelatives are the relative pronouns: «الذي», «التي», «الذين».
var arabicRelatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللذان": true, "اللتين": true, "اللتان": true, "اللواتي": true, "اللاتي": true}

// arabicAuxiliaries may stand between a relative pronoun and its verb:
// «التي كانت تهدد», «الذي قد».
var arabicAuxiliaries = map[string]bool{"كان": true, "كانت": true, "كانوا": true, "قد": true, "لا": true, "ما": true, "لم": true, "ظل": true, "ظلت": true}

// relativeBefore is the position of a relative pronoun that opens the
// clause of the verb at i, or -1.
func (c *sentenceCtx) relativeBefore(i int) int {
	for j := i - 1; j >= max(0, i-3); j-- {
		key := c.toks[j].Key
		if arabicRelatives[strings.TrimPrefix(key, "و")] {
			return j
		}
		if !arabicAuxiliaries[key] {
			return -1
		}
	}
	return -1
}

// adjectiveFirst: languages whose adjectives come before the noun.
var adjectiveFirst = map[string]bool{"en": true, "de": true, "hi": true}

func reversed(idx []int) []int {
	out := slices.Clone(idx)
	slices.Reverse(out)
	return out
}

func nearest(actors []actorTok, at int) []int {
	idx := make([]int, len(actors))
	for i := range idx {
		idx[i] = i
	}
	dist := func(a actorTok) int {
		if a.to < at {
			return at - a.to
		}
		return a.from - at
	}
	slices.SortStableFunc(idx, func(x, y int) int { return dist(actors[x]) - dist(actors[y]) })
	return idx
}

// quantity finds a number just before a described group: "two", «خمسة من»,
// "5", "पांच".
func (c *sentenceCtx) quantity(at int) (float64, int) {
	for j := at - 1; j >= max(0, at-3); j-- {
		key := c.toks[j].Key
		if n, err := strconv.ParseFloat(key, 64); err == nil && !math.IsInf(n, 0) && len(key) <= 6 {
			if n >= 1900 && n <= 2099 {
				return 0, -1
			}
			return n, j
		}
		if n, ok := c.numberWord(j); ok && n >= 1 {
			// "quarante-neuf", "forty-nine", "cuarenta y nueve", «تسعة
			// وأربعون»: tens and units are one count.
			if tens, from := c.tensBefore(j); n < 10 && from >= 0 {
				return tens + n, from
			}
			if c.k.lang == "ar" && n >= 20 && j > 0 && strings.HasPrefix(key, "و") {
				if unit, ok := c.numberWord(j - 1); ok && unit < 10 {
					return unit + n, j - 1
				}
			}
			if n > 1 {
				return n, j
			}
		}
		if _, isDemonym := c.demonymAt(j); !isDemonym && !articles[key] && key != "من" && key != "of" && key != "de" && key != "des" && key != "du" {
			if !c.isDescriptor(j) {
				return 0, -1
			}
		}
	}
	return 0, -1
}

// numberWord is the value of the number word at token j; an Arabic one
// may carry «و» ("and").
func (c *sentenceCtx) numberWord(j int) (float64, bool) {
	key := c.toks[j].Key
	if n, ok := c.k.numbers[key]; ok {
		return n, true
	}
	if c.k.lang == "ar" {
		n, ok := c.k.numbers[strings.TrimPrefix(key, "و")]
		return n, ok
	}
	if unit, tens, ok := strings.Cut(key, "und"); ok && c.k.lang == "de" {
		// "neunundvierzig", "einundzwanzig".
		u, uok := c.k.numbers[unit]
		t, tok := c.k.numbers[tens]
		if uok && tok && u < 10 && t >= 20 && t < 100 {
			return u + t, true
		}
	}
	return 0, false
}

// tensBefore is a round ten just before token j, joined to it by a hyphen
// or "and" ("forty-nine", "vingt et un", "cuarenta y nueve"), and where it
// starts; -1 when there is none.
func (c *sentenceCtx) tensBefore(j int) (float64, int) {
	k := j - 1
	if k >= 0 && conjunctions[c.toks[k].Key] {
		k--
	} else if k >= 0 && strings.TrimSpace(c.text[c.toks[k].End:c.toks[j].Start]) != "-" {
		return 0, -1
	}
	if k < 0 || c.k.lang == "ar" {
		return 0, -1
	}
	if m, ok := c.k.numbers[c.toks[k].Key]; ok && m >= 20 && m < 100 && int(m)%10 == 0 {
		return m, k
	}
	return 0, -1
}

func (c *sentenceCtx) demonymAt(j int) (string, bool) {
	for _, a := range c.actors {
		if a.demonym && j >= a.from && j <= a.to {
			return a.actor, true
		}
	}
	return "", false
}

// dateNear is the date of the sentence nearest the trigger.
func (c *sentenceCtx) dateNear(at int) dates.Date {
	lo, hi := c.clause(at)
	if i := slices.IndexFunc(c.found, func(g found) bool { return g.at == at }); i >= 0 && c.relativeAgent(c.found[i]) != nil {
		// "the blockade that JNIM has imposed on the capital since
		// September": the relative clause on the noun says when.
		_, hi = c.clause(hi + 1)
	}
	// "… fighting there since 2013": a date after "since" dates the
	// state that began then, not an act after it.
	var own []datedTok
	for _, d := range c.dates {
		// … but "detained since last August", «فرضت حظراً منذ سبتمبر»:
		// close to the act, "since" dates its start.
		if !c.sinceBefore(d.at) || d.at < at || d.at-at <= 12 && d.at >= lo && d.at <= hi {
			own = append(own, d)
		}
	}
	// A date next to another act is that act's: in "detained a Frenchman,
	// three years after the last troops left in August 2022", August 2022
	// dates the departure, not the arrest. Acts joined by "and" share one.
	own = slices.DeleteFunc(own, func(d datedTok) bool {
		return c.otherActBetween(at, d.at) || c.hindiLaterVerb(at, d.at) || c.nearerAct(at, d.at)
	})
	var inClause []datedTok
	for _, d := range own {
		if d.at >= lo && d.at <= hi {
			inClause = append(inClause, d)
		}
	}
	candidates := own
	if len(inClause) > 0 {
		candidates = inClause
	}
	var best dates.Date
	bestDist := 1 << 30
	for _, d := range candidates {
		dist := d.at - at
		if dist < 0 {
			dist = -dist
		}
		if (d.date.Known() || best == (dates.Date{})) && dist < bestDist || d.date.Known() && !best.Known() {
			best, bestDist = d.date, dist
		}
	}
	return best
}

// otherActBetween: a trigger stands between positions at and d that is
// not joined to the one at by a conjunction.
func (c *sentenceCtx) otherActBetween(at, d int) bool {
	lo, hi := min(at, d), max(at, d)
	for _, g := range c.found {
		if g.at == at || g.at <= lo || g.at >= hi || c.content[g.at] {
			continue
		}
		if !c.conjoined(at, g.at) {
			return true
		}
	}
	return false
}

// nearerAct: another act, not joined to the one at at, is nearer the date
// at d and in its clause: «منذ انقلاب عام 2020 … وما تلاه من قرارات بطرد»
// dates the coup.
func (c *sentenceCtx) nearerAct(at, d int) bool {
	lo, hi := c.clause(d)
	for _, g := range c.found {
		if g.at != at && !c.content[g.at] && g.at >= lo && g.at <= hi && abs(g.at-d) < abs(at-d) && !c.conjoined(at, g.at) {
			return true
		}
	}
	return false
}

// hindiLaterVerb: in verb-final Hindi a date after the act at at but
// before another act is that act's («गिरफ्तारी अगस्त 2022 में … छोड़ने»).
func (c *sentenceCtx) hindiLaterVerb(at, d int) bool {
	if c.k.lang != "hi" || d < at {
		return false
	}
	for _, g := range c.found {
		if g.at > d {
			return true
		}
	}
	return false
}

// conjoined: the acts at positions a and b are co-ordinated ("froze … and
// expelled", «تعليق … وطرد»): only a conjunction, no clause break, joins
// the later one to the earlier.
func (c *sentenceCtx) conjoined(a, b int) bool {
	lo, hi := min(a, b), max(a, b)
	for j := lo; j < hi; j++ {
		if c.breaks(j) && !c.punctuated(j) {
			return false // a subordinator between them
		}
	}
	return hi > 0 && (conjunctions[c.toks[hi-1].Key] || c.arabicAnd(hi) ||
		hi > 1 && conjunctions[c.toks[hi-2].Key] && (articles[c.toks[hi-1].Key] || c.k.lang == "hi"))
}

// attribution is who the sentence says reports the event: from an
// attribution cue to the end of its clause.
func (c *sentenceCtx) attribution(f found) (string, [2]int) {
	none := [2]int{-1, -1}
	at, n, ok := c.findCue("attribution")
	if !ok || at >= f.at && at < f.at+f.n {
		return "", none
	}
	// Only attributions that name a source: an agency, a medium, a source.
	named := false
	lo, hi := c.clause(at)
	for _, a := range c.actors {
		if a.from >= lo-6 && a.to <= hi && (a.kind == dataset.EntityAgency || a.kind == dataset.EntityMedia || a.kind == dataset.EntityOrganisation || a.kind == dataset.EntityPerson) {
			named = true
		}
	}
	for j := lo; j <= hi; j++ {
		if key := c.toks[j].Key; strings.HasPrefix(key, "source") || strings.HasPrefix(key, "مصدر") || strings.HasPrefix(key, "مصادر") || strings.HasPrefix(key, "सूत्र") || strings.HasPrefix(key, "quelle") || strings.HasPrefix(key, "fuente") {
			named = true
		}
	}
	if !named {
		return "", none
	}
	start, end := max(lo, at-3), min(hi, at+n-1+7)
	if end < f.at && f.at <= hi {
		end = min(end, f.at-1)
	}
	if start <= f.at && f.at <= end {
		if at < f.at {
			end = f.at - 1
		} else {
			start = f.at + f.n
		}
	}
	if end < start {
		return "", none
	}
	return c.text[c.toks[start].Start:c.toks[end].End], [2]int{start, end}
}

// sinceBefore: a since-cue among the two words before position i.
func (c *sentenceCtx) sinceBefore(i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if _, _, ok := c.cueAt(j, "since"); ok {
			return true
		}
	}
	return false
}

// since: the trigger's clause tells history ("since 2013", «منذ»).
func (c *sentenceCtx) since(f found) bool {
	lo, hi := c.clause(f.at)
	for j := lo; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "since"); ok {
			return true
		}
	}
	return false
}

// history: the sentence opens as a look back ("Before that, …", «قبل
// ذلك،», "Zuvor …"), or the trigger's clause says so.
func (c *sentenceCtx) history(f found) bool {
	lo, hi := c.clause(f.at)
	for j := range c.toks {
		if j >= 3 && (j < lo || j > hi) {
			continue
		}
		if _, _, ok := c.cueAt(j, "history"); ok {
			return true
		}
	}
	return false
}

func (c *sentenceCtx) findCue(kind string) (int, int, bool) {
	for i := range c.toks {
		if _, n, ok := c.cueAt(i, kind); ok {
			return i, n, true
		}
	}
	return 0, 0, false
}

// isBackground: a sentence about something dated well before the article.
func (c *sentenceCtx) isBackground(d dates.Date, ref dates.Ref) bool {
	if !d.Known() || !ref.Date.Known() {
		return false
	}
	_, hi := d.Days()
	lo, _ := ref.Date.Days()
	return hi < lo-183
}

func confidence(c Candidate, f found) float64 {
	v := 0.4
	if len(c.Source) > 0 {
		v += 0.2
	}
	if len(c.Target) > 0 {
		v += 0.15
	}
	if c.Date.Known() {
		v += 0.1
	}
	if f.pos == "verb" || f.pos == "phrase" {
		v += 0.1
	}
	if c.Described != "" {
		v += 0.05
	}
	return dataset.Confidence(min(v, 1))
}

// recent: d is known and began at most four months before the article.
func recent(d dates.Date, ref dates.Ref) bool {
	if !d.Known() || !ref.Date.Known() {
		return false
	}
	lo, _ := d.Days()
	from, _ := ref.Date.Days()
	return lo >= from-122
}

// afterRef: d begins after the day the article was published.
func afterRef(d dates.Date, ref dates.Ref) bool {
	if !d.Known() || !ref.Exact || !ref.Date.Known() {
		return false
	}
	lo, _ := d.Days()
	_, hi := ref.Date.Days()
	return lo > hi
}
