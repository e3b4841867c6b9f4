// Package querytest makes datasets for tests and benchmarks of the
// queries and the views, as net/http/httptest does servers.
package querytest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
)

// Synthetic makes a realistic dataset of n events over n/3 articles in six
// languages, for benchmarks at any scale.
func Synthetic(n int) *dataset.Dataset {
	rng := rand.New(rand.NewPCG(1, 2))
	langs := []string{"en", "fr", "es", "de", "ar", "hi"}
	types := slices.DeleteFunc(eventtype.IDs(), func(t string) bool { return t == eventtype.Other })
	words := strings.Fields("france mali russia wagner bamako paris diplomats expelled arrested national embassy cooperation suspended forces withdrew junta coup attack convoy blockade fuel jihadists army")
	ds := &dataset.Dataset{}
	for i := range 60 {
		ds.Entities = append(ds.Entities, dataset.Entity{ID: fmt.Sprintf("ent%d", i), Name: fmt.Sprintf("Entity %d", i), Aliases: []string{words[i%len(words)]}})
	}
	na := max(n/3, 1)
	for i := range na {
		var text strings.Builder
		for range 12 {
			text.WriteString(words[rng.IntN(len(words))] + " ")
		}
		s := strings.TrimSpace(text.String()) + "."
		ds.Articles = append(ds.Articles, dataset.Article{ID: fmt.Sprintf("a%d", i), Lang: langs[i%len(langs)],
			File: fmt.Sprintf("%04d.txt", i), Title: fmt.Sprintf("Article %d: %s", i, strings.Join(strings.Fields(s)[:6], " ")),
			Paragraphs: []dataset.Paragraph{{Kind: dataset.KindText, Text: s, Sentences: []dataset.Span{{Start: 0, End: len(s)}}}}})
	}
	for i := range n {
		e := dataset.Event{ID: fmt.Sprintf("e%d", i), Type: types[rng.IntN(len(types))],
			Source: []string{fmt.Sprintf("ent%d", rng.IntN(60))}, Target: []string{fmt.Sprintf("ent%d", rng.IntN(60))}}
		if rng.IntN(10) > 0 {
			e.Date = fmt.Sprintf("%d-%02d", 2018+rng.IntN(8), 1+rng.IntN(12))
		}
		if rng.IntN(3) == 0 {
			e.Place = fmt.Sprintf("ent%d", rng.IntN(60))
		}
		for range 1 + rng.IntN(4) {
			a := &ds.Articles[rng.IntN(na)]
			e.Mentions = append(e.Mentions, dataset.Mention{Article: a.ID, Sentence: a.Paragraphs[0].Sentences[0]})
		}
		ds.Events = append(ds.Events, e)
	}
	slices.SortStableFunc(ds.Events, func(a, b dataset.Event) int { return strings.Compare(a.Date, b.Date) })
	for i := 0; i < len(ds.Events); i += 20 {
		ds.Stories = append(ds.Stories, dataset.Story{ID: fmt.Sprintf("s%d", i), Events: []string{ds.Events[i].ID}})
	}
	return ds
}
