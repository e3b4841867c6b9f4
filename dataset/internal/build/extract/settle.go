package extract

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// The rules that settle an event's parties once the sentence's actors are
// chosen: where it happened, the chosen actors written into the candidate,
// and the parties the sentence implies without naming them.

// placeNamed: the nearest place or country named with "in", else the
// nearest place.
func placeNamed(r *roleSearch) bool {
	c, f := r.c, r.f
	for _, in := range []bool{true, false} {
		for _, i := range r.all {
			a := c.actors[i]
			if f.pos == "noun" && a.to < f.at && !c.g.verbFinal {
				continue // «وُصفت في باريس بأنها احتجاز»: where it was called so
			}
			if !a.demonym && r.inClause(&a) && (in && a.prep == "in" && (a.own == dataset.EntityPlace || a.own == dataset.EntityCountry) || !in && a.place && a.prep == "") {
				r.cand.Place = a.entity
				return true
			}
		}
	}
	return false
}

// commitRoles writes the chosen source (with the actors coordinated with
// it) and target into the candidate. No one acts on their own state:
// "France withdrew its army" — but a coup is made on one's own state, and a
// term extended may be the leader's own.
func commitRoles(r *roleSearch) bool {
	c, cand, gz := r.c, r.cand, r.gz
	if src := r.src; src != nil {
		cand.srcNear = r.inClause(src)
		actor := src.actor
		if army := gz.Army(actor); r.srcArmy && army != "" {
			actor = army
		}
		cand.Source = appendActor(cand.Source, actor)
		co := c.coordinated(src)
		if !slices.Contains(r.fired, "parties/between") && c.betweenPair(src, co) {
			// "las relaciones entre París y la junta …, que ha reforzado
			// sus lazos": the pair "between" is the relations' parties;
			// the name before "que" alone is the clause's subject.
			co = nil
		}
		for _, b := range co {
			cand.Source = appendActor(cand.Source, b.actor)
		}
	}
	tgt := r.tgt
	if tgt == nil || tgt.kind == dataset.EntityMedia || tgt.kind == dataset.EntityAgency {
		return true
	}
	t := tgt.actor
	if tgt.place {
		t = gz.Country(tgt.entity) // a region with no state is no one to act on
	}
	own := false
	for _, s := range cand.Source {
		own = own || gz.Country(t) != "" && gz.Country(t) == gz.Country(s) && t != s && !slices.Contains(cand.Source, t)
	}
	own = own && !r.is(eventtype.Internal)
	if t != "" && !own && (!slices.Contains(cand.Source, t) || cand.Type == "extend-term") {
		cand.Target = appendActor(cand.Target, t)
		if r.is(eventtype.OwnPresence) && tgt.kind == dataset.EntityCountry {
			// "withdrew from Mali and the Central African Republic": one
			// withdrawal from each (events splits them).
			for _, b := range c.coordinated(tgt) {
				if b.kind == dataset.EntityCountry && (tgt.prep == "from" && (b.prep == "from" || b.prep == "") || tgt.prep == "" && b.prep == "from") && !slices.Contains(cand.Source, b.actor) && b.actor != t {
					cand.alsoLeft = appendActor(cand.alsoLeft, b.actor)
				}
			}
		}
	}
	return true
}

// betweenPair: a and the actors coordinated with it follow "between"
// («entre París y la junta»).
func (c *sentenceCtx) betweenPair(a *actorTok, co []*actorTok) bool {
	first := a.from
	for _, b := range co {
		first = min(first, b.from)
	}
	for j := first - 1; j >= max(0, first-2); j-- {
		if _, _, ok := c.cueAt(j, "between"); ok {
			return true
		}
	}
	return false
}

// targetCoupMakersCountry: a coup happens in the country of the soldiers,
// junta or leaders named with it.
func targetCoupMakersCountry(r *roleSearch) bool {
	if r.cand.Type != "coup" || len(r.cand.Target) > 0 {
		return false
	}
	for _, i := range r.all {
		a := r.c.actors[i]
		if (a.own == dataset.EntityPerson || a.own == dataset.EntityOrganisation) && r.inClause(&a) && !a.demonym && !a.patient && !r.quoted(&a) {
			if country := r.gz.Country(a.entity); country != "" {
				r.cand.Target = []string{country}
				return true
			}
		}
	}
	return false
}

// targetCountryLeft: "left the country", «غادر البلاد», "abandonaran el
// país": the country the article is about, not the one that leaves it.
func targetCountryLeft(r *roleSearch) bool {
	cand := r.cand
	if !r.is(eventtype.OwnPresence) || len(cand.Target) > 0 || len(cand.Source) == 0 {
		return false
	}
	for j := r.lo; j <= r.hi; j++ {
		if _, _, ok := r.c.cueAt(j, "country"); !ok {
			continue
		}
		for _, h := range r.home {
			if h != r.gz.Country(cand.Source[0]) {
				cand.Target = []string{h}
				return true
			}
		}
		return false
	}
	return false
}

// targetCoupLeadersCountry: a coup its leader or army made happens in
// their country.
func targetCoupLeadersCountry(r *roleSearch) bool {
	cand := r.cand
	if cand.Type != "coup" || len(cand.Target) > 0 || len(cand.Source) == 0 {
		return false
	}
	if country := r.gz.Country(cand.Source[0]); country != "" {
		cand.Target = []string{country}
		return true
	}
	return false
}

// targetOwnTerm: a term extended with no one else named is the leader's
// own.
func targetOwnTerm(r *roleSearch) bool {
	if r.cand.Type != "extend-term" || len(r.cand.Target) > 0 || r.src == nil || r.src.kind != dataset.EntityPerson {
		return false
	}
	r.cand.Target = []string{r.src.actor}
	return true
}

// targetStateSpeaking: "Mali's junta said it had foiled a coup attempt": a
// country's own affair is the country whose state speaks in the sentence —
// an organ ("the junta"), an agent, a demonym with its authorities,
// "Mali's military authorities" — not "relations between France and Mali".
func targetStateSpeaking(r *roleSearch) bool {
	c, cand := r.c, r.cand
	if len(cand.Target) > 0 || !r.is(eventtype.Internal) || len(cand.Source) > 0 {
		return false
	}
	for _, a := range c.actors {
		organ := a.own != dataset.EntityCountry && a.own != dataset.EntityPlace
		possessive := a.to+2 < len(c.toks) && c.toks[a.to+1].Key == "s" && (c.isInstitution(a.to+2) || a.to+3 < len(c.toks) && c.isInstitution(a.to+3))
		if a.prep == "" && !a.patient && !a.aside && (organ || a.agent || a.institution || possessive) && a.kind == dataset.EntityCountry && a.from < r.f.at {
			cand.Target = []string{a.actor}
			return true
		}
	}
	return false
}

// targetHomeCountry: events inside a country with no country named fall
// to the country the article is about: "the coup", "dissolved the
// parties"; so do speech acts with no one addressed.
func targetHomeCountry(r *roleSearch) bool {
	cand := r.cand
	if len(cand.Target) > 0 {
		return false
	}
	internal := r.is(eventtype.Internal)
	if !((r.is(eventtype.AtHome) && !internal || r.is(eventtype.Absorbing)) && len(cand.Source) > 0 || internal && len(cand.Source) == 0) {
		return false
	}
	for _, h := range r.home {
		if !slices.ContainsFunc(cand.Source, func(s string) bool { return s == h || r.gz.Country(s) == h }) {
			cand.Target = []string{h}
			cand.Anaphoric = len(cand.Source) == 0
			cand.homeTarget = true
			return true
		}
	}
	return false
}

// armyOfCountry: "A group of army colonels overthrew…", "the military
// coup", «सेना ने»: soldiers named without their army are the army of the
// country of the coup. Against soldiers, an attack is on that army.
func armyOfCountry(r *roleSearch) bool {
	cand, gz := r.cand, r.gz
	if cand.Type != "coup" && cand.Type != "attack" || !r.c.military(r.f, cand.Type == "attack") {
		return false
	}
	country := ""
	for _, t := range cand.Target {
		if country == "" && gz.Entity(t) != nil && gz.Entity(t).Kind == dataset.EntityCountry {
			country = t
		}
	}
	if country == "" && cand.Type == "attack" && len(cand.Target) == 0 {
		if country = gz.Country(cand.Place); country == "" && len(r.home) > 0 {
			country = r.home[0]
		}
	}
	army := gz.Army(country)
	switch {
	case army == "":
		return false
	case cand.Type == "coup":
		cand.Source = appendActor(cand.Source, army)
		for i, t := range cand.Target {
			// "the military coups in Mali, Burkina Faso and Niger": each
			// country's army.
			if more := gz.Army(t); i > 0 && more != "" {
				cand.Source = appendActor(cand.Source, more)
			}
		}
	case !slices.Contains(cand.Source, army):
		cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool { return t == country })
		cand.Target = appendActor(cand.Target, army)
	default:
		return false
	}
	return true
}

// expelledForcesState: expulsion is between states: expelling a country's
// forces expels that country («طردت … القوات الفرنسية»).
func expelledForcesState(r *roleSearch) bool {
	cand := r.cand
	if cand.Type != "expel" {
		return false
	}
	changed := false
	for i, t := range cand.Target {
		if e := r.gz.Entity(t); e != nil && e.Role == gazetteer.RoleArmedForces {
			cand.Target[i] = e.PartOf
			changed = true
		}
	}
	cand.Target = slices.Compact(cand.Target)
	return changed
}

// countryVisited: "visited Chad", «la visite de Barrot au Tchad», "der
// Besuch des Außenministers im Tschad": the country a visit is to, where
// it took place, is the visitor's partner in its talks.
func countryVisited(r *roleSearch) bool {
	c, f, cand := r.c, r.f, r.cand
	if cand.Type != "talks" || !c.k.is(lexicon.Visit, c.toks[f.at].Key) {
		return false
	}
	// "visited Chad's border with Sudan": the country whose place is
	// visited is the host, not the one its place borders.
	for _, i := range r.after {
		a := &c.actors[i]
		if a.kind == dataset.EntityCountry && a.from-(f.at+f.n) <= 1 && c.possessive(a.to) && len(cand.Source) == 1 && r.gz.State(cand.Source[0]) != a.actor {
			cand.Target = []string{a.actor}
			return true
		}
	}
	if len(cand.Source)+len(cand.Target) > 1 {
		return false
	}
	host := ""
	if e := r.gz.Entity(cand.Place); e != nil && e.Kind == dataset.EntityCountry {
		host = cand.Place
	} else {
		for _, i := range r.after {
			if a := &c.actors[i]; a.kind == dataset.EntityCountry && !a.demonym && r.inClause(a) && (a.prep == "" || a.prep == "in" || a.prep == "to") {
				host = a.actor
				break
			}
		}
	}
	if host == "" {
		return false
	}
	// The visitor: the party found, unless it is the host; else the
	// person the visit is of («la visita del canciller francés Barrot»).
	visitor := ""
	for _, p := range slices.Concat(cand.Source, cand.Target) {
		if r.gz.State(p) != host {
			visitor = p
		}
	}
	if visitor == "" {
		for _, i := range r.all {
			if a := &c.actors[i]; a.kind == dataset.EntityPerson && r.inClause(a) && r.gz.State(a.actor) != host {
				visitor = a.actor
				break
			}
		}
	}
	if visitor == "" {
		return false
	}
	cand.Source, cand.Target = []string{visitor}, []string{host}
	return true
}

// bothCountries: "the intelligence services of the two countries kept up
// their cooperation", «les renseignements des deux pays», «بين البلدين»:
// with at most one party in its clause, a tie is between the two countries
// the sentence names, when it names two.
func bothCountries(r *roleSearch) bool {
	c, cand := r.c, r.cand
	if !r.is(eventtype.Symmetric) || len(cand.Source)+len(cand.Target) > 1 {
		return false
	}
	found := false
	for j := r.lo; j <= r.hi && !found; j++ {
		_, _, found = c.cueAt(j, "both-countries")
	}
	if !found {
		return false
	}
	var pair []string
	for _, a := range c.actors {
		if a.kind == dataset.EntityCountry && !a.aside {
			pair = appendActor(pair, r.gz.State(a.actor))
		}
	}
	if len(pair) != 2 {
		return false
	}
	cand.Source, cand.Target = pair[:1], pair[1:]
	return true
}

// partners: talks and cooperation are between parties: a second party is a
// partner, not a target acted on; and it takes two.
func partners(r *roleSearch) bool {
	cand := r.cand
	if cand.Type != "talks" && cand.Type != "cooperate" {
		return false
	}
	if len(cand.Source) == 0 {
		cand.Source, cand.Target = cand.Target, nil
	}
	if len(cand.Source)+len(cand.Target) < 2 {
		cand.Source, cand.Target = nil, nil
	}
	return true
}
