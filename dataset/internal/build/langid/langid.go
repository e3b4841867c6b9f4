// Package langid detects the language of a text with lingua-go. It is the
// only package that imports lingua-go, whose models weigh about 135 MB: it
// belongs to the build and must never reach the app (a test in app/ guards
// the wasm import graph).
package langid

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// Detector wraps lingua-go. Build it once and share it: it is safe for
// concurrent use, and lingua-go loads each language's models the first
// time a text needs them, once for the whole process.
//
// With many candidate languages, lingua-go's cost is in every candidate of
// the text's script: an n-gram lookup per candidate for every n-gram of the
// text, then, for a text long enough that its probability underflows a
// float64, an exponent in arbitrary-precision decimals per candidate (most
// of the time for an article, with the 40-odd Latin-script languages).
// So past narrowAbove candidates a Detector works in two steps: a shortlist
// of the shortlistSize likeliest languages from short samples of the text,
// with lingua-go's low-accuracy mode (trigrams only, as its high-accuracy
// mode also uses for any text over 120 characters); then lingua-go in full
// on the whole text, among the shortlist only. The answer is the one the
// full detector gives whenever its choice is on the shortlist (measured in
// docs/performance.md), at a fraction of the cost and memory: the models of
// all orders are only loaded for the languages that reach a shortlist.
type Detector struct {
	langs  []lingua.Language
	full   lingua.LanguageDetector // among all candidates
	coarse lingua.LanguageDetector // low accuracy, among all; nil: no shortlist

	mu     sync.Mutex
	narrow map[string]lingua.LanguageDetector // by shortlist
}

const (
	// narrowAbove is the number of candidates up to which the full
	// detector is used directly (a -langs restriction to a corpus's
	// languages usually is).
	narrowAbove = 8
	// shortlistLong and shortlistShort are the number of languages the
	// second step weighs, for a text of at least fullBelow characters and
	// for a shorter one: lingua-go weighs n-grams of all orders in a
	// short text, where trigrams alone rank its answer lower.
	shortlistLong, shortlistShort = 4, 8
	fullBelow                     = 120
	// sampleRunes is the length of one sample, in letters and spaces:
	// under fullBelow, long enough for trigrams, short enough that
	// lingua-go's probabilities stay within a float64.
	sampleRunes = 80
	// samples is the number of samples drawn from a long text: its start,
	// middle and end, so that a headline or a dateline in another language
	// does not decide alone. A text of up to samples*sampleRunes
	// characters gives one.
	samples = 3
)

// New builds a detector for the given ISO 639-1 codes, or for every
// language lingua-go knows when none are given. Restricting the candidates
// makes detection faster and keeps it from wandering into languages the
// corpus does not have.
func New(codes ...string) (*Detector, error) {
	var langs []lingua.Language
	if len(codes) == 0 {
		langs = lingua.AllLanguages()
	} else {
		for _, c := range codes {
			iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(strings.TrimSpace(c)))
			if iso == lingua.UnknownIsoCode639_1 {
				return nil, fmt.Errorf("langid: %q is not an ISO 639-1 code lingua-go knows", c)
			}
			if l := lingua.GetLanguageFromIsoCode639_1(iso); !slices.Contains(langs, l) {
				langs = append(langs, l)
			}
		}
		if len(langs) < 2 {
			return nil, fmt.Errorf("langid: at least two candidate languages are needed, got %d", len(langs))
		}
	}
	slices.Sort(langs)
	d := &Detector{
		langs:  langs,
		full:   lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).Build(),
		narrow: map[string]lingua.LanguageDetector{},
	}
	if len(langs) > narrowAbove {
		d.coarse = lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithLowAccuracyMode().Build()
	}
	return d, nil
}

// Detect returns the ISO 639-1 code of the language of text, lower case,
// and lingua-go's confidence in it; "" and 0 when it cannot tell.
func (d *Detector) Detect(text string) (string, float64) {
	det := d.full
	// Only the Latin script has more than a handful of languages:
	// lingua-go's own rules leave three for the Arabic script, two for
	// Devanagari.
	if d.coarse != nil && mostlyLatin(text) {
		if short := d.shortlist(text); short != nil {
			det = d.among(short)
		}
	}
	return best(det.ComputeLanguageConfidenceValues(text))
}

// mostlyLatin reports whether most of the letters of text, up to the
// first few hundred, are Latin.
func mostlyLatin(text string) bool {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case r < 0x80:
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				latin++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
		if latin+other >= 4*sampleRunes {
			break
		}
	}
	return latin > other
}

// DetectFull is Detect without the shortlist: lingua-go among all the
// candidates, as a reference for Detect.
func (d *Detector) DetectFull(text string) (string, float64) {
	return best(d.full.ComputeLanguageConfidenceValues(text))
}

func best(values []lingua.ConfidenceValue) (string, float64) {
	if len(values) == 0 || values[0].Value() == 0 {
		return "", 0
	}
	return strings.ToLower(values[0].Language().IsoCode639_1().String()), values[0].Value()
}

// shortlist returns the languages that score highest on samples of text,
// in lingua-go's order; nil when the samples say nothing (no letters), and
// the full detector then decides.
func (d *Detector) shortlist(text string) []lingua.Language {
	size := shortlistLong
	if utf8.RuneCountInString(text) < fullBelow {
		size = shortlistShort
	}
	score := map[lingua.Language]float64{}
	for _, s := range sample(text) {
		for _, v := range d.coarse.ComputeLanguageConfidenceValues(s) {
			if v.Value() > 0 {
				score[v.Language()] += v.Value()
			}
		}
	}
	if len(score) == 0 {
		return nil
	}
	// Every candidate is ranked, those the samples gave nothing last, so
	// that the shortlist always has size languages.
	ranked := slices.Clone(d.langs)
	slices.SortStableFunc(ranked, func(a, b lingua.Language) int { return cmp.Compare(score[b], score[a]) })
	short := ranked[:size]
	slices.Sort(short)
	return short
}

// among returns the full detector for a shortlist, built once per
// shortlist (the models are lingua-go's, shared by every detector).
func (d *Detector) among(langs []lingua.Language) lingua.LanguageDetector {
	var key strings.Builder
	for _, l := range langs {
		key.WriteString(l.IsoCode639_1().String())
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	det, ok := d.narrow[key.String()]
	if !ok {
		det = lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).Build()
		d.narrow[key.String()] = det
	}
	return det
}

// sample cuts up to samples pieces of at most sampleRunes letters out of
// a text, at word boundaries: one from its start when the text is short,
// else from its start, middle and end. Digits and punctuation are left
// out, as lingua-go leaves them out.
func sample(text string) []string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	if len(words) == 0 {
		return nil
	}
	total := 0
	for _, w := range words {
		total += utf8.RuneCountInString(w) + 1
	}
	starts := []int{0}
	if total > samples*sampleRunes {
		starts = starts[:0]
		for i := range samples {
			starts = append(starts, i*(len(words)-1)/samples)
		}
		// The last sample ends with the text.
		last, n := len(words)-1, 0
		for last > 0 && n+utf8.RuneCountInString(words[last-1])+1 < sampleRunes {
			n += utf8.RuneCountInString(words[last-1]) + 1
			last--
		}
		starts[samples-1] = last
	}
	out := make([]string, 0, len(starts))
	for _, start := range starts {
		var b strings.Builder
		n := 0
		for _, w := range words[start:] {
			l := utf8.RuneCountInString(w)
			if n > 0 && n+1+l > sampleRunes {
				break
			}
			if n > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += l
		}
		out = append(out, b.String())
	}
	return out
}
