package extract

import (
	"slices"

	"parallax/dataset"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// demandOf is the demand that the act cand reports, by source of targets
// made by the rule named: what one must do, or has a span of time to do,
// as another says. With no source named, it is the demand the article
// reports nearby.
func demandOf(cand Candidate, f found, source string, targets []string, rule string) Candidate {
	d := Candidate{Type: "demand", Trigger: cand.Trigger, Modality: dataset.Asserted, at: f.at,
		Target: targets, Attribution: cand.Attribution, Rules: append(cand.Rules, rule)}
	if source == "" {
		d.Anaphoric = true
	} else {
		d.Source, d.srcNear = []string{source}, true
	}
	return d
}

// timeUnit: token j is a unit of a span of time ("month", «شهر», "महीने").
func (c *sentenceCtx) timeUnit(j int) bool {
	return j >= 0 && j < len(c.toks) && c.k.is(lexicon.TimeUnit, c.toks[j].Key)
}

// obliged: an obligation cue governs the act at f ("will have to close",
// "devra fermer", «ستضطر لإغلاق», "बंद करना होगा"), in its clause.
func (c *sentenceCtx) obliged(f found) bool {
	lo, hi := c.clause(f.at)
	// "tendrá que cerrar", "devra fermer": the cue may end in the
	// subordinator that opens the act's clause.
	from, to := max(0, f.at-3), f.at-1
	switch {
	case c.g.verbFinal:
		from, to = f.at+f.n, min(hi, f.at+f.n+3)
	case c.g.verbSecond:
		// "Frankreich müsse seine Soldaten … abziehen": the modal is the
		// finite verb, the act ends the clause; "… werde sie schließen
		// müssen": or the modal follows it.
		from, to = lo, min(hi, f.at+f.n)
	}
	if c.timeGranted(f, lo, hi) {
		return true
	}
	for j := from; j <= to; j++ {
		_, n, ok := c.cueAt(j, "obligation")
		if !ok || !c.g.verbFinal && j+n > f.at && j < f.at+f.n || j < f.at && c.breakBetweenTokens(j, f.at) {
			continue
		}
		return true
	}
	return false
}

// timeGranted: the act is what one has a span of time to do, a deadline:
// "France has one month to withdraw", «la France a un mois pour
// retirer», «tiene un mes para retirar», «habe einen Monat Zeit, … abzuziehen»,
// «أمامها شهر لسحب», «… वापस बुलाने के लिए एक महीने का समय».
func (c *sentenceCtx) timeGranted(f found, lo, hi int) bool {
	granted := func(a, b int) bool {
		for j := max(0, a); j <= b && j < len(c.toks); j++ {
			if _, _, ok := c.cueAt(j, "granted"); ok {
				return true
			}
		}
		return false
	}
	if c.g.verbFinal {
		// The span and what gives it follow the act.
		for u := f.at + f.n; u <= min(hi, f.at+f.n+5); u++ {
			if c.timeUnit(u) && granted(u+1, min(hi, u+3)) {
				return true
			}
		}
		return false
	}
	// The span stands a few words before the act: its "to", and in German
	// the comma of the infinitive's clause and the act's object between.
	reach := 3
	if c.g.verbSecond {
		reach = 12
		lo, _ = c.clause(max(0, lo-1))
	}
	for u := f.at - 1; u >= max(lo, f.at-reach); u-- {
		if c.timeUnit(u) && granted(u-3, u-1) {
			return true
		}
	}
	return false
}

// timeGiven: the act is what one gives another a span of time to do:
// "gave France one month to withdraw", «dando a Francia un mes para
// retirar», «a donné un mois à la France pour», «أمهلت فرنسا شهرا لسحب».
// It returns the giver (the state of the grant verb's subject, "" when
// unnamed) and the recipient, named between the verb and the span.
func (c *sentenceCtx) timeGiven(f found, gz *gazetteer.Gazetteer) (string, string, bool) {
	if c.g.verbFinal {
		// "… ने फ्रांस को … वापस बुलाने के लिए एक महीने का समय दिया": the
		// span and the grant follow the act; the giver is the agent, the
		// one given the time the dative.
		for u := f.at + f.n; u < min(len(c.toks), f.at+f.n+6); u++ {
			if !c.timeUnit(u) {
				continue
			}
			for g := u + 1; g < min(len(c.toks), u+4); g++ {
				if _, _, ok := c.cueAt(g, "grant"); !ok {
					continue
				}
				giver, recipient := "", ""
				for _, a := range c.actors {
					if a.to < f.at && a.agent {
						giver = gz.State(a.actor)
					} else if a.to < f.at && a.prep == "to" {
						recipient = gz.State(a.actor)
					}
				}
				return giver, recipient, recipient != "" && recipient != giver
			}
		}
		return "", "", false
	}
	reach := 6
	if c.g.verbSecond {
		reach = 12 // "gab Frankreich einen Monat Zeit, seine Truppen abzuziehen"
	}
	for u := f.at - 1; u >= max(0, f.at-reach); u-- {
		if !c.timeUnit(u) {
			continue
		}
		// The verb, its recipient and a date between: "dio el sábado a
		// Estados Unidos un mes".
		for g := u - 1; g >= max(0, u-8) && !c.breakBetweenTokens(g, u); g-- {
			if _, _, ok := c.cueAt(g, "grant"); !ok {
				continue
			}
			giver, recipient := "", ""
			var between []string // named between the verb and the span
			for _, a := range c.actors {
				switch {
				case a.from > g && a.to < u:
					between = append(between, gz.State(a.actor))
				case a.from > u && a.to < f.at && (a.prep == "to" || a.prep == "in") && recipient == "":
					recipient = gz.State(a.actor) // «un mois à la France pour»
				case a.to < g && (a.prep == "" || a.institution) && !a.place && a.kind != dataset.EntityMedia && a.kind != dataset.EntityAgency:
					giver = gz.State(a.actor) // the nearest before the verb
				}
			}
			switch {
			case c.g.verbInitial && len(between) >= 2:
				giver, recipient = between[0], between[len(between)-1] // «أمهلت حكومة بوركينا فاسو فرنسا شهرا»
			case len(between) > 0:
				recipient = between[0]
			}
			if recipient != "" && recipient != giver {
				return giver, recipient, true
			}
		}
	}
	// The passive: «un délai d'un mois est accordé à ce détachement de
	// l'armée française pour quitter le sol burkinabè», "one month was
	// given to the French troops to leave": the one given the time stands
	// after the grant; the giver is the agent, if named.
	for u := f.at - 1; u >= max(0, f.at-16); u-- {
		if !c.timeUnit(u) {
			continue
		}
		last := u + 3
		if c.g.verbSecond {
			last = u + 10 // "wurde den französischen Kräften eingeräumt": the participle last
		}
		for g := u + 1; g <= min(last, f.at-1); g++ {
			if _, _, ok := c.cueAt(g, "grant", "granted"); !ok {
				continue
			}
			giver, recipient := "", ""
			for _, a := range c.actors {
				if a.from > u && a.to < f.at && a.agent && giver == "" {
					giver = gz.State(a.actor)
				} else if a.from > u && a.to < f.at && !a.place && recipient == "" {
					recipient = gz.State(a.actor) // «à ce détachement de l'armée française»
				}
			}
			if recipient != "" && recipient != giver {
				return giver, recipient, true
			}
		}
	}
	return "", "", false
}

// obligationSpeaker is the state that says what another must do — the actor
// that reports the sentence before the obligation ("Faye said", «قال
// الرئيس السنغالي», "afirmó el presidente de Senegal"), if it is not the
// obliged one — and where it says it: "" when the sentence names no
// speaker ("he said"), and -1 too when no one says so or the obliged one
// says it of itself.
func (c *sentenceCtx) obligationSpeaker(f found, obliged []string, gz *gazetteer.Gazetteer) (string, int) {
	for j := f.at - 1; j >= 0; j-- {
		if _, _, ok := c.cueAt(j, "attribution"); !ok {
			continue
		}
		// The reporter: before the reporting word, or right after it where
		// the verb comes first.
		best, dist, self := "", 1<<30, false
		for _, a := range c.actors {
			// "El presidente de Gabón dijo": a country after a title's
			// genitive is the speaker's.
			titled := a.prep == "from" && slices.ContainsFunc([]int{a.from - 2, a.from - 3, a.from - 4}, func(k int) bool { return k >= 0 && c.isTitle(k) })
			// «قالت الحكومة العسكرية في النيجر», "the junta in Niger said":
			// an organ in a country is the country's.
			organIn := a.prep == "in" && slices.ContainsFunc([]int{a.from - 2, a.from - 3, a.from - 4}, func(k int) bool {
				return k >= 0 && c.isInstitution(k) && !c.breakBetweenTokens(k, a.from)
			})
			if a.kind == dataset.EntityMedia || a.kind == dataset.EntityAgency || a.prep != "" && !a.institution && !titled && !organIn {
				continue
			}
			country := gz.State(a.actor)
			d := -1
			switch {
			case a.to < j:
				d = j - a.to
			case c.g.verbInitial && a.from > j && a.to < f.at && !c.subordinateBetween(j, a.from-1):
				d = a.from - j // «قال الرئيس السنغالي إن…»; not after «إن»
			}
			if slices.ContainsFunc(obliged, func(o string) bool { return o == a.actor || gz.State(o) == country }) {
				self = self || d > 0
				continue
			}
			if d > 0 && d < dist && gz.Country(a.actor) != "" {
				best, dist = country, d
			}
		}
		if best == "" && self {
			return "", -1 // "France said it will have to withdraw": its own plan
		}
		return best, j
	}
	return "", -1
}
