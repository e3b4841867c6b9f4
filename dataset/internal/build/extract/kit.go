package extract

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/lexicon"
)

type trigger struct {
	typ string
	pos string // "verb", "noun", "phrase"
	// site: a verb or noun of handing over, which names the event only
	// with a site (a base, a camp) as its object.
	site bool
}

// Kit is one language's lexicon compiled into indexes: what the
// extractor knows of the language.
type Kit struct {
	lang     string
	grammar  grammar
	dates    *dates.Kit
	triggers *lexicon.Index[trigger]
	objects  map[string]*lexicon.Index[bool]
	sites    map[string]*lexicon.Index[bool] // by type: what is handed over
	window   map[string]int
	requires map[string][]string
	cues     *lexicon.Index[string]
	descr    *lexicon.Index[string]
	charges  *lexicon.Index[string]
	numbers  map[string]float64
	endings  map[string][]string        // modality → verb endings
	plurals  []string                   // folded plural endings of nouns
	titles   map[string]bool            // folded titles: "minister", "general"
	words    map[string]map[string]bool // word class → folded words
}

// Dates is the language's dates vocabulary.
func (k *Kit) Dates() *dates.Kit { return k.dates }

// Describes reports whether a descriptor of people starts at token j
// ("soldiers", «مواطن»): a number before it is a count, not a year.
func (k *Kit) Describes(toks []fold.Token, j int) bool {
	_, ok := k.descr.Longest(toks, j)
	return ok
}

// NewKit compiles a language's lexicon for the extractor.
func NewKit(l *lexicon.Language) *Kit {
	k := &Kit{
		lang:     l.Lang,
		grammar:  grammars[l.Lang],
		dates:    dates.NewKit(l),
		triggers: lexicon.NewIndex[trigger](),
		objects:  map[string]*lexicon.Index[bool]{},
		sites:    map[string]*lexicon.Index[bool]{},
		window:   map[string]int{},
		requires: map[string][]string{},
		cues:     lexicon.NewIndex[string](),
		descr:    lexicon.NewIndex[string](),
		charges:  lexicon.NewIndex[string](),
		numbers:  map[string]float64{},
	}
	for _, typ := range eventtype.IDs() {
		t, ok := l.Events[typ]
		if !ok {
			continue
		}
		for _, p := range t.Verbs {
			k.triggers.Add(p, trigger{typ: typ, pos: "verb"})
		}
		for _, p := range t.Nouns {
			k.triggers.Add(p, trigger{typ: typ, pos: "noun"})
		}
		for _, p := range t.Phrases {
			k.triggers.Add(p, trigger{typ: typ, pos: "phrase"})
		}
		if len(t.Objects) > 0 {
			ix := lexicon.NewIndex[bool]()
			for _, o := range t.Objects {
				ix.Add(o, true)
			}
			k.objects[typ] = ix
		}
		if h := t.Handover; h != nil {
			for _, p := range h.Verbs {
				k.triggers.Add(p, trigger{typ: typ, pos: "verb", site: true})
			}
			for _, p := range h.Nouns {
				k.triggers.Add(p, trigger{typ: typ, pos: "noun", site: true})
			}
			ix := lexicon.NewIndex[bool]()
			for _, s := range h.Sites {
				ix.Add(s, true)
			}
			k.sites[typ] = ix
		}
		k.window[typ] = cmp.Or(t.Window, 4)
		k.requires[typ] = t.Requires
	}
	for _, cue := range slices.Sorted(maps.Keys(l.Cues)) {
		for _, p := range l.Cues[cue] {
			k.cues.Add(p, cue)
		}
	}
	for _, gloss := range slices.Sorted(maps.Keys(l.Descriptors)) {
		for _, p := range l.Descriptors[gloss] {
			k.descr.Add(p, gloss)
		}
	}
	for _, kind := range slices.Sorted(maps.Keys(l.Charges)) {
		for _, p := range l.Charges[kind] {
			k.charges.Add(p, kind)
		}
	}
	for w, n := range l.Numbers {
		k.numbers[fold.String(w)] = n
	}
	k.endings = l.Endings
	k.titles = map[string]bool{}
	for _, w := range l.Titles {
		k.titles[fold.String(w)] = true
	}
	k.words = map[string]map[string]bool{}
	for class, ws := range l.Words {
		k.words[class] = map[string]bool{}
		for _, w := range ws {
			k.words[class][fold.String(w)] = true
		}
	}
	for _, e := range l.PluralEndings {
		k.plurals = append(k.plurals, fold.String(e))
	}
	return k
}

// ending is the modality a trigger's own verb form carries: "retirera",
// "retirará" (future), "expulserait" (conditional), «बुलाएगा». The ending
// follows the stem the lexicon spells: "retir*" makes "retiraient" an
// imperfect and "retira" a past, not a conditional and a future.
func (c *sentenceCtx) ending(f found) string {
	for _, mod := range []string{dataset.Hypothetical, conditional, dataset.Future} {
		for j := f.at; j < f.at+f.n; j++ {
			word := strings.ToLower(c.text[c.toks[j].Start:c.toks[j].End])
			stem := 0
			if j == f.at {
				stem = f.stem
			}
			for _, e := range c.k.endings[mod] {
				if strings.HasSuffix(word, e) && len(word) > len(e)+2 && utf8.RuneCountInString(word)-utf8.RuneCountInString(e) >= stem {
					return mod
				}
			}
		}
	}
	return ""
}

// objectsOf is what a trigger needs as its object: the sites handed over,
// or its type's objects; nil when it needs none.
func (k *Kit) objectsOf(t trigger) *lexicon.Index[bool] {
	if t.site {
		return k.sites[t.typ]
	}
	return k.objects[t.typ]
}

// is reports whether a folded word is of a word class of the language
// (lexicon.Article, lexicon.Conjunction, …).
func (k *Kit) is(class, key string) bool { return k.words[class][key] }
