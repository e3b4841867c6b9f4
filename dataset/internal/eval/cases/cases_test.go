package cases

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	c, err := Parse("fr/01-x.txtar", []byte("-- meta --\npublished: 2025-09-12\nnote: n\n-- input --\nLa France a expulsé deux diplomates.\n-- events --\nexpel france -> mali date=2025-09-12 qty=2\nthreaten france -> - modality=future\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "fr" || c.Published != "2025-09-12" || !strings.HasPrefix(c.Input, "La France") || len(c.Events) != 2 {
		t.Fatalf("%+v", c)
	}
	if e := c.Events[0]; e.String() != "expel france -> mali date=2025-09-12 qty=2" {
		t.Errorf("event %s", e)
	}
	if e := c.Events[1]; e.Modality != "future" || e.Target != nil {
		t.Errorf("event %+v", e)
	}
	c, err = Parse("en/02-x.txtar", []byte("-- meta --\nnote: no sidecar\n-- input --\nx\n-- events --\narrest mali -> france date=none datesrc=text who=national modality=attempted\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Sidecar() != nil {
		t.Errorf("a case with no published, outlet or title has sidecar %s", c.Sidecar())
	}
	if e := c.Events[0]; e.Date != NoDate || e.DateSource != "text" || e.Who != "national" || e.Modality != "attempted" {
		t.Errorf("event %+v", e)
	}
	for _, bad := range []string{"-- meta --\n-- input --\n-- events --\nexpel a -> b datesrc=sometime\n", "-- input --\nx\n", "junk\n-- meta --\n", "-- meta --\n-- input --\n-- events --\nexpel france mali\n", "-- meta --\n-- input --\n-- events --\nexpel a -> b when=now\n"} {
		if _, err := Parse("en/x.txtar", []byte(bad)); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func TestScore(t *testing.T) {
	c := Case{Lang: "en", Events: []Expected{
		{Type: "expel", Source: []string{"france"}, Target: []string{"mali"}, Date: "2025-09", Qty: 2, Modality: "asserted"},
		{Type: "talks", Source: []string{"mali", "russia"}, Modality: "asserted"},
		{Type: "coup", Target: []string{"mali"}, Modality: "asserted"},
	}}
	got := []Expected{
		{Type: "expel", Source: []string{"france"}, Target: []string{"mali"}, Date: "2025-09", Qty: 5, Modality: "asserted"},
		{Type: "talks", Source: []string{"russia"}, Target: []string{"mali"}, Modality: "asserted"},
		{Type: "attack", Source: []string{"jnim"}, Modality: "asserted"},
	}
	r := Score(c, got)
	if r.Count != (Count{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("count %+v", r.Count)
	}
	if r.RolesRight != 1 || r.DatesRight != 1 || r.QtysRight != 0 || r.Qtys != 1 {
		t.Errorf("attributes %+v", r)
	}
	if len(r.Wrong) != 1 {
		t.Errorf("wrong attributes %q, want the quantity of the expulsion", r.Wrong)
	}
	undated := Score(Case{Events: []Expected{{Type: "arrest", Date: NoDate, DateSource: "published", Who: "national", Modality: "asserted"}}},
		[]Expected{{Type: "arrest", DateSource: "text", Who: "national", Modality: "asserted"}})
	if undated.DatesRight != 1 || undated.DateSourcesRight != 0 || undated.WhosRight != 1 {
		t.Errorf("undated: %+v", undated)
	}
	if p, rc := r.Count.Precision(), r.Count.Recall(); p < 0.66 || p > 0.67 || rc < 0.66 || rc > 0.67 {
		t.Errorf("P %.2f R %.2f", p, rc)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("-- meta --\npublished: 2025-09-12\n-- input --\nx\n-- events --\nexpel france -> mali qty=2\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse("en/x.txtar", b)
		if err != nil {
			return
		}
		for _, e := range c.Events {
			again, err := ParseEvent(e.String())
			if err != nil || again.String() != e.String() {
				t.Fatalf("%q does not re-parse: %v", e.String(), err)
			}
		}
	})
}
