package build

import (
	"fmt"
	"strings"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/entities"
	"parallax/dataset/internal/build/lexicon"
)

// The event extractor's work budget. Every other per-article stage is
// linear in its input (hostile_test.go checks each shape at N and 4N), but
// the extractor's work in a sentence grows with the product of its words,
// names and dates: a scraped file of one endless sentence of names would stall the build.
// So before the extractor runs, each paragraph's work is estimated from
// what it holds, and what would cost more than a fixed number of work
// units per byte is not read for events: the sentences that exceed their
// allowance. The article keeps its text, dates and names; the
// report says what was not read and why (too-slow).
//
// The budget is counted, not timed, so that the same input always gives
// the same dataset, on any machine and under any load.
//
// The estimate models the extractor's super-linear paths as of this
// writing (see docs/hostile-input.md): the roles and descriptions of
// a sentence weigh each name against each other name, between them
// (tokens × names²), and each trigger's date is chosen against every
// date and every other trigger of the sentence. When the extractor stops being super-linear in one of
// them, its term can go.
const (
	// sentenceWorkPerByte is the estimated work allowed per byte of a
	// sentence. The heaviest sentences of ordinary news (the seeds, the
	// evaluation corpus, the development corpus and generated corpora)
	// need about 200 (TestEventBudgetOrdinary): since the estimate grows
	// with the cube of a sentence's weighty words, this lets through
	// sentences six times as long and as dense as those, and stops a
	// sentence of a hundred names or event words in a row.
	sentenceWorkPerByte = 50_000
	// budgetFloor is the bytes every sentence and paragraph is allowed on
	// top of its length: a short sentence dense with names is no threat.
	budgetFloor = 256
)

// budget is the work allowed per byte of a sentence. (Paragraphs had an
// allowance too while the extractor went through a paragraph's tokens
// once per sentence; it now takes each sentence's from where the last
// stopped, and newSentence finds dates and names by binary search.)
type budget struct{ sentence int64 }

var defaultBudget = budget{sentenceWorkPerByte}

func (budget) allows(perByte int64, bytes int, work int64) bool {
	return work <= perByte*int64(bytes+budgetFloor)
}

// sentenceWork is the estimated work of the extractor in one sentence of
// tokens words, weighty of which it weighs against each other: names,
// dates, event words and descriptions of people.
func sentenceWork(tokens, weighty int) int64 {
	t, w := int64(tokens), int64(1+weighty)
	if w > 1<<14 {
		w = 1 << 14 // no overflow: this is far over any allowance anyway
	}
	return t * w * w * w
}

// weightyWords indexes the words of a language's lexicon that the
// extractor weighs against each other in a sentence: the triggers of
// events and the descriptions of people.
func weightyWords(l *lexicon.Language) *lexicon.Index[bool] {
	ix := lexicon.NewIndex[bool]()
	for _, t := range l.Events {
		for _, ps := range [][]string{t.Verbs, t.Nouns, t.Phrases} {
			for _, p := range ps {
				ix.Add(p, true)
			}
		}
	}
	for _, ps := range l.Descriptors {
		for _, p := range ps {
			ix.Add(p, true)
		}
	}
	return ix
}

// read chooses the sentences of a paragraph the extractor may
// read: toks are the paragraph's tokens, ents and dms the names and dates
// found in it, all in text order, ix the language's weighty words. It
// returns the sentences to read, in order, and how many it left out.
func (b budget) read(text string, sentences []dataset.Span, toks []fold.Token, ents []entities.Mention, dms []dates.Mention, ix *lexicon.Index[bool]) ([]dataset.Span, int) {
	var keep []dataset.Span
	ti, ei, di := 0, 0, 0
	for _, s := range sentences {
		// Count what falls in the sentence, as the extractor sees it:
		// tokens inside it, names and dates that start in it.
		for ti < len(toks) && toks[ti].Start < s.Start {
			ti++
		}
		t0, weighty := ti, 0
		for ti < len(toks) && toks[ti].End <= s.End {
			if len(ix.At(toks, ti)) > 0 {
				weighty++
			}
			ti++
		}
		for ei < len(ents) && ents[ei].Start < s.Start {
			ei++
		}
		for ; ei < len(ents) && ents[ei].Start < s.End; ei++ {
			if !ents[ei].Provisional {
				weighty++
			}
		}
		for di < len(dms) && dms[di].Start < s.Start {
			di++
		}
		for di < len(dms) && dms[di].Start < s.End {
			di++
			weighty++
		}
		if !b.allows(b.sentence, s.End-s.Start, sentenceWork(ti-t0, weighty)) {
			continue // over its allowance: the rest may still be read
		}
		keep = append(keep, s)
	}
	return keep, len(sentences) - len(keep)
}

// tooSlow reports the sentences the budget kept from the extractor in one
// article: lines are where the paragraphs they are in start.
func tooSlow(file string, sentences int, lines []int) dataset.Diagnostic {
	where := make([]string, 0, 6)
	for i, l := range lines {
		if i == 5 {
			where = append(where, "…")
			break
		}
		where = append(where, fmt.Sprint(l))
	}
	return dataset.Diagnostic{File: file, Line: lines[0], Severity: dataset.Warning, Code: "too-slow",
		Message: fmt.Sprintf("events: %d %s in %d %s (%s %s) not read for events: too many words, names or dates together for the extractor's work budget; their text, names and dates are kept",
			sentences, plural(sentences, "sentence", "sentences"), len(lines), plural(len(lines), "paragraph", "paragraphs"),
			plural(len(lines), "line", "lines"), strings.Join(where, ", "))}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
