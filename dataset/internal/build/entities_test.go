package build_test

import (
	"slices"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// TestProvisionalEntities: unknown capitalised names in Latin scripts, and
// in scripts without capitals the names a title introduces, become
// provisional entities; sentence-initial words, months, weekdays, titles
// and the nouns that follow a title do not. A name a title introduces is a
// person's.
func TestProvisionalEntities(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // provisional names, in order
		persons    []string // those of them that are people
	}{
		{"english persons, not months, weekdays or titles",
			"Malian authorities detained Laurent Lerner in Bamako on Monday. In August, Olivier Dubois was freed. Foreign Minister Sergei Lavrov met General Moussa Diawara. Thursday was quiet.",
			[]string{"Laurent Lerner", "Olivier Dubois", "Moussa Diawara"}, []string{"Moussa Diawara"}},
		{"french, with a hyphenated first name",
			"Le Français Jean-Marc Dupont a été arrêté jeudi à Bamako. Lundi, Paris a réagi. Selon Amadou Konaté, la situation est grave. Septembre a été calme.",
			[]string{"Jean-Marc Dupont", "Amadou Konaté"}, nil},
		{"german, where every noun is capitalised",
			"Der Franzose Pierre Martin wurde am Montag in Bamako festgenommen, sagte Bundeskanzler Klaus Hartmann. Im August kam der Journalist frei.",
			[]string{"Pierre Martin", "Klaus Hartmann"}, []string{"Klaus Hartmann"}},
		{"a surname after a title, of a person named in full before, is that person",
			"Malian Foreign Minister Abdoulaye Diop wrote to the Security Council. In the letter, Mr. Diop spoke of Laurent Lerner.",
			[]string{"Laurent Lerner"}, nil},
		{"arabic: after a title, its adjectives, its genitive and a demonym; not after «رئيس» with no genitive",
			"قال العقيد سليمان دمبلي الناطق باسم المجلس العسكري إن الحكومة ستعلن قرارها. وأكد وزير الخارجية الغابوني جان ماري نغوما أن بلاده تدعم الحوار. والتقى رئيس حكومة الوحدة بالسفير في العاصمة. وصرح الرئيس الانتقالي الجديد عمر كوناري للصحفيين.",
			[]string{"سليمان دمبلي", "جان ماري نغوما", "عمر كوناري"}, []string{"سليمان دمبلي", "جان ماري نغوما", "عمر كوناري"}},
		{"hindi: after titles in a row, up to the postposition; not a noun after a title",
			"लेफ्टिनेंट कर्नल अब्दुल करीम सांगारे ने कहा कि राष्ट्रपति चुनाव अगले साल होंगे। विदेश मंत्री जूलियन मोरो ने बयान जारी किया। राष्ट्रपति भवन में बैठक हुई।",
			[]string{"अब्दुल करीम सांगारे", "जूलियन मोरो"}, []string{"अब्दुल करीम सांगारे", "जूलियन मोरो"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := build.Article(build.Input{File: "p.txt", Raw: []byte(tc.text)}, env(), build.Options{})
			d := build.Assemble([]build.Result{r}, env())
			names := map[string]dataset.Entity{}
			for _, e := range d.Entities {
				if e.Provisional {
					names[e.ID] = e
				}
			}
			var got, persons []string
			for _, p := range d.Articles[0].Paragraphs {
				for _, m := range p.Marks {
					if e, ok := names[m.Entity]; ok && m.Kind == dataset.MarkEntity {
						got = append(got, p.Text[m.Start:m.End])
						if e.Kind == dataset.EntityPerson {
							persons = append(persons, p.Text[m.Start:m.End])
						}
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("provisional names %q, want %q", got, tc.want)
			}
			if !slices.Equal(persons, tc.persons) {
				t.Errorf("people among them %q, want %q", persons, tc.persons)
			}
		})
	}
}
