package build_test

import (
	"slices"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// TestProvisionalEntities: unknown capitalised names in Latin scripts
// become provisional entities; sentence-initial words, months, weekdays and
// titles do not.
func TestProvisionalEntities(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // provisional names, in order
	}{
		{"english persons, not months, weekdays or titles",
			"Malian authorities detained Laurent Lerner in Bamako on Monday. In August, Olivier Dubois was freed. Foreign Minister Sergei Lavrov met General Moussa Diawara. Thursday was quiet.",
			[]string{"Laurent Lerner", "Olivier Dubois", "Moussa Diawara"}},
		{"french, with a hyphenated first name",
			"Le Français Jean-Marc Dupont a été arrêté jeudi à Bamako. Lundi, Paris a réagi. Selon Amadou Konaté, la situation est grave. Septembre a été calme.",
			[]string{"Jean-Marc Dupont", "Amadou Konaté"}},
		{"german, where every noun is capitalised",
			"Der Franzose Pierre Martin wurde am Montag in Bamako festgenommen, sagte Bundeskanzler Klaus Hartmann. Im August kam der Journalist frei.",
			[]string{"Pierre Martin", "Klaus Hartmann"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := build.Article(build.Input{File: "p.txt", Raw: []byte(tc.text)}, env(), build.Options{})
			d := build.Assemble([]build.Result{r}, env())
			names := map[string]string{}
			for _, e := range d.Entities {
				if e.Provisional {
					names[e.ID] = e.Name
				}
			}
			var got []string
			for _, p := range d.Articles[0].Paragraphs {
				for _, m := range p.Marks {
					if m.Kind == dataset.MarkEntity && names[m.Entity] != "" {
						got = append(got, p.Text[m.Start:m.End])
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("provisional names %q, want %q", got, tc.want)
			}
		})
	}
}
