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

// Find finds the gazetteer's names in a paragraph and, in Latin
// scripts, capitalised names it does not know, which become provisional
// entities.
func Find(text string, kind string, lang string, gz *gazetteer.Gazetteer, sentences []dataset.Span, titles map[string]bool) []Mention {
	var out []Mention
	for _, m := range gz.Find(text) {
		e := gz.Entity(m.Entity)
		out = append(out, Mention{Span: dataset.Span{Start: m.Start, End: m.End}, Entity: m.Entity, Demonym: m.Demonym, Kind: e.Kind})
	}
	if kind == dataset.KindText || kind == dataset.KindItem {
		out = append(out, Provisional(text, lang, out, sentences, titles)...)
	}
	slices.SortFunc(out, func(a, b Mention) int { return a.Start - b.Start })
	return out
}

// Provisional finds runs of capitalised words that no known name covers:
// "Laurent Lerner", "Sénou". A single word at the start of a sentence is
// just a capital; in German, where every noun is capitalised, only runs of
// two or more count.
//
// Titles ("Foreign Minister", "General") are capitalised but no names.
func Provisional(text, lang string, known []Mention, sentences []dataset.Span, titles map[string]bool) []Mention {
	toks := fold.Tokens(text)
	// known is the gazetteer's matches, in order and without overlaps,
	// and sentences are in order: each token finds the one it may fall in
	// by binary search, not by a scan of them all.
	covered := func(t fold.Token) bool {
		k, _ := slices.BinarySearchFunc(known, t.Start, func(m Mention, start int) int {
			if m.End <= start {
				return -1
			}
			return 1
		})
		return k < len(known) && known[k].Start < t.End
	}
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
		return unicode.Is(unicode.Latin, r) && unicode.IsUpper(r) && !words.IsStop(t.Key) && !titles[t.Key] && !isAllCaps(text[t.Start:t.End]) && utf8.RuneCountInString(t.Key) > 1
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
		name := text[toks[i].Start:toks[j-1].End]
		out = append(out, Mention{
			Span:        dataset.Span{Start: toks[i].Start, End: toks[j-1].End},
			Entity:      ProvisionalID(name),
			Provisional: true,
			Name:        name,
			Kind:        dataset.EntityOther,
		})
		i = j
	}
	return out
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
			if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
