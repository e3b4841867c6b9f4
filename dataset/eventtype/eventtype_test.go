package eventtype

import (
	"strings"
	"testing"
)

// TestTable checks what every consumer of the registry relies on: unique
// ids, a label, phrasings with the right number of names, verbs where
// titles need them, and a plain-words name for each PLOVER type used.
func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for _, ty := range All() {
		if ty.ID == "" || seen[ty.ID] {
			t.Errorf("type %q: empty or repeated id", ty.ID)
		}
		seen[ty.ID] = true
		if ty.Label == "" {
			t.Errorf("%s: no label", ty.ID)
		}
		for _, p := range []struct {
			form string
			n    int
		}{{ty.Phrase.Both, 2}, {ty.Phrase.NoSource, 1}, {ty.Phrase.NoTarget, 1}} {
			if strings.Count(p.form, "%s") != p.n || strings.Count(p.form, "%") != p.n {
				t.Errorf("%s: phrase %q should name %d parties", ty.ID, p.form, p.n)
			}
		}
		// Coups are titled on their own; every other type has a verb.
		if ty.ID != "coup" && (ty.Verb.Present == "" || ty.Verb.Base == "") {
			t.Errorf("%s: no present or base verb for titles", ty.ID)
		}
		if ty.Plover != "" && PloverLabel(ty.Plover) == strings.ToLower(ty.Plover) {
			t.Errorf("%s: PLOVER type %s has no plain-words label", ty.ID, ty.Plover)
		}
		if ty.PloverMode != "" && ty.Plover == "" {
			t.Errorf("%s: a PLOVER mode without a type", ty.ID)
		}
	}
	if !seen[Other] {
		t.Errorf("no %q type", Other)
	}
}

func TestLookup(t *testing.T) {
	for _, tc := range []struct {
		id    string
		props Props
		want  bool
	}{
		{"arrest", StateAct | AffectsPeople, true},
		{"withdraw-forces", Forces | OwnPresence, true},
		{"talks", Symmetric, true},
		{"suspend-cooperation", Symmetric, false},
		{"coup", Attemptable | Internal, true},
		{"no-such-type", 0, false},
	} {
		if got := Is(tc.id, tc.props); got != tc.want {
			t.Errorf("Is(%q, %b) = %v, want %v", tc.id, tc.props, got, tc.want)
		}
	}
	if typ, mode, ok := Plover("arrest"); !ok || typ != "COERCE" || mode != "arrest" {
		t.Errorf("arrest maps to %s/%s %v", typ, mode, ok)
	}
	if _, _, ok := Plover("coup"); ok {
		t.Error("coup has no PLOVER type, but one is reported")
	}
	if Label("no-such-type") != "no-such-type" || Label("expel") != "Expulsion" {
		t.Error("Label")
	}
	if ids := IDs(); len(ids) != len(All()) || ids[0] != "arrest" || ids[len(ids)-1] != Other {
		t.Errorf("IDs() = %v", ids)
	}
}
