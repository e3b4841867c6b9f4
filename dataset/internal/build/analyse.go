package build

import (
	"cmp"
	"maps"
	"slices"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/entities"
	"parallax/dataset/internal/build/extract"
)

// analyse runs the stages that read meaning: dates (with the reference
// date they need), entities, and event candidates. It fills the
// segment.Paragraphs' marks and the article's publication date when inferred.
// The extractor reads what the work budget b (budget.go) allows, all when
// b is nil; skipped counts, per paragraph, the sentences it did not.
func analyse(a *dataset.Article, env *Env, b *budget) (cands []extract.Candidate, provisional map[string]dataset.Entity, skipped []int) {
	dk := env.dates(a.Lang)
	kit := env.kit(a.Lang)
	toks := make([][]fold.Token, len(a.Paragraphs))
	raws := make([][]dates.Raw, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		toks[i] = fold.Tokens(p.Text)
		var notYear func(int) bool
		if kit != nil {
			t := toks[i]
			notYear = func(j int) bool { // "2000 soldiers" is a count
				if j >= len(t) {
					return false
				}
				return kit.Describes(t, j)
			}
		}
		raws[i] = dk.Parse(p.Text, toks[i], notYear)
	}
	ref := dates.InferRef(a.Meta.Published, raws)
	if a.Meta.Published == "" && ref.Date.Known() {
		a.Meta.Published, a.Meta.PublishedInferred = ref.Date.String(), true
	}

	provisional = map[string]dataset.Entity{}
	ents := make([][]entities.Mention, len(a.Paragraphs))
	if env.Gazetteer != nil {
		for i, p := range a.Paragraphs {
			var w entities.Words
			if kit != nil {
				w = kit
			}
			ents[i] = entities.Find(p.Text, p.Kind, a.Lang, env.Gazetteer, p.Sentences, w)
			// "In August", "on Monday": a date is not a name.
			inDate := overlapsAny(raws[i])
			ents[i] = slices.DeleteFunc(ents[i], func(e entities.Mention) bool {
				return e.Provisional && inDate(e.Span)
			})
		}
	}
	if env.Gazetteer != nil {
		texts := make([]string, len(a.Paragraphs))
		for i, p := range a.Paragraphs {
			texts[i] = p.Text
		}
		for i, more := range entities.Surnames(texts, ents) {
			if len(more) > 0 {
				ents[i] = slices.DeleteFunc(ents[i], func(e entities.Mention) bool {
					return e.Provisional && slices.ContainsFunc(more, func(m entities.Mention) bool { return m.Start < e.End && e.Start < m.End })
				})
				ents[i] = append(ents[i], more...)
				slices.SortFunc(ents[i], func(x, y entities.Mention) int { return x.Start - y.Start })
			}
		}
	}
	var home []string
	if env.Gazetteer != nil {
		home = homeCountry(ents, env)
	}
	if env.Gazetteer != nil && kit != nil {
		// "the former colonial power" is a name once the article's
		// country is known.
		for i, more := range formerColoniser(toks, ents, home, kit, env.Gazetteer) {
			if len(more) > 0 {
				ents[i] = append(ents[i], more...)
				slices.SortFunc(ents[i], func(x, y entities.Mention) int { return x.Start - y.Start })
			}
		}
	}
	sporty := false
	if kit != nil {
		hits := 0
		for i := range a.Paragraphs {
			hits += kit.SportHits(toks[i])
		}
		sporty = hits >= 2 // two words of sport make a match report: "the referee", "yellow cards"
	}
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		var dms []dates.Mention
		var marks []dataset.Mark
		for _, r := range raws[i] {
			d, ok := dates.Resolve(r, ref)
			if !ok {
				continue
			}
			dms = append(dms, dates.Mention{Span: r.Span, Date: d, Relative: r.Relative()})
			if d.String() != "" {
				marks = append(marks, dataset.Mark{Span: r.Span, Kind: dataset.MarkDate, Date: d.String()})
			}
		}
		for _, e := range ents[i] {
			marks = append(marks, dataset.Mark{Span: e.Span, Kind: dataset.MarkEntity, Entity: e.Entity})
			if e.Provisional {
				provisional[e.Entity] = provisionalEntity(provisional[e.Entity], e)
			}
		}
		p.Marks = dropOverlaps(marks)
		if kit != nil && env.Gazetteer != nil && p.Kind != dataset.KindTable {
			sentences, left := p.Sentences, 0
			if b != nil {
				sentences, left = b.read(p.Text, p.Sentences, toks[i], ents[i], dms, env.weighty[a.Lang])
			}
			if left > 0 {
				if skipped == nil {
					skipped = make([]int, len(a.Paragraphs))
				}
				skipped[i] = left
			}
			if len(sentences) == 0 {
				continue
			}
			for _, c := range kit.Paragraph(p.Text, i, p.Kind == dataset.KindTitle, sentences, ents[i], dms, env.Gazetteer, ref, home, sporty) {
				c.Article = a.ID
				cands = append(cands, c)
			}
		}
	}
	if env.Gazetteer != nil {
		cands = extract.LeadSpeaks(cands, env.Gazetteer)
	}
	return cands, provisional, skipped
}

// homeCountry lists the countries an article names, itself or through its
// places, most named first: where its unlocated events happen.
func homeCountry(ents [][]entities.Mention, env *Env) []string {
	counts := map[string]int{}
	for _, es := range ents {
		for _, e := range es {
			if e.Provisional {
				continue
			}
			if c := env.Gazetteer.Country(e.Entity); c != "" {
				// A name counts twice a demonym: "a French national" is
				// less where things happen than "in Bamako".
				counts[c] += 2
				if e.Demonym {
					counts[c]--
				}
			}
		}
	}
	// Every country named, most named first: a "the country" far from the
	// most named one still finds it.
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	return keys
}

// dropOverlaps orders marks and keeps the longer of two that overlap.
func dropOverlaps(marks []dataset.Mark) []dataset.Mark {
	slices.SortStableFunc(marks, func(a, b dataset.Mark) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var out []dataset.Mark
	for _, m := range marks {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			if m.End-m.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// overlapsAny returns a test of whether a span overlaps any of the dates,
// in logarithmic time: the dates sorted by start, with the furthest end
// reached by each prefix.
func overlapsAny(raws []dates.Raw) func(dataset.Span) bool {
	spans := make([]dataset.Span, len(raws))
	for i, r := range raws {
		spans[i] = r.Span
	}
	slices.SortFunc(spans, func(a, b dataset.Span) int { return cmp.Compare(a.Start, b.Start) })
	reach := make([]int, len(spans))
	for i, s := range spans {
		reach[i] = s.End
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	return func(x dataset.Span) bool {
		// The dates that start before x ends; one of them overlaps x if
		// the furthest of their ends is past x's start.
		n, _ := slices.BinarySearchFunc(spans, x.End, func(s dataset.Span, end int) int {
			if s.Start < end {
				return -1
			}
			return 1
		})
		return n > 0 && reach[n-1] > x.Start
	}
}

// provisionalEntity adds a mention to the provisional entity it names.
func provisionalEntity(e dataset.Entity, m entities.Mention) dataset.Entity {
	return joinProvisional(e, dataset.Entity{ID: m.Entity, Kind: m.Kind, Name: m.Name, Provisional: true})
}
