package stories

import (
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build/gazetteer"
)

// TestTitleAgreement: a title's possessive agrees with who acts, and its
// tense with the modality.
func TestTitleAgreement(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		event dataset.Event
		want  string
	}{
		{dataset.Event{Type: "reduce-presence", Source: []string{"france"}, Target: []string{"niger"}, Modality: dataset.Asserted},
			"France reduces its presence in Niger"},
		{dataset.Event{Type: "reduce-presence", Source: []string{"emmanuel-macron"}, Target: []string{"niger"}, Modality: dataset.Asserted},
			"Emmanuel Macron reduces France's presence in Niger"},
		{dataset.Event{Type: "reduce-presence", Source: []string{"france", "germany"}, Target: []string{"mali"}, Modality: dataset.Future},
			"France and Germany to reduce their presence in Mali"},
		{dataset.Event{Type: "expel", Source: []string{"mali"}, Target: []string{"france"}, Modality: dataset.Hypothetical},
			"Mali may expel France"},
	} {
		if got := eventTitle(&tc.event, gz); got != tc.want {
			t.Errorf("eventTitle(%s %v) = %q, want %q", tc.event.Type, tc.event.Source, got, tc.want)
		}
	}
}
