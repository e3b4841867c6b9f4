package extract

import (
	"slices"
	"sort"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/entities"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// Paragraph extracts the event candidates of one paragraph.
// sporty says the article is about sport: a sentence of it that speaks
// of sport at all reports no event ("the attack", "sent off", "a coup").
// title says the paragraph is the article's headline.
func (k *Kit) Paragraph(text string, para int, title bool, sentences []dataset.Span, ents []entities.Mention, dms []dates.Mention, gz *gazetteer.Gazetteer, ref dates.Ref, home []string, sporty bool) []Candidate {
	var out []Candidate
	all := fold.Tokens(text)
	// Each sentence takes its tokens, names and dates from where the last
	// one stopped (sentences, tokens and mentions are in text order), so
	// that a paragraph of many sentences is read once, not once per
	// sentence.
	ti := 0
	ew := newWindow(ents, func(e entities.Mention) int { return e.Start })
	dw := newWindow(dms, func(d dates.Mention) int { return d.Start })
	for _, s := range sentences {
		for ti < len(all) && all[ti].Start < s.Start {
			ti++
		}
		t0 := ti
		for ti < len(all) && all[ti].End <= s.End {
			ti++
		}
		toks := all[t0:ti:ti]
		if len(toks) == 0 {
			continue
		}
		if n := k.SportHits(toks); n >= 2 || n >= 1 && sporty {
			continue // a match report: its attacks, expulsions and coups are the game's
		}
		c := k.newSentence(text, toks, ew.in(s), dw.in(s), gz)
		c.title, c.told = title, out
		for _, cand := range c.events(gz, home) {
			if sporty && len(cand.Source) == 0 && !eventtype.Is(cand.Type, eventtype.Absorbing) {
				continue // a match report's "expulsion", "attack", "coup" with no one acting: the game's
			}
			cand.Paragraph, cand.Sentence, cand.Lang, cand.Ref = para, s, k.lang, ref
			if (cand.Modality == dataset.Asserted || cand.Modality == dataset.Future) && afterRef(cand.Date, ref) {
				// What has happened cannot be dated after the article, and
				// what is announced is dated when it is said: a date ahead
				// is a deadline ("ordered to leave by Saturday", "will
				// withdraw by June, the minister said on Thursday").
				cand.Date = c.dateNearUpTo(cand.dateAt, ref)
			}
			// "since 2013" is history; "has blocked imports since early
			// September" is the news still going on.
			cand.Background = cand.Background || cand.Since && !recent(cand.Date, ref) || c.isBackground(cand.Date, ref)
			out = append(out, cand)
		}
	}
	return out
}

// window moves through text-ordered mentions sentence by sentence, giving
// each the mentions that start in it (newSentence keeps those that also
// end in it). Mentions out of order are all given to every sentence, as
// they were before windows.
type window[M any] struct {
	ms     []M
	start  func(M) int
	lo, hi int
	sorted bool
}

func newWindow[M any](ms []M, start func(M) int) *window[M] {
	sorted := slices.IsSortedFunc(ms, func(a, b M) int { return start(a) - start(b) })
	return &window[M]{ms: ms, start: start, sorted: sorted}
}

// in is the mentions that start in s; s comes after the sentence of the
// last call.
func (w *window[M]) in(s dataset.Span) []M {
	if !w.sorted {
		return w.ms
	}
	for w.lo < len(w.ms) && w.start(w.ms[w.lo]) < s.Start {
		w.lo++
	}
	w.hi = max(w.hi, w.lo)
	for w.hi < len(w.ms) && w.start(w.ms[w.hi]) < s.End {
		w.hi++
	}
	return w.ms[w.lo:w.hi:w.hi]
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
	c := &sentenceCtx{k: k, g: &k.grammar, text: text, toks: toks, cues: make([][]lexicon.Hit[string], len(toks)), gz: gz}
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
	// tokAt is the first token that starts (ends) at or after a byte
	// offset: a binary search, tokens being in order, so that a sentence
	// of thousands of dates or names is not scanned for each.
	tokAt := func(byteOff int, end bool) int {
		i := sort.Search(len(toks), func(i int) bool {
			if end {
				return toks[i].End >= byteOff
			}
			return toks[i].Start >= byteOff
		})
		if i == len(toks) {
			return -1
		}
		return i
	}
	for _, d := range dms {
		if d.Start >= toks[0].Start && d.End <= toks[len(toks)-1].End {
			c.dates = append(c.dates, datedTok{tokAt(d.Start, false), tokAt(d.End, true), d.Date})
		}
	}
	c.dated = make([]bool, len(toks))
	for _, d := range c.dates {
		for j := max(d.at, 0); j <= d.to && j < len(toks); j++ {
			c.dated[j] = true
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
		return in || c.inDate(j) || c.k.is(lexicon.Article, key) || key == "يوم" || key == "on" || key == "am"
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

// commaAfter: a comma, and nothing else, follows token k.
func (c *sentenceCtx) commaAfter(k int) bool {
	if k+1 >= len(c.toks) {
		return false
	}
	sep := strings.TrimSpace(c.text[c.toks[k].End:c.toks[k+1].Start])
	return sep == "," || sep == "،"
}

// listsEndingInConjunction reports, for each actor, whether the actors
// from it on follow each other with commas until "and" joins the last:
// one pass from the end, so a sentence of a thousand names costs a
// thousand steps.
func (c *sentenceCtx) listsEndingInConjunction() []bool {
	listed := make([]bool, len(c.actors))
	for i := len(c.actors) - 2; i >= 0; i-- {
		a, b := c.actors[i], c.actors[i+1]
		switch {
		case b.from == a.to+1 && c.commaAfter(a.to):
			listed[i] = listed[i+1]
		case b.from == a.to+2 && c.k.is(lexicon.Conjunction, c.toks[a.to+1].Key) && !c.breakBetweenTokens(a.to, b.from):
			listed[i] = true
		}
	}
	return listed
}

// sharePrepositions: a name joined by "and" to one after a preposition
// shares it ("from Senegal and Ivory Coast", «مع مالي وبوركينا»).
func (c *sentenceCtx) sharePrepositions() {
	if c.g.postpositions {
		return // postpositions follow the last name
	}
	// "in Mali, Burkina Faso and Niger": a list whose last name is joined
	// by "and" shares its first name's preposition across the commas.
	listed := c.listsEndingInConjunction()
	for i := 1; i < len(c.actors); i++ {
		a, b := &c.actors[i-1], &c.actors[i]
		if a.prep != "" && b.prep == "" && !b.agent && a.demonym == b.demonym && b.from == a.to+1 && c.commaAfter(a.to) && listed[i] {
			b.prep = a.prep
		}
	}
	for i := 1; i < len(c.actors); i++ {
		a, b := &c.actors[i-1], &c.actors[i]
		if a.prep != "" && b.prep == "" && !b.agent && a.demonym == b.demonym && b.from > a.to+1 && b.from-a.to <= 3 &&
			c.k.is(lexicon.Conjunction, c.toks[a.to+1].Key) && !c.breakBetweenTokens(a.to, b.from) {
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
			if !in && !c.k.is(lexicon.Genitive, c.toks[k].Key) && !c.k.is(lexicon.Article, c.toks[k].Key) {
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
	// "the authorities in Mali", «السلطات في مالي», "the junta in Bamako":
	// an institution word and "in" before a country, or a capital that
	// stands for it, make the state the one acting.
	for i := range c.actors {
		b := &c.actors[i]
		capital := b.own == dataset.EntityPlace && !b.place
		if b.prep != "in" || b.demonym || b.own != dataset.EntityCountry && !capital || b.from < 2 {
			continue
		}
		j := b.from - 1
		for j > 0 && (c.k.is(lexicon.Article, c.toks[j].Key) || func() bool { _, _, ok := c.cueAt(j, "in"); return ok }()) {
			j--
		}
		if j >= b.from-1 {
			continue
		}
		// The institution word may carry a modifier or two: «السلطات
		// الانتقالية في مالي», "les autorités de transition au Mali", "the
		// military authorities in Niger". Where adjectives come first the
		// organ is the head, just before "in": "its military base in
		// Niger" is no organ of Niger.
		lowest := max(0, j-2)
		if c.g.adjectiveFirst {
			lowest = j
		}
		for t := j; t >= lowest; t-- {
			if c.breaks(t) || c.actorEnding(t) != nil {
				break
			}
			if !c.isInstitution(t) {
				continue
			}
			if _, _, embassy := c.cueAt(t, "embassy"); !embassy { // "its embassy in Mali" is not Mali
				// The organ and its country are one actor, where the
				// organ stands.
				b.prep, b.institution, b.from = "", true, t
			}
			break
		}
	}
}
