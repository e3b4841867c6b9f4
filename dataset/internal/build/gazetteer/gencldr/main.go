// Command gencldr writes the gazetteer's cldr/regions.json: the name of
// every country and territory in each language Parallax reads, from the
// CLDR tables of golang.org/x/text/language/display. The gazetteer merges
// these names into its reviewed entities at load (see data/README.md), so
// CLDR, not a hand list, is where a country's plain name comes from.
//
// The names are generated into a committed file rather than looked up at
// load so that a change of CLDR (an x/text upgrade) shows as a diff a
// reviewer reads for new collisions and common words, and so that the
// build's binary needs no display tables. TestUpToDate fails when the file
// and x/text disagree: run `go generate ./dataset/internal/build/gazetteer/`.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// languages Parallax reads, in the gazetteer's order.
var languages = []string{"en", "fr", "es", "de", "ar", "hi"}

// notRegions are codes CLDR counts as countries that are not places.
var notRegions = map[string]bool{"UN": true, "EZ": true, "EU": true}

// Region is one country or territory with its CLDR names.
type Region struct {
	Region string              `json:"region"`
	ID     string              `json:"id"`
	Name   string              `json:"name"`
	Names  map[string][]string `json:"names"`
}

func main() {
	out := flag.String("out", "cldr/regions.json", "the file to write")
	flag.Parse()
	b, err := encode(regions(), xtextVersion())
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencldr:", err)
		os.Exit(1)
	}
}

// regions lists every ISO 3166 region CLDR names (and the few CLDR-only
// codes for territories: Ascension, Canary Islands…), by code.
func regions() []Region {
	var out []Region
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r || notRegions[code] {
				continue // unknown, a grouping, private use, or a deprecated code
			}
			en := display.English.Regions().Name(r)
			if en == "" {
				continue
			}
			reg := Region{Region: code, Name: clean("en", en), Names: map[string][]string{}}
			for _, lang := range languages {
				name := display.Regions(language.MustParse(lang)).Name(r)
				if name == "" {
					continue
				}
				reg.Names[lang] = variants(lang, clean(lang, name))
			}
			reg.ID = slug(reg.Name)
			out = append(out, reg)
		}
	}
	keepGlosses(out)
	return out
}

// keepGlosses puts back the parenthesised gloss of a name that needs it
// to stay apart from another region's: fr «Saint-Martin (partie
// néerlandaise)» is Sint Maarten, «Saint-Martin» the French part.
func keepGlosses(rs []Region) {
	for _, lang := range languages {
		seen := map[string]int{}
		for _, r := range rs {
			for _, n := range r.Names[lang] {
				seen[strings.ToLower(n)]++
			}
		}
		for i, r := range rs {
			raw := display.Regions(language.MustParse(lang)).Name(language.MustParseRegion(r.Region))
			for j, n := range r.Names[lang] {
				if seen[strings.ToLower(n)] > 1 && parenthesis.MatchString(raw) {
					rs[i].Names[lang][j] = strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(raw)), " ")
				}
			}
		}
	}
}

var parenthesis = regexp.MustCompile(`\s*\([^)]*\)`)

// clean makes a CLDR display name a name news writes: without its
// parenthesised gloss ("Myanmar (Burma)"), with "and" for "&".
func clean(lang, name string) string {
	name = parenthesis.ReplaceAllString(name, "")
	if lang == "en" {
		name = strings.ReplaceAll(name, " & ", " and ")
	}
	return strings.Join(strings.Fields(name), " ")
}

// variants adds the spelt-out "Saint" English writes beside CLDR's "St.".
func variants(lang, name string) []string {
	out := []string{name}
	if lang == "en" && strings.HasPrefix(name, "St. ") {
		out = append(out, "Saint "+strings.TrimPrefix(name, "St. "))
	}
	return out
}

// slug is an entity id from an English name: lowercase ASCII words joined
// by hyphens, accents and apostrophes dropped ("Côte d’Ivoire" →
// "cote-divoire", as data/README.md says).
func slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(name)) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == '.':
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	return b.String()
}

// encode writes one region a line, after a first line that says the file
// is generated, so that a CLDR change is a readable diff.
func encode(rs []Region, version string) ([]byte, error) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "{\"generated\": \"Code generated by gencldr from CLDR (golang.org/x/text %s, language/display); DO NOT EDIT.\",\n \"regions\": [\n", version)
	for i, r := range rs {
		line, err := json.Marshal(r)
		if err != nil {
			return nil, fmt.Errorf("region %s: %w", r.Region, err)
		}
		buf.WriteString("  ")
		buf.Write(line)
		if i < len(rs)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString(" ]\n}\n")
	return buf.Bytes(), nil
}

// xtextVersion is the version of golang.org/x/text the tables come from.
func xtextVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		if i := slices.IndexFunc(info.Deps, func(m *debug.Module) bool { return m.Path == "golang.org/x/text" }); i >= 0 {
			return info.Deps[i].Version
		}
	}
	return "(unknown version)"
}
