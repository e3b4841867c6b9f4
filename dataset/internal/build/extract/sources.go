package extract

import (
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/lexicon"
)

// The rules that find who acted, in the order roleRules tries them.

// sourceAgentMarked: the agent marked by "by" or ने is the clearest sign —
// if it is this act's: not "ambushed a convoy escorted by Malian soldiers"
// when the ambush has its subject, not "during attacks by JNIM" for
// another act.
func sourceAgentMarked(r *roleSearch) bool {
	c, f := r.c, r.f
	return r.setSource(r.pick(func(a *actorTok) bool {
		return a.agent && !a.place && (r.inClause(a) || c.g.verbFinal) && c.agentOf(a, f)
	}, r.all))
}

// sourceGroupAfterNoun: "the attack by JNIM", "el bloqueo de combustible
// del JNIM", «هجوم لجماعة نصرة الإسلام»: the armed group after the noun.
func sourceGroupAfterNoun(r *roleSearch) bool {
	if r.src != nil || !r.is(eventtype.GroupAct) || !r.nominal() {
		return false
	}
	c, f := r.c, r.f
	return r.setSource(r.pick(func(a *actorTok) bool {
		return a.own == dataset.EntityArmedGroup && r.inClause(a) && a.from > f.at && c.gap(f.at+f.n, a.from) <= 3 && !a.aside
	}, r.after))
}

// sourceRelativeSubject: "the blockade that JNIM imposes", «الحصار الذي
// تفرضه جماعة…», "die Treibstoffblockade, die die Gruppe JNIM … verhängt":
// the subject of a relative clause on the noun is its agent.
func sourceRelativeSubject(r *roleSearch) bool {
	if r.src != nil || !r.nominal() {
		return false
	}
	return r.setSource(r.c.relativeAgent(r.f))
}

// sourceSubject: the subject, where the language puts it.
func sourceSubject(r *roleSearch) bool {
	if r.src != nil {
		return false
	}
	c, f := r.c, r.f
	subjectInClause := func(a *actorTok) bool { return r.subject(a) && r.inClause(a) }
	switch {
	case c.g.verbInitial && f.pos != "noun" && c.relativeBefore(f.at) >= 0:
		// «التنظيمات التي كانت تهدد العاصمة»: a relative clause's
		// subject is the noun it describes, just before «التي»; what
		// follows the verb is its object.
		rel := c.relativeBefore(f.at)
		return r.setSource(r.pick(func(a *actorTok) bool { return r.subject(a) && a.to == rel-1 }, r.before))
	case c.g.verbInitial && f.pos != "noun":
		// A subject that opens the clause right before its verb, as
		// headlines and nominal sentences put it: «بوركينا فاسو تطالب…»,
		// «فرنسا ستسحب…».
		if r.setSource(r.pick(func(a *actorTok) bool {
			return subjectInClause(a) && a.to == f.at-1 && (a.from == r.lo || a.from > 0 && c.breaks(a.from-1))
		}, r.before)) {
			return true
		}
		// Verb first: «قررت باريس», «اعتقلت السلطات المالية», «أمرت
		// الولايات المتحدة … بمغادرة».
		if r.setSource(r.pick(func(a *actorTok) bool {
			return subjectInClause(a) && (c.gap(f.at+f.n, a.from) <= 2 || c.titledRightAfter(f.at+f.n, a)) && !c.unnamedSubject(f.at+f.n, a.from)
		}, r.after)) {
			return true
		}
		return r.setSource(r.pick(subjectInClause, r.before))
	case c.g.verbFinal:
		// Subject, object, verb: the subject is the first phrase of the
		// clause, the object the one next to the verb.
		if r.setSource(r.pick(subjectInClause, reversed(r.before))) {
			return true
		}
		// Not from a relative clause set between commas: «माली … जैसे
		// देश, जो कभी फ्रांस के प्रमुख सहयोगी थे, अब …»: France is not
		// who acts.
		return r.setSource(r.pick(func(a *actorTok) bool { return r.subject(a) && !c.inRelativeClause(a) }, r.before))
	case c.g.verbSecond && f.pos != "noun":
		// German puts the subject first, or right after the finite verb
		// when an adverbial opens the clause ("Seit September blockiert
		// die Gruppe JNIM …"); what stands nearer the participle is its
		// object ("haben Mali am Freitag verlassen"). The subject of a
		// passive is acted on ("Drei Agenten der DGSE wurden …
		// festgenommen"), though forces moved are who moves.
		if c.passiveAux(f) && !r.is(eventtype.Forces) {
			return false
		}
		if r.setSource(r.pick(subjectInClause, reversed(r.before))) {
			return true
		}
		// Not past "und": "hat die Macht übernommen und Präsident X für
		// abgesetzt erklärt" — X is the next verb's object.
		return r.setSource(r.pick(func(a *actorTok) bool {
			return subjectInClause(a) && a.from-(f.at+f.n) <= 5 && !c.conjunctionBetween(f.at+f.n-1, a.from)
		}, r.after))
	}
	return r.setSource(r.pick(subjectInClause, r.before))
}

// sourceDecisionOwner: "la décision du gouvernement burkinabè de mettre
// fin à l'accord", "Chad's decision to end", «قرار الحكومة إنهاء»: whose
// decision it is does the act it governs, not the subject who reports or
// notes it. The owner stands between the decision and the act, or right
// before it ("Chad's decision", "the American decision").
func sourceDecisionOwner(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.src != nil {
		return false
	}
	state := func(a *actorTok) bool {
		return (a.institution || a.kind == dataset.EntityCountry || a.demonym) && !a.place && !a.patient && !a.agent
	}
	if c.g.verbFinal {
		return false // Hindi puts the decision after the act («खत्म करने के फैसले»); not read yet
	}
	d := -1
	for j := f.at - 1; j >= max(0, f.at-8); j-- {
		if _, n, ok := c.cueAt(j, "decision"); ok && j+n <= f.at {
			d = j
			break
		}
	}
	if d < 0 {
		return false
	}
	// The first state after the decision, bare or in the genitive ("du
	// gouvernement nigérien", «الحكومة النيجرية»), or "Chad's" before it.
	var best *actorTok
	for k := range c.actors {
		a := &c.actors[k]
		if !state(a) || a.prep != "" && a.prep != "from" {
			continue
		}
		after := a.from > d && a.to < f.at
		possessive := a.to == d-1 && strings.HasSuffix(c.text[c.toks[a.to].Start:c.toks[d].Start], "'s ")
		// "the American decision to withdraw": an adjective's demonym
		// before it, where adjectives stand first.
		adjective := c.g.adjectiveFirst && a.demonym && !a.institution && a.to == d-1
		if (after || possessive || adjective) && (best == nil || a.from < best.from) {
			best = a
		}
	}
	return best != nil && r.setSource(best)
}

// sourceAfterSetting: talks told as the setting of the sentence ("In a
// meeting with Macron on Thursday, Senegal's president asked…", «وفي لقاء
// مع ماكرون، طالب الرئيس السنغالي», "… बैठक में सेनेगल के राष्ट्रपति ने")
// are held by the subject that follows, its partner being the one "with".
func sourceAfterSetting(r *roleSearch) bool {
	if r.src != nil || !r.c.setting(r.f) {
		return false
	}
	return r.setSource(r.pick(func(a *actorTok) bool {
		return a.from >= r.f.at+r.f.n && (a.prep == "" || a.agent) && !a.place && !a.patient && a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency
	}, r.after))
}

// inRelativeClause: a relative pronoun opens a's clause before it.
func (c *sentenceCtx) inRelativeClause(a *actorTok) bool {
	lo, _ := c.clause(a.from)
	for j := a.from - 1; j >= max(lo, a.from-12); j-- {
		if _, _, ok := c.cueAt(j, "relative"); ok {
			return true
		}
	}
	return false
}

// sourceAntecedent: the subject of a relative clause's verb is the name
// the relative pronoun follows ("Mali's junta, which has strengthened its
// ties with Moscow", «le Mali, qui a en revanche renforcé ses liens»),
// when nothing that acts stands between; of a passive verb it is the one
// acted on (targetAntecedentOfPassive).
func sourceAntecedent(r *roleSearch) bool {
	if r.src != nil || r.c.passiveAux(r.f) {
		return false
	}
	return r.setSource(r.antecedent())
}

// antecedent is the name a relative pronoun before the verb trigger
// follows, nil when there is none, when an actor or another act stands
// between, or when the pronoun may be a conjunction that follows a verb.
func (r *roleSearch) antecedent() *actorTok {
	c, f := r.c, r.f
	if f.pos == "noun" || c.g.verbFinal {
		return nil
	}
	window := 6
	if c.g.verbSecond {
		window = 12 // "die vergangene Woche in Ouagadougou … festgenommen wurden": the verb ends the clause
	}
	for j := f.at - 1; j >= max(0, f.at-window); j-- {
		if _, _, ok := c.cueAt(j, "relative"); !ok {
			continue
		}
		if c.anyActBetween(j, f.at) || slices.ContainsFunc(c.actors, func(a actorTok) bool { return a.from > j && a.to < f.at && a.prep == "" }) {
			return nil
		}
		// The pronoun follows the name, or a comma after its phrase: "that"
		// after "wrote on Tuesday" opens what was written.
		if !c.punctuated(j-1) && !slices.ContainsFunc(c.actors, func(a actorTok) bool { return a.to == j-1 }) {
			return nil
		}
		return r.pick(func(a *actorTok) bool {
			return a.to < j && j-a.to <= 4 && a.prep == "" && !a.place && !a.patient && (!a.demonym || a.institution)
		}, r.before)
	}
	return nil
}

// sourceInstitutionAfterNoun: a noun's agent may follow it: «اعتقال …
// تتهمه السلطات المالية».
func sourceInstitutionAfterNoun(r *roleSearch) bool {
	if r.src != nil || r.f.pos == "verb" {
		return false
	}
	return r.setSource(r.pick(func(a *actorTok) bool { return r.inClause(a) && a.institution && a.prep == "" }, r.after))
}

// sourceDemonymOnAct: a demonym on the act names who acts: "the French
// withdrawal", «الانسحاب الفرنسي», «المساعدات التنموية الفرنسية», «die
// französische Militärintervention»; the
// territory to leave is the expeller's: "quitter le territoire français".
func sourceDemonymOnAct(r *roleSearch) bool {
	if r.src != nil || !(r.f.pos == "noun" || r.f.pos == "phrase" && (r.cand.Type == "expel" || r.is(eventtype.Forces))) {
		return false
	}
	c, f := r.c, r.f
	return r.setSource(r.pick(func(a *actorTok) bool {
		if !a.demonym || a.patient || !r.inClause(a) {
			return false
		}
		if c.g.adjectiveFirst {
			return a.to < f.at && f.at-a.to <= 2
		}
		return a.from > f.at && c.gap(f.at+f.n, a.from) <= 2
	}, r.all))
}

// sourceForcesAfterNoun: "the withdrawal of French forces", «انسحاب القوات
// الفرنسية», "Abzug der Bundeswehr": the forces named after the act are
// the ones that act.
func sourceForcesAfterNoun(r *roleSearch) bool {
	if r.src != nil || !r.nominal() || !r.is(eventtype.OwnPresence) {
		return false
	}
	c, f := r.c, r.f
	return r.setSource(r.pick(func(a *actorTok) bool {
		return (a.prep == "" || c.genitiveBefore(a)) && r.inClause(a) && (a.own == dataset.EntityOrganisation || a.own == dataset.EntityArmedGroup || a.own == dataset.EntityOperation) &&
			a.from > f.at && c.gap(f.at+f.n, a.from) <= 1
	}, r.after))
}

// sourceForcesBeforeNoun: "the NATO intervention", "die Nato-Intervention":
// where modifiers precede their noun, a force or organisation named right
// before the act does it.
func sourceForcesBeforeNoun(r *roleSearch) bool {
	if r.src != nil || r.f.pos != "noun" || !r.is(eventtype.OwnPresence) || !r.c.g.adjectiveFirst {
		return false
	}
	f := r.f
	return r.setSource(r.pick(func(a *actorTok) bool {
		return a.to == f.at-1 && (a.own == dataset.EntityOrganisation || a.own == dataset.EntityArmedGroup || a.own == dataset.EntityOperation)
	}, r.before))
}

// genitiveBefore: a genitive ("de", "of", past an article) introduces the
// actor, where the same word may mean "from" («l'intervention de l'Otan»).
func (c *sentenceCtx) genitiveBefore(a *actorTok) bool {
	j := a.from - 1
	if j >= 0 && c.k.is(lexicon.Article, c.toks[j].Key) {
		j--
	}
	return j >= 0 && c.k.is(lexicon.Genitive, c.toks[j].Key)
}

// sourceSpeakerOrPronoun: "a French source said his country had
// suspended…", «إن بلاده أوقفت»: the speaker's state acts; else a pronoun
// subject stands for the actor it refers to.
func sourceSpeakerOrPronoun(r *roleSearch) bool {
	// A verb, a phrase that is one («بلاده تحتفظ بحقها»), or the noun a
	// decision governs («أنها اتخذت قرار إنهاء»).
	if r.src != nil || r.f.pos == "noun" && !r.c.decided(r.f) {
		return false
	}
	if country := r.c.speakerCountry(r.f, r.gz); country != "" {
		r.cand.Source = []string{country}
		r.cand.srcNear = true
		return true
	}
	return r.setSource(r.c.pronounSubject(r.f))
}

// decided: the noun f is the act a decision names, right after it or its
// genitive («قرار إنهاء», "la décision du retrait").
func (c *sentenceCtx) decided(f found) bool {
	for j := f.at - 1; j >= max(0, f.at-2); j-- {
		if _, _, ok := c.cueAt(j, "decision"); ok {
			return true
		}
		if !c.k.is(lexicon.Genitive, c.toks[j].Key) {
			return false
		}
	}
	return false
}

// sourceSubjectPastClause: a subject before the verb outside its clause,
// but not into a subordinate clause: in "…, nachdem in Bamako ein Franzose
// festgenommen worden war", France is not who arrests.
func sourceSubjectPastClause(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.src != nil || len(r.cand.Source) > 0 || f.pos != "verb" || c.g.verbInitial && c.relativeBefore(f.at) >= 0 || c.passiveAux(f) {
		return false // the subject of a passive is acted on: "…, who were arrested"
	}
	return r.setSource(r.pick(func(a *actorTok) bool {
		return r.subject(a) && (!c.openClauseBetween(a.to, f.at) || c.proDrop(f)) && !c.peopleSubjectBetween(a.to, f.at)
	}, r.before))
}

// peopleSubjectBetween: people described open a clause of their own
// right before the verb at at, after the actor that ends at from, with no
// preposition before them: they are its subject ("…», pero los militares
// al mando insisten").
func (c *sentenceCtx) peopleSubjectBetween(from, at int) bool {
	if c.g.verbSecond || c.g.verbFinal || c.g.verbInitial {
		return false // people before the verb may be its object there
	}
	for _, d := range c.descr {
		if d.from > from && d.to < at && at-d.to <= 6 && !c.anyActBetween(d.to, at) && !c.hasPrep(d.from-1) && !c.hasPrep(d.from-2) && c.breakBetweenTokens(max(from, d.from-3), d.from) {
			return true
		}
	}
	return false
}

// hasPrep: token j is a preposition the extractor reads ("to", "from",
// "in", "by"…).
func (c *sentenceCtx) hasPrep(j int) bool {
	_, _, ok := c.cueAt(j, roleCues...)
	return ok
}

// sourceCoupLeader: "the coup led by Colonel Goïta", «انقلاب … قاده العقيد
// آسيمي غويتا», «गोइता के नेतृत्व में»: whoever led it made it.
func sourceCoupLeader(r *roleSearch) bool {
	if r.cand.Type != "coup" {
		return false
	}
	c, f := r.c, r.f
	return r.setSource(r.pick(func(a *actorTok) bool { return c.ledBy(a) && !c.otherActBetween(f.at, a.from) }, r.all))
}

// sourceCoupNotBystander: a coup is made by soldiers or their leader, in a
// country; who stands before the word "coup" is the subject of another
// verb ("Macron condemned the coup").
func sourceCoupNotBystander(r *roleSearch) bool {
	src := r.src
	if r.cand.Type != "coup" || src == nil || r.c.ledBy(src) ||
		!(src.kind == dataset.EntityCountry || src.demonym || src.place || r.f.pos != "verb" && !src.agent) {
		return false
	}
	r.src = nil
	return true
}

// sourceForceThatMoves: forces that move are who moves: "fighters from
// Africa Corps, a paramilitary force…, arrive".
func sourceForceThatMoves(r *roleSearch) bool {
	c, f := r.c, r.f
	if !r.is(eventtype.Forces) || r.src != nil && (r.src.force || r.inClause(r.src)) || c.g.verbFinal {
		return false
	}
	return r.setSource(r.pick(func(a *actorTok) bool {
		// "le groupe Wagner, qui a … quitté le pays": a relative clause's
		// verb is its antecedent's.
		_, _, relative := c.cueAt(a.to+1, "relative")
		return a.force && !a.aside && !a.agent && !c.otherActBetween(a.to, f.at) && (relative || !c.subordinateBetween(a.to, f.at))
	}, r.before))
}

// ownPresence: withdrawing, reducing or deploying one's own people, or
// advising one's own citizens: the people described are the source's, and
// the country left (rather than the mission left: "de la misión de la ONU
// en Malí") is the target.
func ownPresence(r *roleSearch) bool {
	if !r.is(eventtype.OwnPresence) || r.f.site && r.tgt != nil {
		return false
	}
	c, f := r.c, r.f
	if r.src == nil {
		r.src = r.pick(func(a *actorTok) bool { return a.patient || a.institution || a.own == dataset.EntityOperation }, r.all)
	}
	left := func(a *actorTok) bool {
		// «غادر … الأراضي المالية», "left Malian soil": a demonym on the
		// territory is the country.
		territory := a.demonym && c.territoryNext(a)
		bare := a.prep == "" && (!a.demonym || territory) && !a.agent && (a.from > f.at) != c.g.verbFinal
		return (a.prep == "in" || a.prep == "from" || a.prep == "to" || bare) && (!a.patient || territory) && r.inClause(a)
	}
	r.tgt = r.pick(func(a *actorTok) bool {
		return left(a) && (a.own == dataset.EntityCountry || a.own == dataset.EntityPlace)
	}, r.all)
	if r.tgt == nil {
		r.tgt = r.pick(left, r.all)
	}
	return r.src != nil || r.tgt != nil
}

// handover: "handed the base over to the Chadian army", «أعادت فرنسا إلى
// ساحل العاج القاعدة», «माली की सेना को सौंपा»: who hands a site over leaves
// it, and who receives it is the host, the target — the party after "to"
// (French à and Spanish a, which also mark places, when it is no place).
// A place named with the site ("le camp de Kidal") is only where; the
// giver, when no subject names it, is the state whose organ or demonym
// the sentence names ("a French army base", "le général français").
func handover(r *roleSearch) bool {
	if !r.f.site {
		return false
	}
	place := func(a *actorTok) bool { return a.place || a.own == dataset.EntityPlace }
	// «إلى الجيش السنغالي», "to the Senegalese army": the preposition
	// may stand before the army's noun, not the demonym named.
	to := func(a *actorTok) bool {
		if a.prep == "to" {
			return true
		}
		for k := a.from - 1; k >= max(0, a.from-2); k-- {
			if _, n, ok := r.c.cueAt(k, "to"); ok && k+n <= a.from {
				return true
			}
		}
		return false
	}
	if r.src != nil && (place(r.src) || r.src.prep != "" || to(r.src)) {
		r.src = nil
	}
	for _, in := range []bool{false, true} {
		if r.tgt == nil {
			r.tgt = r.pick(func(a *actorTok) bool {
				return (!in && to(a) || in && a.prep == "in") && !place(a) && !a.agent && r.inClause(a)
			}, r.all)
		}
	}
	// No one hands a site over to itself: a giver of the recipient's
	// state ("the French soldiers based in Chad … to the Chadian army"
	// read as Chad's) gives way to the other state the sentence names
	// with a demonym.
	state := func(a *actorTok) string { return r.gz.State(a.actor) }
	if r.src != nil && r.tgt != nil && state(r.src) == state(r.tgt) {
		r.src = r.pick(func(a *actorTok) bool {
			return a.demonym && !place(a) && !to(a) && state(a) != state(r.tgt) && a.from < r.f.at
		}, r.all)
	}
	if r.src == nil {
		r.src = r.pick(func(a *actorTok) bool {
			return !place(a) && a.prep == "" && !to(a) && (a.institution || a.demonym || a.force || a.kind == dataset.EntityCountry) && r.inClause(a)
		}, r.all)
	}
	return r.src != nil || r.tgt != nil
}

// handoverArmyForState: a state's army gives and receives a site for its
// state: the base goes back to Chad, not to a unit.
func handoverArmyForState(r *roleSearch) bool {
	if !r.f.site {
		return false
	}
	gz := r.gz
	army := func(a *actorTok) string {
		if country := gz.Country(a.actor); country != "" && gz.Army(country) == a.actor {
			return country
		}
		return ""
	}
	mapped := false
	if r.src != nil && army(r.src) != "" {
		r.cand.Source = []string{army(r.src)}
		r.src, mapped = nil, true
	}
	if r.tgt != nil && army(r.tgt) != "" {
		r.cand.Target = []string{army(r.tgt)}
		r.tgt, mapped = nil, true
	}
	return mapped
}

// sourceExpelledFrom: "the expulsion of the French ambassador from
// Bamako": expelled from the expeller's territory.
func sourceExpelledFrom(r *roleSearch) bool {
	if r.src != nil || r.cand.Type != "expel" || r.tgt == nil {
		return false
	}
	for _, i := range r.all {
		a := r.c.actors[i]
		if a.prep == "from" && r.inClause(&a) && (a.own == dataset.EntityPlace || a.own == dataset.EntityCountry) {
			if country := r.gz.Country(a.entity); country != "" && country != r.gz.Country(r.tgt.actor) {
				r.cand.Source = []string{country}
				return true
			}
			return false
		}
	}
	return false
}

// sourceArrestPlace: an arrest is made by the state whose territory it is
// in: the place said, or where the people's embassy is.
func sourceArrestPlace(r *roleSearch) bool {
	if r.src != nil || r.cand.Type != "arrest" {
		return false
	}
	place := r.cand.Place
	for _, a := range r.c.actors {
		if e := r.gz.Entity(a.entity); place == "" && e != nil && e.LocatedIn != "" && r.inClause(&a) {
			place = e.LocatedIn
		}
	}
	if country := r.gz.Country(place); country != "" {
		r.cand.Source = []string{country}
		return true
	}
	return false
}

// sourceUnnamedAuthority: "die Behörden werfen ihm vor", "a Frenchman was
// also arrested": the authorities unnamed, or an arrest with no one named,
// are the state of the country the article is about — not the people's.
func sourceUnnamedAuthority(r *roleSearch) bool {
	cand := r.cand
	// "the letter accuses France of …", «أكد البيان»: a document with no
	// author named speaks for the state, as its organs do.
	document := r.is(eventtype.Absorbing) && r.c.bareCue(r.f, r.lo, r.hi, "document")
	if r.src != nil || len(cand.Source) > 0 || !(r.is(eventtype.StateAct) || r.is(eventtype.Absorbing)) ||
		!(cand.Type == "arrest" && r.tgt != nil && r.f.pos != "noun" || r.c.bareInstitution(r.f, r.lo, r.hi) || document) {
		return false
	}
	people := ""
	if r.tgt != nil {
		people = r.gz.Country(r.tgt.actor)
	}
	for _, h := range r.home {
		if h != people {
			cand.Source = []string{h}
			return true
		}
	}
	return false
}

// sourceReporterNotAgent: "France confirmed the arrest": who reports a
// noun's act is not its agent; the arrest is the one reported elsewhere.
func sourceReporterNotAgent(r *roleSearch) bool {
	src := r.src
	if src == nil || r.f.pos != "noun" || r.tgt != nil || src.to >= r.f.at || !r.c.reportsBetween(src.to, r.f.at) {
		return false
	}
	r.src = nil
	return true
}

// partiesBetween: "talks between Paris and Niamey", «مفاوضات بين باريس
// ونيامي», "पेरिस और नियामे के बीच बातचीत": the actors "between" joins are the
// parties of a tie, both of them.
func partiesBetween(r *roleSearch) bool {
	c := r.c
	if !r.is(eventtype.Mutual) {
		return false
	}
	for _, i := range r.all {
		a := &c.actors[i]
		if !r.inClause(a) {
			continue
		}
		co := c.coordinated(a)
		if len(co) == 0 {
			continue
		}
		last := co[len(co)-1]
		_, _, before := c.cueAt(a.from-1, "between")
		after := false
		if c.g.postpositions {
			_, _, after = c.cueAt(last.to+1, "between")
		}
		if before || after {
			r.src = a
			return true
		}
	}
	return false
}

// sourceStateHoldingAccused: "the three Belgians detained in Niamey are
// accused of espionage", "sont accusés d'espionnage", «متهمون بالتجسس»: a
// passive accusation of people, with no accuser named, is the state that
// holds them — where the sentence places them, else the country the
// article is about, never the people's own.
func sourceStateHoldingAccused(r *roleSearch) bool {
	c, f, cand, gz := r.c, r.f, r.cand, r.gz
	// People, not a state: "the three Belgians", «बेल्जियम नागरिकों».
	people := func(a *actorTok) bool {
		return a.patient || a.to+1 < len(c.toks) && c.isDescriptor(a.to+1) || a.from > 0 && c.isDescriptor(a.from-1)
	}
	// "… नागरिकों पर जासूसी का आरोप है": in Hindi the charge is a noun that
	// is (है), with the accused marked; elsewhere a passive verb.
	stated := c.g.verbFinal && f.pos == "noun" && func() bool { _, _, ok := c.cueAt(f.at+f.n, "aux"); return ok }()
	if cand.Type != "accuse" || r.src != nil || len(cand.Source) > 0 || r.tgt == nil || !people(r.tgt) || !c.passiveVerb(f) && !stated {
		return false
	}
	theirs := gz.Country(r.tgt.actor)
	for _, i := range r.all {
		a := c.actors[i]
		if a.prep == "in" && (a.own == dataset.EntityPlace || a.own == dataset.EntityCountry) {
			if country := gz.Country(a.entity); country != "" && country != theirs {
				cand.Source = []string{country}
				return true
			}
		}
	}
	for _, h := range r.home {
		if h != theirs {
			cand.Source = []string{h}
			return true
		}
	}
	return false
}

// sourceUnnamedJunta: "the military government dissolved the parties",
// «حلّ المجلس العسكري», "सैन्य सरकार ने …": a junta no country is named with
// rules the country of the article that has had a coup — not the other
// countries the article names (France, in a story of Mali's junta). A
// coup is made by soldiers, not by the junta it brings.
func sourceUnnamedJunta(r *roleSearch) bool {
	if r.src != nil || len(r.cand.Source) > 0 || r.cand.Type == "coup" || !r.c.bareCue(r.f, r.lo, r.hi, "military-rule") {
		return false
	}
	for _, h := range r.home {
		if r.gz.CoupIn(h, "") {
			r.cand.Source = []string{h}
			return true
		}
	}
	return false
}

// titledRightAfter: the person a opens the clause at from behind a title,
// its portfolio and the title holder's demonym, as Arabic puts a subject
// after its verb: «زار وزير الدفاع الفرنسي سيباستيان لوكورنو تشاد». The
// phrase is one noun phrase, however many words the portfolio takes.
func (c *sentenceCtx) titledRightAfter(from int, a *actorTok) bool {
	if a.kind != dataset.EntityPerson || from >= len(c.toks) || !c.isTitle(from) || a.from-from > 4 {
		return false
	}
	for j := from + 1; j < a.from; j++ {
		if c.breaks(j-1) || !(c.isTitle(j) || c.isInstitution(j) || c.actorAt(j) || c.k.is(lexicon.Genitive, c.toks[j].Key)) && j != from+1 {
			return false // only the title's own complement, the word right after it, may be any noun
		}
	}
	return true
}

// unnamedSubject: a common noun stands between a verb and the actor after
// it — the subject no entity names («وتتهم منظمات حقوقية الجيش المالي»: rights
// groups accuse the army), which makes the actor the object. Dates, organs,
// titles, descriptors and function words are no such noun («أعلنت، الأحد،
// السلطات المالية», «قال وزير الخارجية السوداني»).
func (c *sentenceCtx) unnamedSubject(from, to int) bool {
	for j := from; j < to && j < len(c.toks); j++ {
		key := c.toks[j].Key
		if c.g.clitics && c.isInstitution(j) && !c.actorAt(j) && strings.HasPrefix(key, "ال") {
			// «تدعو الحكومة السلطات الفرنسية إلى…»: an organ named bare
			// and definite, then another with its own head noun: two
			// phrases, the first the subject («وزير الخارجية السوداني», a
			// construct, is one).
			if c.isInstitution(j+1) && (c.actorAt(j+1) || c.actorAt(j+2)) {
				return true
			}
		}
		if c.inDate(j) || c.actorAt(j) || c.isInstitution(j) || c.isTitle(j) || c.isDescriptor(j) || c.k.is(lexicon.Article, key) || c.k.is(lexicon.Genitive, key) {
			continue
		}
		if c.g.clitics && c.k.titles[strings.TrimSuffix(strings.TrimSuffix(key, "ها"), "ه")] {
			continue // «رئيسها»: a title with its possessive
		}
		if j > from && c.isTitle(j-1) && !c.breaks(j-1) {
			continue // «وزير الدفاع»: the title's portfolio, one phrase with it
		}
		if p := c.actorStarting(j + 1); p != nil && p.kind == dataset.EntityPerson {
			continue // «رئيسها آسيمي غويتا»: what stands just before a person is their title
		}
		if _, _, ok := c.cueAt(j, "aux", "attribution", "many"); ok || isCount(c.k, key) {
			continue // «وصل المئات من عناصر مجموعة فاغنر»: how many, not who
		}
		return true
	}
	return false
}

// sourceSpeakingDemonym: "a French diplomatic source called the accusations
// baseless", «ووصف مصدر دبلوماسي فرنسي الاتهامات…», "une source
// diplomatique française a démenti": a speaker named by a source or an
// organ and a demonym is that state speaking.
func sourceSpeakingDemonym(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.src != nil || !r.is(eventtype.Absorbing) {
		return false
	}
	// The speaker may stand in the attribution ("a French source said"),
	// which other rules pass over: for a speech act it is who speaks.
	for i := range c.actors {
		a := &c.actors[i]
		if !a.demonym || !r.inClause(a) || a.prep != "" {
			continue
		}
		if !(a.to < f.at || c.g.verbInitial && a.from > f.at && a.from-(f.at+f.n) <= 3) {
			continue
		}
		for j := max(0, a.from-3); j < a.from; j++ {
			if _, _, ok := c.cueAt(j, "attribution"); ok {
				r.src = a
				return true
			}
		}
	}
	return false
}

// sourceSoldiersOfState: "Malian soldiers attacked a village", «des
// soldats maliens ont attaqué», «هاجم جنود ماليون», "माली के सैनिकों ने …
// हमला किया": a state's troops, as the subject of an armed act, are its
// army acting, not people acted on.
func sourceSoldiersOfState(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.src != nil || !r.is(eventtype.GroupAct) || f.pos != "verb" || c.passiveAux(f) {
		return false
	}
	order := r.before
	if c.g.verbInitial {
		order = r.after
	}
	troops := func(i int) bool {
		if i < 0 || i >= len(c.toks) || !c.isDescriptor(i) || c.descrAt(i).gloss != "troops" {
			return false
		}
		if end := c.descrAt(i).to; c.g.postpositions && end+1 < len(c.toks) {
			// "माली के सैनिकों ने": the agent's ने, not पर or को of the acted on.
			_, _, ergative := c.cueAt(end+1, "ergative")
			_, _, role := c.cueAt(end+1, roleCues...)
			return ergative || !role
		}
		return true
	}
	possessive := func(i int) bool {
		key := c.toks[i].Key
		return key == "s" || c.k.is(lexicon.Genitive, key) || c.k.is(lexicon.GenitiveAfter, key)
	}
	reach := 6
	if c.g.verbFinal {
		reach = 14 // the subject opens the clause, the verb ends it
	}
	a := r.pick(func(a *actorTok) bool {
		if a.kind != dataset.EntityCountry || !r.inClause(a) || c.gap(min(a.to, f.at), max(a.from, f.at)) > reach {
			return false
		}
		// "Malian soldiers", «soldats maliens»: the demonym next to them;
		// "Mali's soldiers", «les soldats du Mali», "माली के सैनिकों": the
		// state whose they are.
		if a.demonym {
			return troops(a.to+1) || troops(a.from-1)
		}
		return a.to+2 < len(c.toks) && possessive(a.to+1) && troops(a.to+2) ||
			a.from >= 2 && possessive(a.from-1) && troops(a.from-2)
	}, order)
	if a == nil {
		return false
	}
	r.srcArmy = true
	return r.setSource(a)
}
