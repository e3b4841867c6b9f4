package cases

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Count is true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

func (c *Count) add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision, Recall and F1 of the count; 1 when there is nothing to find
// and nothing found.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Count) Recall() float64    { return ratio(c.TP, c.TP+c.FN) }
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Result is the score of one case.
type Result struct {
	Case     Case
	Got      []Expected // the extractor's events, in the same form
	Count    Count
	Missed   []Expected
	Spurious []Expected
	// Of matched events that state a date (or its absence), its source, a
	// quantity or who was acted on, how many agree.
	Dates, DatesRight, DateSources, DateSourcesRight, Qtys, QtysRight, Whos, WhosRight int
	// RolesRight: matched events whose sources and targets are exactly
	// the expected ones (matching itself only needs the same actors).
	Matched, RolesRight int
	ByType              map[string]Count
	// Wrong lists matched events whose date, source of date, quantity or
	// description of who was acted on is not the expected one.
	Wrong []string
}

// Score matches the extractor's events with the expected ones: same type,
// same modality, same set of actors (sources and targets together, since
// which party of a meeting is "source" is a convention).
func Score(c Case, got []Expected) Result {
	r := Result{Case: c, Got: got, ByType: map[string]Count{}}
	used := make([]bool, len(got))
	for _, want := range c.Events {
		found := -1
		for i, g := range got {
			if !used[i] && g.Type == want.Type && g.Modality == want.Modality && slices.Equal(g.Actors(), want.Actors()) {
				found = i
				break
			}
		}
		if found < 0 {
			r.Missed = append(r.Missed, want)
			r.bump(want.Type, Count{FN: 1})
			continue
		}
		used[found] = true
		g := got[found]
		r.bump(want.Type, Count{TP: 1})
		r.Matched++
		if slices.Equal(g.Source, want.Source) && slices.Equal(g.Target, want.Target) {
			r.RolesRight++
		}
		before := r.DatesRight + r.DateSourcesRight + r.QtysRight + r.WhosRight
		asked := r.Dates + r.DateSources + r.Qtys + r.Whos
		if want.Date != "" {
			r.Dates++
			if g.Date == want.Date || want.Date == NoDate && g.Date == "" {
				r.DatesRight++
			}
		}
		if want.DateSource != "" {
			r.DateSources++
			if g.DateSource == want.DateSource {
				r.DateSourcesRight++
			}
		}
		if want.Qty != 0 {
			r.Qtys++
			if g.Qty == want.Qty {
				r.QtysRight++
			}
		}
		if want.Who != "" {
			r.Whos++
			if g.Who == want.Who {
				r.WhosRight++
			}
		}
		if r.Dates+r.DateSources+r.Qtys+r.Whos-asked != r.DatesRight+r.DateSourcesRight+r.QtysRight+r.WhosRight-before {
			r.Wrong = append(r.Wrong, fmt.Sprintf("%s, got %s", want, g))
		}
	}
	for i, g := range got {
		if !used[i] {
			r.Spurious = append(r.Spurious, g)
			r.bump(g.Type, Count{FP: 1})
		}
	}
	return r
}

func (r *Result) bump(typ string, c Count) {
	x := r.ByType[typ]
	x.add(c)
	r.ByType[typ] = x
	r.Count.add(c)
}

// Report prints precision and recall per language and per event type, the
// attribute accuracies, and with verbose every miss and false alarm.
func Report(w io.Writer, results []Result, verbose bool) Count {
	byLang := map[string]*Count{}
	byType := map[string]*Count{}
	var total Count
	var dates, datesRight, srcs, srcsRight, qtys, qtysRight, whos, whosRight, matched, rolesRight, negatives, cleanNegatives int
	for _, r := range results {
		if byLang[r.Case.Lang] == nil {
			byLang[r.Case.Lang] = &Count{}
		}
		byLang[r.Case.Lang].add(r.Count)
		for t, c := range r.ByType {
			if byType[t] == nil {
				byType[t] = &Count{}
			}
			byType[t].add(c)
		}
		total.add(r.Count)
		dates, datesRight, qtys, qtysRight = dates+r.Dates, datesRight+r.DatesRight, qtys+r.Qtys, qtysRight+r.QtysRight
		srcs, srcsRight, whos, whosRight = srcs+r.DateSources, srcsRight+r.DateSourcesRight, whos+r.Whos, whosRight+r.WhosRight
		matched, rolesRight = matched+r.Matched, rolesRight+r.RolesRight
		if len(r.Case.Events) == 0 {
			negatives++
			if len(r.Got) == 0 {
				cleanNegatives++
			}
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	row := func(name string, c Count) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintln(tw, "language\ttp\tfp\tfn\tprecision\trecall\tF1\t")
	for _, l := range sortedKeys(byLang) {
		row(l, *byLang[l])
	}
	row("all", total)
	fmt.Fprintln(tw, "\t\t\t\t\t\t\t")
	fmt.Fprintln(tw, "event type\ttp\tfp\tfn\tprecision\trecall\tF1\t")
	for _, t := range sortedKeys(byType) {
		row(t, *byType[t])
	}
	tw.Flush()
	fmt.Fprintf(w, "\nmatched events: roles exactly right %d/%d, dates right %d/%d, date sources right %d/%d, quantities right %d/%d, affected described right %d/%d\n",
		rolesRight, matched, datesRight, dates, srcsRight, srcs, qtysRight, qtys, whosRight, whos)
	fmt.Fprintf(w, "negative cases with no event: %d/%d\n", cleanNegatives, negatives)
	if verbose {
		for _, r := range results {
			if len(r.Missed)+len(r.Spurious)+len(r.Wrong) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n%s  (%s)\n  %s\n", r.Case.File, r.Case.Note, strings.TrimSpace(r.Case.Input))
			for _, m := range r.Missed {
				fmt.Fprintf(w, "  missed   %s\n", m)
			}
			for _, s := range r.Spurious {
				fmt.Fprintf(w, "  spurious %s\n", s)
			}
			for _, s := range r.Wrong {
				fmt.Fprintf(w, "  wrong    %s\n", s)
			}
		}
	}
	return total
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
