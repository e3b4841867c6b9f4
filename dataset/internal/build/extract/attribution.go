package extract

import (
	"strings"

	"parallax/dataset"
)

// attribution is who the sentence says reports the event: from an
// attribution cue to the end of its clause.
func (c *sentenceCtx) attribution(f found) (string, [2]int) {
	none := [2]int{-1, -1}
	at, n, ok := c.findCue("attribution")
	if !ok || at >= f.at && at < f.at+f.n {
		return "", none
	}
	// Only attributions that name a source: an agency, a medium, a source.
	named := false
	lo, hi := c.clause(at)
	for _, a := range c.actors {
		if a.from >= lo-6 && a.to <= hi && (a.kind == dataset.EntityAgency || a.kind == dataset.EntityMedia || a.kind == dataset.EntityOrganisation || a.kind == dataset.EntityPerson) {
			named = true
		}
	}
	for j := lo; j <= hi; j++ {
		if key := c.toks[j].Key; strings.HasPrefix(key, "source") || strings.HasPrefix(key, "مصدر") || strings.HasPrefix(key, "مصادر") || strings.HasPrefix(key, "सूत्र") || strings.HasPrefix(key, "quelle") || strings.HasPrefix(key, "fuente") {
			named = true
		}
	}
	if !named {
		return "", none
	}
	start, end := max(lo, at-3), min(hi, at+n-1+7)
	if end < f.at && f.at <= hi {
		end = min(end, f.at-1)
	}
	if at < f.at {
		// "Rights groups say the Malian army killed …": the subject of the
		// act reported is not the one who reports it.
		for _, a := range c.actors {
			if a.from > at+n-1 && a.to < f.at && a.prep == "" && !a.demonym && a.from <= end && a.kind != dataset.EntityAgency && a.kind != dataset.EntityMedia {
				end = min(end, a.from-1)
				break
			}
		}
	}
	if start <= f.at && f.at <= end {
		if at < f.at {
			end = f.at - 1
		} else {
			start = f.at + f.n
		}
	}
	if end < start {
		return "", none
	}
	return c.text[c.toks[start].Start:c.toks[end].End], [2]int{start, end}
}
