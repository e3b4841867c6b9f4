package query

import (
	"reflect"
	"testing"

	"parallax/dataset"
)

func TestLanguages(t *testing.T) {
	ix := New(&dataset.Dataset{Articles: []dataset.Article{
		{ID: "1", Lang: "ar", Words: 10}, {ID: "2", Lang: "hi", Words: 5}, {ID: "3", Lang: "ar", Words: 1}, {ID: "4", Lang: "en"},
	}})
	want := []LangCount{{"ar", 2}, {"en", 1}, {"hi", 1}}
	if got := ix.Languages(); !reflect.DeepEqual(got, want) {
		t.Errorf("Languages = %v, want %v", got, want)
	}
	if ix.Words() != 16 {
		t.Errorf("Words = %d, want 16", ix.Words())
	}
	if ix.Article("3").Lang != "ar" || ix.Article("nope") != nil {
		t.Error("Article lookup")
	}
}

func TestRemovals(t *testing.T) {
	a := &dataset.Article{Removed: []dataset.Removal{
		{Line: 34, Reason: dataset.RemovedWidget}, {Line: 1, Reason: dataset.RemovedLabel},
		{Line: 6, Reason: dataset.RemovedRepeatedLine}, {Line: 5, Reason: dataset.RemovedDateline},
		{Line: 40, Reason: dataset.RemovedWidget},
	}}
	want := []RemovalSummary{{dataset.RemovedLabel, 1}, {dataset.RemovedDateline, 1}, {dataset.RemovedRepeatedLine, 1}, {dataset.RemovedWidget, 2}}
	if got := Removals(a); !reflect.DeepEqual(got, want) {
		t.Errorf("Removals = %v, want %v", got, want)
	}
}

func TestBlocks(t *testing.T) {
	a := &dataset.Article{Paragraphs: []dataset.Paragraph{
		{Kind: dataset.KindTitle}, {Kind: dataset.KindText}, {Kind: dataset.KindItem}, {Kind: dataset.KindItem},
		{Kind: dataset.KindText}, {Kind: dataset.KindItem},
	}}
	want := []Block{{dataset.KindTitle, 0, 1}, {dataset.KindText, 1, 1}, {dataset.KindItem, 2, 2}, {dataset.KindText, 4, 1}, {dataset.KindItem, 5, 1}}
	if got := Blocks(a); !reflect.DeepEqual(got, want) {
		t.Errorf("Blocks = %v, want %v", got, want)
	}
}

func TestGloss(t *testing.T) {
	ix := New(&dataset.Dataset{Entities: []dataset.Entity{
		{ID: "mali", Name: "Mali"}, {ID: "france", Name: "France"}, {ID: "jnim", Name: "JNIM"}, {ID: "malian-armed-forces", Name: "Malian Armed Forces"},
	}})
	for _, tc := range []struct {
		e    dataset.Event
		want string
	}{
		{dataset.Event{Type: "arrest", Source: []string{"mali"}, Target: []string{"france"}, Date: "2025-08-14", DateSource: dataset.DateFromPublished,
			Affected: dataset.Affected{Entity: "france", Noun: "national", Text: "a French national"}},
			"Mali arrested a French national (reported 14 August 2025)"},
		{dataset.Event{Type: "expel", Source: []string{"france"}, Target: []string{"mali"}, Date: "2025-09",
			Quantities: []dataset.Quantity{{Text: "deux diplomates maliens", Value: 2, Noun: "diplomat"}},
			Affected:   dataset.Affected{Entity: "mali", Noun: "diplomat", Count: 2, Text: "two Malian diplomats"}},
			"France expelled two Malian diplomats (September 2025)"},
		{dataset.Event{Type: "attack", Source: []string{"jnim"}, Target: []string{"malian-armed-forces"},
			Affected: dataset.Affected{Noun: "troops", Plural: true, Text: "troops"}},
			"JNIM attacked Malian Armed Forces"},
		{dataset.Event{Type: "coup", Target: []string{"mali"}, Modality: dataset.Attempted}, "Attempted coup in Mali"},
		{dataset.Event{Type: "cut-aid", Target: []string{"mali"}}, "Aid to Mali cut"},
		{dataset.Event{Type: "arrest", Target: []string{"france"},
			Affected: dataset.Affected{Entity: "france", Noun: "national", Text: "a French national"}}, "A French national arrested"},
		{dataset.Event{Type: "dissolve-parties", Source: []string{"mali"}, Date: "2025"}, "Mali dissolved political parties (2025)"},
		{dataset.Event{Type: "extend-term", Source: []string{"mali"}, Target: []string{"mali"}}, "Mali extended the term in office"},
		{dataset.Event{Type: "deny", Source: []string{"france"}, Target: []string{"mali"}}, "France denied accusations by Mali"},
		{dataset.Event{Type: "talks"}, "Talks"},
		// The modality is in the verb, with the type's own verb forms.
		{dataset.Event{Type: "cut-aid", Source: []string{"france"}, Target: []string{"mali"}, Modality: dataset.Threatened}, "France threatened to cut aid to Mali"},
		{dataset.Event{Type: "withdraw-forces", Source: []string{"france"}, Target: []string{"mali"}, Modality: dataset.Future, Date: "2025-12"},
			"France will withdraw forces from Mali (December 2025)"},
		{dataset.Event{Type: "expel", Source: []string{"mali"}, Target: []string{"france"}, Modality: dataset.Hypothetical}, "Mali may expel France"},
		{dataset.Event{Type: "withdraw-forces", Source: []string{"france"}, Target: []string{"mali"}, Modality: dataset.Demanded}, "Demand that France withdraw forces from Mali"},
		{dataset.Event{Type: "kidnapping", Source: []string{"jnim"}, Target: []string{"france"}, Modality: dataset.Attempted}, "JNIM tried to kidnap France"},
		{dataset.Event{Type: "kidnapping", Target: []string{"france"}, Modality: dataset.Attempted}, "Attempt to kidnap France"},
		{dataset.Event{Type: "coup", Source: []string{"malian-armed-forces"}, Target: []string{"mali"}, Modality: dataset.Attempted},
			"Attempted coup in Mali by Malian Armed Forces"},
		{dataset.Event{Type: "arrest", Source: []string{"mali"}, Target: []string{"france"}, Modality: dataset.Denied}, "Denied: Mali arrested France"},
		{dataset.Event{Type: "talks", Modality: dataset.Future}, "Announced, not done yet: Talks"},
	} {
		if got := ix.Gloss(&tc.e); got != tc.want {
			t.Errorf("Gloss = %q, want %q", got, tc.want)
		}
	}
}

// TestReportGloss: each version's cell says what that version tells: its
// own description, numbers, date and modality, not the event's.
func TestReportGloss(t *testing.T) {
	ix := New(&dataset.Dataset{Entities: []dataset.Entity{{ID: "mali", Name: "Mali"}, {ID: "france", Name: "France"}}})
	arrest := &dataset.Event{Type: "arrest", Source: []string{"mali"}, Target: []string{"france"}, Date: "2025-08", DateSource: dataset.DateFromText,
		Affected: dataset.Affected{Entity: "france", Noun: "national", Text: "a French national"}}
	expel := &dataset.Event{Type: "expel", Source: []string{"mali"}, Target: []string{"france"},
		Affected: dataset.Affected{Entity: "france", Noun: "embassy staff", Count: 5, Text: "five French embassy staff"}}
	for _, tc := range []struct {
		name string
		e    *dataset.Event
		ms   []dataset.Mention
		want string
	}{
		{"its own description, no date of its own", arrest,
			[]dataset.Mention{{Affected: "a French diplomat", Modality: dataset.Asserted}},
			"Mali arrested a French diplomat"},
		{"the first description, the most precise date", arrest,
			[]dataset.Mention{{Affected: "the French ambassador", Modality: dataset.Asserted}, {Affected: "a French diplomat", Date: "2025-08", Modality: dataset.Asserted}},
			"Mali arrested the French ambassador (August 2025)"},
		{"a month with no year takes the event's year", arrest,
			[]dataset.Mention{{Date: "--08", Modality: dataset.Asserted}},
			"Mali arrested a French national (August 2025)"},
		{"a month with no year that the event does not have is left out", arrest,
			[]dataset.Mention{{Date: "--03", Modality: dataset.Asserted}},
			"Mali arrested a French national"},
		{"a denial only", arrest,
			[]dataset.Mention{{Modality: dataset.Denied}},
			"Denied: Mali arrested a French national"},
		{"one asserted mention is enough", arrest,
			[]dataset.Mention{{Modality: dataset.Denied}, {Modality: dataset.Asserted}},
			"Mali arrested a French national"},
		{"a number the description says once", expel,
			[]dataset.Mention{{Affected: "five French embassy staff", Quantities: []dataset.Quantity{{Value: 5, Noun: "embassy staff"}}, Modality: dataset.Asserted}},
			"Mali expelled five French embassy staff"},
		{"a number of its own", expel,
			[]dataset.Mention{{Affected: "French embassy staff", Quantities: []dataset.Quantity{{Value: 4, Noun: "staff"}}, Modality: dataset.Asserted}},
			"Mali expelled French embassy staff · 4 staff"},
	} {
		if got := ix.ReportGloss(tc.e, tc.ms); got != tc.want {
			t.Errorf("%s: ReportGloss = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestParties(t *testing.T) {
	ix := New(&dataset.Dataset{Entities: []dataset.Entity{{ID: "mali", Name: "Mali"}, {ID: "france", Name: "France"}, {ID: "goita", Name: "Assimi Goïta"}}})
	for _, tc := range []struct {
		e    dataset.Event
		want string
	}{
		{dataset.Event{Type: "expel", Source: []string{"france"}, Target: []string{"mali"}}, "France → Mali"},
		{dataset.Event{Type: "arrest", Source: []string{"mali"}, Target: []string{"france"},
			Affected: dataset.Affected{Entity: "france", Noun: "national", Text: "a French national"}}, "Mali → a French national"},
		{dataset.Event{Type: "extend-term", Source: []string{"goita"}, Target: []string{"goita"}}, "Assimi Goïta"},
		{dataset.Event{Type: "cut-aid", Target: []string{"mali"}}, "→ Mali"},
		{dataset.Event{Type: "talks"}, ""},
	} {
		if got := ix.Parties(&tc.e); got != tc.want {
			t.Errorf("Parties(%s) = %q, want %q", tc.e.Type, got, tc.want)
		}
	}
}
