package gazetteer

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/fold"
)

// cldrRegion is one line of cldr/regions.json.
type cldrRegion struct {
	Region string              `json:"region"`
	ID     string              `json:"id"`
	Name   string              `json:"name"`
	Names  map[string][]string `json:"names"`
}

// CLDRSource is the file CLDR's region names are read from, for messages.
const CLDRSource = "cldr/regions.json"

func parseRegions(b []byte) ([]cldrRegion, error) {
	var f struct {
		Generated string       `json:"generated"`
		Regions   []cldrRegion `json:"regions"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("gazetteer/%s: %w", CLDRSource, err)
	}
	return f.Regions, nil
}

// mergeRegions adds CLDR's names of each region to the reviewed entity
// that names it (before the entity's own names, less its not_cldr), and
// makes a country of every region no entity claims, named by CLDR alone.
// The reviewed data thus holds only what CLDR lacks: short and inflected
// forms, article variants, demonyms, and the territories' sovereigns.
func mergeRegions(es []Entity, b []byte, from map[string]string) ([]Entity, error) {
	regions, err := parseRegions(b)
	if err != nil {
		return nil, err
	}
	byRegion := map[string]int{}
	for i, e := range es {
		if e.Region == "" {
			continue
		}
		if j, dup := byRegion[e.Region]; dup {
			return nil, fmt.Errorf("gazetteer: %s and %s both claim region %s", es[j].ID, e.ID, e.Region)
		}
		byRegion[e.Region] = i
	}
	known := map[string]bool{}
	for _, r := range regions {
		known[r.Region] = true
		i, ok := byRegion[r.Region]
		if !ok {
			if _, dup := from[r.ID]; dup {
				return nil, fmt.Errorf("gazetteer/%s: %s names the id of region %s: give it \"region\": %q", from[r.ID], r.ID, r.Region, r.Region)
			}
			from[r.ID] = CLDRSource
			es = append(es, Entity{ID: r.ID, Kind: dataset.EntityCountry, Name: r.Name, Names: cloneNames(r.Names), Region: r.Region})
			continue
		}
		e := &es[i]
		if e.Names == nil {
			e.Names = map[string][]string{}
		}
		dropped := map[string]bool{}
		for _, lang := range slices.Sorted(maps.Keys(r.Names)) {
			var names []string
			for _, n := range r.Names[lang] {
				if slices.ContainsFunc(e.NotCLDR, func(x string) bool { return sameName(x, n) }) {
					dropped[foldName(n)] = true
					continue
				}
				if !slices.ContainsFunc(e.Names[lang], func(x string) bool { return sameName(x, n) }) {
					names = append(names, n)
				}
			}
			// CLDR's name first: it is the plain one the reviewed
			// extras vary.
			e.Names[lang] = append(names, e.Names[lang]...)
		}
		for _, n := range e.NotCLDR {
			if !dropped[foldName(n)] {
				return nil, fmt.Errorf("gazetteer/%s: %s: not_cldr %q is none of CLDR's names of %s", from[e.ID], e.ID, n, r.Region)
			}
		}
	}
	for _, e := range es {
		if e.Region != "" && !known[e.Region] {
			return nil, fmt.Errorf("gazetteer/%s: %s: CLDR has no region %q", from[e.ID], e.ID, e.Region)
		}
	}
	return es, nil
}

// sameName: two names the matcher cannot tell apart.
func sameName(a, b string) bool { return foldName(a) == foldName(b) }

func foldName(s string) string {
	var keys []string
	for _, t := range fold.Tokens(s) {
		keys = append(keys, t.Key)
	}
	return strings.Join(keys, " ")
}

func cloneNames(m map[string][]string) map[string][]string {
	out := make(map[string][]string, len(m))
	for k, v := range m {
		out[k] = slices.Clone(v)
	}
	return out
}

// germanGenitive is the genitive German news writes of a country's
// one-word name without article ("Kenias", "Malis", "Tschads"), which
// the data need not list for every region. Names that end in a sibilant
// or in -e and -ei, which are feminine ("der Ukraine", "der Türkei"),
// take none.
func germanGenitive(lang string, e Entity, name string) string {
	if lang != "de" || e.Region == "" || strings.ContainsAny(name, " -") {
		return ""
	}
	lower := strings.ToLower(name)
	for _, end := range []string{"s", "ß", "x", "z", "e", "ei"} {
		if strings.HasSuffix(lower, end) {
			return ""
		}
	}
	return name + "s"
}
