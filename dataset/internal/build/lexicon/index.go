package lexicon

import (
	"strings"
	"unicode/utf8"

	"parallax/dataset/fold"
)

// Index finds many patterns in a token stream at once. Patterns are filed
// under their first word, so that each text word costs one lookup per
// prefix length instead of one comparison per pattern.
type Index[T any] struct {
	exact  map[string][]entry[T]
	prefix map[string][]entry[T]
	// longestPrefix is the longest prefix key, in bytes: a text word is
	// looked up under its prefixes up to that length only, so a word of
	// a megabyte costs what a short one does.
	longestPrefix int
}

type entry[T any] struct {
	pattern Pattern
	value   T
}

// Hit is a pattern found at a position.
type Hit[T any] struct {
	Len  int // tokens covered, a gap's words included
	Head int // tokens before a pattern's first gap; Len when it has none
	// Bound: the pattern's gap is "...", whose last words must end
	// their clause (a German separated particle).
	Bound bool
	Value T
	// Future: an Arabic verb carried the future prefix «س».
	Future bool
	// Stem is the runes of the first word a prefix pattern ("retir*")
	// spells out, 0 for a whole word: what follows it is the ending.
	Stem int
	spec int // letters the pattern spells out: more is more specific
}

// NewIndex returns an empty index.
func NewIndex[T any]() *Index[T] {
	return &Index[T]{exact: map[string][]entry[T]{}, prefix: map[string][]entry[T]{}}
}

// Add files a pattern (see Compile) with a value.
func (ix *Index[T]) Add(pattern string, value T) {
	p := Compile(pattern)
	if len(p) == 0 {
		return
	}
	m := ix.exact
	if p[0].Prefix {
		m = ix.prefix
		ix.longestPrefix = max(ix.longestPrefix, len(p[0].Key))
	}
	m[p[0].Key] = append(m[p[0].Key], entry[T]{p, value})
}

// At returns every pattern that matches toks from i, longest first.
func (ix *Index[T]) At(toks []fold.Token, i int) []Hit[T] {
	var hits []Hit[T]
	for _, c := range candidates(toks[i].Key) {
		for _, e := range ix.exact[c.key] {
			if n, ok := e.pattern.matchRest(toks, i); ok {
				hits = append(hits, Hit[T]{n, e.pattern.head(n), e.pattern.bound(), e.value, c.future, 0, e.pattern.spec()})
			}
		}
		for k := range c.key[:min(len(c.key), ix.longestPrefix+1)] {
			if k == 0 || !utf8.RuneStart(c.key[k]) {
				continue
			}
			for _, e := range ix.prefix[c.key[:k]] {
				if n, ok := e.pattern.matchRest(toks, i); ok {
					hits = append(hits, Hit[T]{n, e.pattern.head(n), e.pattern.bound(), e.value, c.future, utf8.RuneCountInString(c.key[:k]), e.pattern.spec()})
				}
			}
		}
		for _, e := range ix.prefix[c.key] {
			if n, ok := e.pattern.matchRest(toks, i); ok {
				hits = append(hits, Hit[T]{n, e.pattern.head(n), e.pattern.bound(), e.value, c.future, utf8.RuneCountInString(c.key), e.pattern.spec()})
			}
		}
		if len(hits) > 0 {
			break // the word as written, or with the fewest clitics removed, wins
		}
	}
	// Longest first, by the words before any gap, then the most
	// specific (the noun «هجمات*» before the verb prefix «هجم*»); stable,
	// so equal ones keep the data's order.
	for a := 1; a < len(hits); a++ {
		for b := a; b > 0 && (hits[b].Head > hits[b-1].Head || hits[b].Head == hits[b-1].Head && hits[b].spec > hits[b-1].spec); b-- {
			hits[b], hits[b-1] = hits[b-1], hits[b]
		}
	}
	return hits
}

// Longest returns the longest match at i, if any.
func (ix *Index[T]) Longest(toks []fold.Token, i int) (Hit[T], bool) {
	hits := ix.At(toks, i)
	if len(hits) == 0 {
		return Hit[T]{}, false
	}
	return hits[0], true
}

type candidate struct {
	key    string
	future bool
}

// candidates are the forms a text word may match under: itself, and for
// Arabic without its proclitics, and without a future «س» on a verb.
func candidates(key string) []candidate {
	if !fold.IsArabic(key) {
		return []candidate{{key: key}}
	}
	var out []candidate
	for _, s := range fold.ArabicStems(key) {
		out = append(out, candidate{key: s})
	}
	for _, s := range fold.ArabicStems(key) {
		if rest, ok := strings.CutPrefix(s, "س"); ok && utf8.RuneCountInString(rest) >= 3 && strings.ContainsRune("يتنا", firstRune(rest)) {
			out = append(out, candidate{key: rest, future: true})
		}
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// matchRest checks the pattern's words against toks from i: the first word
// is already known to match a candidate of toks[i]. It returns how many
// tokens the match covers.
func (p Pattern) matchRest(toks []fold.Token, i int) (int, bool) {
	end, ok := p.matchFrom(1, toks, i+1)
	return end - i, ok
}

// matchFrom matches p[k:] against toks from t and returns the end of the
// match. A gap takes as few words as it can.
func (p Pattern) matchFrom(k int, toks []fold.Token, t int) (int, bool) {
	for ; k < len(p); k++ {
		if p[k].Gap {
			limit, least := MaxGap, 1 // a separated particle is separated
			if p[k].Free {
				// "constituyen violaciones": the word that settles the
				// sense may stand right after the verb.
				limit, least = MaxFreeGap, 0
			}
			for skip := least; skip <= limit && t+skip < len(toks); skip++ {
				if end, ok := p.matchFrom(k+1, toks, t+skip); ok {
					return end, true
				}
			}
			return 0, false
		}
		if t >= len(toks) || !p[k].matchesAny(toks[t].Key) {
			return 0, false
		}
		t++
	}
	return t, true
}

// spec is how many letters the pattern's words spell out.
func (p Pattern) spec() int {
	n := 0
	for _, w := range p {
		n += len(w.Key)
	}
	return n
}

// bound: the pattern has a gap whose last words must end their clause.
func (p Pattern) bound() bool {
	for _, w := range p {
		if w.Gap && !w.Free {
			return true
		}
	}
	return false
}

// head is how many tokens of a match of length n precede its first gap.
func (p Pattern) head(n int) int {
	for k, w := range p {
		if w.Gap {
			return k
		}
	}
	return n
}

func (w Word) matchesAny(key string) bool {
	if w.Matches(key) {
		return true
	}
	if fold.IsArabic(key) {
		for _, s := range fold.ArabicStems(key)[1:] {
			if w.Matches(s) {
				return true
			}
		}
	}
	return false
}
