package entities

import (
	"testing"

	"parallax/dataset"
)

func TestSurnames(t *testing.T) {
	person := func(text, name, id string) Mention {
		for i := 0; i+len(name) <= len(text); i++ {
			if text[i:i+len(name)] == name {
				return Mention{Span: dataset.Span{Start: i, End: i + len(name)}, Entity: id, Kind: dataset.EntityPerson}
			}
		}
		t.Fatalf("%q not in %q", name, text)
		return Mention{}
	}
	for _, tc := range []struct {
		name  string
		texts []string
		found func(texts []string) [][]Mention
		want  []int // surname mentions added, per paragraph
	}{
		{"later paragraphs name the person by surname",
			[]string{"Foreign Minister Abdoulaye Diop met the envoy.", "Diop said the talks would go on. Diop's aides agreed."},
			func(x []string) [][]Mention {
				return [][]Mention{{person(x[0], "Abdoulaye Diop", "abdoulaye-diop")}, nil}
			},
			[]int{0, 2}},
		{"Arabic, with a clitic on the surname",
			[]string{"التقى عبد الله ديوب بالمبعوث.", "وقال وديوب إن المحادثات ستستمر."},
			func(x []string) [][]Mention {
				return [][]Mention{{person(x[0], "عبد الله ديوب", "abdoulaye-diop")}, nil}
			},
			[]int{0, 1}},
		{"two people of one surname: neither",
			[]string{"Abdoulaye Diop and Mariam Diop spoke.", "Diop said no."},
			func(x []string) [][]Mention {
				return [][]Mention{{person(x[0], "Abdoulaye Diop", "abdoulaye-diop"), person(x[0], "Mariam Diop", "mariam-diop")}, nil}
			},
			[]int{0, 0}},
		{"a name never written in full is no one's",
			[]string{"Diop said no."}, func(x []string) [][]Mention { return [][]Mention{nil} }, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Surnames(tc.texts, tc.found(tc.texts))
			for i, n := range tc.want {
				if len(got[i]) != n {
					t.Errorf("paragraph %d: %d surname mentions %v, want %d", i, len(got[i]), got[i], n)
				}
			}
		})
	}
}
