package build_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// article is one input of a corpus test: its text and its sidecar's
// publication date ("" for no sidecar).
type article struct{ text, published string }

func corpus(t *testing.T, arts ...article) *dataset.Dataset {
	t.Helper()
	var results []build.Result
	for i, a := range arts {
		in := build.Input{File: fmt.Sprintf("a%d.txt", i), Raw: []byte(a.text)}
		if a.published != "" {
			in.Meta = fmt.Appendf(nil, `{"published": %q}`, a.published)
		}
		results = append(results, build.Article(in, env(), build.Options{}))
	}
	d := build.Assemble(results, env())
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// eventsOf renders a corpus's events of one type as "date/source
// sources->targets mentions=N".
func eventsOf(d *dataset.Dataset, typ string) []string {
	var out []string
	for _, e := range d.Events {
		if e.Type == typ {
			out = append(out, fmt.Sprintf("%s/%s %s->%s mentions=%d", orDash(e.Date), orDash(e.DateSource),
				strings.Join(e.Source, ","), strings.Join(e.Target, ","), len(e.Mentions)))
		}
	}
	slices.Sort(out)
	return out
}

// TestDatePolicy checks where an event's date comes from: its mentions'
// text first; else, for news asserted in an article with a sidecar, the
// publication date, marked as such; else nothing. A publication date only
// bounds an event from above when reports merge.
func TestDatePolicy(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []article
		typ  string
		want []string
	}{
		{"sidecar date for undated news",
			[]article{{"Malian authorities have detained a French national in Bamako, the French foreign ministry said.", "2025-08-14"}},
			"arrest", []string{"2025-08-14/published mali->france mentions=1"}},
		{"no sidecar, no date",
			[]article{{"Malian authorities have detained a French national in Bamako, the French foreign ministry said.", ""}},
			"arrest", []string{"-/- mali->france mentions=1"}},
		{"the text's date wins over the publication date",
			[]article{{"Malian authorities detained a French national in Bamako on 14 August 2025.", "2025-09-12"}},
			"arrest", []string{"2025-08-14/text mali->france mentions=1"}},
		{"history is not dated by its article",
			[]article{{"Since France withdrew its troops from Mali, relations have only worsened.", "2025-09-12"}},
			"withdraw-forces", []string{"-/- france->mali mentions=1"}},
		{"a publication date is an upper bound: undated Hindi news joins the Arabic August arrest",
			[]article{
				{"यह कदम माली द्वारा एक फ्रांसीसी नागरिक को गिरफ्तार करने के बाद उठाया गया है।", "2025-09-12"},
				{"أوقفت السلطات المالية دبلوماسياً فرنسياً في باماكو منذ أغسطس الماضي.", "2025-09-12"},
			},
			"arrest", []string{"2025-08/text mali->france mentions=2"}},
		{"an undated report does not join an event months before its article",
			[]article{
				{"Malian authorities have detained a French national in Bamako, the French foreign ministry said.", "2025-09-12"},
				{"Malian authorities detained a French national in Bamako in March 2025.", "2025-09-12"},
			},
			"arrest", []string{"2025-03/text mali->france mentions=1", "2025-09-12/published mali->france mentions=1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventsOf(corpus(t, tc.arts...), tc.typ); !slices.Equal(got, tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestAccusationsJoinByCharge: an undated accusation is the one of its
// charge, which may stand in the clause after the verb («wirft … vor,
// Waffen … geliefert zu haben»), not the same states' verdict of another
// month.
func TestAccusationsJoinByCharge(t *testing.T) {
	d := corpus(t,
		article{"Niger's government said on 3 February 2023 that the results of the American drone mission had been unsatisfactory.", "2023-02-04"},
		article{"Niger accused the United States on 10 August 2023 of supplying weapons to jihadist fighters in the north.", "2023-08-11"},
		article{"Niger wirft den USA vor, Waffen an dschihadistische Kämpfer im Norden geliefert zu haben.", ""},
	)
	want := []string{"2023-02-03/text niger->united-states mentions=1", "2023-08-10/text niger->united-states mentions=2"}
	if got := eventsOf(d, "accuse"); !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
