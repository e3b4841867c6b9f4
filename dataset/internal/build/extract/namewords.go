package extract

import (
	"strings"
	"unicode/utf8"

	"parallax/dataset/fold"
)

// The Kit answers the finders of names (entities.Words, and the build's
// epithets): which words are titles, which it reads as words of its own,
// which carry the article a name goes without, and where a paragraph names
// the former colonial power.

// Title reports whether a folded word is a title or a role: "minister",
// «الرئيس», «للرئيس» (its clitics taken off), "राष्ट्रपति".
func (k *Kit) Title(key string) bool {
	if k.titles[key] {
		return true
	}
	if k.grammar.clitics {
		for _, s := range fold.ArabicStems(key)[1:] {
			if k.titles[s] {
				return true
			}
		}
	}
	return false
}

// Reads reports whether the word at j is one the lexicon knows: a
// trigger, a cue, a descriptor, a charge, a number, a word of a class or
// a verb by its ending (Hindi "होंगे").
func (k *Kit) Reads(toks []fold.Token, j int) bool {
	key := toks[j].Key
	if _, ok := k.numbers[key]; ok {
		return true
	}
	for _, es := range k.endings {
		for _, e := range es {
			if strings.HasSuffix(key, fold.String(e)) {
				return true
			}
		}
	}
	for _, ws := range k.words {
		if ws[key] {
			return true
		}
	}
	return len(k.triggers.At(toks, j)) > 0 || len(k.cues.At(toks, j)) > 0 ||
		len(k.descr.At(toks, j)) > 0 || len(k.charges.At(toks, j)) > 0
}

// Definite reports whether a folded word carries the article the grammar
// writes on the word, behind its one-letter clitics: «الانتقالي»,
// «والخارجية», «للبلاد».
func (k *Kit) Definite(key string) bool {
	a := k.grammar.article
	if a == "" {
		return false
	}
	for _, s := range fold.ArabicStems(key) {
		if strings.HasPrefix(s, a) && utf8.RuneCountInString(s) > utf8.RuneCountInString(a)+1 {
			return true
		}
	}
	return false
}

// HeadsGenitive reports whether a title, written without the article
// where the grammar writes one, is "head of" and names no one until its
// genitive follows (Arabic «رئيس المجلس», «وزير الخارجية»).
func (k *Kit) HeadsGenitive(key string) bool {
	return k.grammar.article != "" && !k.Definite(key)
}

// FormerColoniser lists where a paragraph names the former colonial power
// ("the former colonial power", «l'ancienne puissance coloniale»), as
// token ranges [from, to).
func (k *Kit) FormerColoniser(toks []fold.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		for _, h := range k.cues.At(toks, i) {
			if h.Value == "former-coloniser" {
				out = append(out, [2]int{i, i + h.Len})
				i += h.Len - 1
				break
			}
		}
	}
	return out
}
