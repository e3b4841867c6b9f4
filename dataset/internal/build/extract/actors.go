package extract

import (
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

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
			case c.g.juxtaposedPossessor && !a.demonym && !b.demonym && b.from > a.to && b.from-a.to <= 2 && !b.place && !c.breaks(a.to) &&
				(b.from == a.to+1 || c.toks[a.to+1].Key == "s") && !c.k.is(lexicon.Conjunction, c.toks[b.from].Key) && !c.arabicAnd(b.from):
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
	if c.g.verbInitial || c.g.verbFinal || a.from == 0 || a.to >= f.at {
		return false
	}
	prev := a.from - 1
	if c.k.is(lexicon.Article, c.toks[prev].Key) && prev > 0 {
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
	if c.g.postpositions {
		_, _, ok := c.cueAt(a.to+1, "led")
		return ok
	}
	for j := a.from - 1; j >= max(0, a.from-4); j-- {
		if cue, _, ok := c.cueEnding(j, []string{"led"}); ok && cue == "led" {
			return true
		}
		if !c.isDescriptor(j) && !c.k.is(lexicon.Article, c.toks[j].Key) && !c.isTitle(j) {
			return false
		}
	}
	return false
}

// bareInstitution: an institution word with no state named ("the
// authorities", "die Behörden", «السلطات») is the subject of the act at f.
func (c *sentenceCtx) bareInstitution(f found, lo, hi int) bool {
	return c.bareCue(f, lo, hi, "institution")
}

// bareCue: a word of the cue kind, in no actor's name, stands where the
// subject of the act at f stands.
func (c *sentenceCtx) bareCue(f found, lo, hi int, kind string) bool {
	inActor := func(j int) bool {
		return slices.ContainsFunc(c.actors, func(a actorTok) bool { return j >= a.from && j <= a.to || j == a.from-1 || j == a.to+1 })
	}
	from, to := lo, f.at-1
	if c.g.verbInitial && f.pos != "noun" {
		// After the verb, or just before it where a clause opens with
		// its subject («بأن الحكومة العسكرية علقت …»).
		from, to = f.at+f.n, min(hi, f.at+f.n+2)
		for j := max(lo, f.at-3); j < f.at; j++ {
			if _, _, ok := c.cueAt(j, kind); ok && !inActor(j) {
				return true
			}
		}
	}
	for j := from; j <= to; j++ {
		if _, _, ok := c.cueAt(j, kind); ok && !inActor(j) {
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
		if !(key == "s" || c.k.is(lexicon.Article, key) || c.isTitle(j) || c.isInstitution(j)) || c.punctuated(j-1) {
			return false
		}
	}
	return true
}

// arabicAnd: the Arabic word at i carries the conjunction «و» («ومالي»).
func (c *sentenceCtx) arabicAnd(i int) bool {
	return c.g.clitics && strings.HasPrefix(c.toks[i].Key, "و") && slices.Contains(fold.ArabicStems(c.toks[i].Key), strings.TrimPrefix(c.toks[i].Key, "و"))
}

// classify reads an actor's neighbours: the preposition before it (or
// postposition after it in Hindi), an agent marker, and whether a demonym
// describes people acted on or a state acting.
func (c *sentenceCtx) classify(a *actorTok, gz *gazetteer.Gazetteer) {
	if c.g.postpositions {
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
		if c.g.adjectiveFirst {
			steps, dir = 2, 1
		}
		for j, k := a.from+dir, 0; k < steps; j, k = j+dir, k+1 {
			if dir > 0 {
				j = max(j, a.to+1)
			}
			if c.isDescriptor(j) && c.isInstitution(j+dir) && !c.breakBetween(a, j+dir) {
				// "les autorités militaires tchadiennes", "Chadian military
				// authorities": the people word qualifies the organ.
				a.institution = true
				return
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
					gen = gen || t.Key == "s" || c.k.is(lexicon.GenitiveAfter, t.Key)
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
	if a.from == 0 || a.from != a.to {
		return false
	}
	if c.g.nationalityNounsLower {
		// "los tres belgas", "un francés": after an article or a number, a
		// demonym is a person.
		prev := c.toks[a.from-1].Key
		return c.k.is(lexicon.Article, prev) || isCount(c.k, prev)
	}
	if !c.g.nationalityNouns {
		return false
	}
	if !c.capitalised(a.from) {
		return false
	}
	// "Der Deutsche Wetterdienst": before a capitalised noun, an adjective.
	if a.to+1 < len(c.toks) && !c.punctuated(a.to) {
		return !c.capitalised(a.to + 1)
	}
	return true
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
		case c.k.is(lexicon.GenitiveAfter, c.toks[j].Key):
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
	premodified := false // a modifier before the organ was passed
	for steps := 0; j >= 0 && steps < 6; steps++ {
		if c.breaks(j) {
			break
		}
		if cue, n, ok := c.cueEnding(j, roleCues); ok {
			first := j - n + 1
			if n == 1 && c.k.is(lexicon.Genitive, c.toks[j].Key) && first > 0 && !c.breaks(first-1) {
				prev := first - 1
				if _, _, isCue := c.cueAt(prev, roleCues...); isCue && !c.isDescriptor(prev) {
					j = prev // "par des", "à des": the article of a preposition
					continue
				}
			}
			if n == 1 && c.k.is(lexicon.Genitive, c.toks[j].Key) && j+1 < a.from && c.isDescriptor(j+1) {
				// «المئات من عناصر مجموعة فاغنر», "dozens of JNIM
				// fighters": the preposition is the people's, and the
				// group is whose they are.
				a.patient = true
				break
			}
			if n == 1 && c.k.is(lexicon.Genitive, c.toks[j].Key) && first > 0 && !c.breaks(first-1) {
				prev := first - 1
				// «سحبت عناصرها من باماكو»: people already someone's, or a
				// city after «من», are taken from there, not whose.
				from := c.isDescriptor(prev) && (c.ownPeople(c.descrAt(prev)) || c.g.fromIsOf && a.own == dataset.EntityPlace)
				if from {
					a.prep = "from"
					break
				}
				// The organ may carry a modifier: "la junta militar de Malí";
				// not an actor ("las tropas francesas del Níger" are France's,
				// leaving Niger).
				modified := prev > 0 && c.actorEnding(prev) == nil && !c.breaks(prev-1) && c.isInstitution(prev-1)
				if c.isDescriptor(prev) || c.isInstitution(prev) || modified {
					// Whose people or organ it names: "l'armée du Mali",
					// "un fonctionnaire de l'ambassade de France".
					if c.isDescriptor(prev) && !modified {
						a.patient, a.institution = true, false
					} else if !a.patient {
						a.institution = true
					}
					j = prev
					if modified && !c.isInstitution(prev) {
						j = prev - 1 // past the modifier, to the organ
					}
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
		// "by the government of Mali": an organ the genitive tied the name
		// to, in any order of adjectives.
		head := (a.demonym || a.institution) && c.isInstitution(j) && (!c.g.adjectiveFirst || a.institution)
		if c.isInstitution(j) && !c.isDescriptor(j) && j+1 < a.from && c.k.is(lexicon.Genitive, c.toks[j+1].Key) && !a.patient && !a.demonym {
			// "by the government of Mali": the organ the name is the
			// genitive of takes the preposition before it.
			a.institution = true
			j--
			continue
		}
		// «a manos de los actuales gobiernos de Burkina Faso»: one
		// modifier before the organ is still its phrase.
		modifier := a.institution && !premodified && j+1 < a.from && c.isInstitution(j+1) && !c.actorAt(j) && c.actorEnding(j) == nil
		if modifier {
			premodified = true
		}
		if _, isNum := c.k.numbers[key]; !c.k.is(lexicon.Article, key) && !c.k.is(lexicon.Genitive, key) && !c.isDescriptor(j) && !isNum && !head && !modifier {
			// "portraits of Colonel Assimi Goïta", "supporters of the
			// junta": the complement of a common noun is no subject.
			possessor := a.to+1 < len(c.toks) && c.toks[a.to+1].Key == "s" // "the junta's decision to expel"
			if j+1 < a.from && c.k.is(lexicon.Genitive, c.toks[j+1].Key) && !possessor && !c.isInstitution(j) && !c.actorAt(j) && c.actorEnding(j) == nil {
				if _, trig := c.k.triggers.Longest(c.toks, j); !trig {
					a.ofNoun = true
				}
			}
			break
		}
		j--
	}
	if c.g.clitics && a.prep == "" && !a.agent {
		// «بباريس», «لمالي»: a clitic preposition on the name.
		if ms := gz.Find(c.text[c.toks[a.from].Start:c.toks[a.to].End]); len(ms) > 0 {
			cl := strings.TrimLeft(ms[0].Clitic, "وف")
			switch {
			case strings.HasPrefix(cl, "ب"):
				a.prep = "in"
			case strings.HasPrefix(cl, "ل"):
				a.prep = "to"
			}
		}
	}
}
