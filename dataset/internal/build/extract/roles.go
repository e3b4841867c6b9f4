package extract

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/gazetteer"
)

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
	if c.g.verbFinal {
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
		return a.agent && !a.place && (inClause(a) || c.g.verbFinal) && c.agentOf(a, f)
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
		case c.g.verbInitial && f.pos != "noun" && c.relativeBefore(f.at) >= 0:
			// «التنظيمات التي كانت تهدد العاصمة»: a relative clause's
			// subject is the noun it describes, just before «التي»; what
			// follows the verb is its object.
			rel := c.relativeBefore(f.at)
			src = pick(func(a *actorTok) bool { return subject(a) && a.to == rel-1 }, before)
		case c.g.verbInitial && f.pos != "noun":
			// Verb first: «قررت باريس», «اعتقلت السلطات المالية», «أمرت
			// الولايات المتحدة … بمغادرة».
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) && c.gap(f.at+f.n, a.from) <= 2 }, after)
			if src == nil {
				src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, before)
			}
		case c.g.verbFinal:
			// Subject, object, verb: the subject is the first phrase of
			// the clause, the object the one next to the verb.
			src = pick(func(a *actorTok) bool { return subject(a) && inClause(a) }, reversed(before))
			if src == nil {
				src = pick(subject, before)
			}
		case c.g.verbSecond && f.pos != "noun":
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
			if c.g.adjectiveFirst {
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
	if src == nil && len(cand.Source) == 0 && f.pos == "verb" && !(c.g.verbInitial && c.relativeBefore(f.at) >= 0) {
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
	if eventtype.Is(cand.Type, eventtype.Forces) && (src == nil || !src.force && !inClause(src)) && !c.g.verbFinal {
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
			bare := a.prep == "" && (!a.demonym || territory) && !a.agent && (a.from > f.at) != c.g.verbFinal
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
			reach := inClause(a) || !c.g.verbFinal && eventtype.Is(cand.Type, eventtype.AffectsPeople) && !c.otherActBetween(f.at, a.from)
			return reach && (a.patient || a.institution && a.from > f.at && !c.g.verbFinal)
		}, all)
	}
	if tgt == nil && (cand.Type == "accuse" || cand.Type == "threaten") && !c.g.verbFinal {
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
	if tgt == nil && !c.g.verbFinal && !eventtype.Is(cand.Type, eventtype.OwnPresence) {
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
			if f.pos == "noun" && a.to < f.at && !c.g.verbFinal {
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
