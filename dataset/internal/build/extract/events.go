package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

func (c *sentenceCtx) events(gz *gazetteer.Gazetteer, home []string) []Candidate {
	fs := c.triggers(gz)
	c.found = fs
	c.content = map[int]bool{}
	for fi, f := range fs {
		if c.absorbed(fs, fi) || c.setting(f) || f.typ == "protest" && c.objectOfAct(fs, fi) {
			c.content[f.at] = true // no act of its own, for dates
		}
	}
	var out []Candidate
	for fi, f := range fs {
		if c.absorbed(fs, fi) {
			continue
		}
		var sharedDate dates.Date // the date of the act this one is joined to
		if fi+1 < len(fs) && fs[fi+1].typ == f.typ && f.pos == "verb" && fs[fi+1].pos == "noun" && fs[fi+1].at <= f.at+f.n+2 && !c.breakBetweenTokens(f.at, fs[fi+1].at) {
			c.content[f.at] = true // no act of its own, for dates
			continue               // "ont achevé leur retrait", "completed its withdrawal": the noun tells the act
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && (c.restated(fs, fi) || c.pointsBack(f) || c.documentOf(f)) {
			// «هدّدت باريس باماكو باتخاذ إجراءات أخرى»: one threat. "Paris
			// has yet to respond to these accusations", "according to his
			// letter of denunciation": one told before, and the sentence's
			// subject is not who made it.
			continue
		}
		if f.typ == "demand" && c.advises(fs, fi) {
			continue // "urged its citizens to leave the country": the advice is the event
		}
		if c.adjectival(f) {
			continue // "the detained employee", "soldats stationnés": a description, not the act
		}
		if f.typ == "protest" && c.objectOfAct(fs, fi) {
			continue // "attacked protesters", «a arrêté des manifestants»: the people acted on
		}
		if f.typ == "deny" && c.rejectsRequest(f) {
			continue // "rejected calls to restore civilian rule": a refusal, no denial
		}
		modality, negated := c.modality(f)
		if negated && f.typ != "deny" {
			continue
		}
		if c.setting(f) && c.toMedia(f) {
			continue // «un entretien accordé à l'AFP», "an interview with AFP": no talks
		}
		cand := Candidate{
			Type:     f.typ,
			Trigger:  dataset.Span{Start: c.toks[f.at].Start, End: c.toks[f.at+f.n-1].End},
			Modality: modality,
			at:       f.at,
			Rules:    []string{f.ruleName()},
		}
		cand.Attribution, c.quoted = c.attribution(f)
		c.roles(&cand, f, gz, home)
		if g := c.launched(f); g.at != f.at {
			// "JNIM launched attacks on army posts": the verb of doing
			// names who acts; the noun still names what is acted on.
			by := Candidate{Type: f.typ, Modality: modality}
			c.roles(&by, g, gz, home)
			if len(by.Source) > 0 && !slices.Equal(by.Source, cand.Target) {
				cand.Source, cand.srcNear = by.Source, by.srcNear
				cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool { return slices.Contains(by.Source, t) })
				cand.Rules = append(cand.Rules, "source/verb-of-doing")
			}
		}
		dateAt := f.at
		if !eventtype.Is(f.typ, eventtype.Absorbing) && (len(cand.Source) > 0 || c.g.verbFinal) && c.obliged(f) {
			// "Faye said France will have to close its bases", «إن فرنسا
			// ستضطر لإغلاق قواعدها»: what one state says another must do is
			// its demand; the act is not reported as done.
			subject := cand.Source
			if c.g.verbFinal {
				// "फ्रांस को … वापस बुलाने होंगे": the one who must act is
				// marked as the dative.
				lo, _ := c.clause(f.at)
				for i := len(c.actors) - 1; i >= 0; i-- {
					if a := c.actors[i]; a.prep == "to" && a.from >= lo && a.to < f.at {
						subject = []string{a.actor}
						break
					}
				}
			}
			if speaker, said := c.obligationSpeaker(f, subject, gz); said >= 0 && len(subject) > 0 {
				var obliged []string
				for _, s := range subject {
					obliged = appendActor(obliged, gz.State(s))
				}
				// «وقال إن فرنسا أمامها شهر»: "he said", with no speaker
				// named, is the demand the article reports nearby.
				cand = demandOf(cand, f, speaker, obliged, "demand/obligation-reported")
				f.typ = "demand"
				dateAt = said // a demand is dated when it is said, not by the deadline it sets
			}
		}
		giver, recipient, given := c.timeGiven(f, gz)
		if given && giver == "" {
			// A time given with no giver named («ومُنحت القوات الفرنسية
			// مهلة شهر لمغادرة بوركينا فاسو», «… accordé … pour quitter le
			// sol burkinabè»): the state to be left gives it.
			if giver = c.countryLeft(f, gz); giver == "" && len(cand.Source) > 0 {
				giver = gz.State(cand.Source[0])
			}
		}
		if given && giver != "" && giver != recipient && !eventtype.Is(f.typ, eventtype.Absorbing) && cand.Type == f.typ {
			// "gave France one month to withdraw", «dando a Francia un mes
			// para retirar», «أمهلت فرنسا شهرا لسحب»: a deadline given is
			// the giver's demand of the one it is given to.
			cand = demandOf(cand, f, giver, []string{recipient}, "demand/time-given")
			f.typ = "demand"
		}
		if n := len(out); n > 0 && !eventtype.Is(f.typ, eventtype.Symmetric) && !c.subjectInClause(f) && c.coordinatedAct(f) && !c.openClauseBetween(out[n-1].at, f.at) {
			// «قررت باريس تعليق…، وطرد…», "froze … and expelled":
			// acts joined by "and" share their subject.
			prev := out[n-1]
			if len(prev.Source) > 0 && !(cand.srcNear && len(cand.Source) > 0) {
				cand.Source = slices.Clone(prev.Source)
				cand.Target = slices.DeleteFunc(cand.Target, func(t string) bool {
					return slices.ContainsFunc(prev.Source, func(s string) bool { return s == t || gz.Country(s) == t })
				})
				if len(cand.Target) == 0 && (prev.Type == cand.Type || eventtype.Is(prev.Type, eventtype.Absorbing) && eventtype.Is(cand.Type, eventtype.Absorbing)) {
					// "rejected Mali's accusations and demanded his release":
					// of the same party.
					cand.Target = slices.Clone(prev.Target)
				}
				cand.Anaphoric = false
				cand.srcNear = prev.srcNear
				sharedDate = prev.Date
				cand.Rules = append(cand.Rules, "source/shared-by-coordinated-acts")
			}
		}
		if len(cand.Source) == 0 && len(cand.Target) == 0 {
			if eventtype.Is(f.typ, eventtype.Absorbing) && !c.title || eventtype.Is(f.typ, eventtype.Symmetric) {
				continue // who cooperates or talks with whom is the event
			}
			cand.Anaphoric = true
			cand.Rules = append(cand.Rules, "parties/anaphoric")
		}
		for _, s := range cand.Source {
			cand.States = appendActor(cand.States, gz.State(s))
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && c.unnamedAgent(f) {
			continue // "has been accused by rights groups of…": no one named says so
		}
		// Speech acts need a speaker, and a threat someone threatened. A
		// headline may leave the speaker to its lead (LeadSpeaks).
		if eventtype.Is(f.typ, eventtype.Absorbing) && (len(cand.Source) == 0 || cand.Anaphoric) {
			if !c.title || len(cand.Source) > 0 || f.pos != "verb" && f.pos != "phrase" {
				continue
			}
			cand.headless = true
		}
		if f.typ == "threaten" && (len(cand.Target) == 0 || !cand.srcNear) {
			continue
		}
		// A demand is made of someone: "urged residents to remain calm"
		// asks nothing of another party.
		if f.typ == "demand" && len(cand.Target) == 0 {
			continue
		}
		var more []group
		if eventtype.Is(f.typ, eventtype.AffectsPeople) {
			more = c.describe(&cand, f, gz)
			if cand.Type == "withdraw-forces" && lexicon.GlossClass(cand.Gloss) == "intelligence" {
				cand.Type = "reduce-presence" // agents withdrawn are no forces
				cand.Rules = append(cand.Rules, "type/intelligence-agents-reduce-presence")
			}
		}
		if i := slices.IndexFunc(out, func(p Candidate) bool {
			return p.Type == cand.Type && p.Described != "" && !(len(cand.Source) > 0 && len(p.Source) > 0 && !slices.Equal(cand.Source, p.Source))
		}); len(more) == 0 && cand.Described == "" && i >= 0 {
			// "declared persona non grata and must leave French territory by
			// Saturday": the act said again, of the people already named; it
			// may say who does it («…, sommés de quitter le territoire
			// français»).
			if p := &out[i]; len(p.Source) == 0 && len(cand.Source) > 0 {
				p.Source, p.States, p.srcNear = cand.Source, cand.States, cand.srcNear
				p.Target = slices.DeleteFunc(p.Target, func(t string) bool { return slices.Contains(cand.Source, t) })
				p.Anaphoric = false
			}
			// "left N'Djamena on Thursday after handing the base over":
			// the date may stand nearer the second telling.
			if p := &out[i]; !p.Date.Known() {
				p.Date = c.dateNear(dateAt)
			}
			continue
		}
		if prev := sameActBefore(out, cand); prev != nil {
			// «طردت … ثلاثة دبلوماسيين … وأمهلتهم … لمغادرة أراضيها»: a
			// second word for the act, whose territory is the expeller's.
			cand.Source, cand.Target, cand.Owner = slices.Clone(prev.Source), slices.Clone(prev.Target), prev.Owner
			cand.Anaphoric = false
			cand.Rules = append(cand.Rules, "parties/second-word-for-the-act")
		}
		cand.Date, cand.dateAt = c.dateNear(dateAt), dateAt
		if cand.Date == (dates.Date{}) {
			cand.Date = sharedDate // "rejected … on Friday and demanded…"
		}
		if cand.Type == "coup" {
			c.coupCountry(&cand, home, gz)
		}
		if c.generic(cand, f) {
			continue // "rising militant attacks", "potential targets for kidnapping"
		}
		// "since 2013", "after the French withdrawal": history told to
		// explain the news.
		cand.Background = f.pos == "noun" && c.afterConnective(f.at) || c.history(f) || !cand.Date.Known() && c.beforeNow(f)
		cand.Since = c.since(f)
		cand.Done = f.pos == "verb" && cand.Modality == dataset.Asserted && cand.Type == f.typ && !c.reportedBefore(f.at)
		cand.Final = cand.Type == "withdraw-forces" && cand.Modality == dataset.Asserted && c.final(f)
		c.whosePeople(&cand, f, gz)
		if cand.Type == "reduce-presence" && c.forceSource(cand, gz) {
			// "El Grupo Wagner anunció su retirada tras tres años de
			// presencia": an armed force leaving withdraws.
			if slices.ContainsFunc(out, func(p Candidate) bool { return p.Type == "withdraw-forces" && p.at == f.at }) {
				continue
			}
			cand.Type = "withdraw-forces"
			cand.Rules = append(cand.Rules, "type/armed-force-leaving-withdraws")
		}
		if f.typ == "accuse" || f.typ == "deny" {
			cand.Charges = c.chargesNear(f)
		}
		cand.Confidence = confidence(cand, f)
		out = append(out, cand)
		for _, country := range cand.alsoLeft {
			// Forces leaving several countries leave each: two
			// withdrawals, as the gold and a reader count them.
			other := cand
			other.Target = []string{country}
			other.Rules = append(slices.Clone(cand.Rules), "target/each-country-left")
			out = append(out, other)
		}
		for _, g := range more {
			// The same act on other people is another event.
			other := cand
			other.Target = slices.Clone(cand.Target)
			c.setGroup(&other, g, gz)
			c.whosePeople(&other, f, gz)
			other.Confidence = confidence(other, f)
			out = append(out, other)
		}
	}
	told := make([]dates.Date, len(out))
	for i := range out {
		told[i] = out[i].Date
	}
	for i := range out {
		// One sentence telling one act twice ("ended its military presence
		// in August 2022, announcing the withdrawal of Barkhane's forces")
		// tells it at one date, wherever the date stands: "came to power
		// in January in a coup, after overthrowing the president". One
		// telling may name who acted where the other does not.
		for j := range out {
			p := &out[j]
			if j != i && !out[i].Date.Known() && told[j].Known() && p.Type == out[i].Type && p.Modality == out[i].Modality &&
				(slices.Equal(p.Source, out[i].Source) || len(p.Source) == 0 || len(out[i].Source) == 0) && slices.Equal(p.Target, out[i].Target) {
				out[i].Date = told[j]
				break
			}
		}
		out[i].TargetStates = nil
		for _, t := range out[i].Target {
			out[i].TargetStates = appendActor(out[i].TargetStates, gz.State(t))
		}
	}
	return out
}

// coupCountry places a coup the sentence does not place by the coups the
// gazetteer knows: "depuis le putsch d'août 2020 … entre Paris et
// Bamako" happened in Mali, "tras el golpe de julio de 2023" in Niger. A
// dated coup takes the country named in the sentence, or else in the
// article, that had one then; an undated one placed only by the article
// takes the first country it names that has had one.
func (c *sentenceCtx) coupCountry(cand *Candidate, home []string, gz *gazetteer.Gazetteer) {
	date := ""
	if cand.Date.Known() && cand.Date.Y > 0 {
		date = cand.Date.String()
	}
	current := ""
	if len(cand.Target) == 1 {
		current = cand.Target[0]
	}
	if current != "" && gz.CoupIn(current, date) && (date != "" || !cand.homeTarget) {
		return
	}
	if date == "" && !cand.homeTarget {
		return
	}
	var named []string
	for _, a := range c.actors {
		if country := gz.Country(a.actor); country != "" {
			named = appendActor(named, country)
		}
	}
	for _, list := range [][]string{named, home} {
		for _, country := range list {
			if gz.CoupIn(country, date) {
				cand.Target = []string{country}
				cand.Rules = append(cand.Rules, "target/country-of-a-known-coup")
				if len(cand.Source) > 0 && gz.Country(cand.Source[0]) != country {
					cand.Source = nil // soldiers named are that country's
				}
				return
			}
		}
	}
}

// generic: a noun that names a kind of act rather than one act — a trend,
// a risk, acts in the plural — with nothing that makes it one: no agent
// named, no date, no count. "Rising militant attacks", «أهدافًا محتملة
// للاختطاف», "the number of attacks on the continent" report no event;
// "attacks by JNIM on towns", "the attacks of Sunday" do.
func (c *sentenceCtx) generic(cand Candidate, f found) bool {
	if f.pos != "noun" || len(cand.Source) > 0 || cand.Date.Known() || len(cand.Quantities) > 0 || eventtype.Is(f.typ, eventtype.Symmetric) ||
		slices.Contains(cand.Rules, "target/coups-countries") {
		return false
	}
	if cand.Modality == dataset.Hypothetical {
		return true // a possible act of no one
	}
	lo, hi := c.clause(f.at)
	for j := max(lo, f.at-3); j <= min(hi, f.at+f.n+1); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		if _, _, ok := c.cueAt(j, "generic"); ok {
			return true
		}
	}
	// A headline names news in the plural ("Attaques jihadistes contre
	// sept villes"); a trend or a risk it names as elsewhere.
	return f.typ != "protest" && !c.title && c.pluralTrigger(f)
}

// pluralNoun: the trigger's noun is plural, at its end ("coups",
// "Militärputschen", «انقلابات») or, in a noun phrase, at its head ("coups
// d'État", "golpes de Estado").
func (c *sentenceCtx) pluralNoun(f found) bool {
	if c.pluralTrigger(f) {
		return true
	}
	if f.n < 2 || c.g.verbFinal {
		return false
	}
	head := c.toks[f.at].Key
	for _, e := range c.k.plurals {
		if stem, ok := strings.CutSuffix(head, e); ok && utf8.RuneCountInString(stem) >= 3 {
			return true
		}
	}
	return false
}

// pluralTrigger: the trigger's noun is in the plural ("attacks",
// «الهجمات», "हमलों", "Angriffe"). Outside Arabic and Hindi, whose endings
// say it alone, the word without its ending must name the act too, so that
// "talks" or a German genitive "Angriffs" is no plural.
func (c *sentenceCtx) pluralTrigger(f found) bool {
	word := c.toks[f.at+f.n-1].Key
	endings := c.k.plurals
	if c.g.triggerPlurals != nil {
		endings = c.g.triggerPlurals
	}
	for _, e := range endings {
		stem, ok := strings.CutSuffix(word, e)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		if c.g.pluralByEnding {
			return true
		}
		for _, h := range c.k.triggers.At([]fold.Token{{Key: stem}}, 0) {
			if h.Value.typ == f.typ && h.Len == 1 {
				return true
			}
		}
	}
	return false
}

// chargesNear lists what an accusation or a denial at f is about: the
// charges named after it in its clause ("accused him of spying",
// «تتهمه … بالتجسس»), or before it in verb-final Hindi («तख्तापलट की
// साजिश रचने के आरोप में»).
func (c *sentenceCtx) chargesNear(f found) []string {
	lo, hi := c.clause(f.at)
	if hi <= f.at+f.n+2 && hi+1 < len(c.toks) && strings.ContainsAny(c.text[c.toks[hi].End:c.toks[hi+1].Start], ",،") {
		// "Mali wirft Frankreich vor, Waffen an Islamisten geliefert zu
		// haben", "accuses France, which it says armed jihadists": the
		// charge is the clause that follows the verb.
		_, hi = c.clause(hi + 1)
	}
	from, to := max(lo, f.at-2), min(hi, f.at+f.n+14)
	if c.g.verbFinal {
		from, to = max(lo, f.at-8), min(hi, f.at+f.n+2)
	}
	var out []string
	for j := from; j <= to; j++ {
		for _, h := range c.k.charges.At(c.toks, j) {
			if !slices.Contains(out, h.Value) {
				out = append(out, h.Value)
			}
		}
	}
	slices.Sort(out)
	return out
}

// attributive: a German participle with an adjective's ending before a
// noun, after its article ("der mit Al-Kaida verbündeten Gruppe", "die
// festgenommenen Offiziere").
func (c *sentenceCtx) attributive(f found) bool {
	word := c.toks[f.at].Key
	adjectiveEnding := func(w string) bool {
		return slices.ContainsFunc([]string{"te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes"}, func(e string) bool { return strings.HasSuffix(w, e) })
	}
	next := f.at + 1
	if next >= len(c.toks) || c.punctuated(f.at) || !adjectiveEnding(word) {
		return false
	}
	// Past the adjectives between it and the noun: "der im Land
	// stationierten französischen Soldaten".
	for n := 0; n < 2 && next+1 < len(c.toks) && !c.punctuated(next) && !c.capitalised(next) && strings.HasSuffix(c.toks[next].Key, "en"); n++ {
		next++
	}
	if !c.capitalised(next) {
		return false
	}
	for j := f.at - 1; j >= max(0, f.at-6); j-- {
		if c.k.is(lexicon.Determiner, c.toks[j].Key) {
			return true
		}
		if slices.ContainsFunc(c.found, func(g found) bool { return g.at == j }) {
			return false
		}
	}
	return false
}

// adjectival: the verb trigger at f describes a noun rather than
// reports an act.
func (c *sentenceCtx) adjectival(f found) bool {
	if f.pos != "verb" || f.n != 1 {
		return false
	}
	next := f.at + 1
	people := func(j int) bool { return j < len(c.toks) && (c.isDescriptor(j) || c.isDemonymAt(j)) }
	switch {
	case c.g.adjectiveFirst && !c.g.verbFinal:
		if f.at > 0 && c.k.is(lexicon.Determiner, c.toks[f.at-1].Key) && (people(next) || people(next+1)) {
			return true
		}
		if c.g.attributiveParticiples && c.attributive(f) {
			return true
		}
	case c.g.verbFinal:
		// A Hindi participle acts with a light verb or ends its clause
		// («… गिरफ्तार किया», «नागरिक गिरफ्तार,»); before a noun it describes it
		// («वहां तैनात एक हजार सैनिकों»).
		if next < len(c.toks) && !c.breaks(f.at) {
			if _, _, light := c.cueAt(next, "light"); !light && !c.punctuated(f.at) {
				if _, _, cue := c.cueAt(next, roleCues...); !cue {
					return true
				}
			}
		}
	}
	if f.typ == "deploy-forces" {
		if f.at > 0 && people(f.at-1) && !c.g.verbFinal {
			return true // "French troops stationed in Chad", "soldados franceses desplegados"
		}
		if next < len(c.toks) && c.k.is(lexicon.Copula, c.toks[next].Key) {
			return true
		}
	}
	return false
}

// launched: a noun trigger that a verb of doing governs ("launched
// attacks", «شنّت … هجمات», "ont tendu une embuscade") takes its roles as
// that verb would: the trigger is read at the verb.
func (c *sentenceCtx) launched(f found) found {
	if f.pos != "noun" {
		return f
	}
	// Past an apposition («شنّت جماعة نصرة الإسلام، فرع القاعدة، … هجمات»),
	// not past a subordinator.
	for j := f.at - 1; j >= max(0, f.at-14); j-- {
		if c.breaks(j) && !c.punctuated(j) {
			break
		}
		if _, _, ok := c.cueAt(j, "launch"); ok {
			if c.otherActBetween(j, f.at) {
				break
			}
			g := f
			g.pos, g.at, g.n = "verb", j, 1
			return g
		}
	}
	return f
}

// sameActBefore is an earlier candidate of the sentence that c only names
// again: same type, no source of its own, and no party but that one's.
func sameActBefore(out []Candidate, c Candidate) *Candidate {
	if len(c.Source) > 0 {
		return nil
	}
	for i := len(out) - 1; i >= 0; i-- {
		p := &out[i]
		if p.Type != c.Type || len(p.Source) == 0 || p.Modality != c.Modality {
			continue
		}
		if !slices.ContainsFunc(c.Target, func(t string) bool { return !slices.Contains(p.Source, t) && !slices.Contains(p.Target, t) }) {
			return p
		}
	}
	return nil
}

// coordinatedAct: the trigger at f is joined by "and" to the act before
// it («وطرد», "et expulsé", "and expelled"), or opens a clause of its own
// after a comma (", ending a nine-year engagement").
func (c *sentenceCtx) coordinatedAct(f found) bool {
	if f.at == 0 || c.arabicAnd(f.at) {
		return f.at > 0
	}
	return c.k.is(lexicon.Conjunction, c.toks[f.at-1].Key) || f.at > 1 && c.k.is(lexicon.Conjunction, c.toks[f.at-2].Key) && c.k.is(lexicon.Article, c.toks[f.at-1].Key) ||
		c.punctuated(f.at-1)
}

// subjectInClause: an actor that may act stands in the trigger's clause
// before it (after it, for an Arabic verb).
func (c *sentenceCtx) subjectInClause(f found) bool {
	lo, hi := c.clause(f.at)
	for _, a := range c.actors {
		if a.aside || a.prep != "" || a.place || a.demonym && !a.institution {
			continue
		}
		if a.from >= lo && a.to < f.at || c.g.verbInitial && a.from > f.at && a.to <= hi {
			return true
		}
	}
	// "arrêtés … par des militaires": an agent named, if not known.
	for j := f.at + f.n; j <= hi; j++ {
		if _, _, ok := c.cueAt(j, "passive"); ok {
			return true
		}
	}
	return false
}

// absorbed: what a threat or a demand is about is not an event of its own
// ("threatened to take other measures, including expulsions"); nor is
// what a denial or an accusation is about, close to it in its clause
// ("denied arresting", "dismissed the accusations").
func (c *sentenceCtx) absorbed(fs []found, fi int) bool {
	f := fs[fi]
	if c.setting(f) {
		return false // "In einem Gespräch … forderte": where it is said, not what
	}
	for _, g := range fs {
		if g.typ == "talks" && f.typ == "cooperate" && f.pos == "noun" && g.at < f.at && !c.anyActBetween(g.at, f.at) && !c.subordinateBetween(g.at, f.at) &&
			!c.conjunctionBetween(g.at, f.at) && f.at-g.at <= 18 {
			return true // "discussed ways to strengthen cooperation": what the talks were about
		}
		if !eventtype.Is(g.typ, eventtype.Absorbing) || g.at == f.at || g.typ == f.typ {
			continue
		}
		if f.typ == "travel-advisory" && g.typ == "demand" {
			continue // a state asking its citizens to leave advises them
		}
		if g.typ == "accuse" && g.pos == "phrase" && f.at > g.at+g.n-1 && f.at < g.end {
			continue // "described the detention as a violation": what the frame's gap holds is what it speaks of
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && g.typ != "deny" {
			continue // only a denial swallows another speech act
		}
		if g.typ == "deny" && eventtype.Is(f.typ, eventtype.Absorbing) && f.pos == "noun" && abs(g.at-f.at) <= 10 {
			return true // "described the accusations as baseless": what is denied, on either side
		}
		if eventtype.Is(f.typ, eventtype.Absorbing) && f.pos != "noun" && c.conjoined(g.at, f.at) {
			continue // "rejected the accusations and called for his release": two acts
		}
		if c.g.verbSecond && g.at > f.at && g.at-f.at <= 6 && c.sameClause(f.at, g.at) && (g.typ == "demand" || g.typ == "threaten") {
			return true // "um eine Dringlichkeitssitzung gebeten": the participle comes last
		}
		if c.g.verbFinal {
			// Verb-final: what is threatened, demanded or denied comes
			// first ("… को निष्कासित करने की धमकी दी"); an act after an
			// accusation is done on that charge ("… के आरोप में गिरफ्तार").
			if g.at > f.at && g.at-f.at <= 6 {
				return true
			}
			continue
		}
		if f.at < g.at {
			continue
		}
		if g.typ == "accuse" && c.finite(f) {
			continue // "a Frenchman suspected of spying has been arrested": the arrest is told
		}
		if m := c.g.infinitiveMarker; m != "" && f.pos == "verb" && f.at-g.at <= 20 {
			// "wirft Frankreich vor, Flugzeuge eingesetzt … zu haben": the
			// infinitive clause after a speech act is what it says.
			_, hi := c.clause(f.at)
			for j := f.at + f.n; j <= hi; j++ {
				if c.toks[j].Key == m {
					return true
				}
			}
		}
		window := 10
		if c.g.verbSecond || c.g.verbInitial && g.pos == "verb" {
			// "forderte die USA am Samstag auf, ihre Soldaten … abzuziehen":
			// the infinitive ends the sentence; «طالبت السلطة العسكرية في
			// بوركينا فاسو القوات الفرنسية المتمركزة في البلاد بالمغادرة»:
			// the verb's subject and object stand between it and the act.
			window = 16
		}
		if g.typ == "accuse" && f.pos != "verb" && c.ownDate(f, g) {
			continue // "blames the instability on NATO's intervention in Libya in 2011": history of its own
		}
		if (g.typ == "threaten" || g.typ == "demand" || g.typ == "accuse" && f.pos == "noun") && f.at-g.at <= window {
			return true
		}
		lo, hi := c.clause(g.at)
		if f.at >= lo && f.at <= hi && f.at-g.at <= 8 {
			return true
		}
		if g.typ == "deny" && f.at-g.at <= 8 && !c.subordinateBetween(g.at, f.at) && !c.otherActBetween(g.at, f.at) {
			return true // «رفضت الخارجية الفرنسية، الجمعة، الاتهامات المالية»
		}
	}
	return false
}

// objectOfAct: the trigger fs[fi] stands right after another act's verb,
// past articles, as its object: "attacked protesters", «a arrêté des
// manifestants», «detuvo a manifestantes».
func (c *sentenceCtx) objectOfAct(fs []found, fi int) bool {
	f := fs[fi]
	for _, g := range fs[:fi] {
		if g.typ == f.typ || g.pos != "verb" || c.g.verbFinal {
			continue
		}
		j := g.at + g.n
		for j < f.at && (c.k.is(lexicon.Article, c.toks[j].Key) || c.k.is(lexicon.Genitive, c.toks[j].Key) || c.hasPrep(j)) {
			j++
		}
		if j == f.at {
			return true
		}
	}
	return false
}

// ownDate: the noun f carries a year or month of its own in its phrase
// («la intervención de la OTAN en 2011», "the 2011 intervention"), nearer
// it than the speech act g: an act of another time, not what g is.
func (c *sentenceCtx) ownDate(f found, g found) bool {
	for _, d := range c.phraseDates(f) {
		if d.date.Precision() != "day" && abs(d.at-f.at) < abs(d.at-g.at) {
			return true
		}
	}
	return false
}

// phraseDates are the dates in the noun phrase of the trigger f: in the
// few words after it, or just before, with no punctuation between.
func (c *sentenceCtx) phraseDates(f found) []datedTok {
	var out []datedTok
	for _, d := range c.dates {
		if !d.date.Known() || d.to < f.at-2 || d.at > f.at+f.n+7 {
			continue
		}
		// Before the noun only where modifiers precede it: «يوم الجمعة
		// تدخل …» is the verb's Friday, "the 2011 intervention" the noun's.
		if d.at > f.at && !c.breakBetweenTokens(f.at, d.at) || c.g.adjectiveFirst && d.to < f.at && !c.breakBetweenTokens(d.to, f.at) {
			out = append(out, d)
		}
	}
	return out
}

// restated: a speech act of the same type stands before f in its clause,
// not joined to it by "and": f names that act again ("threatened Bamako
// with other measures").
func (c *sentenceCtx) restated(fs []found, fi int) bool {
	f := fs[fi]
	lo, _ := c.clause(f.at)
	for _, g := range fs[:fi] {
		if g.typ == f.typ && g.at >= lo && g.at < f.at && !c.conjoined(g.at, f.at) {
			return true
		}
	}
	return false
}

// final: the last of the forces move, a word of "last" right before the
// people or the forces named around the trigger ("the last French
// soldiers", «les derniers militaires français», «آخر جندي فرنسي»).
func (c *sentenceCtx) final(f found) bool {
	lo, hi := c.clause(f.at)
	forces := c.k.objects[f.typ]
	for j := max(lo, f.at-8); j <= min(hi, f.at+f.n+8) && j < len(c.toks); j++ {
		if _, _, ok := c.cueAt(j, "final"); !ok {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(c.toks) && !c.punctuated(k-1); k++ {
			if _, ok := forces.Longest(c.toks, k); ok || c.isDescriptor(k) {
				return true
			}
		}
	}
	return false
}

// rejectsRequest: what the denial verb at f rejects is a request, an
// appeal or a proposal, its object: after it, or before it where the verb
// comes last («… की दलीलों को खारिज कर दिया»).
func (c *sentenceCtx) rejectsRequest(f found) bool {
	lo, hi := c.clause(f.at)
	from, to := f.at+f.n, min(hi, f.at+f.n+3)
	if c.g.verbInitial {
		to = min(hi, f.at+f.n+6) // past the subject: «رفضت الحكومة … الثلاثاء دعوات»
	}
	if c.g.verbFinal {
		from, to = max(lo, f.at-3), f.at-1
	}
	for j := from; j <= to && j < len(c.toks); j++ {
		if _, _, ok := c.cueAt(j, "request"); ok {
			return true
		}
	}
	return false
}

// pointsBack: a demonstrative stands before the noun f, next to it or
// with one word between ("these accusations", «هذه الاتهامات», "ces graves
// accusations", "इन आरोपों"): the act is one the text told before.
func (c *sentenceCtx) pointsBack(f found) bool {
	if f.pos != "noun" {
		return false
	}
	for j := f.at - 1; j >= max(0, f.at-2); j-- {
		if c.k.is(lexicon.Demonstrative, c.toks[j].Key) {
			return true
		}
		if c.punctuated(j) {
			return false
		}
	}
	return false
}

// documentOf: the word f qualifies a document before it, with a genitive
// or, where the language joins nouns without one, right after it ("letter
// of protest", "carta de denuncia", «رسالة احتجاج»): it names the document,
// not an act of its own.
func (c *sentenceCtx) documentOf(f found) bool {
	if f.at == 0 {
		return false
	}
	j := f.at - 1
	if c.k.is(lexicon.Genitive, c.toks[j].Key) && j > 0 {
		j--
	} else if !c.g.clitics {
		return false
	}
	_, _, ok := c.cueAt(j, "document")
	return ok && !c.punctuated(j)
}

// sameClause: tokens a and b stand in one clause.
func (c *sentenceCtx) sameClause(a, b int) bool {
	lo, hi := c.clause(a)
	return b >= lo && b <= hi
}

// advises: the demand at fs[fi] asks for a travel advisory that follows it
// closely ("urged its citizens to leave", «अपने नागरिकों से देश छोड़ने को
// कहा»): a state advising its own people, not demanding of another.
func (c *sentenceCtx) advises(fs []found, fi int) bool {
	f := fs[fi]
	for _, g := range fs {
		if g.typ == "travel-advisory" && abs(g.at-f.at) <= 10 && c.sameClause(f.at, g.at) {
			return true
		}
	}
	return false
}
