package merge

import (
	"slices"
	"strconv"
	"strings"

	"parallax/dataset"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
)

// broader is the next more general description of a person: an
// ambassador is a diplomat, a diplomat is embassy staff, and everyone is a
// national of somewhere. When the reports of one event describe its
// people differently ("French national", «دبلوماسي فرنسي», «سفير»), the
// event says what they all agree on.
var broader = map[string]string{
	"ambassador": "diplomat", "diplomat": "embassy staff", "embassy staff": "staff", "staff": "national",
	"intelligence officer": "national", "officer": "national", "journalist": "national",
}

func ancestors(gloss string) []string {
	out := []string{gloss}
	for g := broader[gloss]; g != "" && len(out) < 8; g = broader[g] {
		out = append(out, g)
	}
	return out
}

// commonNoun is the most specific description that two thirds of the
// glosses fall under: "diplomat" when four reports say diplomat and one
// intelligence officer, "national" when they split between national,
// diplomat and officer. With none, the most frequent (troops, fighters).
func commonNoun(glosses []string) string {
	if len(glosses) == 0 {
		return ""
	}
	support := map[string]int{}
	for _, g := range glosses {
		for _, a := range ancestors(g) {
			support[a]++
		}
	}
	best, depth := "", -1
	for n, k := range support {
		d := len(ancestors(n))
		if 3*k >= 2*len(glosses) && (d > depth || d == depth && n < best) {
			best, depth = n, d
		}
	}
	if best != "" {
		return best
	}
	counts := map[string]int{}
	for _, g := range glosses {
		counts[g]++
	}
	return ranked(counts, nil)[0]
}

// affected is who an event's reports say was acted on, described, in
// English: "a French national", "two Malian diplomats".
func affected(cands []*extract.Candidate, targets []string, gz *gazetteer.Gazetteer) dataset.Affected {
	var glosses []string
	owners := map[string]int{}
	var values []float64
	number := extract.NumberUnknown
	for _, c := range cands {
		if c.Gloss == "" {
			continue
		}
		glosses = append(glosses, c.Gloss)
		if c.Owner != "" {
			owners[c.Owner]++
		}
		for _, q := range c.Quantities {
			if !slices.Contains(values, q.Value) {
				values = append(values, q.Value)
			}
		}
		if c.Number != extract.NumberUnknown {
			number = c.Number
		}
	}
	if len(glosses) == 0 {
		return dataset.Affected{}
	}
	a := dataset.Affected{Noun: commonNoun(glosses)}
	for _, o := range ranked(owners, nil) {
		switch {
		case slices.Contains(targets, o):
			a.Entity = o
		case slices.Contains(targets, gz.Country(o)):
			a.Entity = gz.Country(o)
		}
		if a.Entity != "" {
			break
		}
	}
	if len(values) == 1 {
		a.Count = values[0]
		number = extract.Many
		if a.Count == 1 {
			number = extract.One
		}
	}
	a.Plural = number == extract.Many && a.Count == 0
	a.Text = peoplePhrase(a, number, gz)
	return a
}

// nouns are the English singular and plural of each descriptor gloss.
var nouns = map[string][2]string{
	"national": {"national", "nationals"}, "diplomat": {"diplomat", "diplomats"}, "ambassador": {"ambassador", "ambassadors"},
	"intelligence officer": {"intelligence officer", "intelligence officers"}, "officer": {"officer", "officers"},
	"embassy staff": {"embassy staff member", "embassy staff"}, "staff": {"staff member", "staff"},
	"troops": {"soldier", "troops"}, "fighters": {"fighter", "fighters"}, "journalist": {"journalist", "journalists"},
	"member": {"member", "members"},
}

// collective nouns read as plural when no number is said: "French troops".
var collective = map[string]bool{"troops": true, "fighters": true, "staff": true, "embassy staff": true}

var numberWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// peoplePhrase writes the affected people in English.
func peoplePhrase(a dataset.Affected, number extract.Number, gz *gazetteer.Gazetteer) string {
	forms, ok := nouns[a.Noun]
	if !ok {
		forms = [2]string{a.Noun, a.Noun}
	}
	demonym := ""
	if e := gz.Entity(gz.State(a.Entity)); e != nil && len(e.Demonyms["en"]) > 0 {
		demonym = e.Demonyms["en"][0] + " "
	}
	switch {
	case a.Count > 1:
		n := strconv.FormatFloat(a.Count, 'f', -1, 64)
		if int(a.Count) < len(numberWords) && float64(int(a.Count)) == a.Count {
			n = numberWords[int(a.Count)]
		}
		return n + " " + demonym + forms[1]
	case number == extract.Many || number == extract.NumberUnknown && collective[a.Noun]:
		return demonym + forms[1]
	case a.Noun == "ambassador" && demonym != "":
		return "the " + demonym + forms[0]
	}
	phrase := demonym + forms[0]
	if strings.ContainsRune("AEIOUaeiou", rune(phrase[0])) {
		return "an " + phrase
	}
	return "a " + phrase
}
