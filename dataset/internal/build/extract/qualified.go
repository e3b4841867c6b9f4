package extract

import "parallax/dataset/internal/build/lexicon"

// qualifiedAct: "France's withdrawal constitutes a violation of the
// accords", «le retrait de la France constitue une violation», «انسحاب
// فرنسا يشكل انتهاكا», "Frankreichs Abzug stelle einen Verstoß dar": an
// accusation that says what an act is. Its subject is the act, so whose
// act it is is accused; who accuses is the one the sentence has say so,
// before the act ("Mali said", «Pour le gouvernement malien»).
func qualifiedAct(r *roleSearch) bool {
	c, f := r.c, r.f
	if r.cand.Type != "accuse" || c.g.verbFinal || !c.k.is(lexicon.Qualify, c.toks[f.at].Key) {
		return false
	}
	var accused *actorTok
	for _, i := range r.before {
		if a := &c.actors[i]; (r.inClause(a) || !c.breakBetween(a, f.at)) && !a.place {
			accused = a
			break
		}
	}
	if accused == nil {
		return false
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
