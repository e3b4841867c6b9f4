package gold

import (
	"fmt"
	"slices"
)

// Count is matched (true positive), spurious (false positive) and missed
// (false negative) pairs, and the predicted pairs that a neutral event or
// an optional article took, which count for nothing.
type Count struct{ TP, FP, FN, Ignored int }

func (c *Count) add(o Count) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.Ignored += o.Ignored
}

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

// Pair is one (event, article) pair of the outcome: a match has both
// events, a miss only the gold one, a spurious or ignored pair only the
// prediction (and, when ignored, the neutral or optional gold event that
// took it).
type Pair struct {
	File   string // relative to the gold's root
	Lang   string // the article's language in the export; notBuilt when the build skipped it
	Folder string
	Gold   *Event
	Pred   *Prediction
}

// Type is the pair's type in the report: the gold's first type when there
// is a gold event that counts, else the predicted type.
func (p Pair) Type() string {
	if p.Gold != nil && !p.ignored() {
		return p.Gold.Types[0]
	}
	return p.Pred.Type
}

func (p Pair) ignored() bool {
	return p.Gold != nil && p.Pred != nil && (p.Gold.Neutral || slices.Contains(p.Gold.Optional, p.File))
}

// notBuilt stands for the language of a file the build skipped.
const notBuilt = "(not built)"

// Dates is how the dates of matched pairs compare with the gold's.
type Dates struct {
	Matched   int // matched pairs
	GoldDated int // of them, those whose gold event has a date
	Exact     int // the export's date is the gold's at the gold's precision
	Undated   int // the export has no date
	// Off: the export's date agrees within the matching's tolerance but
	// is not exact (another day, a neighbouring month, less precise).
	Off int
}

func (d *Dates) add(o Dates) {
	d.Matched += o.Matched
	d.GoldDated += o.GoldDated
	d.Exact += o.Exact
	d.Undated += o.Undated
	d.Off += o.Off
}

// QuietFile is a file to which the gold gives no event: a negative, or an
// article in a language the extractors do not read. Found is what the
// build found in it anyway.
type QuietFile struct {
	File, Lang string
	Kind       string // "negative", "language not read" or notBuilt
	Found      []*Prediction
}

// Skipped is a file of the gold that the export does not have, with what
// the build said about it.
type Skipped struct {
	File   string
	Reason string // the build's diagnostics for it, "" when it gave none
}

// Outside is an article of the export that no gold covers (the annotators'
// notes, a folder without gold.json): not scored.
type Outside struct {
	File   string
	Events int
}

// Result is the score of one export against one gold.
type Result struct {
	Folders, Events, Neutral, Files int // the gold's size
	Articles, Predictions           int // the export's size

	Total                    Count
	ByLang, ByType, ByFolder map[string]Count

	Matched, Missed, Spurious, Ignored []Pair

	Dates       Dates
	DatesByLang map[string]Dates

	Stories Stories

	Quiet   []QuietFile
	Skipped []Skipped
	Outside []Outside

	files map[string]string // article id → file
}

// fileOf is the file of an article of the export.
func (r *Result) fileOf(id string) string { return r.files[id] }

// Score matches the export's (event, article) pairs with the gold's. In
// each article a gold pair is matched once at most, and the matching
// holds as many pairs as can be: first with the gold events that count,
// then with the neutral ones and those for which the article is optional,
// which absorb a prediction each without counting it. Predictions left
// over are spurious; gold pairs left over are missed.
func Score(g *Gold, x *Export) (*Result, error) {
	r := &Result{ByLang: map[string]Count{}, ByType: map[string]Count{}, ByFolder: map[string]Count{}, DatesByLang: map[string]Dates{},
		Articles: len(x.Articles), Predictions: len(x.Events), Folders: len(g.Folders)}
	entities := map[string]*Entity{}
	for i := range x.Entities {
		entities[x.Entities[i].ID] = &x.Entities[i]
	}
	byFile := map[string]*Article{}
	r.files = map[string]string{}
	for i := range x.Articles {
		byFile[x.Articles[i].File] = &x.Articles[i]
		r.files[x.Articles[i].ID] = x.Articles[i].File
	}
	preds := map[string][]*Prediction{} // article id → predictions with a mention there, in export order
	keys := map[*Prediction][]map[string]bool{}
	for i := range x.Events {
		p := &x.Events[i]
		for _, a := range p.Actors {
			keys[p] = append(keys[p], actorKeys(a.ID, a.Name, entities))
		}
		for _, m := range p.Mentions {
			if l := preds[m.Article]; len(l) == 0 || l[len(l)-1] != p {
				preds[m.Article] = append(l, p)
			}
		}
	}
	reasons := map[string][]Diagnostic{}
	for _, d := range x.Diagnostics {
		reasons[d.File] = append(reasons[d.File], d)
	}

	inGold := map[string]bool{}
	built := 0
	for fi := range g.Folders {
		f := &g.Folders[fi]
		r.Files += len(f.Files)
		for i := range f.Events {
			r.Events++
			if f.Events[i].Neutral {
				r.Neutral++
			}
		}
		for _, file := range f.Files {
			inGold[file] = true
			a := byFile[file]
			lang := notBuilt
			var found []*Prediction
			if a != nil {
				built++
				lang = a.Lang
				found = preds[a.ID]
			} else {
				r.Skipped = append(r.Skipped, Skipped{File: file, Reason: reasonOf(reasons[file])})
			}
			r.scoreFile(f, file, lang, found, keys)
			if !annotated(f, file) {
				r.Quiet = append(r.Quiet, QuietFile{File: file, Lang: lang, Kind: quietKind(a, reasons[file]), Found: found})
			}
		}
	}
	if built == 0 && r.Files > 0 {
		return nil, fmt.Errorf("the export has none of the gold's %d files: build it from the gold's folder (make eval GOLD=DIR does)", r.Files)
	}
	for _, a := range x.Articles {
		if !inGold[a.File] {
			r.Outside = append(r.Outside, Outside{File: a.File, Events: len(preds[a.ID])})
		}
	}
	r.Stories = scoreStories(g, x, inGold)
	return r, nil
}

// scoreFile matches the pairs of one article.
func (r *Result) scoreFile(f *Folder, file, lang string, found []*Prediction, keys map[*Prediction][]map[string]bool) {
	var counted, absorbing []*Event
	for i := range f.Events {
		e := &f.Events[i]
		switch {
		case slices.Contains(e.Articles, file) && !e.Neutral:
			counted = append(counted, e)
		case slices.Contains(e.Articles, file), slices.Contains(e.Optional, file):
			absorbing = append(absorbing, e)
		}
	}
	// First the gold pairs that count, then the absorbing ones with what
	// is left.
	taken := match(counted, found, keys)
	var rest []*Prediction
	for _, p := range found {
		if taken[p] == nil {
			rest = append(rest, p)
		}
	}
	absorbed := match(absorbing, rest, keys)
	pair := func(g *Event, p *Prediction) Pair {
		return Pair{File: file, Lang: lang, Folder: f.Path, Gold: g, Pred: p}
	}
	matchedGold := map[*Event]*Prediction{}
	for p, g := range taken {
		matchedGold[g] = p
	}
	for _, g := range counted {
		p := matchedGold[g]
		if p == nil {
			r.bump(pair(g, nil), Count{FN: 1})
			r.Missed = append(r.Missed, pair(g, nil))
			continue
		}
		r.bump(pair(g, p), Count{TP: 1})
		r.Matched = append(r.Matched, pair(g, p))
		r.date(lang, g, p)
	}
	for _, p := range found {
		switch {
		case taken[p] != nil:
		case absorbed[p] != nil:
			r.bump(pair(absorbed[p], p), Count{Ignored: 1})
			r.Ignored = append(r.Ignored, pair(absorbed[p], p))
		default:
			r.bump(pair(nil, p), Count{FP: 1})
			r.Spurious = append(r.Spurious, pair(nil, p))
		}
	}
}

// match is a maximum one-to-one matching of gold events and predictions,
// by prediction.
func match(gold []*Event, found []*Prediction, keys map[*Prediction][]map[string]bool) map[*Prediction]*Event {
	edges := make([][]int, len(gold))
	for gi, g := range gold {
		for pi, p := range found {
			if compatible(g, p, keys[p]) {
				edges[gi] = append(edges[gi], pi)
			}
		}
		slices.SortStableFunc(edges[gi], func(a, b int) int { return closeness(g, found[b]) - closeness(g, found[a]) })
	}
	out := map[*Prediction]*Event{}
	for gi, pi := range maxMatching(edges, len(found)) {
		if pi >= 0 {
			out[found[pi]] = gold[gi]
		}
	}
	return out
}

func (r *Result) bump(p Pair, c Count) {
	for _, row := range []struct {
		m   map[string]Count
		key string
	}{{r.ByLang, p.Lang}, {r.ByType, p.Type()}, {r.ByFolder, p.Folder}} {
		x := row.m[row.key]
		x.add(c)
		row.m[row.key] = x
	}
	r.Total.add(c)
}

func (r *Result) date(lang string, g *Event, p *Prediction) {
	d := Dates{Matched: 1}
	if g.date.known() {
		d.GoldDated = 1
		switch {
		case !p.date.known():
			d.Undated = 1
		case exact(g.date, p.date):
			d.Exact = 1
		default:
			d.Off = 1
		}
	}
	r.Dates.add(d)
	x := r.DatesByLang[lang]
	x.add(d)
	r.DatesByLang[lang] = x
}

// annotated says whether the gold gives a file any event, as an article
// or an optional one, neutral or not.
func annotated(f *Folder, file string) bool {
	for _, e := range f.Events {
		if slices.Contains(e.Articles, file) || slices.Contains(e.Optional, file) {
			return true
		}
	}
	return false
}

func quietKind(a *Article, diags []Diagnostic) string {
	if a == nil {
		return notBuilt
	}
	for _, d := range diags {
		if d.Code == "unsupported-language" || d.Code == "unknown-language" {
			return "language not read"
		}
	}
	return "negative"
}

func reasonOf(diags []Diagnostic) string {
	var s string
	for i, d := range diags {
		if i > 0 {
			s += "; "
		}
		s += fmt.Sprintf("%s: %s [%s]", d.Severity, d.Message, d.Code)
	}
	return s
}
