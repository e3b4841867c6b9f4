package extract

import "parallax/dataset/eventtype"

// sourceResponsible: "France's responsibility for the massacre", «la
// responsabilité de la France dans le massacre», «بمسؤولية فرنسا عن
// مجزرة», "die Verantwortung Frankreichs für das Massaker", "French forces
// were responsible for a massacre", «नरसंहार के लिए फ्रांस की जिम्मेदारी»:
// whose responsibility an act is did it, though the sentence's subject
// only acknowledges or charges it — even when marked as the agent («मैक्रों
// ने … स्वीकार की»: of the verb of acknowledging).
func sourceResponsible(r *roleSearch) bool {
	c, f := r.c, r.f
	if f.pos == "verb" || r.is(eventtype.Absorbing) || r.is(eventtype.Symmetric) {
		return false
	}
	cue := -1
	if c.g.verbFinal {
		// Hindi names the act first: «… के लिए फ्रांस की जिम्मेदारी».
		for j := f.at + f.n; j < min(len(c.toks), f.at+f.n+8); j++ {
			if _, _, ok := c.cueAt(j, "responsible"); ok {
				cue = j
				break
			}
		}
		if cue < 0 {
			return false
		}
		return r.setSource(r.pickAny(func(a *actorTok) bool { return a.from > f.at && a.to < cue && !a.place }, r.after))
	}
	for j := f.at - 1; j >= max(0, f.at-8); j-- {
		if _, n, ok := c.cueAt(j, "responsible"); ok && j+n <= f.at {
			cue = j
			break
		}
	}
	if cue < 0 || c.otherActBetween(cue, f.at) {
		return false
	}
	// Whose responsibility: named between it and the act («de la
	// France», «فرنسا», "Frankreichs"), else right before it ("France's
	// responsibility", "French forces were responsible").
	if r.setSource(r.pickAny(func(a *actorTok) bool { return a.from > cue && a.to < f.at && !a.place }, r.before)) {
		return true
	}
	return r.setSource(r.pickAny(func(a *actorTok) bool {
		return a.to < cue && cue-a.to <= 4 && !a.place && r.inClause(a) && (a.prep == "" || c.possessive(a.to))
	}, r.before))
}
