package extract

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

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
			cand.Rules = append(cand.Rules, "type/another-state-moves-them-out")
			return
		}
		// The people are the subject and leave of themselves ("les soldats
		// français ont achevé leur retrait"): their state withdraws them,
		// from the country named as acting elsewhere.
		cand.Source, cand.States = []string{owner}, []string{owner}
		cand.Target = []string{source}
		cand.Rules = append(cand.Rules, "parties/their-state-withdraws-them")
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
			cand.Rules = append(cand.Rules, "type/own-people-ordered-out")
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
			near := a.from > j && a.from <= j+2 || c.g.verbFinal && a.to < j && a.to >= j-2
			if near && !a.demonym && (a.kind == dataset.EntityCountry || a.kind == dataset.EntityPlace) {
				return gz.State(a.actor)
			}
		}
	}
	return ""
}

// The rules that find who was acted on, in the order roleRules tries
// them: the people acted on, then a preposition's object, then a direct
// object, then where it happened.

// targetTermHolder: «منحت السلطات … الجنرال آسيمي غويتا ولاية رئاسية»: the
// leader named with an extended term is whose term it is.
func targetTermHolder(r *roleSearch) bool {
	if r.tgt != nil || r.cand.Type != "extend-term" {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool { return a.own == dataset.EntityPerson && r.inClause(a) }, r.all))
}

// targetPeople: the people acted on ("a French national", «دبلوماسيين
// ماليين»), or an institution after the act.
func targetPeople(r *roleSearch) bool {
	if r.tgt != nil || r.is(eventtype.OwnPresence) || r.cand.Type == "coup" {
		return false
	}
	c, f := r.c, r.f
	return r.setTarget(r.pick(func(a *actorTok) bool {
		reach := r.inClause(a) || !c.g.verbFinal && r.is(eventtype.AffectsPeople) && !c.otherActBetween(f.at, a.from)
		// An organ after the act is acted on only in its clause: not "…,
		// the French presidency said".
		return reach && (a.patient || a.institution && a.from > f.at && r.inClause(a) && !c.g.verbFinal)
	}, r.all))
}

// targetAccused: "accused the junta of cooperating with Wagner", «اتهمت
// باريس الحكومة الانتقالية بالتعاون مع…»: whom one accuses or threatens is
// the direct object; what follows a preposition is the charge. The agent
// of the charge is accused too: "denounced the violations of its airspace
// by French forces".
func targetAccused(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.hasTarget() || r.cand.Type != "accuse" && r.cand.Type != "threaten" || c.g.verbFinal {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		if a.agent && a != r.src && !a.place && r.inClause(a) && !c.agentOf(a, f) {
			return true
		}
		return a.prep == "" && (!a.demonym || a.institution) && !a.place && r.inClause(a) && !c.otherActBetween(f.at, a.from)
	}, r.after))
}

// targetSubjectOfPassive: "agents of the DGSE, who were arrested for
// spying", «des agents, qui auraient été arrêtés»: the name a relative
// pronoun follows is acted on by the clause's passive verb, and so, in
// German, is the passive's subject.
func targetSubjectOfPassive(r *roleSearch) bool {
	if r.hasTarget() || !r.c.passiveAux(r.f) {
		return false
	}
	if a := r.antecedent(); a != nil {
		return r.setTarget(a)
	}
	if !r.c.g.verbSecond || r.is(eventtype.Forces) {
		return false
	}
	// "Drei Agenten der DGSE wurden … festgenommen": the subject of a
	// passive (sourceSubject leaves it) is acted on.
	return r.setTarget(r.pick(func(a *actorTok) bool { return r.subject(a) && r.inClause(a) }, reversed(r.before)))
}

// targetProtested: "rallied …, chanting anti-French slogans": whom a
// protest is against, wherever the sentence says it.
func targetProtested(r *roleSearch) bool {
	if r.hasTarget() || r.cand.Type != "protest" {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool { return a.prep == "against" && !r.c.otherActBetween(r.f.at, a.from) }, r.all))
}

// targetEscort: "ambushed a convoy escorted by Malian soldiers": who
// guards what is attacked is attacked.
func targetEscort(r *roleSearch) bool {
	if r.hasTarget() || r.cand.Type != "attack" {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool { return a.agent && a.force && a.from > r.f.at && !r.c.agentOf(a, r.f) }, r.after))
}

// targetCoupCountry: "the coup in Mali".
func targetCoupCountry(r *roleSearch) bool {
	if r.hasTarget() || r.cand.Type != "coup" {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		return a.prep == "in" && r.inClause(a) && (a.place || a.kind == dataset.EntityCountry)
	}, r.all))
}

// targetCoupsCountries: "after the military coups in Mali, Burkina Faso
// and Niger", "nach den Militärputschen in …", «انقلابات», "तख्तापलटों": a
// plural coup over several countries the sentence names happened in each
// of them that has had one (France, from which they turned, has not).
func targetCoupsCountries(r *roleSearch) bool {
	c, gz := r.c, r.gz
	if r.hasTarget() || r.cand.Type != "coup" || r.f.pos != "noun" || !c.pluralNoun(r.f) {
		return false
	}
	var countries []string
	for _, i := range r.all {
		a := &c.actors[i]
		if a.kind == dataset.EntityCountry && !a.demonym && gz.CoupIn(a.actor, "") {
			countries = appendActor(countries, a.actor)
		}
	}
	if len(countries) < 2 {
		return false
	}
	slices.SortStableFunc(countries, func(x, y string) int { return c.firstAt(x) - c.firstAt(y) })
	r.cand.Target = countries
	return true
}

// firstAt is where the sentence first names the actor.
func (c *sentenceCtx) firstAt(actor string) int {
	for _, a := range c.actors {
		if a.actor == actor {
			return a.from
		}
	}
	return len(c.toks)
}

// targetPreposition: the object of "with", "against", "from", "to"
// (Hindi: the postpositions) in the clause. «overthrew the president of
// Mali»: a coup's target is a country; convoys "from Senegal" are not
// Senegal attacked.
func targetPreposition(r *roleSearch) bool {
	if r.hasTarget() {
		return false
	}
	typ := r.cand.Type
	return r.setTarget(r.pick(func(a *actorTok) bool {
		origin := a.prep == "from" && !(typ == "attack" && (a.place || a.own == dataset.EntityCountry || a.own == dataset.EntityPlace))
		// "a demandé au Conseil de sécurité": a body or a person "in"
		// (French au, aux) is whom a speech act addresses.
		addressee := a.prep == "in" && r.is(eventtype.Absorbing) && (a.own == dataset.EntityOrganisation || a.own == dataset.EntityPerson)
		return (a.prep == "with" || a.prep == "against" || origin || a.prep == "to" || addressee) && r.inClause(a) &&
			(typ != "coup" || a.kind == dataset.EntityCountry && a.prep != "with")
	}, r.all))
}

// targetPartnerInRelative: "l'accord de défense qui le liait à la France":
// a tie's partner is named in a relative clause on the object.
func targetPartnerInRelative(r *roleSearch) bool {
	c, hi := r.c, r.hi
	if r.hasTarget() || !r.is(eventtype.Mutual) || hi+1 >= len(c.toks) || c.punctuated(hi) {
		return false
	}
	_, rhi := c.clause(hi + 1)
	return r.setTarget(r.pick(func(a *actorTok) bool {
		return (a.prep == "with" || a.prep == "to" || a.prep == "in") && a.from > hi && a.to <= rhi && a.kind == dataset.EntityCountry
	}, r.after))
}

// targetObject: the direct object after the verb. A coup's country follows
// the word closely ("the Mali coup", «انقلاب مالي»), not as the subject of
// what comes next.
func targetObject(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.hasTarget() || c.g.verbFinal || r.is(eventtype.OwnPresence) {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		return a.prep == "" && !a.demonym && r.inClause(a) && (r.cand.Type != "coup" || a.kind == dataset.EntityCountry && a.from-(f.at+f.n) <= 1)
	}, r.after))
}

// targetPlaceOfAct: "in Mali", «في باماكو»: the country where it happens.
// (An arrest's place names who arrests; talks between coordinated parties
// have their partner.)
func targetPlaceOfAct(r *roleSearch) bool {
	if r.hasTarget() || r.cand.Type == "arrest" || r.is(eventtype.Symmetric) && r.src != nil && len(r.c.coordinated(r.src)) > 0 {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		return a.prep == "in" && r.inClause(a) && (a.place || a.kind == dataset.EntityCountry)
	}, r.all))
}

// targetCountryNamed: an act on another country, the one the sentence
// names bare.
func targetCountryNamed(r *roleSearch) bool {
	if r.hasTarget() || r.is(eventtype.OwnPresence) || r.is(eventtype.AtHome) {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool { return a.prep == "" && a.kind == dataset.EntityCountry && !a.demonym }, r.all))
}

// targetUnnamedInstitution: "Paris accused the transitional government of
// …", «اتهمت باريس الحكومة الانتقالية بـ…», "a accusé les autorités de …": a
// state's organ named without its state, as the object of a speech act or
// a state's act, is the state of the country the article is about (not the
// speaker's).
func targetUnnamedInstitution(r *roleSearch) bool {
	c, f, cand := r.c, r.f, r.cand
	if r.tgt != nil || c.g.verbFinal || !(r.is(eventtype.Absorbing) || r.is(eventtype.StateAct)) {
		return false
	}
	inActor := func(j int) *actorTok {
		for i := range c.actors {
			if a := &c.actors[i]; j >= a.from && j <= a.to {
				return a
			}
		}
		return nil
	}
	found := false
	from := f.at + f.n
	if r.src != nil && r.src.from >= from {
		from = r.src.to + 1 // the subject after the verb (and its head: «وزير الخارجية السوداني») comes first
	}
	for j := from; j <= min(r.hi, from+4) && !found; j++ {
		a := inActor(j)
		switch {
		case a != nil && a == r.src:
			continue // «اتهمت باريس الحكومة …»: the subject after the verb
		case a != nil:
			return false // an actor first: it is the object
		case c.isInstitution(j):
			found = true
		case c.k.is(lexicon.Article, c.toks[j].Key):
		default:
			if _, _, ok := c.cueAt(j, roleCues...); ok {
				return false // a preposition: no direct object
			}
		}
	}
	if !found {
		return false
	}
	speaker := ""
	if r.src != nil {
		speaker = r.gz.Country(r.src.actor)
	} else if len(cand.Source) > 0 {
		speaker = r.gz.Country(cand.Source[0])
	}
	for _, h := range r.home {
		if h != speaker {
			cand.Target = appendActor(cand.Target, h)
			return true
		}
	}
	return false
}

// targetObjectBeforeParticiple: "Der Sudan hat den Sicherheitsrat um eine
// Sitzung gebeten": where the rest of the verb ends the clause, the object
// stands between the subject and it.
func targetObjectBeforeParticiple(r *roleSearch) bool {
	if r.hasTarget() || !r.c.g.verbSecond || r.f.pos != "verb" || r.src == nil || r.is(eventtype.OwnPresence) {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		return a.prep == "" && !a.demonym && r.inClause(a) && a.from > r.src.to && a.to < r.f.at
	}, r.before))
}

// targetChargeAgent: "describes as acts of aggression by France", «ce qu'il
// qualifie d'agressions américaines», «ما تصفه بأعمال عدوانية أمريكية»: the
// agent or the demonym of the charge a frame's gap ends with is accused.
func targetChargeAgent(r *roleSearch) bool {
	f := r.f
	if r.hasTarget() || r.cand.Type != "accuse" || f.end < f.at+f.n {
		return false
	}
	return r.setTarget(r.pick(func(a *actorTok) bool {
		near := a.from > f.end && a.from <= f.end+3 || a.to < f.end && a.to >= f.end-3 && a.from > f.at+f.n
		return near && (a.agent || a.demonym) && !a.place && (r.src == nil || r.gz.State(a.actor) != r.gz.State(r.src.actor))
	}, r.all))
}
