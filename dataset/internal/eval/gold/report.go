package gold

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Report prints the result: the gold's and the export's size, precision,
// recall and F1 of pairs per language, event type and folder, the dates
// of matched pairs, story grouping pairwise, and what the build found in
// files to which the gold gives no event. With verbose it lists, file by
// file, every missed pair with its gold quotes, every spurious or ignored
// pair with its sentences and the rule that made it, and every matched
// pair whose date is not exact; then the story pairs missed and wrong.
func Report(w io.Writer, r *Result, verbose bool) {
	fmt.Fprintf(w, "gold: %s, %s (%d neutral), %s; export: %s, %s\n",
		plural(r.Folders, "folder"), plural(r.Events, "event"), r.Neutral, plural(r.Files, "file"), plural(r.Articles, "article"), plural(r.Predictions, "event"))
	if len(r.Outside) > 0 {
		var names []string
		events := 0
		for _, o := range r.Outside {
			names = append(names, o.File)
			events += o.Events
		}
		fmt.Fprintf(w, "not in the gold, not scored: %s with %s (%s)\n", plural(len(r.Outside), "article"), plural(events, "event"), strings.Join(names, ", "))
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "not built: %s: %s\n", s.File, cmp.Or(s.Reason, "not in the export"))
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	table := func(title, column string, m map[string]Count, total bool) {
		fmt.Fprintf(tw, "\n%s\n", title)
		fmt.Fprintf(tw, "%s\ttp\tfp\tfn\tignored\tprecision\trecall\tF1\t\n", column)
		row := func(name string, c Count) {
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, c.TP, c.FP, c.FN, c.Ignored, c.Precision(), c.Recall(), c.F1())
		}
		for _, k := range sortedKeys(m) {
			row(cmp.Or(k, "(root)"), m[k])
		}
		if total {
			row("all", r.Total)
		}
		tw.Flush()
	}
	fmt.Fprintln(w, "\n(event, article) pairs: a gold event and a predicted one in the same article, same type, dates that agree, one actor in common")
	table("by language", "language", r.ByLang, true)
	table("by event type (the gold's first type; a spurious or ignored pair under its predicted type)", "type", r.ByType, false)
	table("by folder", "folder", r.ByFolder, true)

	fmt.Fprintf(tw, "\ndates of matched pairs (exact: the gold's date at the gold's precision; off: within the matching's tolerance only)\n")
	fmt.Fprintf(tw, "language\tmatched\tgold dated\texact\toff\tundated\texact/dated\t\n")
	dateRow := func(name string, d Dates) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t\n", name, d.Matched, d.GoldDated, d.Exact, d.Off, d.Undated, ratio(d.Exact, d.GoldDated))
	}
	for _, k := range sortedKeys(r.DatesByLang) {
		dateRow(k, r.DatesByLang[k])
	}
	dateRow("all", r.Dates)
	tw.Flush()

	s := r.Stories
	fmt.Fprintf(tw, "\nstories, pairwise (two files of one story: its versions and their duplicates; related coverage makes no pair)\n")
	fmt.Fprintf(tw, "folder\tgold pairs\tpredicted\tcommon\tprecision\trecall\t\n")
	storyRow := func(name string, c StoryCount) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t\n", name, c.Gold, c.Predicted, c.Common, c.Precision(), c.Recall())
	}
	for _, k := range sortedKeys(s.ByFolder) {
		storyRow(cmp.Or(k, "(root)"), s.ByFolder[k])
	}
	fmt.Fprintf(tw, "across folders\t0\t%d\t0\t\t\t\n", s.Across)
	storyRow("all", s.Total)
	tw.Flush()

	found := 0
	for _, q := range r.Quiet {
		found += len(q.Found)
	}
	fmt.Fprintf(w, "\nfiles to which the gold gives no event: %d, with %s found in them\n", len(r.Quiet), plural(found, "event"))
	for _, q := range r.Quiet {
		fmt.Fprintf(w, "  %s  %s (%s): %d\n", q.File, q.Kind, q.Lang, len(q.Found))
		for _, p := range q.Found {
			fmt.Fprintf(w, "    %s  %s\n", describe(p), ruleOf(p, q.File, r))
			for _, sen := range sentences(p, q.File, r) {
				fmt.Fprintf(w, "      %q\n", sen)
			}
		}
	}
	if verbose {
		details(w, r)
	}
}

// details lists, file by file, the pairs that went wrong or were ignored,
// then the story pairs missed and wrong.
func details(w io.Writer, r *Result) {
	byFile := map[string][]string{}
	langs := map[string]string{}
	add := func(p Pair, lines ...string) {
		byFile[p.File] = append(byFile[p.File], lines...)
		langs[p.File] = p.Lang
	}
	for _, p := range r.Missed {
		lines := []string{fmt.Sprintf("missed    %s %s %s: %s", p.Gold.ID, p.Gold.Types[0], cmp.Or(p.Gold.Date, "undated"), p.Gold.What)}
		for _, q := range p.Gold.quotes(p.File) {
			lines = append(lines, fmt.Sprintf("            %q", q))
		}
		add(p, lines...)
	}
	for _, p := range r.Spurious {
		lines := []string{fmt.Sprintf("spurious  %s  %s", describe(p.Pred), ruleOf(p.Pred, p.File, r))}
		for _, s := range sentences(p.Pred, p.File, r) {
			lines = append(lines, fmt.Sprintf("            %q", s))
		}
		add(p, lines...)
	}
	for _, p := range r.Ignored {
		why := "neutral"
		if !p.Gold.Neutral {
			why = "optional here"
		}
		add(p, fmt.Sprintf("ignored   %s  taken by %s (%s)", describe(p.Pred), p.Gold.ID, why))
	}
	for _, p := range r.Matched {
		if p.Gold.date.known() && !exact(p.Gold.date, p.Pred.date) {
			add(p, fmt.Sprintf("date      %s %s %s, export %s: %s", p.Gold.ID, p.Gold.Types[0], p.Gold.Date, cmp.Or(p.Pred.Date, "undated"), p.Gold.What))
		}
	}
	fmt.Fprintf(w, "\nby file: missed, spurious and ignored pairs, and matched pairs whose date is not exact\n")
	for _, f := range sortedKeys(byFile) {
		fmt.Fprintf(w, "\n%s (%s)\n", f, langs[f])
		for _, l := range byFile[f] {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
	for _, list := range []struct {
		name  string
		pairs [][2]string
	}{{"story pairs missed", r.Stories.Missing}, {"story pairs wrong", r.Stories.Wrong}} {
		fmt.Fprintf(w, "\n%s: %d\n", list.name, len(list.pairs))
		for _, p := range list.pairs {
			fmt.Fprintf(w, "  %s + %s\n", p[0], p[1])
		}
	}
}

// describe is a prediction in one line: type, sources -> targets, date,
// and its id in the export.
func describe(p *Prediction) string {
	var src, tgt []string
	for _, a := range p.Actors {
		if a.Role == "target" {
			tgt = append(tgt, a.ID)
		} else {
			src = append(src, a.ID)
		}
	}
	return fmt.Sprintf("%s %s -> %s %s [%s]", p.Type, cmp.Or(strings.Join(src, ","), "-"), cmp.Or(strings.Join(tgt, ","), "-"), cmp.Or(p.Date, "undated"), p.ID)
}

// sentences is a prediction's sentences in one file of the gold.
func sentences(p *Prediction, file string, r *Result) []string {
	var out []string
	for _, m := range p.Mentions {
		if r.fileOf(m.Article) == file && !slices.Contains(out, m.Sentence) {
			out = append(out, m.Sentence)
		}
	}
	return out
}

// ruleOf names the rules that made a prediction's mentions in a file.
func ruleOf(p *Prediction, file string, r *Result) string {
	var rules []string
	for _, m := range p.Mentions {
		if r.fileOf(m.Article) == file && m.rule() != "" && !slices.Contains(rules, m.rule()) {
			rules = append(rules, m.rule())
		}
	}
	if len(rules) == 0 {
		return "rule unknown"
	}
	return "rule " + strings.Join(rules, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// plural is "1 event", "2 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
