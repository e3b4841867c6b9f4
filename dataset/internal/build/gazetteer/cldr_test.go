package gazetteer

import (
	"encoding/json"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"testing"
)

// TestCLDRNamesFound: every CLDR name of every country and territory is
// found, whole, as the entity of its region, unless the entity refuses it
// (not_cldr): CLDR and the reviewed data agree, no other entity's name
// shadows a country's, and no capital or guard rule hides it.
func TestCLDRNamesFound(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	regions, err := parseRegions(cldrRegions)
	if err != nil {
		t.Fatal(err)
	}
	if len(regions) < 240 {
		t.Fatalf("CLDR gives %d regions: the world has more", len(regions))
	}
	byRegion := map[string]*Entity{}
	for i := range g.Entities {
		if r := g.Entities[i].Region; r != "" {
			byRegion[r] = &g.Entities[i]
		}
	}
	for _, r := range regions {
		e := byRegion[r.Region]
		if e == nil {
			t.Errorf("no entity has region %s (%s)", r.Region, r.Name)
			continue
		}
		for _, lang := range Languages {
			if len(r.Names[lang]) == 0 {
				t.Errorf("CLDR has no %s name for %s", lang, r.Region)
			}
			for _, n := range r.Names[lang] {
				if slices.ContainsFunc(e.NotCLDR, func(x string) bool { return sameName(x, n) }) {
					continue
				}
				ms := g.Find(n)
				if len(ms) != 1 || ms[0].Start != 0 || strings.TrimRight(n[ms[0].End:], ".") != "" || ms[0].Entity != e.ID {
					t.Errorf("%s: CLDR's %s name %q is found as %s", r.Region, lang, n, found(g, n))
				}
			}
		}
	}
}

// TestReviewedNamesAreExtras: the reviewed data lists only what CLDR
// lacks; a name CLDR gives its region in a language is not repeated by
// hand in that language.
func TestReviewedNamesAreExtras(t *testing.T) {
	regions, err := parseRegions(cldrRegions)
	if err != nil {
		t.Fatal(err)
	}
	cldr := map[string]bool{} // region, language and folded name
	for _, r := range regions {
		for lang, ns := range r.Names {
			for _, n := range ns {
				cldr[r.Region+" "+lang+" "+foldName(n)] = true
			}
		}
	}
	err = fs.WalkDir(data, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".json" {
			return err
		}
		b, err := data.ReadFile(p)
		if err != nil {
			return err
		}
		var es []Entity
		if err := json.Unmarshal(b, &es); err != nil {
			return err
		}
		for _, e := range es {
			if e.Kind == "country" && e.Region == "" {
				t.Errorf("%s: country %s has no region: CLDR names every country", p, e.ID)
			}
			for _, lang := range slices.Sorted(maps.Keys(e.Names)) {
				for _, n := range e.Names[lang] {
					if e.Region != "" && cldr[e.Region+" "+lang+" "+foldName(n)] {
						t.Errorf("%s: %s: %s name %q is CLDR's: drop it from the reviewed data", p, e.ID, lang, n)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestParseRegionsRejects(t *testing.T) {
	regions := `{"generated": "test", "regions": [
	 {"region": "ML", "id": "mali", "name": "Mali", "names": {"en": ["Mali"], "fr": ["Mali"], "es": ["Malí"], "de": ["Mali"], "ar": ["مالي"], "hi": ["माली"]}},
	 {"region": "MU", "id": "mauritius", "name": "Mauritius", "names": {"en": ["Mauritius"], "fr": ["Maurice"], "es": ["Mauricio"], "de": ["Mauritius"], "ar": ["موريشيوس"], "hi": ["मॉरीशस"]}}]}`
	entity := func(id, extra string) string {
		return `{"id": "` + id + `", "kind": "country", "name": "X", "names": {"en": ["` + id + `"]}` + extra + `}`
	}
	for _, tc := range []struct{ name, data, want string }{
		{"two claims", "[" + entity("a", `, "region": "ML"`) + "," + entity("b", `, "region": "ML"`) + "]", "both claim region ML"},
		{"unknown region", "[" + entity("a", `, "region": "QQ"`) + "]", `no region "QQ"`},
		{"stale not_cldr", "[" + entity("a", `, "region": "MU", "not_cldr": ["Mauritanie"]`) + "]", `not_cldr "Mauritanie"`},
		{"id without region", "[" + entity("mali", "") + "]", `give it "region": "ML"`},
		{"CLDR name of another", "[" + `{"id": "maurice", "kind": "person", "name": "Maurice", "names": {"en": ["Maurice"], "fr": ["Maurice"], "es": ["x"], "de": ["x"], "ar": ["x"], "hi": ["x"]}}` + "]", "belongs to"},
		{"every name dropped", "[" + entity("a", `, "region": "MU", "not_cldr": ["Mauricio"]`) + "]", `no name in "es"`},
	} {
		_, err := ParseWithRegions(map[string][]byte{"t.json": []byte(tc.data)}, []byte(regions))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		}
	}
	g, err := ParseWithRegions(map[string][]byte{"t.json": []byte("[" + entity("mauritius", `, "region": "MU", "not_cldr": ["Maurice"], "names": {"fr": ["île Maurice"]}`) + "]")}, []byte(regions))
	if err != nil {
		t.Fatal(err)
	}
	if got := found(g, "Maurice a quitté l'île Maurice pour le Mali"); got != "île Maurice=mauritius Mali=mali" {
		t.Errorf("merged: %s", got)
	}
}
