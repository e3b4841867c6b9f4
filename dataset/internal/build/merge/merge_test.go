package merge

import (
	"fmt"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
)

// mention is a candidate as the extractor gives it, in a few words.
func mention(article, typ, date, published string, src, tgt []string, modality string, done, anaphoric bool) extract.Candidate {
	ref := dates.Ref{}
	if published != "" {
		ref = dates.Ref{Date: dates.ParseISO(published), Exact: true}
	}
	return extract.Candidate{Type: typ, Article: article, Date: dates.ParseISO(date), Source: src, Target: tgt,
		Modality: modality, Done: done, Anaphoric: anaphoric, Ref: ref, Trigger: dataset.Span{Start: len(date), End: len(date) + 1}}
}

// final marks c as the last of the forces leaving.
func final(c extract.Candidate) extract.Candidate {
	c.Final = true
	return c
}

// told marks c as background, history its article tells.
func told(c extract.Candidate) extract.Candidate {
	c.Background = true
	return c
}

// charged gives c what it accuses of.
func charged(c extract.Candidate, charges ...string) extract.Candidate {
	c.Charges = charges
	return c
}

// withStates gives c the states its parties belong to, as the extractor
// does from the gazetteer.
func withStates(c extract.Candidate, states, targetStates []string) extract.Candidate {
	c.States, c.TargetStates = states, targetStates
	return c
}

func TestMergeKeepsActsApart(t *testing.T) {
	fr, ml, bf := []string{"france"}, []string{"mali"}, []string{"burkina-faso"}
	army := []string{"burkinabe-armed-forces"}
	tests := []struct {
		name  string
		cands []extract.Candidate
		want  []string // each event's date and mention count, in date order
	}{
		{
			name: "an act told done is not the day it was announced",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-02-17", "2022-02-18", fr, ml, dataset.Future, false, false),
				mention("b", "withdraw-forces", "2022", "2023-01-22", fr, ml, dataset.Asserted, true, false),
				mention("c", "withdraw-forces", "", "", fr, ml, dataset.Asserted, true, false),
			},
			want: []string{"2022 x2", "2022-02-17 x1"},
		},
		{
			name: "an act told done on a day, and later as done that year, is one",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-08-15", "2022-08-16", fr, ml, dataset.Asserted, true, false),
				mention("b", "withdraw-forces", "2022", "2023-01-22", fr, ml, dataset.Asserted, true, false),
			},
			want: []string{"2022-08-15 x2"},
		},
		{
			name: "the day's news of the act joins its announcement",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-02-17", "2022-02-18", fr, ml, dataset.Future, false, false),
				mention("b", "withdraw-forces", "", "2022-02-18", fr, ml, dataset.Asserted, true, false),
			},
			want: []string{"2022-02-17 x2"},
		},
		{
			name: "an announcement said again the next day is one, dated the first",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-02-18", "2022-02-18", fr, ml, dataset.Future, false, false),
				mention("b", "withdraw-forces", "2022-02-17", "2022-02-18", fr, ml, dataset.Future, false, false),
			},
			want: []string{"2022-02-17 x2"},
		},
		{
			name: "three days apart, two announcements",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-02-14", "2022-02-18", fr, ml, dataset.Future, false, false),
				mention("b", "withdraw-forces", "2022-02-17", "2022-02-18", fr, ml, dataset.Future, false, false),
			},
			want: []string{"2022-02-14 x1", "2022-02-17 x1"},
		},
		{
			name: "a coup in February, year unknown, is not late September's news",
			cands: []extract.Candidate{
				mention("hi", "coup", "--02", "", army, bf, dataset.Asserted, true, false),
				mention("es", "coup", "", "2022-10-01", army, bf, dataset.Asserted, true, false),
				mention("es", "coup", "2022-09-30", "2022-10-01", nil, bf, dataset.Asserted, true, true),
				mention("en", "coup", "2022-09", "2023-01-22", nil, bf, dataset.Asserted, false, true),
			},
			want: []string{"2022-09-30 x3", " x1"}, // the undated last
		},
		{
			name: "the last soldiers leaving, undated, is not the day the withdrawal was announced",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2022-02-17", "2022-02-18", fr, ml, dataset.Future, false, false),
				mention("a", "withdraw-forces", "", "2022-02-18", fr, ml, dataset.Asserted, true, false),
				final(mention("b", "withdraw-forces", "", "", fr, ml, dataset.Asserted, true, false)),
			},
			want: []string{"2022-02-17 x2", " x1"},
		},
		{
			name: "the last soldiers gone, told as the article's news, is not a step dated weeks before; on its day it is",
			cands: []extract.Candidate{
				mention("a", "withdraw-forces", "2024-11-28", "2024-11-29", fr, ml, dataset.Asserted, true, false),
				final(mention("b", "withdraw-forces", "", "2024-12-27", fr, ml, dataset.Asserted, false, false)),
				final(mention("c", "withdraw-forces", "", "2024-11-28", fr, ml, dataset.Asserted, false, false)),
			},
			want: []string{"2024-11-28 x2", "2024-12-27 x1"},
		},
		{
			name: "a minister's accusation against an army meets his state's against its state",
			cands: []extract.Candidate{
				withStates(mention("en", "accuse", "2022-08-17", "2022-08-17", ml, fr, dataset.Asserted, false, false), ml, fr),
				withStates(mention("fr", "accuse", "2022-08-17", "2022-08-17", []string{"abdoulaye-diop"}, []string{"french-armed-forces"}, dataset.Asserted, false, false), ml, fr),
			},
			want: []string{"2022-08-17 x2"},
		},
		{
			name: "the same minister's accusation against another state is another",
			cands: []extract.Candidate{
				withStates(mention("en", "accuse", "2022-08-17", "2022-08-17", ml, fr, dataset.Asserted, false, false), ml, fr),
				withStates(mention("fr", "accuse", "2022-08-17", "2022-08-17", []string{"abdoulaye-diop"}, []string{"ivorian-armed-forces"}, dataset.Asserted, false, false), ml, []string{"cote-divoire"}),
			},
			want: []string{"2022-08-17 x1", "2022-08-17 x1"},
		},
		{
			name: "talks with another partner are other talks, though undated",
			cands: []extract.Candidate{
				withStates(mention("en", "talks", "2022-02-18", "2022-02-18", []string{"emmanuel-macron"}, []string{"un-security-council"}, dataset.Asserted, false, false), fr, []string{"un-security-council"}),
				withStates(mention("de", "talks", "", "", []string{"jean-noel-barrot"}, []string{"chad"}, dataset.Asserted, false, false), fr, []string{"chad"}),
			},
			want: []string{"2022-02-18 x1", " x1"},
		},
		{
			name: "talks of the same partners are one, whoever speaks for them",
			cands: []extract.Candidate{
				withStates(mention("en", "talks", "2024-11-28", "2024-11-29", []string{"jean-noel-barrot"}, []string{"chad"}, dataset.Asserted, false, false), fr, []string{"chad"}),
				withStates(mention("de", "talks", "", "", fr, []string{"mahamat-idriss-deby"}, dataset.Asserted, false, false), fr, []string{"chad"}),
			},
			want: []string{"2024-11-28 x2"},
		},
		{
			name: "an undated accusation joins the one of its charge, not the same states' verdict on another day",
			cands: []extract.Candidate{
				mention("a", "accuse", "2022-02-18", "2022-02-18", ml, fr, dataset.Asserted, false, false),
				charged(mention("b", "accuse", "2022-08-17", "2022-08-17", ml, fr, dataset.Asserted, false, false), "terrorism"),
				charged(mention("c", "accuse", "", "", ml, fr, dataset.Asserted, false, false), "terrorism"),
			},
			want: []string{"2022-02-18 x1", "2022-08-17 x2"},
		},
		{
			name: "one speaker accusing a state and blaming an alliance makes two accusations; one against an army meets one against its state",
			cands: []extract.Candidate{
				withStates(mention("a", "accuse", "2022-02-18", "2022-02-18", ml, fr, dataset.Asserted, false, false), ml, fr),
				withStates(mention("b", "accuse", "2022-02-18", "2022-02-18", ml, []string{"nato"}, dataset.Asserted, false, false), ml, nil),
				withStates(mention("c", "accuse", "2022-02-18", "2022-02-18", ml, []string{"french-armed-forces"}, dataset.Asserted, false, false), ml, fr),
			},
			want: []string{"2022-02-18 x2", "2022-02-18 x1"},
		},
		{
			name: "history an article tells happened before it was published: not an event of two years later",
			cands: []extract.Candidate{
				mention("a", "suspend-cooperation", "2024-11-28", "2024-11-29", []string{"chad"}, fr, dataset.Asserted, true, false),
				mention("b", "suspend-cooperation", "2022-05-02", "2022-05-03", ml, fr, dataset.Asserted, true, false),
				told(mention("c", "suspend-cooperation", "", "2022-08-19", nil, fr, dataset.Asserted, true, false)),
			},
			want: []string{"2022-05-02 x2", "2024-11-28 x1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			order := map[string]int{}
			for i, c := range tt.cands {
				if _, ok := order[c.Article]; !ok {
					order[c.Article] = i
				}
			}
			var got []string
			for _, ev := range Merge(tt.cands, order, nil, nil) {
				got = append(got, ev.Date+" x"+string(rune('0'+len(ev.Mentions))))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("events %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("events %q, want %q", got, tt.want)
					break
				}
			}
		})
	}
}

// TestMergeKeepsTownsApart: forces leaving one town and another are two
// steps of a withdrawal; a report that names no town joins either.
func TestMergeKeepsTownsApart(t *testing.T) {
	gz, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	fr, td := []string{"france"}, []string{"chad"}
	at := func(c extract.Candidate, place string) extract.Candidate {
		c.Place = place
		return c
	}
	cands := []extract.Candidate{
		at(mention("a", "withdraw-forces", "2024-12-26", "2024-12-27", fr, td, dataset.Asserted, true, false), "faya-largeau"),
		at(mention("a", "withdraw-forces", "", "2024-12-27", fr, td, dataset.Asserted, false, false), "abeche"),
		mention("b", "withdraw-forces", "2024-12-26", "2024-12-27", fr, td, dataset.Asserted, true, false),
		at(mention("c", "withdraw-forces", "2024-12-26", "2024-12-26", fr, td, dataset.Asserted, true, false), "faya-largeau"),
	}
	var got []string
	for _, ev := range Merge(cands, map[string]int{"a": 0, "b": 1, "c": 2}, nil, gz) {
		got = append(got, fmt.Sprintf("%s x%d", ev.Date, len(ev.Mentions)))
	}
	if want := "[2024-12-26 x3 2024-12-27 x1]"; fmt.Sprint(got) != want {
		t.Errorf("events %v, want %s", got, want)
	}
}
