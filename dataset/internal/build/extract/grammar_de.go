package extract

import "strings"

// German: the finite verb second, the rest of the verb (participle,
// separated particle) at the end; prepositions; adjectives and
// participles first; nationality nouns capitalised; compounds.
func init() {
	grammars["de"] = grammar{
		verbSecond:             true,
		adjectiveFirst:         true,
		juxtaposedPossessor:    true,
		nationalityNouns:       true,
		nounsCapitalised:       true,
		compounds:              true,
		attributiveParticiples: true,
		triggerPlurals:         []string{"en", "e", "n"},
		participle:             germanParticiple,
		infinitiveMarker:       "zu",
		conditionalMarks:       "üÜ",
	}
}

// germanParticiple: "verhaftet", "beschuldigt", "festgenommen",
// "ausgewiesen" — a -t ending, or -en with the ge- of the participle
// inside; an infinitive ("verhaften", "festnehmen") has neither.
func germanParticiple(word string) bool {
	if strings.HasSuffix(word, "t") {
		return true
	}
	return strings.HasSuffix(word, "en") && strings.Contains(word[min(2, len(word)):], "ge")
}
