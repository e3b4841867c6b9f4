package extract

import (
	"slices"

	"parallax/dataset/internal/build/gazetteer"
)

// leadReach is how many paragraphs after its headline a lead may start:
// a headline's dropped subject is the news's actor, told first.
const leadReach = 3

// LeadSpeaks gives a headline's speech act with no speaker named («Habla
// de "violación de los acuerdos"», «Accuse la France de…», "Accuses
// Washington of…") the speaker its lead names first: a headline drops the subject its
// article's first sentences give. One left without a speaker, or whose
// speaker would be its own target, is dropped, as a speech act of no one
// is elsewhere. One that names no one it is about is about whom the lead
// acts on. (Where the subject may follow the verb, Arabic «يتهم واشنطن
// بـ…» or German «Wirft Washington … vor», the sentence's rules read the
// noun after the verb as its subject first.)
func LeadSpeaks(cands []Candidate, gz *gazetteer.Gazetteer) []Candidate {
	out := cands[:0]
	for i := range cands {
		c := cands[i]
		if !c.headless {
			out = append(out, c)
			continue
		}
		lead := leadOf(cands, c.Paragraph)
		if lead == nil {
			continue
		}
		speaker, state := lead.Source[0], gz.State(lead.Source[0])
		if slices.ContainsFunc(c.Target, func(t string) bool { return t == speaker || gz.State(t) == state }) {
			continue
		}
		c.Source, c.States = []string{speaker}, []string{state}
		c.Anaphoric, c.headless = false, false
		c.Rules = append(c.Rules, "source/lead-speaks-for-headline")
		if len(c.Target) == 0 && len(lead.Target) > 0 && gz.State(lead.Target[0]) != state {
			// «Habla de "violación de los acuerdos"»: of whom the lead says
			// it speaks.
			c.Target = lead.Target[:1]
			c.Rules = append(c.Rules, "target/lead-speaks-of")
		}
		out = append(out, c)
	}
	return out
}

// leadOf is the first report, in the paragraphs right after the headline
// at para, that names who acts.
func leadOf(cands []Candidate, para int) *Candidate {
	var lead *Candidate
	for i := range cands {
		c := &cands[i]
		if c.headless || c.Paragraph <= para || c.Paragraph > para+leadReach || len(c.Source) == 0 || c.Anaphoric {
			continue
		}
		if lead == nil || c.Paragraph < lead.Paragraph || c.Paragraph == lead.Paragraph && c.Sentence.Start < lead.Sentence.Start {
			lead = c
		}
	}
	return lead
}
