package extract

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// roleSearch is one trigger's search for its parties. The rules of
// roleRules read it and fill it, in order: each sees what the ones before
// it decided.
type roleSearch struct {
	c    *sentenceCtx
	cand *Candidate
	f    found
	gz   *gazetteer.Gazetteer
	home []string // the countries the article names, most named first

	lo, hi   int       // the trigger's clause, in tokens
	src, tgt *actorTok // the actors chosen so far
	// The sentence's actors by index: before the trigger (nearest first),
	// after it, and all of them by distance; none quoted or aside.
	before, after, all []int

	fired []string // the rules that decided, in order
	// srcArmy: the source is named by its soldiers, so it is the state's
	// army that acts.
	srcArmy bool
}

// roleRule is one named step of the search. apply reports whether the rule
// decided anything; its name then joins the candidate's rules, so that
// `make eval GOLD=… EVALFLAGS=-v` and the export's debug field say why an
// event has the parties it has.
type roleRule struct {
	name  string
	apply func(r *roleSearch) bool
}

// roleRules are tried in this order; the order is their meaning: an
// earlier, surer sign (an agent marked "by") keeps a later, weaker one (the
// nearest subject) from deciding.
var roleRules = []roleRule{
	// Who acted.
	{"parties/qualified-act", qualifiedAct},
	{"parties/between", partiesBetween},
	{"source/owner-of-decision", sourceDecisionOwner},
	{"source/forces-after-noun", sourceForcesAfterNoun},
	{"source/forces-before-noun", sourceForcesBeforeNoun},
	{"source/soldiers-of-a-state", sourceSoldiersOfState},
	{"source/agent-marked", sourceAgentMarked},
	{"source/responsible-for-act", sourceResponsible},
	{"source/speaking-demonym", sourceSpeakingDemonym},
	{"source/group-after-noun", sourceGroupAfterNoun},
	{"source/relative-clause-subject", sourceRelativeSubject},
	{"source/subject", sourceSubject},
	{"source/subject-after-setting", sourceAfterSetting},
	{"source/antecedent-of-relative", sourceAntecedent},
	{"source/institution-after-noun", sourceInstitutionAfterNoun},
	{"source/demonym-on-act", sourceDemonymOnAct},
	{"source/speaker-or-pronoun", sourceSpeakerOrPronoun},
	{"source/subject-past-clause", sourceSubjectPastClause},
	{"source/coup-leader", sourceCoupLeader},
	{"source/coup-not-bystander", sourceCoupNotBystander},
	{"source/force-that-moves", sourceForceThatMoves},
	// Whose people or forces move, and from where.
	{"handover/giver-and-recipient", handover},
	{"own-presence/source-and-country-left", ownPresence},
	{"handover/army-for-its-state", handoverArmyForState},
	// Who was acted on.
	{"target/agent-of-the-charge", targetChargeAgent},
	{"target/term-holder", targetTermHolder},
	{"target/people-acted-on", targetPeople},
	{"target/unnamed-institution-object", targetUnnamedInstitution},
	{"target/accused-object", targetAccused},
	{"target/subject-of-passive", targetSubjectOfPassive},
	{"target/protested-against", targetProtested},
	{"target/escort-attacked", targetEscort},
	{"target/coups-countries", targetCoupsCountries},
	{"target/coup-country", targetCoupCountry},
	{"target/preposition", targetPreposition},
	{"target/partner-in-relative", targetPartnerInRelative},
	{"target/object-after-verb", targetObject},
	{"target/object-before-participle", targetObjectBeforeParticiple},
	{"target/place-of-act", targetPlaceOfAct},
	{"target/country-named", targetCountryNamed},
	// Where, and the parties the sentence implies.
	{"place/named", placeNamed},
	{"source/expelled-from-territory", sourceExpelledFrom},
	{"source/state-of-arrest-place", sourceArrestPlace},
	{"source/unnamed-military-rulers", sourceUnnamedJunta},
	{"source/unnamed-authority", sourceUnnamedAuthority},
	{"source/state-holding-the-accused", sourceStateHoldingAccused},
	{"source/reporter-not-agent", sourceReporterNotAgent},
	{"commit", commitRoles},
	{"target/country-of-coup-makers", targetCoupMakersCountry},
	{"target/country-left", targetCountryLeft},
	{"target/coup-leaders-country", targetCoupLeadersCountry},
	{"target/own-term", targetOwnTerm},
	{"target/state-speaking", targetStateSpeaking},
	{"target/home-country", targetHomeCountry},
	{"source/army-of-coup-country", armyOfCountry},
	{"target/expelled-forces-state", expelledForcesState},
	{"parties/country-visited", countryVisited},
	{"parties/the-two-countries", bothCountries},
	{"parties/partners", partners},
}

// roles picks the source, target and place of an event from the actors
// around its trigger, and records which rules decided.
func (c *sentenceCtx) roles(cand *Candidate, f found, gz *gazetteer.Gazetteer, home []string) {
	r := &roleSearch{c: c, cand: cand, f: f, gz: gz, home: home}
	r.lo, r.hi = c.clause(f.at)
	r.before, r.after, r.all = c.order(f)
	if c.g.verbFinal {
		// «…को निष्कासित कर दिया है और रूस से सहायता मांगी»: in verb-final
		// Hindi, what comes before an earlier verb is that verb's.
		for _, g := range c.found {
			if g.at+g.n <= f.at && g.at+g.n > r.lo && !c.sharesPhrase(g, f) {
				r.lo = g.at + g.n
			}
		}
	}
	// After "after", «بعد», "suite à", a noun is not the subject's act:
	// "France froze cooperation after the arrest of its diplomat".
	if f.pos == "noun" && c.afterConnective(f.at) {
		r.before = nil
	}
	next := c.nextSpeechAct(f)
	out := func(i int) bool {
		return r.quoted(&c.actors[i]) || c.actors[i].aside || next >= 0 && c.actors[i].from > next
	}
	r.all = slices.DeleteFunc(r.all, out)
	r.before = slices.DeleteFunc(r.before, out)
	r.after = slices.DeleteFunc(r.after, out)
	for _, rule := range roleRules {
		if rule.apply(r) && rule.name != "commit" {
			r.fired = append(r.fired, rule.name)
		}
	}
	cand.Rules = append(cand.Rules, r.fired...)
}

// pick returns the first actor of order, not chosen yet, that cond accepts.
func (r *roleSearch) pick(cond func(a *actorTok) bool, order []int) *actorTok {
	return r.pickAny(func(a *actorTok) bool { return a != r.src && cond(a) }, order)
}

// pickAny is pick that may return the source chosen so far, for a rule
// that overrides it.
func (r *roleSearch) pickAny(cond func(a *actorTok) bool, order []int) *actorTok {
	for _, i := range order {
		if a := &r.c.actors[i]; a != r.tgt && cond(a) {
			return a
		}
	}
	return nil
}

// setSource and setTarget choose an actor when one is found, and report it.
func (r *roleSearch) setSource(a *actorTok) bool {
	if a == nil {
		return false
	}
	r.src = a
	return true
}

func (r *roleSearch) setTarget(a *actorTok) bool {
	if a == nil {
		return false
	}
	r.tgt = a
	return true
}

// hasTarget: a target is chosen, an actor of the sentence or one it implies.
func (r *roleSearch) hasTarget() bool { return r.tgt != nil || len(r.cand.Target) > 0 }

func (r *roleSearch) inClause(a *actorTok) bool { return a.from >= r.lo && a.to <= r.hi }

func (r *roleSearch) quoted(a *actorTok) bool {
	return a.from >= r.c.quoted[0] && a.to <= r.c.quoted[1]
}

// subject: an actor that can be the subject of the act — no preposition,
// not people acted on, not a complement, not a bare demonym, a place or a
// medium.
func (r *roleSearch) subject(a *actorTok) bool {
	// "hundreds of Wagner fighters arrived": a force's people move for it.
	people := a.patient && !eventtype.Is(r.cand.Type, eventtype.OwnPresence)
	return a.prep == "" && !people && !a.ofNoun && !r.c.objectOfVerb(a, r.f) && (!a.demonym || a.institution) && !a.place &&
		a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency
}

// nominal: the trigger is a noun, or a verb form used as one ("el
// bloqueo", «الحصار»).
func (r *roleSearch) nominal() bool { return r.c.nominal(r.f) }

// nominal: the trigger at f names the act as a noun ("the blockade", "the
// withdrawing of"), so a relative clause after it is about the act.
func (c *sentenceCtx) nominal(f found) bool { return f.pos != "verb" || c.determined(f) }

func (r *roleSearch) is(p eventtype.Props) bool { return eventtype.Is(r.cand.Type, p) }

// nextSpeechAct is the token of a speech act's verb joined after the one
// at f by "and", or -1: what follows the second verb is its own («Habla de
// "violación" y achaca la inestabilidad a la OTAN»: NATO is blamed, not
// spoken of).
func (c *sentenceCtx) nextSpeechAct(f found) int {
	if !eventtype.Is(f.typ, eventtype.Absorbing) {
		return -1
	}
	for _, g := range c.found {
		if g.at > f.at+f.n-1 && g.pos == "verb" && eventtype.Is(g.typ, eventtype.Absorbing) &&
			(g.at > 0 && c.k.is(lexicon.Conjunction, c.toks[g.at-1].Key) || c.arabicAnd(g.at)) {
			return g.at
		}
	}
	return -1
}
