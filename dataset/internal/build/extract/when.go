package extract

import (
	"slices"

	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/lexicon"
)

// dateNear is the date of the sentence nearest the trigger.
func (c *sentenceCtx) dateNear(at int) dates.Date { return c.dateAmong(at, c.dates) }

// dateNearUpTo is dateNear among the sentence's dates no later than the
// article: the day a deadline was set, not the deadline.
func (c *sentenceCtx) dateNearUpTo(at int, ref dates.Ref) dates.Date {
	return c.dateAmong(at, slices.DeleteFunc(slices.Clone(c.dates), func(d datedTok) bool { return afterRef(d.date, ref) }))
}

// dateAmong is the date of ds nearest the trigger at at.
func (c *sentenceCtx) dateAmong(at int, ds []datedTok) dates.Date {
	lo, hi := c.clause(at)
	if i := slices.IndexFunc(c.found, func(g found) bool { return g.at == at }); i >= 0 && c.nominal(c.found[i]) && c.relativeAgent(c.found[i]) != nil {
		// "the blockade that JNIM has imposed on the capital since
		// September": the relative clause on the noun says when. After a
		// verb it is on the object ("das Abkommen gekündigt, das seit 2018
		// … regelt") and says nothing of the act.
		_, hi = c.clause(hi + 1)
	}
	// "el acuerdo de febrero de este año, cuando el país galo se
	// comprometió a retirar": a clause that "when" opens right after a
	// date happens on it.
	if _, _, when := c.cueAt(lo, "when"); when && lo > 0 {
		for _, d := range ds {
			if d.to == lo-1 {
				return d.date
			}
		}
	}
	// "… fighting there since 2013": a date after "since" dates the
	// state that began then, not an act after it.
	var own []datedTok
	for _, d := range ds {
		// … but "detained since last August", «فرضت حظراً منذ سبتمبر»:
		// close to the act, "since" dates its start.
		if !c.sinceBefore(d.at) || d.at < at || d.at-at <= 12 && d.at >= lo && d.at <= hi {
			own = append(own, d)
		}
	}
	// A date next to another act is that act's: in "detained a Frenchman,
	// three years after the last troops left in August 2022", August 2022
	// dates the departure, not the arrest. Acts joined by "and" share one.
	// The setting of what is said shares its date: "In a meeting on
	// Thursday, … demanded".
	setting := c.content[at] && slices.ContainsFunc(c.found, func(g found) bool { return g.at == at && c.setting(g) })
	own = slices.DeleteFunc(own, func(d datedTok) bool {
		if setting {
			return c.objectsYear(at, d)
		}
		// «negó "cualquier implicación en los hechos ocurridos desde
		// ayer"»: a date in the words quoted is theirs, not the act's.
		quoted := c.quotedTok(d.at) && !c.quotedTok(at)
		return quoted || c.otherActBetween(at, d.at) || c.hindiLaterVerb(at, d.at) || c.nearerAct(at, d.at) || c.objectsYear(at, d) || c.madeOn(at, d)
	})
	// «تدخل حلف الناتو في ليبيا عام 2011»: a noun dated in its own
	// phrase after it takes that date, not one the verb before it has.
	if i := slices.IndexFunc(c.found, func(g found) bool { return g.at == at && g.pos == "noun" }); i >= 0 && !c.g.verbFinal {
		for _, d := range c.phraseDates(c.found[i]) {
			if d.at > at && slices.ContainsFunc(own, func(x datedTok) bool { return x.at == d.at }) {
				return d.date
			}
		}
	}
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
		// The nearest date is the act's even when it cannot be resolved:
		// with no publication date, "on Wednesday" or «في 18 يناير» leaves
		// the act undated rather than taking "signed in 2018" further on.
		if dist < bestDist || dist == bestDist && d.date.Known() && !best.Known() {
			best, bestDist = d.date, dist
		}
	}
	return best
}

// objectsYear: a bare year on the act's object names when the object
// came to be, not when the act happened: "denounced the 2018 agreement",
// "la fin de l'accord de défense de 2018", "das Abkommen von 2018
// gekündigt", «2018 का समझौता रद्द». (Arabic «من 2018» is "from 2018", a
// time.)
func (c *sentenceCtx) objectsYear(at int, d datedTok) bool {
	i := slices.IndexFunc(c.found, func(g found) bool { return g.at == at })
	if i < 0 || d.date.Y == 0 {
		return false
	}
	obj := c.found[i].obj
	if obj < 0 || c.found[i].at <= obj && obj < c.found[i].at+c.found[i].n {
		return false
	}
	if c.concludedBetween(obj, d) {
		return true
	}
	if d.date.M > 0 {
		return false
	}
	joined := func(a, b int) bool {
		for j := a; j < b; j++ {
			if c.breaks(j) {
				return false
			}
		}
		return true
	}
	switch {
	case d.at > obj && d.at-obj <= 4 && !c.g.fromIsOf:
		// After it, by a genitive: "de 2018", "of 2018", "von 2018".
		return c.k.is(lexicon.Genitive, c.toks[d.at-1].Key) && joined(obj, d.at)
	case d.to < obj && obj-d.to <= 3:
		// Before it: "the 2018 accord", «2018 का सैन्य समझौता».
		article := d.at > 0 && c.k.is(lexicon.Article, c.toks[d.at-1].Key)
		genitive := c.k.is(lexicon.GenitiveAfter, c.toks[d.to+1].Key)
		return (article || genitive) && joined(d.to, obj)
	}
	return false
}

// madeOn: a participle of making stands just before the date ("the
// Takuba force, created in 2020", «la mission Aigle, créée en 2019»,
// «التي أنشئت عام 2020») or, attributive, right after it («der 2019
// gegründeten Einheit»): the date is the thing's, not the act's at at.
// Hindi puts the participle after the date («2019 में गठित»).
func (c *sentenceCtx) madeOn(at int, d datedTok) bool {
	near := []int{d.at - 1, d.at - 2, d.to + 1} // "der 2019 gegründeten Einheit" after it
	if c.g.verbFinal {
		near = []int{d.to + 1, d.to + 2}
	}
	for _, j := range near {
		if j >= 0 && j < len(c.toks) && j != at && c.k.is(lexicon.Concluded, c.toks[j].Key) &&
			!slices.ContainsFunc(c.found, func(g found) bool { return g.at <= j && j < g.at+g.n }) { // "signed in 2021 an accord": the act's own verb
			return true
		}
	}
	return false
}

// concludedBetween: a participle of making joins the object at obj to
// the date d, which is then the object's at any precision: "the accord
// signed with Paris in 2019", «الاتفاقية الموقعة في 2019», "das 2019
// geschlossene Abkommen", «2019 में हुआ समझौता».
func (c *sentenceCtx) concludedBetween(obj int, d datedTok) bool {
	a, b := obj+1, d.at
	if d.to < obj {
		a, b = d.to+1, obj
	}
	if b-a > 5 {
		return false
	}
	concluded := false
	for j := a; j < b; j++ {
		if c.inDate(j) {
			return false // "on Thursday the 2019 accord": only the nearest date is the accord's
		}
		concluded = concluded || c.k.is(lexicon.Concluded, c.toks[j].Key)
	}
	return concluded
}

// otherActBetween: a trigger stands between positions at and d that is
// not joined to the one at by a conjunction.
func (c *sentenceCtx) otherActBetween(at, d int) bool {
	lo, hi := min(at, d), max(at, d)
	for _, g := range c.found {
		if g.at == at || g.at <= lo || g.at >= hi || c.content[g.at] || g.pos == "noun" && c.datedOtherwise(g, d) {
			continue // "the intervention in Libya in 2011, the statement said on Friday": dated already
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
//
// What a speech act is about may have a year or a month next to it ("blames
// the instability on the NATO intervention in Libya in 2011"): its
// history, not the day it was spoken of; and an act dated so claims no
// other date.
func (c *sentenceCtx) nearerAct(at, d int) bool {
	lo, hi := c.clause(d)
	coarse := false
	for _, x := range c.dates {
		if x.at == d {
			coarse = x.date.Known() && x.date.Precision() != "day"
		}
	}
	for _, g := range c.found {
		if g.pos == "noun" && c.datedOtherwise(g, d) {
			continue
		}
		if g.at != at && (!c.content[g.at] || coarse && g.pos == "noun") && g.at >= lo && g.at <= hi && abs(g.at-d) < abs(at-d) && !c.conjoined(at, g.at) {
			return true
		}
	}
	return false
}

// datedOtherwise: another date than the one at d stands in g's phrase.
func (c *sentenceCtx) datedOtherwise(g found, d int) bool {
	return slices.ContainsFunc(c.phraseDates(g), func(x datedTok) bool { return x.at != d })
}

// hindiLaterVerb: in verb-final Hindi a date after the act at at but
// before another act is that act's («गिरफ्तारी अगस्त 2022 में … छोड़ने»).
func (c *sentenceCtx) hindiLaterVerb(at, d int) bool {
	if !c.g.verbFinal || d < at {
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
	return hi > 0 && (c.k.is(lexicon.Conjunction, c.toks[hi-1].Key) || c.arabicAnd(hi) ||
		hi > 1 && c.k.is(lexicon.Conjunction, c.toks[hi-2].Key) && (c.k.is(lexicon.Article, c.toks[hi-1].Key) || c.g.verbFinal))
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

// since: the trigger's clause tells history ("since 2013", «منذ»), in
// its own words, not in words it quotes.
func (c *sentenceCtx) since(f found) bool {
	lo, hi := c.clause(f.at)
	for j := lo; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "since"); ok && !(c.quotedTok(j) && !c.quotedTok(f.at)) {
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

// beforeNow: a later clause sets the present against the act ("Mali ended
// its cooperation with Paris, and Russia is now more engaged", «…que escaló
// hasta finalizar la cooperación y ahora es una disputa»): the act told
// first is background, not the article's news, so it takes no
// publication date.
func (c *sentenceCtx) beforeNow(f found) bool {
	_, hi := c.clause(f.at)
	for j := f.at + f.n; j < len(c.toks); j++ {
		if _, _, ok := c.cueAt(j, "now"); ok {
			return j > hi || c.conjunctionBetween(f.at+f.n-1, j)
		}
	}
	return false
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
