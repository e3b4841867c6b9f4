// Package gazetteer knows the people, places, states and groups of the
// corpus's world under every name they go by, in every language Parallax
// reads, and finds them in text. The names are reviewed data in data/*.json
// (see data/README.md), not Go literals.
package gazetteer

import (
	"bytes"
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
)

// Languages every entity must have names in.
var Languages = []string{"en", "fr", "es", "de", "ar", "hi"}

// Kinds an entity may have.
var Kinds = []string{
	dataset.EntityCountry, dataset.EntityPlace, dataset.EntityPerson, dataset.EntityOrganisation,
	dataset.EntityArmedGroup, dataset.EntityOperation, dataset.EntityAgency, dataset.EntityMedia,
}

// Entity is one gazetteer entry.
type Entity struct {
	ID        string              `json:"id"`
	Kind      string              `json:"kind"`
	Name      string              `json:"name"`
	Names     map[string][]string `json:"names"`
	Demonyms  map[string][]string `json:"demonyms,omitempty"`
	PartOf    string              `json:"part_of,omitempty"`
	StandsFor string              `json:"stands_for,omitempty"`
	// Role says what an organisation is to the state it is part of:
	// "armed-forces" for its army, which soldiers named without it stand
	// for ("a group of army colonels overthrew…").
	Role string `json:"role,omitempty"`
	// LocatedIn is the place an organisation sits in, when it is not its
	// state's territory: an embassy's city. What is done to its people
	// with no one named is done there ("an embassy employee was
	// arrested").
	LocatedIn string `json:"located_in,omitempty"`
	// Coups lists a country's coups since 2000 that succeeded or were
	// attempted in earnest, as "YYYY-MM": a coup an article dates but
	// places nowhere ("since the putsch of August 2020") happened in the
	// country named with it that had one then.
	Coups []string `json:"coups,omitempty"`
	// ColonisedBy is the state that ruled a country as a colony until its
	// independence: whom "the former colonial power" of an article about
	// the country means (France for Mali, Belgium for the DR Congo).
	ColonisedBy string `json:"colonised_by,omitempty"`
	// NotFollowedBy lists words that, right after one of the entity's
	// names, make it another thing: «القاعدة» before «الجوية» is an air
	// base, "Paris" before "Saint-Germain" a football club.
	NotFollowedBy []string `json:"not_followed_by,omitempty"`
	// Titled lists names that are the entity only after a title: a
	// surname too common to stand alone ("Traoré") is the captain in
	// "Captain Traoré", «النقيب تراوري» (see the entities package).
	Titled []string `json:"titled,omitempty"`
	// Region is the ISO 3166 code of a country or territory: CLDR's
	// names for it in every language are added to Names at load.
	Region string `json:"region,omitempty"`
	// NotCLDR lists CLDR names of the region that the entity must not
	// take: common words or other things' names (fr «Maurice», a given
	// name, for Mauritius).
	NotCLDR []string `json:"not_cldr,omitempty"`
	Note    string   `json:"note,omitempty"`
}

// Gazetteer is a loaded, validated set of entities with an index for
// finding their names in text.
type Gazetteer struct {
	Entities []Entity // sorted by id
	byID     map[string]*Entity
	aliases  map[string][]alias // folded token keys joined by " " → entries
	maxLen   int                // longest alias, in tokens
	// firstLen is the longest alias starting with a folded token: most
	// words start none, and a match is tried no longer than it can be.
	firstLen map[string]int
	titled   map[string][]alias    // names that count only after a title
	titleMax int                   // longest titled name, in tokens
	guards   map[string][][]string // entity → folded words that veto a match
}

type alias struct {
	entity  string
	demonym bool
	// exact is the alias as written, when it must match letter for letter:
	// acronyms such as "IS" or "US" that fold to common words.
	exact string
	// capital: a Latin-script proper name that matches only where the text
	// capitalises it too ("Kati" the town, not "kati" the word).
	capital bool
}

//go:embed data/*.json
var data embed.FS

// cldrRegions holds CLDR's name of every country and territory in the six
// languages, generated from golang.org/x/text (see gencldr).
//
//go:generate go run ./gencldr -out cldr/regions.json
//go:embed cldr/regions.json
var cldrRegions []byte

// Load reads the embedded gazetteer.
func Load() (*Gazetteer, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(data, "data", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := data.ReadFile(p)
		files[path.Base(p)] = b
		return err
	})
	if err != nil {
		return nil, err
	}
	return ParseWithRegions(files, cldrRegions)
}

var (
	idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	coupDate  = regexp.MustCompile(`^(19|20)[0-9]{2}-(0[1-9]|1[0-2])$`)
)

// Parse builds a gazetteer from data files (name → JSON array of entities)
// and checks it: ids unique and well-formed, kinds known, names in every
// language, references resolving, no alias claimed by two entities.
func Parse(files map[string][]byte) (*Gazetteer, error) { return ParseWithRegions(files, nil) }

// ParseWithRegions is Parse with CLDR's names of countries and
// territories (cldr/regions.json, nil for none) merged into the entities
// that name their region, and an entity of its own for every other region.
func ParseWithRegions(files map[string][]byte, regions []byte) (*Gazetteer, error) {
	g := &Gazetteer{byID: map[string]*Entity{}, aliases: map[string][]alias{}, guards: map[string][][]string{}, firstLen: map[string]int{}, titled: map[string][]alias{}}
	var all []Entity
	from := map[string]string{} // id → the file it comes from
	for _, name := range slices.Sorted(maps.Keys(files)) {
		dec := json.NewDecoder(bytes.NewReader(files[name]))
		dec.DisallowUnknownFields()
		var es []Entity
		if err := dec.Decode(&es); err != nil {
			return nil, fmt.Errorf("gazetteer/%s: %w", name, err)
		}
		for _, e := range es {
			if _, dup := from[e.ID]; dup {
				return nil, fmt.Errorf("gazetteer/%s: id %q is used twice", name, e.ID)
			}
			from[e.ID] = name
			all = append(all, e)
		}
	}
	if regions != nil {
		var err error
		if all, err = mergeRegions(all, regions, from); err != nil {
			return nil, err
		}
	}
	for _, e := range all {
		if err := check(e); err != nil {
			return nil, fmt.Errorf("gazetteer/%s: %s: %w", from[e.ID], e.ID, err)
		}
		g.Entities = append(g.Entities, e)
		g.byID[e.ID] = &g.Entities[len(g.Entities)-1]
	}
	slices.SortFunc(g.Entities, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	for i := range g.Entities {
		g.byID[g.Entities[i].ID] = &g.Entities[i]
	}
	for _, e := range g.Entities {
		for _, ref := range []string{e.PartOf, e.StandsFor, e.LocatedIn, e.ColonisedBy} {
			if ref != "" && g.byID[ref] == nil {
				return nil, fmt.Errorf("gazetteer: %s refers to unknown entity %q", e.ID, ref)
			}
		}
		if c := e.ColonisedBy; c != "" && (e.Kind != dataset.EntityCountry || g.byID[c].Kind != dataset.EntityCountry) {
			return nil, fmt.Errorf("gazetteer: %s: colonised_by links two countries", e.ID)
		}
		for _, c := range e.Coups {
			if !coupDate.MatchString(c) || e.Kind != dataset.EntityCountry {
				return nil, fmt.Errorf("gazetteer: %s: coup %q is not a country's YYYY-MM", e.ID, c)
			}
		}
		if e.Role == RoleArmedForces && (g.byID[e.PartOf] == nil || g.byID[e.PartOf].Kind != dataset.EntityCountry) {
			return nil, fmt.Errorf("gazetteer: %s: armed forces must be part of a country", e.ID)
		}
		for _, w := range e.NotFollowedBy {
			var keys []string
			for _, t := range fold.Tokens(w) {
				keys = append(keys, t.Key)
			}
			g.guards[e.ID] = append(g.guards[e.ID], keys)
		}
		for _, lang := range slices.Sorted(maps.Keys(e.Names)) {
			for _, n := range e.Names[lang] {
				g.add(e.ID, n, false)
				if gen := germanGenitive(lang, e, n); gen != "" {
					g.add(e.ID, gen, false)
				}
			}
		}
		for _, n := range e.Titled {
			g.addTitled(e.ID, n)
		}
		for _, lang := range slices.Sorted(maps.Keys(e.Demonyms)) {
			for _, n := range e.Demonyms[lang] {
				for _, form := range demonymForms(lang, n) {
					g.add(e.ID, form, true)
				}
			}
		}
	}
	for key, as := range g.aliases {
		var ids []string
		for _, a := range as {
			if !slices.Contains(ids, a.entity) {
				ids = append(ids, a.entity)
			}
		}
		if len(ids) > 1 {
			return nil, fmt.Errorf("gazetteer: the name %q belongs to %s: make it unambiguous or drop it", key, strings.Join(ids, " and "))
		}
	}
	if err := g.checkTitled(); err != nil {
		return nil, err
	}
	return g, nil
}

func check(e Entity) error {
	switch {
	case !idPattern.MatchString(e.ID):
		return fmt.Errorf("id must be lower-case ASCII words joined by hyphens")
	case !slices.Contains(Kinds, e.Kind):
		return fmt.Errorf("unknown kind %q", e.Kind)
	case strings.TrimSpace(e.Name) == "":
		return fmt.Errorf("no English name")
	case e.Role != "" && e.Role != RoleArmedForces:
		return fmt.Errorf("unknown role %q", e.Role)
	case e.Role != "" && e.Kind != dataset.EntityOrganisation:
		return fmt.Errorf("only an organisation has a role")
	}
	for _, w := range e.NotFollowedBy {
		if len(fold.Tokens(w)) == 0 {
			return fmt.Errorf("empty not_followed_by")
		}
	}
	for _, lang := range Languages {
		if len(e.Names[lang]) == 0 {
			// A region's names come from CLDR too: none left means the
			// entity's not_cldr refused them all.
			return fmt.Errorf("no name in %q", lang)
		}
	}
	for lang, ns := range e.Names {
		if !slices.Contains(Languages, lang) {
			return fmt.Errorf("names in unknown language %q", lang)
		}
		for _, n := range ns {
			if len(fold.Tokens(n)) == 0 {
				return fmt.Errorf("empty name in %q", lang)
			}
		}
	}
	return nil
}

// demonymForms adds the regular Arabic inflections of a nisba adjective
// (فرنسي → فرنسية فرنسيون فرنسيين فرنسيان فرنسيتين فرنسيات, and the
// accusative فرنسيا of «مواطنا فرنسيا»), which news uses in every case and
// number, so the data lists only the base form.
func demonymForms(lang, n string) []string {
	if lang != "ar" || strings.Contains(n, " ") || !strings.HasSuffix(n, "ي") {
		return []string{n}
	}
	forms := []string{n}
	for _, suf := range []string{"ة", "ون", "ين", "ان", "تين", "تان", "ات", "ا"} {
		forms = append(forms, n+suf)
	}
	return forms
}

func (g *Gazetteer) add(entity, name string, demonym bool) {
	toks := fold.Tokens(name)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	key := strings.Join(keys, " ")
	a := alias{entity: entity, demonym: demonym}
	if isAcronym(name) {
		a.exact = name
	} else if r, _ := utf8.DecodeRuneInString(name); unicode.Is(unicode.Latin, r) && unicode.IsUpper(r) {
		a.capital = true
	}
	for _, b := range g.aliases[key] {
		if b == a {
			return
		}
	}
	g.aliases[key] = append(g.aliases[key], a)
	g.maxLen = max(g.maxLen, len(keys))
	g.firstLen[keys[0]] = max(g.firstLen[keys[0]], len(keys))
}

// isAcronym: two or more capitals in a short single word ("IS", "FAMa",
// "JNIM"), which must match as written.
func isAcronym(s string) bool {
	if strings.ContainsAny(s, " -") || utf8.RuneCountInString(s) > 6 {
		return false
	}
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// Entity returns the entity with the given id, or nil.
func (g *Gazetteer) Entity(id string) *Entity { return g.byID[id] }

// Actor is the entity that acts when e is named: a capital or seat of
// government stands for its state ("Paris decided…" is France).
func (g *Gazetteer) Actor(id string) string {
	for range 4 {
		e := g.byID[id]
		if e == nil || e.StandsFor == "" {
			break
		}
		id = e.StandsFor
	}
	return id
}

// State is the state an entity acts for: its Country, or the entity
// itself when it belongs to none (an armed group, an organisation).
func (g *Gazetteer) State(id string) string { return cmp.Or(g.Country(id), id) }

// Country is the state an entity belongs to, following part_of and
// stands_for links; "" when it has none.
func (g *Gazetteer) Country(id string) string {
	for range 8 {
		e := g.byID[id]
		switch {
		case e == nil:
			return ""
		case e.Kind == dataset.EntityCountry:
			return id
		case e.StandsFor != "":
			id = e.StandsFor
		case e.PartOf != "":
			id = e.PartOf
		default:
			return ""
		}
	}
	return ""
}

// CoupIn reports whether the country had a coup in the month or year
// date (ISO "YYYY" or "YYYY-MM…") says; with date "", whether it had any.
func (g *Gazetteer) CoupIn(country, date string) bool {
	e := g.byID[country]
	if e == nil {
		return false
	}
	if date == "" {
		return len(e.Coups) > 0
	}
	for _, c := range e.Coups {
		if strings.HasPrefix(date, c) || strings.HasPrefix(c, date) {
			return true
		}
	}
	return false
}

// RoleArmedForces marks a state's army.
const RoleArmedForces = "armed-forces"

// Army is the armed forces of a country, "" when the gazetteer has none.
func (g *Gazetteer) Army(country string) string {
	for _, e := range g.Entities {
		if e.Role == RoleArmedForces && e.PartOf == country {
			return e.ID
		}
	}
	return ""
}

// IsPartOf reports whether ancestor contains id, following part_of links:
// JNIM is part of al-Qaeda, Bamako of Mali.
func (g *Gazetteer) IsPartOf(id, ancestor string) bool {
	for range 8 {
		e := g.byID[id]
		if e == nil || e.PartOf == "" {
			return false
		}
		if e.PartOf == ancestor {
			return true
		}
		id = e.PartOf
	}
	return false
}

// Aliases lists every name of an entity in every language, for the app's
// cross-language search, in a stable order.
func (e *Entity) Aliases() []string {
	var out []string
	for _, m := range []map[string][]string{e.Names, e.Demonyms} {
		for _, lang := range slices.Sorted(maps.Keys(m)) {
			for _, n := range m[lang] {
				if !slices.Contains(out, n) {
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// Match is one name found in a text.
type Match struct {
	Start, End int // byte offsets in the text
	Entity     string
	Demonym    bool // an adjective or demonym ("French", «فرنسي»), not the name
	// Clitic is what was taken off the front of an Arabic name to find it:
	// «و», «ب», «لل»… A preposition there makes the name oblique.
	Clitic string
}

// Find returns the entity names in text, longest match first, left to
// right, without overlaps. Arabic names are found under their clitics
// («وبباريس», «للجزائر»).
func (g *Gazetteer) Find(text string) []Match {
	toks := fold.Tokens(text)
	var out []Match
	for i := 0; i < len(toks); {
		n, a, first := g.longest(text, toks, i)
		if n == 0 {
			i++
			continue
		}
		m := Match{Start: toks[i].Start, End: toks[i+n-1].End, Entity: a.entity, Demonym: a.demonym, Clitic: clitic(toks[i].Key, first)}
		if cl := m.Clitic; !m.Demonym && (strings.HasSuffix(cl, "ال") || strings.HasSuffix(cl, "لل")) && g.Entity(a.entity).Kind == dataset.EntityCountry {
			// A country's name takes no article: «المالي» is the adjective
			// "Malian" that the name «مالي» spells too.
			m.Demonym = true
		}
		out = append(out, m)
		i += n
	}
	return out
}

// clitic is the part of a folded word in front of the stem it matched
// under, with an article restored for «لل» ("لل" + "فرنسيين" from
// "الفرنسيين").
func clitic(word, stem string) string {
	if word == stem {
		return ""
	}
	if i := strings.LastIndex(word, strings.TrimPrefix(stem, "ا")); i > 0 {
		return word[:i]
	}
	return ""
}

func (g *Gazetteer) longest(text string, toks []fold.Token, i int) (int, alias, string) {
	firsts := []string{toks[i].Key}
	if fold.IsArabic(toks[i].Key) {
		firsts = fold.ArabicStems(toks[i].Key)
	}
	longest := 0
	for _, first := range firsts {
		longest = max(longest, g.firstLen[first])
	}
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		var rest strings.Builder
		for _, t := range toks[i+1 : i+n] {
			rest.WriteByte(' ')
			rest.WriteString(t.Key)
		}
		for fi, first := range firsts {
			for _, a := range g.aliases[first+rest.String()] {
				if a.exact != "" && (n != 1 || fi != 0 || text[toks[i].Start:toks[i].End] != a.exact) {
					continue
				}
				if a.capital {
					r, _ := utf8.DecodeRuneInString(text[toks[i].Start:])
					if !unicode.IsUpper(r) {
						continue
					}
				}
				if g.guarded(a.entity, toks[i+n:]) {
					continue
				}
				return n, a, first
			}
		}
	}
	return 0, alias{}, ""
}

// guarded: the words after a name are ones that make it another thing.
func (g *Gazetteer) guarded(entity string, next []fold.Token) bool {
	for _, guard := range g.guards[entity] {
		if len(guard) > len(next) {
			continue
		}
		match := true
		for k, w := range guard {
			key := next[k].Key
			if k == 0 && fold.IsArabic(key) {
				// «الجوية» or «والجوية»: the guard word under its clitics.
				match = match && slices.Contains(fold.ArabicStems(key), w)
				continue
			}
			match = match && key == w
		}
		if match {
			return true
		}
	}
	return false
}
