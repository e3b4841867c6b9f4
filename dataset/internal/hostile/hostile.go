// Package hostile generates the pathological inputs a scraper can leave in
// a corpus: files under the size cap built from one construct repeated
// (short lines, table rows, runs of names, dates or markup), each the worst
// case of some stage's parsing. Tests use them at sizes that show growth,
// the fuzz targets as seed corpus entries, and dataset/cmd/genhostile
// writes them out for timing the whole build (docs/hostile-input.md).
//
// Every generator is deterministic: the same size gives the same bytes.
package hostile

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Shape is one kind of hostile file.
type Shape struct {
	Name string // file name stem: "short-lines"
	Ext  string // ".txt", ".md" or ".html"
	What string // what it repeats, for reports
	// Gen makes a file of about size bytes (never more than size plus
	// one repeated unit).
	Gen func(size int) []byte
}

// File is the shape's file name.
func (s Shape) File() string { return s.Name + s.Ext }

// Shapes are the hostile shapes, in the order reports list them: those of
// issue 15 first, then others of the same families.
var Shapes = []Shape{
	{"short-lines", ".txt", `"a\n" repeated: one block per line`, repeat("a\n")},
	{"pipe-table", ".txt", `"| a | b |" rows: one table of every line`, repeat("| a | b |\n")},
	{"capitalised-names", ".txt", "a run of capitalised unknown names in one sentence", words(names)},
	{"full-stops", ".txt", `". " repeated: empty sentences`, repeat(". ")},
	{"iso-dates", ".txt", "ISO dates in one sentence", counted(func(i int) string { return fmt.Sprintf("on 2025-%02d-%02d and ", i%12+1, i%28+1) })},
	{"written-dates", ".txt", `"1 March 1990"-style dates in one sentence`, counted(func(i int) string { return fmt.Sprintf("%d %s %d, ", i%28+1, months[i%12], 1990+i%30) })},
	{"md-brackets", ".md", `Markdown "[" repeated`, repeat("[")},
	{"md-emphasis", ".md", `Markdown "a*" repeated`, repeat("a*")},
	{"md-tags", ".md", `Markdown "<a " repeated`, repeat("<a ")},
	{"md-entities", ".md", `Markdown "&amp" repeated`, repeat("&amp")},
	{"html-sections", ".html", "HTML sections nested thousands deep", nested("<section><p>Text of the section.</p>", "</section>")},
	{"html-divs", ".html", "HTML <div>s never closed", page(repeat("<div>Text of a division.\n"))},
	{"html-tables", ".html", "HTML tables nested in each other's cells", nested("<table><tr><td>cell<p>para</p>", "</td></tr></table>")},
	// Of the same families.
	{"known-names", ".txt", "the gazetteer's names, with event verbs, in one sentence", words(known)},
	{"people-verbs", ".txt", "the lexicon's people nouns and event verbs, no names, in one sentence", words(peopleVerbs)},
	{"dense-sentences", ".txt", "sentences of 100 names, people nouns and event verbs: the heaviest the work budget lets through", sentences(100, append(append([]string{}, known...), peopleVerbs...))},
	{"long-word", ".txt", "one word with no space, as long as the file", repeat("abcdefghij")},
	{"md-links-open", ".md", `Markdown "[a](" repeated: links never closed`, repeat("[a](")},
	{"md-backticks", ".md", "Markdown code spans of growing length, never closed", counted(func(i int) string { return strings.Repeat("`", i%50+1) + "a " })},
	{"md-script", ".md", "Markdown <script> blocks between paragraphs", repeat("Some text of the article.\n\n<script>\nvar x = 1; alert(x);\n</script>\n\n")},
	{"md-quotes", ".md", "Markdown block quotes nested on one line", repeat("> ")},
	{"html-stray-ends", ".html", "HTML <b> never closed, then end tags that match nothing", strayEnds},
	{"html-inline", ".html", "HTML inline elements nested thousands deep", nested("<span>word ", "</span>")},
	{"short-sentences", ".txt", `"Yes. " repeated: thousands of sentences in one paragraph`, repeat("Yes. ")},
	{"initials", ".txt", `"A. " repeated: one sentence of initials`, repeat("A. ")},
	{"table-words", ".txt", "pipe-table rows of names, numbers and dates", counted(func(i int) string {
		return fmt.Sprintf("| %s | %d | %d %s 2025 |\n", names[i%len(names)], i, i%28+1, months[i%12])
	})},
	{"md-table", ".md", "a Markdown pipe table of thousands of rows", func(size int) []byte {
		return append([]byte("| name | n |\n|---|---|\n"), repeat("| Mali | *1* |\n")(size)...)
	}},
	{"short-paragraphs", ".txt", "one-sentence paragraphs of ordinary words", counted(func(i int) string { return fmt.Sprintf("Paragraph %d says little.\n", i) })},
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// repeat is a shape of unit repeated.
func repeat(unit string) func(int) []byte {
	return func(size int) []byte {
		return bytes.Repeat([]byte(unit), max(1, size/len(unit)))
	}
}

// counted is a shape of units that vary with their number.
func counted(unit func(i int) string) func(int) []byte {
	return func(size int) []byte {
		var b bytes.Buffer
		for i := 0; b.Len() < size; i++ {
			b.WriteString(unit(i))
		}
		return b.Bytes()
	}
}

// words is one sentence of words drawn from a list, without a full stop.
func words(list []string) func(int) []byte {
	return func(size int) []byte {
		r := rand.New(rand.NewPCG(15, uint64(len(list))))
		var b bytes.Buffer
		for b.Len() < size {
			b.WriteString(list[r.IntN(len(list))])
			b.WriteByte(' ')
		}
		return b.Bytes()
	}
}

// sentences are sentences of n words drawn from a list, ten to a line.
func sentences(n int, list []string) func(int) []byte {
	return func(size int) []byte {
		r := rand.New(rand.NewPCG(16, uint64(n)))
		var b bytes.Buffer
		for k := 0; b.Len() < size; k++ {
			for i := range n {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(list[r.IntN(len(list))])
			}
			b.WriteString(". ")
			if k%10 == 9 {
				b.WriteByte('\n')
			}
		}
		return b.Bytes()
	}
}

// names are capitalised words no gazetteer knows.
var names = []string{"Adama", "Bintou", "Cheick", "Dramane", "Fatoumata", "Hamidou", "Issouf", "Kadiatou", "Lassana",
	"Mariam", "Nouhoum", "Oumou", "Salif", "Tiemoko", "Yacouba", "Zeinab", "Coulibaly", "Sangare", "Dembele", "Konate"}

// known are the gazetteer's names and the lexicon's event words: every
// sentence stage (roles, objects, dates near a verb) has work at each.
var known = []string{"Mali", "France", "Niger", "Algeria", "Bamako", "Paris", "Niamey", "JNIM", "Wagner", "ECOWAS",
	"expelled", "arrested", "suspended", "withdrew", "attacked", "diplomats", "soldiers", "and", "in", "by", "on", "Monday", "August"}

// peopleVerbs are the lexicon's nouns for people and its event verbs,
// with no name: the work they make is not in the names.
var peopleVerbs = []string{"soldiers", "diplomats", "troops", "staff", "officers", "nationals", "the", "two", "arrested",
	"expelled", "withdrew", "attacked", "suspended", "detained", "were", "by", "and", "of", "after", "had"}

// nested opens open n times, with the text inside each, then closes them
// all, in a page.
func nested(open, close string) func(int) []byte {
	return func(size int) []byte {
		n := max(1, (size-64)/(len(open)+len(close)))
		return pageOf(strings.Repeat(open, n) + strings.Repeat(close, n))
	}
}

// page wraps a body shape in a page.
func page(body func(int) []byte) func(int) []byte {
	return func(size int) []byte { return pageOf(string(body(max(1, size-64)))) }
}

func pageOf(body string) []byte {
	return []byte("<!doctype html><html><head><title>Page</title></head><body>" + body + "</body></html>\n")
}

func strayEnds(size int) []byte {
	unit := len("<b>w ") + len("</i>")
	n := max(1, (size-64)/unit)
	return pageOf(strings.Repeat("<b>w ", n) + strings.Repeat("</i>", n))
}

// Prose is ordinary news prose of about size bytes, the yardstick the
// shapes are timed against: English paragraphs of a few sentences that
// name the gazetteer's countries, places and groups and report the events
// the lexicon knows, with dates, numbers and names varied.
func Prose(size int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	fill := func(t string) string {
		for _, f := range []struct {
			key  string
			from []string
		}{
			{"{country}", []string{"Mali", "France", "Niger", "Burkina Faso", "Algeria", "Senegal", "Chad", "Russia"}},
			{"{city}", []string{"Bamako", "Paris", "Niamey", "Ouagadougou", "Gao", "Kidal", "Dakar", "Algiers"}},
			{"{group}", []string{"JNIM", "the Islamic State Sahel Province", "the Wagner Group", "ECOWAS", "the United Nations"}},
			{"{person}", []string{"Assimi Goïta", "Emmanuel Macron", "Abdoulaye Diop", "Ibrahim Traoré", "Abdourahamane Tiani"}},
			{"{weekday}", []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}},
			{"{month}", months},
		} {
			for strings.Contains(t, f.key) {
				t = strings.Replace(t, f.key, pick(f.from), 1)
			}
		}
		for strings.Contains(t, "{n}") {
			t = strings.Replace(t, "{n}", fmt.Sprint(2+r.IntN(40)), 1)
		}
		for strings.Contains(t, "{day}") {
			t = strings.Replace(t, "{day}", fmt.Sprint(1+r.IntN(28)), 1)
		}
		return t
	}
	var b bytes.Buffer
	b.WriteString(fill("{country} expels {n} diplomats from {country}") + "\n")
	for b.Len() < size {
		n := 3 + r.IntN(4)
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(fill(pick(proseSentences)))
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// proseSentences are hand-written, in the register of wire copy.
var proseSentences = []string{
	"The authorities in {city} arrested {n} people on {weekday}, a security source said.",
	"{country} said on {weekday} it had expelled {n} diplomats accused of espionage.",
	"The government of {country} suspended its military cooperation with {country} on {day} {month} 2025.",
	"Fighters of {group} attacked an army post near {city} late on {weekday}, killing {n} soldiers.",
	"{person} told reporters in {city} that the decision was final and would not be reviewed.",
	"Talks between the two capitals have stalled since {month}, according to officials who asked not to be named.",
	"The embassy in {city} reduced its staff and advised citizens to leave the country as soon as possible.",
	"Aid groups said the blockade of the region had doubled the price of fuel and grain within weeks.",
	"{country} withdrew its troops from the north of {country} after {n} years of deployment.",
	"A spokesman for {group} denied any involvement in the attack on the convoy.",
	"The ministry published a list of {n} names on {weekday} and gave them 72 hours to leave.",
	"Observers in {city} noted that the market reopened on {day} {month} after a week of closures.",
	"{person} met his counterpart in {city} to discuss the security of the border.",
	"The junta has accused {country} of supporting armed groups, a charge {country} rejects.",
	"Residents described long queues at petrol stations and schools closed for lack of teachers.",
	"Analysts expect the dispute to weigh on trade between {country} and {country} for months.",
}

// Seeds are the shapes of the given extensions (every shape when none is
// given) at about size bytes: fuzz targets add them to their seed corpus,
// at a size small enough for the fuzzer to mutate.
func Seeds(size int, exts ...string) [][]byte {
	var out [][]byte
	for _, s := range Shapes {
		if len(exts) == 0 || slices.Contains(exts, s.Ext) {
			out = append(out, s.Gen(size))
		}
	}
	return out
}
