package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset/fold"
)

func (g *Gazetteer) addTitled(entity, name string) {
	keys := strings.Fields(foldName(name))
	a := alias{entity: entity}
	if r, _ := utf8.DecodeRuneInString(name); unicode.Is(unicode.Latin, r) && unicode.IsUpper(r) {
		a.capital = true
	}
	key := strings.Join(keys, " ")
	if !slices.Contains(g.titled[key], a) {
		g.titled[key] = append(g.titled[key], a)
	}
	g.titleMax = max(g.titleMax, len(keys))
}

// checkTitled: a titled name is no other entity's name, titled or not.
func (g *Gazetteer) checkTitled() error {
	for key, as := range g.titled {
		for _, a := range as {
			for _, b := range slices.Concat(as, g.aliases[key]) {
				if b.entity != a.entity {
					return fmt.Errorf("gazetteer: the titled name %q belongs to %s and %s: drop it from one", key, a.entity, b.entity)
				}
			}
		}
	}
	return nil
}

// Titled finds, at token i of text, a name that is an entity only after a
// title (the caller has seen the title): "Traoré" in "le capitaine
// Traoré". It returns the number of tokens and the entity, longest first;
// 0 and "" when there is none.
func (g *Gazetteer) Titled(text string, toks []fold.Token, i int) (int, string) {
	for n := min(g.titleMax, len(toks)-i); n >= 1; n-- {
		keys := make([]string, n)
		for k := range n {
			keys[k] = toks[i+k].Key
		}
		for _, a := range g.titled[strings.Join(keys, " ")] {
			if a.capital {
				if r, _ := utf8.DecodeRuneInString(text[toks[i].Start:]); !unicode.IsUpper(r) {
					continue
				}
			}
			return n, a.entity
		}
	}
	return 0, ""
}
