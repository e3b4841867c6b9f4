package extract

import (
	"cmp"
	"strings"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/lexicon"
)

// finite: an auxiliary just before the verb at f makes it a clause's
// main verb ("has been arrested", "a été arrêté", "wurde festgenommen").
func (c *sentenceCtx) finite(f found) bool {
	if f.pos == "noun" {
		return false
	}
	return c.cueJustBefore(f.at, "aux")
}

// cueJustBefore: a cue of kind stands one or two words before token at.
func (c *sentenceCtx) cueJustBefore(at int, kind string) bool {
	for j := at - 1; j >= max(0, at-2); j-- {
		if _, _, ok := c.cueAt(j, kind); ok {
			return true
		}
	}
	return false
}

// modality reads the cues around a trigger, within its clause.
func (c *sentenceCtx) modality(f found) (string, bool) {
	lo, hi := c.clause(f.at)
	before, after := 4, 2
	if c.g.verbFinal || c.g.verbSecond {
		after = 4 // the verb, its particle or its auxiliary come late
	}
	if f.pos == "noun" {
		// "ne s'agissait pas d'un acte de rupture": the articles and
		// genitives of the noun's phrase do not count.
		for j, n := f.at-1, 0; j >= max(lo, 0) && n < before; j-- {
			if c.k.is(lexicon.Article, c.toks[j].Key) || c.k.is(lexicon.Genitive, c.toks[j].Key) {
				before++
				continue
			}
			n++
		}
	}
	negated, mod := false, dataset.Asserted
	if f.future {
		mod = dataset.Future
	}
	if f.pos == "verb" {
		mod = cmp.Or(c.ending(f), mod)
	} else if c.decidedCompound(f) {
		mod = dataset.Future // «Abzugsbeschluss», "Abzugspläne": the act decided lies ahead
	} else if g := c.governingVerb(f); g >= 0 {
		// "une décision qui entraînera le départ", «سيؤدي إلى رحيل»: the
		// verb that governs the noun carries its tense.
		mod = cmp.Or(c.ending(found{at: g, n: 1}), mod)
		if c.g.clitics && arabicFuture(c.toks[g].Key) && g+1 < f.at && c.toks[g+1].Key == toKey {
			mod = dataset.Future
		}
	}
	if eventtype.Is(f.typ, eventtype.Attemptable) && c.attempted(f, lo, hi) {
		// "a foiled coup attempt", «محاولة انقلابية», "Putschversuch":
		// the act was tried, not done — unless only alleged ("dem
		// angeblichen Umsturzversuch").
		for j := max(lo, f.at-2); j < f.at; j++ {
			if _, _, ok := c.cueAt(j, "hypothetical"); ok {
				return dataset.Hypothetical, false
			}
		}
		return dataset.Attempted, false
	}
	for j := max(lo, f.at-before); j <= min(hi, f.at+f.n-1+after); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		cue, _, ok := c.cueAt(j, "negation", "future", "hypothetical", conditional)
		if !ok {
			continue
		}
		switch cue {
		case "negation":
			// "n'ont pas été satisfaisants": a verdict's denial is its own
			// ("not satisfactory"), not the act's.
			negated = negated || !c.verdict(f)
		case "future":
			// "werden der Spionage beschuldigt": the future's auxiliary
			// with a participle makes a passive.
			word := strings.ToLower(c.text[c.toks[f.at].Start:c.toks[f.at+f.n-1].End])
			if mod == dataset.Asserted && !(c.g.participle != nil && f.pos == "verb" && c.g.participle(word)) {
				mod = dataset.Future
			}
		case "hypothetical":
			mod = dataset.Hypothetical
		case conditional:
			if mod != dataset.Hypothetical && c.conditionalWritten(j) {
				mod = conditional
			}
		}
	}
	if mod == dataset.Asserted && c.g.verbSecond && f.pos == "verb" {
		mod = cmp.Or(c.auxBefore(f, lo), mod)
	}
	if mod == conditional {
		// "said Bamako would deepen…", «a annoncé qu'il retirerait»: in
		// reported speech the conditional is the future of the past;
		// elsewhere it is speculation.
		mod = dataset.Hypothetical
		if c.reportedBefore(f.at) {
			mod = dataset.Future
		}
	}
	if f.typ == "threaten" && mod == dataset.Future {
		mod = dataset.Asserted // what is threatened lies ahead; the threat is made
	}
	return mod, negated
}

// auxBefore: in a verb-second clause the auxiliary of the future or the
// conditional stands second and its infinitive last, any distance apart
// ("Belgien wird seine letzten Soldaten bis Juni aus Niger abziehen", "die
// Truppen würden das Land vor Jahresende verlassen"): Future, conditional
// or "". A participle at the end makes the auxiliary a passive's ("wird …
// abgezogen").
func (c *sentenceCtx) auxBefore(f found, lo int) string {
	word := strings.ToLower(c.text[c.toks[f.at].Start:c.toks[f.at+f.n-1].End])
	if c.g.participle != nil && c.g.participle(word) {
		return ""
	}
	for j := f.at - 1; j >= max(lo, f.at-24); j-- {
		if cue, _, ok := c.cueAt(j, "future", conditional); ok {
			if cue == "future" {
				return dataset.Future
			}
			if c.conditionalWritten(j) {
				return conditional
			}
		}
	}
	return ""
}

// conditionalWritten: the conditional cue at j is written as one, not as
// the past that folds like it ("wurden festgenommen" is no "würden").
func (c *sentenceCtx) conditionalWritten(j int) bool {
	m := c.g.conditionalMarks
	return m == "" || strings.ContainsAny(c.text[c.toks[j].Start:c.toks[j].End], m)
}

// governingVerb is the word just before a noun trigger, past articles and
// prepositions ("entraînera le départ", «سيؤدي إلى رحيل»), or -1.
func (c *sentenceCtx) governingVerb(f found) int {
	for j := f.at - 1; j >= max(0, f.at-3); j-- {
		key := c.toks[j].Key
		if c.k.is(lexicon.Article, key) || c.k.is(lexicon.Genitive, key) || key == toKey || key == "a" || key == "zum" || key == "zur" {
			continue
		}
		if c.breaks(j) {
			return -1
		}
		return j
	}
	return -1
}

// decidedCompound: the noun trigger is a compound that names the act as decided
// or planned, by an ending of the lexicon's "decided" (German
// "Abzugsbeschluss", "Abzugspläne").
func (c *sentenceCtx) decidedCompound(f found) bool {
	word := strings.ToLower(c.text[c.toks[f.at+f.n-1].Start:c.toks[f.at+f.n-1].End])
	for _, e := range c.k.endings["decided"] {
		if strings.HasSuffix(word, e) && len(word) > len(e)+2 {
			return true
		}
	}
	return false
}

// toKey is «إلى» ("to") folded, as tokens are: «الي».
var toKey = fold.String("إلى")

// arabicFuture: an imperfect verb with the future prefix «س»: «سيؤدي»
// (callers check it governs «إلى», since «سيارة» looks the same).
func arabicFuture(key string) bool {
	rest, ok := strings.CutPrefix(key, "س")
	return ok && utf8.RuneCountInString(rest) >= 3 && strings.ContainsRune("يت", []rune(rest)[0])
}

// reportsBetween: a reporting verb stands between tokens a and b.
func (c *sentenceCtx) reportsBetween(a, b int) bool {
	if c.g.verbFinal {
		b = min(len(c.toks), b+4) // «गिरफ्तारी की पुष्टि की»: the verb follows
	}
	for j := a + 1; j < b; j++ {
		if _, _, ok := c.cueAt(j, "attribution"); ok {
			return true
		}
	}
	return false
}

// reportedBefore: a reporting verb ("said", "a annoncé", «قال») stands
// before position i in the sentence.
func (c *sentenceCtx) reportedBefore(i int) bool {
	for j := 0; j < i; j++ {
		if _, _, ok := c.cueAt(j, "attribution"); ok {
			return true
		}
	}
	return false
}

// attempted: an attempt cue ("attempt", "foiled", «محاولة», «नाकाम»)
// close to the trigger in its clause, or an attempt ending on its own word
// (German "Putschversuch").
func (c *sentenceCtx) attempted(f found, lo, hi int) bool {
	for j := f.at; j < f.at+f.n; j++ {
		word := strings.ToLower(c.text[c.toks[j].Start:c.toks[j].End])
		for _, e := range c.k.endings[dataset.Attempted] {
			if strings.HasSuffix(word, e) && len(word) > len(e)+2 {
				return true
			}
		}
	}
	for j := max(lo, f.at-4); j <= min(hi, f.at+f.n+3); j++ {
		if j >= f.at && j < f.at+f.n {
			continue
		}
		if _, _, ok := c.cueAt(j, "attempt"); ok {
			return true
		}
	}
	return false
}

// passiveAux: the auxiliary of the passive stands right before the verb
// trigger, or one word before ("who were arrested", «qui auraient donc
// été arrêtés», "que fueron detenidos"), or right after it where the verb
// ends its clause ("die festgenommen wurden") or far before the participle
// that ends it ("wurden … festgenommen"). Unlike finite, it does not take
// "has" for a passive: "which has strengthened" is active.
func (c *sentenceCtx) passiveAux(f found) bool {
	if f.pos == "noun" {
		return false
	}
	if c.cueJustBefore(f.at, "passive-aux") {
		return true
	}
	if !c.g.verbSecond {
		return false
	}
	if f.at+f.n < len(c.toks) {
		if _, _, ok := c.cueAt(f.at+f.n, "passive-aux"); ok {
			return true
		}
	}
	// "wurden vergangene Woche … festgenommen": the auxiliary second, the
	// participle last ("werden … abziehen" is a future).
	if p := c.g.participle; p != nil && p(strings.ToLower(c.text[c.toks[f.at].Start:c.toks[f.at].End])) {
		lo, _ := c.clause(f.at)
		for j := f.at - 1; j >= max(lo, f.at-10); j-- {
			if _, _, ok := c.cueAt(j, "passive-aux"); ok {
				return true
			}
		}
	}
	return false
}

// passiveVerb: the trigger is a verb in the passive, an auxiliary before
// its participle ("are accused", "sont accusés", "fueron acusados", «تم
// اتهامهم») with no agent after it.
func (c *sentenceCtx) passiveVerb(f found) bool {
	aux := c.finite(f)
	if c.g.verbSecond && f.pos != "noun" {
		// "werden der Spionage beschuldigt": the participle ends its clause,
		// its auxiliary stands earlier.
		lo, _ := c.clause(f.at)
		for j := f.at - 1; j >= max(lo, f.at-5) && !aux; j-- {
			_, _, aux = c.cueAt(j, "aux")
		}
	}
	if !aux {
		return false
	}
	for j := f.at + f.n; j < len(c.toks) && j <= f.at+f.n+1; j++ {
		if _, _, ok := c.cueAt(j, "passive"); ok {
			return false
		}
	}
	return true
}
