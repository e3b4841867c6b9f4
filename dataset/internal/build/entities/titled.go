package entities

import (
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/words"
)

// Words is what a language's lexicon tells the finder of unknown names.
type Words interface {
	// Title reports whether a folded word is a title or a role, which is
	// no part of a name but may introduce one ("minister", «الرئيس»,
	// "राष्ट्रपति").
	Title(key string) bool
	// Reads reports whether the lexicon reads the word at j as a word of
	// its own (a trigger, a cue, a descriptor, a number, a word of a
	// class): such a word is no name.
	Reads(toks []fold.Token, j int) bool
	// Definite reports whether a folded word carries the definite article
	// written on the word, which names go without (Arabic «الانتقالي»).
	// After a title such a word is its adjective or genitive: «الرئيس
	// الانتقالي», «وزير الخارجية».
	Definite(key string) bool
	// HeadsGenitive reports whether a title names no one until a genitive
	// follows it: Arabic «رئيس» without the article is "head of", so
	// «رئيس المجلس …» may go on to a name and «رئيس حكومة» does not.
	HeadsGenitive(key string) bool
}

// Longest names a title introduces: a given name and up to three more.
const maxNameWords = 4

// Titled finds, in scripts without capitals (Arabic, Devanagari), the
// unknown names a title introduces: «الرئيس الانتقالي … …», «राष्ट्रपति …
// … ने». Nothing marks a name there but where it stands, so a name is
// two to four words after the title and its adjectives or genitives, none
// of which the lexicon reads as a word of its own; a single word could as
// well be a noun («رئيس حكومة», "राष्ट्रपति चुनाव"). The names are people.
func Titled(text string, toks []fold.Token, known []Mention, w Words) []Mention {
	covered, demonym := coverage(known), demonyms(known)
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if !caseless(text, toks[i]) || !w.Title(toks[i].Key) || covered(toks[i]) {
			continue
		}
		// Titles in a row ("लेफ्टिनेंट कर्नल") and, after them, words with
		// the article and demonyms: «العقيد», «الانتقالي الجديد»,
		// «الخارجية», «الفرنسي».
		j, modifiers := i+1, 0
		for j < len(toks) && j-i <= 6 && joined(text, toks[j-1], toks[j]) && (demonym(toks[j]) || !covered(toks[j]) && (w.Title(toks[j].Key) || w.Definite(toks[j].Key))) {
			if !w.Title(toks[j].Key) {
				modifiers++
			}
			j++
		}
		if modifiers == 0 && w.HeadsGenitive(toks[i].Key) {
			continue
		}
		k := j
		for k < len(toks) && k-j <= maxNameWords && nameWord(text, toks, k, w) && !covered(toks[k]) && joined(text, toks[k-1], toks[k]) {
			k++
		}
		if n := k - j; n < 2 || n > maxNameWords || !nameEnds(text, toks, k, covered, w) {
			continue
		}
		out = append(out, unknownName(text, toks[j], toks[k-1], dataset.EntityPerson))
		i = k - 1
	}
	return out
}

// nameEnds: the word at k, after a name, is where a name stops: a
// postposition or another small word («ने», «أن»), an apposition with the
// article («الناطق»), a title, a known name, punctuation or the end. A
// run that stops at a word the lexicon reads is no name: «चुनाव अगले साल»
// is an election next year.
func nameEnds(text string, toks []fold.Token, k int, covered func(fold.Token) bool, w Words) bool {
	if k == len(toks) || !joined(text, toks[k-1], toks[k]) {
		return true
	}
	t := toks[k]
	return words.IsStop(t.Key) || w.Definite(t.Key) || w.Title(t.Key) || covered(t)
}

// demonyms reports whether a token falls in one of the known mentions
// that are demonyms.
func demonyms(known []Mention) func(fold.Token) bool {
	var ds []Mention
	for _, m := range known {
		if m.Demonym {
			ds = append(ds, m)
		}
	}
	return coverage(ds)
}

// nameWord: a word that may be part of a name a title introduces.
func nameWord(text string, toks []fold.Token, k int, w Words) bool {
	t := toks[k]
	return caseless(text, t) && utf8.RuneCountInString(t.Key) > 1 && !words.IsStop(t.Key) &&
		!w.Title(t.Key) && !w.Definite(t.Key) && !w.Reads(toks, k)
}

// caseless: a word of a script with no capitals (Arabic, Devanagari),
// where the capital rule of Provisional cannot see a name.
func caseless(text string, t fold.Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// joined: two words of one phrase, with only a space or a hyphen between.
func joined(text string, a, b fold.Token) bool { return onlySpace(text[a.End:b.Start]) }
