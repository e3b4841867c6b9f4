package build

import (
	"cmp"
	"fmt"
	"slices"

	"parallax/dataset"
	"parallax/dataset/internal/build/copies"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/merge"
	"parallax/dataset/internal/build/stories"
)

// corpusEntities lists every entity the dataset refers to, in marks or in
// events, with its names in every language for the app's search.
func corpusEntities(d *dataset.Dataset, gz *gazetteer.Gazetteer, provisional map[string]dataset.Entity) []dataset.Entity {
	used := map[string]bool{}
	for _, a := range d.Articles {
		for _, p := range a.Paragraphs {
			for _, m := range p.Marks {
				if m.Kind == dataset.MarkEntity {
					used[m.Entity] = true
				}
			}
		}
	}
	for _, e := range d.Events {
		for _, id := range slices.Concat(e.Source, e.Target, []string{e.Place}) {
			if id != "" {
				used[id] = true
			}
		}
	}
	var out []dataset.Entity
	for id := range used {
		if e := gz.Entity(id); e != nil {
			out = append(out, dataset.Entity{ID: id, Kind: e.Kind, Name: e.Name, Aliases: e.Aliases()})
		} else if e, ok := provisional[id]; ok {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b dataset.Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// Result is what the per-article stages made of one input.
type Result struct {
	File        string
	Article     dataset.Article
	OK          bool
	Diagnostics []dataset.Diagnostic
	Candidates  []extract.Candidate
	Provisional map[string]dataset.Entity // provisional entities by id
}

// Assemble runs the corpus-wide stages over the per-article results, in
// any order: exact duplicates are reported and dropped, and everything is
// sorted so the output does not depend on the order work finished in.
func Assemble(results []Result, env *Env) *dataset.Dataset {
	results = slices.Clone(results)
	slices.SortFunc(results, func(a, b Result) int { return cmp.Compare(a.File, b.File) })

	d := &dataset.Dataset{}
	byID := map[string]string{} // id → file that has it
	for _, r := range results {
		if !r.OK {
			d.Diagnostics = append(d.Diagnostics, r.Diagnostics...)
			continue
		}
		// A duplicate's own warnings are about text the dataset already
		// has; the duplicate is reported instead.
		if first, dup := byID[r.Article.ID]; dup {
			d.Diagnostics = append(d.Diagnostics, dataset.Diagnostic{
				File: r.File, Severity: dataset.Warning, Code: "duplicate",
				Message: fmt.Sprintf("the same text as %s once cleaned; only %s is kept", first, first),
			})
			continue
		}
		byID[r.Article.ID] = r.File
		d.Diagnostics = append(d.Diagnostics, r.Diagnostics...)
		d.Articles = append(d.Articles, r.Article)
	}
	var cands []extract.Candidate
	provisional := map[string]dataset.Entity{}
	order := map[string]int{}
	for i, a := range d.Articles {
		order[a.ID] = i
	}
	for _, r := range results {
		if r.OK && byID[r.Article.ID] == r.File {
			cands = append(cands, r.Candidates...)
			for id, e := range r.Provisional {
				provisional[id] = joinProvisional(provisional[id], e)
			}
		}
	}
	d.Diagnostics = append(d.Diagnostics, copies.Mark(d.Articles)...)
	if env != nil && env.Lexicon != nil {
		d.Events = merge.Merge(cands, order, env.Lexicon, env.Gazetteer)
	}
	if env != nil && env.Gazetteer != nil {
		d.Stories = stories.Group(d, env.Gazetteer, env.Lexicon)
	}
	if env != nil && env.Gazetteer != nil {
		d.Entities = corpusEntities(d, env.Gazetteer, provisional)
	}
	slices.SortStableFunc(d.Diagnostics, func(a, b dataset.Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Code, b.Code))
	})
	return d
}

// joinProvisional is one provisional entity of two articles' mentions of
// it: the first of its spellings in order, so the output does not depend
// on the order articles finished in, and a person if a title introduced it
// in either.
func joinProvisional(a, b dataset.Entity) dataset.Entity {
	if a.ID == "" {
		return b
	}
	if b.Name < a.Name {
		a.Name = b.Name
	}
	if b.Kind == dataset.EntityPerson {
		a.Kind = dataset.EntityPerson
	}
	return a
}
