package extract

import (
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/lexicon"
)

// qualifiedAct: "France's withdrawal constitutes a violation of the
// accords", «le retrait de la France constitue une violation», «انسحاب
// فرنسا يشكل انتهاكا», "Frankreichs Abzug stelle einen Verstoß dar": an
// accusation that says what an act is. Its subject is the act, so whose
// act it is is accused; who accuses is the one the sentence has say so,
// before the act ("Mali said", «Pour le gouvernement malien»).
//
// A verdict on the act's results is one too: "the results of France's
// mission were not satisfactory", «les résultats de la présence française
// n'ont pas été satisfaisants», "फ्रांस की … उपस्थिति के परिणाम संतोषजनक
// नहीं थे". In a verb-final language only a verdict is read so, as its
// qualifying verb would follow the charge, not the act.
func qualifiedAct(r *roleSearch) bool {
	c, f := r.c, r.f
	verdict := c.verdict(f)
	if r.cand.Type != "accuse" || !(c.k.is(lexicon.Qualify, c.toks[f.at].Key) && !c.g.verbFinal || verdict) {
		return false
	}
	// A verdict judges the results of an act, whose owner is accused, not
	// the place it was done in ("France's mission in war-torn Mali").
	var accused *actorTok
	for _, i := range r.before {
		if a := &c.actors[i]; (r.inClause(a) || !c.breakBetween(a, f.at)) && !a.place && !(verdict && a.prep != "") {
			if accused == nil {
				accused = a
			}
			if !verdict || c.owner(a) {
				accused = a
				break
			}
		}
	}
	if accused == nil {
		return r.actPointedBack()
	}
	r.tgt = accused
	state := r.gz.State(accused.actor)
	for i := range c.actors {
		if a := &c.actors[i]; a.to < accused.from && !a.place && r.gz.State(a.actor) != state && (!a.demonym || a.institution) {
			r.src = a
			break
		}
	}
	return true
}

// verdict says the trigger judges an act's results: "not satisfactory".
func (c *sentenceCtx) verdict(f found) bool {
	for i := f.at; i < f.at+f.n; i++ {
		if c.k.is(lexicon.Verdict, c.toks[i].Key) {
			return true
		}
	}
	return false
}

// owner says the actor at a is named as whose something is: "France's",
// "de la France", "फ्रांस की", or a demonym ("la présence française").
func (c *sentenceCtx) owner(a *actorTok) bool {
	if a.demonym {
		return true
	}
	if a.to+1 < len(c.toks) {
		if next := c.toks[a.to+1].Key; next == "s" || c.k.is(lexicon.GenitiveAfter, next) {
			return true
		}
	}
	for j := a.from - 1; j >= max(0, a.from-2); j-- {
		if key := c.toks[j].Key; c.k.is(lexicon.Genitive, key) {
			return true
		} else if !c.k.is(lexicon.Article, key) {
			break
		}
	}
	return false
}

// actPointedBack: "Dieser Beschluss stelle einen Verstoß dar", «Cette
// décision constitue une violation», "This decision amounts to a
// violation": the act qualified is one the paragraph told just before,
// named by a demonstrative and no one's name. Whose act it was is
// accused, and the party it was done to accuses.
func (r *roleSearch) actPointedBack() bool {
	c, f := r.c, r.f
	demonstrative := false
	for j := max(r.lo, f.at-4); j < f.at && !demonstrative; j++ {
		demonstrative = c.k.is(lexicon.Demonstrative, c.toks[j].Key)
	}
	if !demonstrative || len(c.told) == 0 {
		return false
	}
	act := c.told[len(c.told)-1]
	if eventtype.Is(act.Type, eventtype.Absorbing) || len(act.Source) == 0 || len(act.Target) == 0 || act.Anaphoric {
		return false
	}
	r.cand.Source, r.cand.Target = act.Target[:1], act.Source[:1]
	return true
}
