package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// fixture is a small gazetteer in the data files' format, so that these
// tests do not move when the reviewed data grows.
const fixture = `[
 {"id": "france", "kind": "country", "name": "France",
  "names": {"en": ["France"], "fr": ["France"], "es": ["Francia"], "de": ["Frankreich"], "ar": ["فرنسا"], "hi": ["फ्रांस"]},
  "demonyms": {"en": ["French"], "fr": ["français", "française"], "es": ["francés"], "de": ["französisch", "Franzose"], "ar": ["فرنسي"], "hi": ["फ्रांसीसी"]}},
 {"id": "mali", "kind": "country", "name": "Mali",
  "names": {"en": ["Mali"], "fr": ["Mali"], "es": ["Malí"], "de": ["Mali"], "ar": ["مالي"], "hi": ["माली"]},
  "demonyms": {"en": ["Malian"], "fr": ["malien", "malienne", "maliens"], "es": ["maliense"], "de": ["malisch"], "ar": ["مالية", "ماليين", "ماليون"], "hi": ["मालियाई"]}},
 {"id": "paris", "kind": "place", "name": "Paris", "stands_for": "france", "part_of": "france",
  "names": {"en": ["Paris"], "fr": ["Paris"], "es": ["París"], "de": ["Paris"], "ar": ["باريس"], "hi": ["पेरिस"]},
  "not_followed_by": ["Saint-Germain", "سان جيرمان"]},
 {"id": "malian-armed-forces", "kind": "organisation", "name": "Malian Armed Forces", "part_of": "mali", "role": "armed-forces",
  "names": {"en": ["Malian army"], "fr": ["armée malienne"], "es": ["ejército maliense"], "de": ["malische Armee"], "ar": ["الجيش المالي"], "hi": ["माली सेना"]}},
 {"id": "al-qaeda", "kind": "armed-group", "name": "al-Qaeda",
  "names": {"en": ["al-Qaeda"], "fr": ["Al-Qaïda"], "es": ["Al Qaeda"], "de": ["al-Kaida"], "ar": ["القاعدة"], "hi": ["अल-क़ायदा"]},
  "not_followed_by": ["الجوية"]},
 {"id": "kati", "kind": "place", "name": "Kati", "part_of": "mali",
  "names": {"en": ["Kati"], "fr": ["Kati"], "es": ["Kati"], "de": ["Kati"], "ar": ["كاتي"], "hi": ["काती"]}},
 {"id": "islamic-state", "kind": "armed-group", "name": "Islamic State",
  "names": {"en": ["Islamic State", "IS", "ISIS"], "fr": ["État islamique", "EI"], "es": ["Estado Islámico"], "de": ["Islamischer Staat"], "ar": ["داعش", "تنظيم الدولة الإسلامية"], "hi": ["इस्लामिक स्टेट"]}},
 {"id": "jnim", "kind": "armed-group", "name": "JNIM", "part_of": "al-qaeda",
  "names": {"en": ["JNIM"], "fr": ["JNIM", "GSIM"], "es": ["JNIM"], "de": ["JNIM"], "ar": ["جماعة نصرة الإسلام والمسلمين", "نصرة الإسلام والمسلمين"], "hi": ["जेएनआईएम"]}},
 {"id": "wagner-group", "kind": "armed-group", "name": "Wagner Group",
  "names": {"en": ["Wagner Group", "Wagner"], "fr": ["groupe Wagner", "Wagner"], "es": ["Grupo Wagner"], "de": ["Wagner-Gruppe"], "ar": ["فاغنر", "فاجنر", "مجموعة فاغنر"], "hi": ["वैगनर", "वैगनर समूह"]}}
]`

func load(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := Parse(map[string][]byte{"fixture.json": []byte(fixture)})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFind(t *testing.T) {
	g := load(t)
	for _, tc := range []struct{ text, want string }{
		{"France expelled two Malian diplomats.", "France=france Malian=mali*"},
		{"Les diplomates maliens quittent Paris.", "maliens=mali* Paris=paris"},
		// Clitics: و + ب, the article, ل + ال contracted.
		{"وطردت باريس دبلوماسيين ماليين وبفرنسا والفرنسيين للفرنسيين", "باريس=paris ماليين=mali* وبفرنسا=france والفرنسيين=france* للفرنسيين=france*"},
		// A country's name takes no article: «المالي», «للمالي» are the adjective.
		{"مالي والمالي للمالي", "مالي=mali والمالي=mali* للمالي=mali*"},
		// Variants fold: alef with hamza, ta marbuta, diacritics, tatweel.
		{"عناصر مجموعة فاجنر وفاغـنر", "فاجنر=wagner-group وفاغـنر=wagner-group"},
		{"قوات فرنسيّة ونُصرة الإسلام والمسلمين", "فرنسيّة=france* ونُصرة الإسلام والمسلمين=jnim"},
		{"फ़्रांस ने वैगनर समूह के सैनिकों को", "फ़्रांस=france वैगनर समूह=wagner-group"},
		{"फ्रांसीसी नागरिक", "फ्रांसीसी=france*"},
		// The longest name wins; accents and case fold.
		{"the Islamic State and the État Islamique", "Islamic State=islamic-state État Islamique=islamic-state"},
		// Acronyms match only as written; capitalised names only capitalised.
		{"IS fighters; it is over", "IS=islamic-state"},
		{"Kati is a town; kati is not", "Kati=kati"},
		{"Die Wagner-Gruppe und ein französischer Soldat", "Wagner-Gruppe=wagner-group"},
		{"nothing here", ""},
		// Guards: the words after a name that make it another thing.
		{"Paris Saint-Germain beat Paris", "Paris=paris"},
		{"هاجم القاعدة في القاعدة الجوية والقاعدة", "القاعدة=al-qaeda والقاعدة=al-qaeda"},
	} {
		if got := found(g, tc.text); got != tc.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

func TestActorAndCountry(t *testing.T) {
	g := load(t)
	for _, tc := range []struct{ id, actor, country string }{
		{"paris", "france", "france"},
		{"kati", "kati", "mali"},
		{"france", "france", "france"},
		{"jnim", "jnim", ""},
	} {
		if got := g.Actor(tc.id); got != tc.actor {
			t.Errorf("Actor(%s) = %s, want %s", tc.id, got, tc.actor)
		}
		if got := g.Country(tc.id); got != tc.country {
			t.Errorf("Country(%s) = %s, want %s", tc.id, got, tc.country)
		}
	}
}

func TestArmyAndPartOf(t *testing.T) {
	g := load(t)
	if got := g.Army("mali"); got != "malian-armed-forces" {
		t.Errorf("Army(mali) = %q", got)
	}
	if got := g.Army("france"); got != "" {
		t.Errorf("Army(france) = %q, want none", got)
	}
	if !g.IsPartOf("jnim", "al-qaeda") || g.IsPartOf("al-qaeda", "jnim") || !g.IsPartOf("kati", "mali") {
		t.Error("IsPartOf does not follow part_of links")
	}
}

func TestParseRejects(t *testing.T) {
	entity := func(id, kind, extra string) string {
		return `{"id": "` + id + `", "kind": "` + kind + `", "name": "X",
		 "names": {"en": ["` + id + `"], "fr": ["x"], "es": ["x"], "de": ["x"], "ar": ["x"], "hi": ["x"]}` + extra + `}`
	}
	for _, tc := range []struct{ name, data, want string }{
		{"bad id", "[" + entity("Bad_Id", "country", "") + "]", "lower-case"},
		{"bad kind", "[" + entity("a", "planet", "") + "]", "unknown kind"},
		{"missing language", `[{"id": "a", "kind": "country", "name": "A", "names": {"en": ["A"]}}]`, `no name in "fr"`},
		{"unknown field", `[{"id": "a", "kid": "x"}]`, "unknown field"},
		{"dangling part_of", "[" + entity("a", "place", `, "part_of": "nowhere"`) + "]", "unknown entity"},
		{"shared alias", "[" + entity("a", "place", "") + "," + entity("b", "place", "") + "]", "belongs to a and b"},
		{"duplicate id", "[" + entity("a", "place", "") + "," + entity("a", "place", "") + "]", "used twice"},
		{"unknown role", "[" + entity("a", "organisation", `, "role": "navy"`) + "]", "unknown role"},
		{"army of no country", "[" + entity("a", "organisation", `, "role": "armed-forces"`) + "]", "part of a country"},
	} {
		_, err := Parse(map[string][]byte{"t.json": []byte(tc.data)})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		}
	}
}

// TestEmbeddedData checks the reviewed data files themselves.
func TestEmbeddedData(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) < 100 {
		t.Errorf("only %d entities: the Sahel story needs more", len(g.Entities))
	}
	for _, id := range []string{"france", "mali", "russia", "bamako", "paris", "assimi-goita", "ibrahim-boubacar-keita", "wagner-group", "africa-corps", "jnim", "al-qaeda", "islamic-state", "dgse", "operation-barkhane", "operation-serval", "task-force-takuba", "afp", "reuters", "le-monde"} {
		if g.Entity(id) == nil {
			t.Errorf("the gazetteer lacks %s", id)
		}
	}
}

func FuzzFind(f *testing.F) {
	g, err := Parse(map[string][]byte{"fixture.json": []byte(fixture)})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("وطردت باريس دبلوماسيين ماليين")
	f.Add("IS is the Islamic State")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range g.Find(s) {
			if m.Start < prev || m.End <= m.Start || m.End > len(s) || g.Entity(m.Entity) == nil {
				t.Fatalf("bad match %+v in %q", m, s)
			}
			prev = m.End
		}
	})
}

// TestReviewedData checks the reviewed data files, through the matcher,
// on the spellings news writes: Arabic clitics and letter variants, Hindi
// nukta and vowel signs, Latin case and accents, and the demonyms of the
// six languages.
func TestReviewedData(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		// Arabic clitics: و ف ب ل ك and the article, alone and together.
		{"وبباماكو فبفرنسا لمالي كفرنسا والنيجر للنيجر", "وبباماكو=bamako فبفرنسا=france لمالي=mali كفرنسا=france والنيجر=niger للنيجر=niger"},
		// Alef and hamza forms, ta marbuta, alef maqsura, diacritics, tatweel.
		{"أسيمي غويتا، آسيمي غويتا، اسيمي غويتا", "أسيمي غويتا=assimi-goita آسيمي غويتا=assimi-goita اسيمي غويتا=assimi-goita"},
		{"الحكومة الماليه وجمهورية افريقيا الوسطي وفَرَنْسَا وفرنـسا", "الماليه=mali* وجمهورية افريقيا الوسطي=central-african-republic وفَرَنْسَا=france وفرنـسا=france"},
		{"مرتزقة فاغنر وفاجنر", "فاغنر=wagner-group وفاجنر=wagner-group"},
		// Hindi nukta and vowel-sign variants.
		{"फ़्रांस और फ्रांस, अल-क़ायदा और अल-कायदा, गोइता और गोइटा", "फ़्रांस=france फ्रांस=france अल-क़ायदा=al-qaeda अल-कायदा=al-qaeda गोइता=assimi-goita गोइटा=assimi-goita"},
		// Latin case and accents.
		{"Assimi Goïta, Assimi Goita, MALI, Malí", "Assimi Goïta=assimi-goita Assimi Goita=assimi-goita MALI=mali Malí=mali"},
		// Demonyms in the six languages.
		{"French français francés französische فرنسي फ्रांसीसी", "French=france* français=france* francés=france* französische=france* فرنسي=france* फ्रांसीसी=france*"},
		{"Malian maliens maliense malischen الماليين", "Malian=mali* maliens=mali* maliense=mali* malischen=mali* الماليين=mali*"},
	} {
		if got := found(g, tc.text); got != tc.want {
			t.Errorf("Find(%q)\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// found writes what Find finds in text as "name=id" pairs, a demonym
// marked with "*": "French=france* Bamako=bamako".
func found(g *Gazetteer, text string) string {
	var got []string
	for _, m := range g.Find(text) {
		s := fmt.Sprintf("%s=%s", text[m.Start:m.End], m.Entity)
		if m.Demonym {
			s += "*"
		}
		got = append(got, s)
	}
	return strings.Join(got, " ")
}
