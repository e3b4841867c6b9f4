package gold

import (
	"strings"
	"unicode"

	"parallax/dataset/fold"
)

// nameKey is the form in which gold actor names and the export's entity
// names, ids and aliases are compared: folded (case, accents and the
// script variants package fold knows), with every run of characters that
// are not letters or digits one space, and without a leading "the". So
// "Côte d'Ivoire", "cote-d-ivoire" and "côte d’ivoire" agree, and "the
// Malian army" is "malian army".
func nameKey(s string) string {
	f := fold.String(s)
	var b strings.Builder
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// actorKeys is every name under which a predicted actor can be matched: its
// id (hyphens as spaces), its English name, and each alias the export's
// entity list gives it, in any language.
func actorKeys(id, name string, entities map[string]*Entity) map[string]bool {
	keys := map[string]bool{}
	add := func(s string) {
		if k := nameKey(s); k != "" {
			keys[k] = true
		}
	}
	add(id)
	add(name)
	if e := entities[id]; e != nil {
		add(e.Name)
		for _, a := range e.Aliases {
			add(a)
		}
	}
	return keys
}
