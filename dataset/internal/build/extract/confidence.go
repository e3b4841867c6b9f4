package extract

import (
	"parallax/dataset"
)

func confidence(c Candidate, f found) float64 {
	v := 0.4
	if len(c.Source) > 0 {
		v += 0.2
	}
	if len(c.Target) > 0 {
		v += 0.15
	}
	if c.Date.Known() {
		v += 0.1
	}
	if f.pos == "verb" || f.pos == "phrase" {
		v += 0.1
	}
	if c.Described != "" {
		v += 0.05
	}
	return dataset.Confidence(min(v, 1))
}
