package extract

import (
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
	"parallax/dataset/internal/build/words"
)

// agentOf: the agent a ("by X") belongs to the act at f, not to a nearer
// act after it or to a noun phrase of a verb that has its own subject.
func (c *sentenceCtx) agentOf(a *actorTok, f found) bool {
	if c.g.verbFinal {
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
	if a.from < max(f.at+f.n, f.end) || c.objectBefore(f, a.from) || c.chargeAgent(a, f) {
		// "describes as acts of aggression by France in the form of
		// violations", "denounced the violations of the airspace by French
		// forces": an agent inside the trigger's words or after its object
		// is the agent of that object's noun.
		return false
	}
	for _, g := range c.found {
		if g.at > f.at && g.at < a.from {
			return false
		}
	}
	if f.pos == "verb" && !c.g.verbInitial && a.from-(f.at+f.n) > 2 {
		lo, _ := c.clause(f.at)
		for _, b := range c.actors {
			if b.from >= lo && b.to < f.at && b.prep == "" && !b.place && (!b.demonym || b.institution) && !b.aside {
				return false // the verb has its subject: "X ambushed … escorted by Y"
			}
		}
	}
	return true
}

// objectBefore: a noun phrase that is the verb at f's direct object
// stands between it and token end: an article right after the verb or
// after a word that is no small word ("denounced the violations",
// "denounced in the letter the violations"), not after a preposition ("handed
// over to the army"). A passive verb takes no direct object, so a "by"
// after one is its noun's.
func (c *sentenceCtx) objectBefore(f found, end int) bool {
	if f.pos == "noun" {
		return false
	}
	for j := f.at + f.n; j < end; j++ {
		if c.punctuated(j-1) && j > f.at+f.n {
			return false
		}
		if !c.k.is(lexicon.Article, c.toks[j].Key) {
			continue
		}
		if j == f.at+f.n || !words.IsStop(c.toks[j-1].Key) {
			return true
		}
	}
	return false
}

// proDrop: the verb at f opens its subordinate clause, itself or through
// the decision that governs it, with no subject of its own before it
// ("anunció que pone fin", "al que acusa", "afirmó que tomó la decisión de
// poner fin"): its subject is the main clause's.
func (c *sentenceCtx) proDrop(f found) bool {
	for j, lo := f.at-1, f.at-3; j >= max(0, lo); j-- {
		if _, _, ok := c.cueAt(j, "clause"); ok {
			return true
		}
		if _, _, ok := c.cueAt(j, "decision"); ok {
			// "afirmó que tomó la decisión de poner fin", «qu'il avait pris la
			// décision de»: the verb that takes the decision opens the clause.
			lo = j - 3
			continue
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
	if f.pos != "verb" || c.g.verbFinal {
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
	if c.g.clitics {
		return slices.ContainsFunc(fold.ArabicStems(c.toks[f.at].Key), func(s string) bool { return strings.HasPrefix(s, "ال") })
	}
	return f.at > 0 && c.k.is(lexicon.Article, c.toks[f.at-1].Key)
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
		reach := 8
		if a.agent {
			reach = 12 // «la expulsión que sufrió a manos de los actuales gobiernos de …»: the agent, however far
		}
		if a.from <= rel || a.from > rel+reach || c.breakBetweenTokens(rel, a.from) {
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
			// Not a phrase's complement: «الانتهاكات … من قبل الطائرات
			// الفرنسية، مؤكدًا أن بلاده»: the French planes do not speak.
			if a.to >= j || a.kind == dataset.EntityMedia || a.kind == dataset.EntityAgency || a.agent || a.prep != "" && !a.institution || a.demonym && c.nounInPhrase(a) {
				continue
			}
			if country := gz.Country(a.actor); country != "" {
				return country
			}
		}
	}
	return ""
}

// nounInPhrase: the demonym a qualifies a noun after a preposition
// ("by French planes", «من قبل الطائرات الفرنسية»): what it names is a
// complement, no speaker.
func (c *sentenceCtx) nounInPhrase(a actorTok) bool {
	for j := a.from - 1; j >= max(0, a.from-3); j-- {
		if _, n, ok := c.cueAt(j, roleCues...); ok && j+n < a.from {
			return true
		}
	}
	return false
}

// pronounSubject: "announced that it had foiled", «أعلنت السلطات … أنها
// أحبطت», "a annoncé qu'elle avait": a pronoun subject just before the
// verb at f is the subject of the verb that reports it.
func (c *sentenceCtx) pronounSubject(f found) *actorTok {
	lo, _ := c.clause(f.at)
	for j, far, near := f.at-1, f.at-6, f.at-3; j >= max(0, far); j-- {
		if j < near && (j < lo || c.actorAt(j)) {
			break
		}
		if _, _, ok := c.cueAt(j, "decision"); ok {
			// «qu'il avait pris la décision de mettre fin»: the decision's
			// verb is the pronoun's.
			far, near = j-6, j-3
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
		if c.g.verbFinal {
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

// chargeAgent: a is the agent of the charge a frame's gap ends with
// ("describes as acts of aggression by France", «ce qu'il qualifie
// d'agressions de la part de la France»): the accused, not who speaks.
func (c *sentenceCtx) chargeAgent(a *actorTok, f found) bool {
	return f.end >= f.at+f.n && a.from > f.end && a.from <= f.end+3
}
