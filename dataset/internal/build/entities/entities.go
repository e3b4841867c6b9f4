// Package entities finds who and where a paragraph names: the gazetteer's
// names and demonyms in every script, and unknown capitalised names that
// become provisional entities.
package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/words"
)

// Mention is an entity named in a paragraph.
type Mention struct {
	dataset.Span
	Entity  string
	Demonym bool // "French", «فرنسي»: an adjective, not the name
	// Provisional entities are capitalised names the gazetteer does not
	// know; Name is their text.
	Provisional bool
	Name        string
	Kind        string
}

// Find finds the gazetteer's names in a paragraph and the names it does
// not know, which become provisional entities: capitalised ones in Latin
// scripts, and in scripts without capitals the ones a title introduces.
// w is the language's lexicon, nil where there is none.
func Find(text string, kind string, lang string, gz *gazetteer.Gazetteer, sentences []dataset.Span, w Words) []Mention {
	var out []Mention
	for _, m := range gz.Find(text) {
		e := gz.Entity(m.Entity)
		out = append(out, Mention{Span: dataset.Span{Start: m.Start, End: m.End}, Entity: m.Entity, Demonym: m.Demonym, Kind: e.Kind})
	}
	if kind == dataset.KindText || kind == dataset.KindItem {
		toks := fold.Tokens(text)
		more := Provisional(text, toks, lang, out, sentences, w)
		if w != nil {
			more = append(more, Titled(text, toks, out, w)...)
		}
		out = append(out, more...)
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// Provisional finds runs of capitalised words that no known name covers:
// "Laurent Lerner", "Sénou". A single word at the start of a sentence is
// just a capital; in German, where every noun is capitalised, only runs of
// two or more count.
//
// Titles ("Foreign Minister", "General") are capitalised but no names;
// the name one introduces is a person's.
func Provisional(text string, toks []fold.Token, lang string, known []Mention, sentences []dataset.Span, w Words) []Mention {
	title := func(key string) bool { return w != nil && w.Title(key) }
	covered := coverage(known)
	sentenceStart := func(t fold.Token) bool {
		k, _ := slices.BinarySearchFunc(sentences, t.Start, func(s dataset.Span, start int) int {
			if s.End <= start {
				return -1
			}
			return 1
		})
		if k == len(sentences) {
			return false
		}
		s := sentences[k]
		return s.Start <= t.Start && strings.TrimLeft(text[s.Start:t.Start], "\"'“«(- ") == ""
	}
	capital := func(t fold.Token) bool {
		r, _ := utf8.DecodeRuneInString(text[t.Start:])
		return unicode.Is(unicode.Latin, r) && unicode.IsUpper(r) && !words.IsStop(t.Key) && !title(t.Key) && !isAllCaps(text[t.Start:t.End]) && utf8.RuneCountInString(t.Key) > 1
	}
	var out []Mention
	for i := 0; i < len(toks); {
		if !capital(toks[i]) || covered(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && capital(toks[j]) && !covered(toks[j]) && onlySpace(text[toks[j-1].End:toks[j].Start]) {
			j++
		}
		n := j - i
		if n > 4 || n == 1 && (sentenceStart(toks[i]) || lang == "de") {
			i = j
			continue
		}
		kind := dataset.EntityOther
		if i > 0 && title(toks[i-1].Key) && joined(text, toks[i-1], toks[i]) {
			kind = dataset.EntityPerson // "General Moussa Diawara"
		}
		out = append(out, unknownName(text, toks[i], toks[j-1], kind))
		i = j
	}
	return out
}

// unknownName is the provisional entity a name from token first to token
// last makes.
func unknownName(text string, first, last fold.Token, kind string) Mention {
	name := text[first.Start:last.End]
	return Mention{
		Span:        dataset.Span{Start: first.Start, End: last.End},
		Entity:      ProvisionalID(name),
		Provisional: true,
		Name:        name,
		Kind:        kind,
	}
}

// coverage reports whether a token falls in one of the known mentions,
// which are in order and without overlaps: each token finds the one it may
// fall in by binary search, not by a scan of them all.
func coverage(known []Mention) func(fold.Token) bool {
	return func(t fold.Token) bool {
		k, _ := slices.BinarySearchFunc(known, t.Start, func(m Mention, start int) int {
			if m.End <= start {
				return -1
			}
			return 1
		})
		return k < len(known) && known[k].Start < t.End
	}
}

func onlySpace(s string) bool { return strings.TrimSpace(s) == "" || s == "-" }

func isAllCaps(s string) bool {
	return utf8.RuneCountInString(s) > 1 && strings.ToUpper(s) == s
}

// ProvisionalID makes a stable id for an unknown name: "x-" and its folded
// letters, so the same name in two articles is one provisional entity.
func ProvisionalID(name string) string {
	var b strings.Builder
	b.WriteString("x")
	for _, t := range fold.Tokens(name) {
		b.WriteByte('-')
		for _, r := range t.Key {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
