// Package lexicon holds what the extractors know about each language, as
// reviewed data in data/<lang>.json: the words that name each event type,
// the cues for negation, future, speculation and attribution, how people
// are described, number words, and the vocabulary of dates. It also maps
// Parallax's event types (package eventtype) to the words of each language.
//
// Patterns are folded words (see package fold). A trailing "*" makes a
// word a prefix ("expel*" is "expels", "expelled"); words separated by
// spaces must follow each other, and "..." between two words stands for a
// few others ("nimmt ... fest"). Arabic words match under their clitics.
package lexicon

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
)

// Languages with a lexicon: the extractors run on these.
var Languages = []string{"ar", "de", "en", "es", "fr", "hi"}

// Trigger lists the words that name one event type.
type Trigger struct {
	Verbs   []string `json:"verbs"`   // the act: "expel*", «طرد*»
	Nouns   []string `json:"nouns"`   // the act named: "expulsion*", «طرد»
	Phrases []string `json:"phrases"` // several words: "persona non grata"
	// Requires names entity kinds of which the sentence must mention one
	// for the trigger to count ("attack" needs an armed group, an army or a
	// place, so that a football team's attack is not one).
	Requires []string `json:"requires,omitempty"`
	// Objects, when set, are words one of which must follow the trigger
	// closely ("suspend*" is suspend-cooperation only with "cooperation").
	Objects []string `json:"objects,omitempty"`
	// Window is how many words after the trigger Objects may be; 4 when 0.
	Window int `json:"window,omitempty"`
	// Handover names the event by a place handed over: a force that hands
	// its base to the host has left it.
	Handover *Handover `json:"handover,omitempty"`
}

// Handover lists the verbs and nouns of handing a place over ("hand* ~
// over", "restitu*", «سلم*»). They name the event only with one of Sites
// as their object, not as where someone goes ("returned to the base"):
// their own Objects would make "handed over the prisoners" a withdrawal.
type Handover struct {
	Verbs []string `json:"verbs"`
	Nouns []string `json:"nouns"`
	Sites []string `json:"sites"` // "base", "camp", «قاعدة»
}

// Language is one language's lexicon.
type Language struct {
	Lang   string             `json:"lang"`
	Events map[string]Trigger `json:"events"`

	// Cues change what a trigger means: "negation" (did not), "future"
	// (will), "hypothetical" (could, may), "attribution" (according to,
	// told), "since" (since 2020: history), "passive" (by, par: the agent
	// follows), "ergative" (Hindi ने: the agent precedes), "with", "from",
	// "in", "against", "to" (prepositions that mark a target or a place),
	// "institution" (authorities, government, army: a demonym before or
	// after one names a state acting), "military" (soldiers, army, base:
	// the army of the country acts or is acted on), "clause"
	// (subordinators that open a clause: "that", «أن», "कि").
	Cues map[string][]string `json:"cues"`

	// Words are the language's function words by grammatical class
	// (WordClasses in kinds.go): articles, genitive prepositions,
	// conjunctions, connectives… Each is one word, compared folded.
	Words map[string][]string `json:"words,omitempty"`

	// Endings are verb endings that carry a modality, by cue kind
	// ("future", "hypothetical", "conditional", "attempted", "decided"):
	// the future and conditional of French and Spanish ("retirera",
	// "retirará", "expulsaría"), the Hindi future ("बुलाएगा"), German
	// "-versuch" compounds ("Putschversuch"), and the compounds that name an
	// act decided or planned, which lies ahead ("Abzugsbeschluss"). They are compared with the end of a trigger's words as
	// written, in lower case, accents kept: Spanish "-ará" is future,
	// "-ara" is not.
	Endings map[string][]string `json:"endings,omitempty"`

	// Descriptors are how people and groups are described, by English
	// gloss: "national" ← "ressortissant*", «مواطن».
	Descriptors map[string][]string `json:"descriptors"`

	// Charges are what an accusation or a denial is about, by kind
	// ("espionage", "subversion", "interference"): two accusations with
	// different charges are two events, though the same state makes them.
	Charges map[string][]string `json:"charges,omitempty"`

	// PluralEndings are the endings that make a descriptor's noun plural
	// ("diplomats", «مواطنين», «कर्मचारियों»), for telling one person from a
	// group when no number says it. Compared folded, on the noun.
	PluralEndings []string `json:"plural_endings,omitempty"`

	// Titles are words of title or role ("Foreign Minister", "General",
	// "Bundeskanzler", «الرئيس», "राष्ट्रपति"): they are no part of an
	// unknown name, which becomes a provisional entity, and the name they
	// introduce is a person's. In a script without capitals they are how
	// such a name is found.
	Titles []string `json:"titles,omitempty"`

	// Numbers are number words and their values: "deux": 2, «خمسة»: 5.
	Numbers map[string]float64 `json:"numbers"`

	// Months, Weekdays: names by number (1–12, 1 = Monday … 7 = Sunday).
	Months   map[string]int `json:"months"`
	Weekdays map[string]int `json:"weekdays"`

	// Relative date expressions by meaning: "today", "yesterday",
	// "tomorrow", "last-week", "this-week", "last-month", "this-month",
	// "last-year", "this-year", and "last" / "next" (words after a month
	// or weekday: "août dernier", «سبتمبر الماضي»), "mid" (mid-August),
	// "year" (words that introduce a bare year: «عام», "en", "in"), "until"
	// (a deadline: "avant samedi", «حتى السبت») and "until-after" where
	// it follows the date (Hindi "शनिवार तक").
	Relative map[string][]string `json:"relative"`
}

// Lexicon is every language's data.
type Lexicon struct {
	langs map[string]*Language
}

//go:embed data/*.json
var data embed.FS

// Load reads the embedded lexicons.
func Load() (*Lexicon, error) {
	files := map[string][]byte{}
	entries, err := data.ReadDir("data")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		b, err := data.ReadFile("data/" + e.Name())
		if err != nil {
			return nil, err
		}
		files[e.Name()] = b
	}
	return Parse(files)
}

// Parse builds a lexicon from data files, "<lang>.json" per language.
func Parse(files map[string][]byte) (*Lexicon, error) {
	lx := &Lexicon{langs: map[string]*Language{}}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		dec := json.NewDecoder(bytes.NewReader(files[name]))
		dec.DisallowUnknownFields()
		var l Language
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("lexicon/%s: %w", name, err)
		}
		if l.Lang+".json" != name {
			return nil, fmt.Errorf("lexicon/%s: says it is %q", name, l.Lang)
		}
		if err := l.check(); err != nil {
			return nil, fmt.Errorf("lexicon/%s: %w", name, err)
		}
		lx.langs[l.Lang] = &l
	}
	return lx, nil
}

func (l *Language) check() error {
	for t, tr := range l.Events {
		if _, ok := eventtype.Lookup(t); !ok {
			return fmt.Errorf("unknown event type %q", t)
		}
		for _, p := range slices.Concat(tr.Verbs, tr.Nouns, tr.Phrases, tr.Objects) {
			if err := checkPattern(p); err != nil {
				return fmt.Errorf("%s: %w", t, err)
			}
		}
		if h := tr.Handover; h != nil {
			if len(h.Sites) == 0 || len(h.Verbs)+len(h.Nouns) == 0 {
				return fmt.Errorf("%s: a handover needs verbs or nouns, and sites", t)
			}
			for _, p := range slices.Concat(h.Verbs, h.Nouns, h.Sites) {
				if err := checkPattern(p); err != nil {
					return fmt.Errorf("%s handover: %w", t, err)
				}
			}
		}
	}
	for cue, ps := range l.Cues {
		if _, ok := CueKinds[cue]; !ok {
			return fmt.Errorf("unknown cue kind %q (kinds.go lists them)", cue)
		}
		for _, p := range ps {
			if err := checkPattern(p); err != nil {
				return fmt.Errorf("cue %s: %w", cue, err)
			}
		}
	}
	for class, ws := range l.Words {
		if _, ok := WordClasses[class]; !ok {
			return fmt.Errorf("unknown word class %q (kinds.go lists them)", class)
		}
		for _, w := range ws {
			if err := checkPattern(w); err != nil || strings.ContainsAny(w, " *") {
				return fmt.Errorf("words %s: %q is not one word", class, w)
			}
		}
	}
	for d, ps := range l.Descriptors {
		for _, p := range ps {
			if err := checkPattern(p); err != nil {
				return fmt.Errorf("descriptor %s: %w", d, err)
			}
		}
	}
	for kind, ps := range l.Charges {
		for _, p := range ps {
			if err := checkPattern(p); err != nil {
				return fmt.Errorf("charge %s: %w", kind, err)
			}
		}
	}
	for kind, es := range l.Endings {
		if kind != "future" && kind != "hypothetical" && kind != "conditional" && kind != "attempted" && kind != "decided" {
			return fmt.Errorf("endings: unknown kind %q", kind)
		}
		for _, e := range es {
			if e == "" || strings.ContainsAny(e, " *") || strings.ToLower(e) != e {
				return fmt.Errorf("endings %s: %q is not a lower-case ending", kind, e)
			}
		}
	}
	for m, n := range l.Months {
		if n < 1 || n > 12 {
			return fmt.Errorf("month %q is %d", m, n)
		}
	}
	for w, n := range l.Weekdays {
		if n < 1 || n > 7 {
			return fmt.Errorf("weekday %q is %d", w, n)
		}
	}
	return nil
}

func checkPattern(p string) error {
	words := strings.Fields(p)
	if len(words) == 0 {
		return fmt.Errorf("empty pattern")
	}
	for i, w := range words {
		if w == Gap || w == FreeGap {
			if i == 0 || i == len(words)-1 || words[i-1] == Gap || words[i-1] == FreeGap {
				return fmt.Errorf("pattern %q: %s must stand between words", p, w)
			}
			continue
		}
		stem := strings.TrimSuffix(w, "*")
		if len(fold.Tokens(stem)) != 1 || fold.Tokens(stem)[0].Key != fold.String(stem) {
			return fmt.Errorf("pattern %q: %q is not one word", p, w)
		}
	}
	return nil
}

// Lang returns a language's lexicon, or nil when there is none.
func (lx *Lexicon) Lang(code string) *Language { return lx.langs[code] }

// Pattern is a compiled pattern: folded words, each exact or a prefix.
type Pattern []Word

// Word is one word of a pattern.
type Word struct {
	Key    string
	Prefix bool
	Gap    bool // "..." or "~": up to MaxGap other words
	Free   bool // "~": the words after the gap need not end their clause
}

// Gap in a pattern stands for up to MaxGap words: the object between a
// German verb and its separated particle ("nimmt ... fest"). The words
// after it must end their clause.
const Gap = "..."

// FreeGap stands for up to MaxGap words anywhere in the sentence: a verb
// and the word that settles its sense ("warned ~ measures", «أمر* ~
// بمغادرة»).
const FreeGap = "~"

// MaxGap is the most words a Gap spans; MaxFreeGap a FreeGap, which may
// reach over a subordinate clause ("warned that if … other measures").
const (
	MaxGap     = 8
	MaxFreeGap = 14
)

// Compile folds a pattern.
func Compile(p string) Pattern {
	var out Pattern
	for _, w := range strings.Fields(p) {
		if w == Gap || w == FreeGap {
			out = append(out, Word{Gap: true, Free: w == FreeGap})
			continue
		}
		prefix := strings.HasSuffix(w, "*")
		out = append(out, Word{Key: fold.String(strings.TrimSuffix(w, "*")), Prefix: prefix})
	}
	return out
}

// Matches reports whether a folded word matches w.
func (w Word) Matches(key string) bool {
	if w.Prefix {
		return strings.HasPrefix(key, w.Key)
	}
	return key == w.Key
}

// GlossClass groups descriptors whose events cannot be one: expelling diplomats
// and expelling troops are two expulsions.
func GlossClass(gloss string) string {
	switch gloss {
	case "diplomat", "ambassador", "embassy staff", "staff":
		return "diplomatic"
	case "troops", "fighters":
		return "military"
	case "intelligence officer":
		return "intelligence"
	}
	return ""
}
