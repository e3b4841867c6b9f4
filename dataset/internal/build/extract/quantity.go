package extract

import (
	"math"
	"strconv"
	"strings"

	"parallax/dataset/internal/build/lexicon"
)

// quantity finds a number just before a described group: "two", «خمسة من»,
// "5", "पांच".
func (c *sentenceCtx) quantity(at int) (float64, int) {
	for j := at - 1; j >= max(0, at-3); j-- {
		key := c.toks[j].Key
		if n, err := strconv.ParseFloat(key, 64); err == nil && !math.IsInf(n, 0) && len(key) <= 6 {
			if n >= 1900 && n <= 2099 {
				return 0, -1
			}
			return n, j
		}
		if n, ok := c.numberWord(j); ok && n >= 1 {
			// "quarante-neuf", "forty-nine", "cuarenta y nueve", «تسعة
			// وأربعون»: tens and units are one count.
			if tens, from := c.tensBefore(j); n < 10 && from >= 0 {
				return tens + n, from
			}
			if c.g.clitics && n >= 20 && j > 0 && strings.HasPrefix(key, "و") {
				if unit, ok := c.numberWord(j - 1); ok && unit < 10 {
					return unit + n, j - 1
				}
			}
			if n > 1 {
				return n, j
			}
		}
		if _, isDemonym := c.demonymAt(j); !isDemonym && !c.k.is(lexicon.Article, key) && key != "من" && key != "of" && key != "de" && key != "des" && key != "du" {
			if !c.isDescriptor(j) {
				return 0, -1
			}
		}
	}
	return 0, -1
}

// numberWord is the value of the number word at token j; an Arabic one
// may carry «و» ("and").
func (c *sentenceCtx) numberWord(j int) (float64, bool) {
	key := c.toks[j].Key
	if n, ok := c.k.numbers[key]; ok {
		return n, true
	}
	if c.g.clitics {
		n, ok := c.k.numbers[strings.TrimPrefix(key, "و")]
		return n, ok
	}
	if unit, tens, ok := strings.Cut(key, "und"); ok && c.g.compounds {
		// "neunundvierzig", "einundzwanzig".
		u, uok := c.k.numbers[unit]
		t, tok := c.k.numbers[tens]
		if uok && tok && u < 10 && t >= 20 && t < 100 {
			return u + t, true
		}
	}
	return 0, false
}

// tensBefore is a round ten just before token j, joined to it by a hyphen
// or "and" ("forty-nine", "vingt et un", "cuarenta y nueve"), and where it
// starts; -1 when there is none.
func (c *sentenceCtx) tensBefore(j int) (float64, int) {
	k := j - 1
	if k >= 0 && c.k.is(lexicon.Conjunction, c.toks[k].Key) {
		k--
	} else if k >= 0 && strings.TrimSpace(c.text[c.toks[k].End:c.toks[j].Start]) != "-" {
		return 0, -1
	}
	if k < 0 || c.g.clitics {
		return 0, -1
	}
	if m, ok := c.k.numbers[c.toks[k].Key]; ok && m >= 20 && m < 100 && int(m)%10 == 0 {
		return m, k
	}
	return 0, -1
}

func (c *sentenceCtx) demonymAt(j int) (string, bool) {
	for _, a := range c.actors {
		if a.demonym && j >= a.from && j <= a.to {
			return a.actor, true
		}
	}
	return "", false
}
