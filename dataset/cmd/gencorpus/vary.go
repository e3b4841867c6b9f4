package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// style is how one article writes: which month names and digits, how far
// its dates are from the seeds' (the seeds report 2025), and who its
// people are. One article keeps one style throughout, as a newsroom does.
type style struct {
	date         time.Time // publication date
	monthAlt     int       // index into material.months' alternatives
	arabicDigits bool      // ٠١٢٣٤٥٦٧٨٩ instead of 0123456789
	usDates      bool      // English: "August 14, 2025" instead of "14 August 2025"
	yearShift    int       // added to every year the seeds write
	names        []int     // material.seedNames[i] becomes material.names[names[i]]
}

// seedYear is the year the seeds' news happens in.
const seedYear = 2025

func newStyle(r *rand.Rand, m *material, date time.Time) style {
	s := style{
		date:      date,
		monthAlt:  r.IntN(len(m.months[0])),
		usDates:   r.IntN(3) == 0,
		yearShift: date.Year() - seedYear,
	}
	s.arabicDigits = m.lang == "ar" && r.IntN(10) < 3
	perm := r.Perm(len(m.names))
	for i := range m.seedNames {
		s.names = append(s.names, perm[i%len(perm)])
	}
	return s
}

// vary rewrites a seed or template text for one article: the seeds' names
// become the article's, dates and years move with the article's date,
// counts change, and the slots of templates are filled.
func vary(r *rand.Rand, m *material, st *style, s string) string {
	s = swapNames(m, st, s)
	s = varyNumbers(r, m, st, s)
	s = fillSlots(r, m, st, s)
	if st.arabicDigits {
		s = strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return c - '0' + '٠'
			}
			return c
		}, s)
	}
	return s
}

func swapNames(m *material, st *style, s string) string {
	for i, seed := range m.seedNames {
		name := m.names[st.names[i]]
		// The full form first, so that its surname is not swapped alone.
		for k, form := range seed {
			with := name[min(k, len(name)-1)]
			s = strings.ReplaceAll(s, form, with)
		}
	}
	return s
}

// varyNumbers finds runs of ASCII digits that stand alone (not inside a
// word like "G5"): a year moves by the article's shift, and takes the
// month written before it along ("أغسطس 2025" → "آب 2023"); other numbers
// of two digits or more change by up to 40%.
func varyNumbers(r *rand.Rand, m *material, st *style, s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if partOfToken(s, i, j) {
			i = j
			continue
		}
		n, _ := strconv.Atoi(s[i:j])
		start, repl := i, ""
		switch {
		case j-i == 4 && n >= 1900 && n <= 2099:
			year := min(n+st.yearShift, st.date.Year())
			repl = strconv.Itoa(year)
			if ms, month := monthBefore(m, s[:i]); ms >= 0 {
				month = min(max(month+r.IntN(3)-1, 1), 12)
				if year == st.date.Year() {
					month = min(month, int(st.date.Month()))
				}
				// «d'août» elides: a month after an apostrophe stays.
				if prev, _ := utf8.DecodeLastRuneInString(s[:ms]); prev != '\'' && prev != '’' {
					start = ms
					repl = m.monthName(st, month) + " " + repl
				}
			}
		case n >= 10:
			v := max(n*(60+r.IntN(81))/100, 2)
			if n%10 == 0 {
				v = max(v/10*10, 10)
			}
			repl = strconv.Itoa(v)
		default:
			i = j
			continue
		}
		b.WriteString(s[last:start])
		b.WriteString(repl)
		last, i = j, j
	}
	b.WriteString(s[last:])
	return b.String()
}

// partOfToken: the digits at s[i:j] belong to a code or a longer number
// ("G5", "COVID-19", "F-16", "3.5", "4,000"), which is left as it is.
func partOfToken(s string, i, j int) bool {
	before, n := utf8.DecodeLastRuneInString(s[:i])
	after, m := utf8.DecodeRuneInString(s[j:])
	if unicode.IsLetter(before) || unicode.IsLetter(after) {
		return true
	}
	b2, _ := utf8.DecodeLastRuneInString(s[:i-n])
	// "COVID-19" is a name; "2020-2025" a range whose years both move.
	if before == '-' && unicode.IsLetter(b2) || strings.ContainsRune("/.,", before) && unicode.IsDigit(b2) {
		return true
	}
	if strings.ContainsRune("/.,", after) {
		if a2, _ := utf8.DecodeRuneInString(s[j+m:]); unicode.IsDigit(a2) {
			return true
		}
	}
	return false
}

// monthBefore reports whether text ends with a month name and a space: the
// offset where the name starts and the month, or -1.
func monthBefore(m *material, text string) (int, int) {
	t := strings.TrimSuffix(text, " ")
	if len(t) == len(text) {
		return -1, 0
	}
	for month, names := range m.months {
		for _, name := range names {
			if strings.HasSuffix(t, name) {
				at := len(t) - len(name)
				prev, _ := utf8.DecodeLastRuneInString(t[:at])
				// «وأغسطس»: Arabic clitics attach to the name.
				if at == 0 || !unicode.IsLetter(prev) || m.lang == "ar" && strings.ContainsRune("وبلف", prev) {
					return at, month + 1
				}
			}
		}
	}
	return -1, 0
}

func (m *material) monthName(st *style, month int) string {
	alts := m.months[month-1]
	return alts[min(st.monthAlt, len(alts)-1)]
}

// fillSlots fills a template's {DATE}, {MONTH}, {YEAR}, {PERSON}, {N} and
// {NN} around the article's date, in its language's date format.
func fillSlots(r *rand.Rand, m *material, st *style, s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		switch slot := s[i+1 : i+j]; slot {
		case "DATE":
			b.WriteString(m.formatDay(st, st.date.AddDate(0, 0, -r.IntN(4))))
		case "MONTH":
			d := st.date.AddDate(0, -r.IntN(12), 0)
			b.WriteString(m.formatMonth(st, int(d.Month()), d.Year()))
		case "YEAR":
			b.WriteString(strconv.Itoa(st.date.Year() - r.IntN(5)))
		case "PERSON":
			b.WriteString(m.names[r.IntN(len(m.names))][0])
		case "N":
			b.WriteString(strconv.Itoa(2 + r.IntN(8)))
		case "NN":
			b.WriteString(strconv.Itoa((1 + r.IntN(90)) * 100))
		default:
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
}

// formatDay writes a day the way the language's press does.
func (m *material) formatDay(st *style, d time.Time) string {
	month := m.monthName(st, int(d.Month()))
	day, year := d.Day(), d.Year()
	switch m.lang {
	case "en":
		if st.usDates {
			return fmt.Sprintf("%s %d, %d", month, day, year)
		}
	case "fr":
		if day == 1 {
			return fmt.Sprintf("1er %s %d", month, year)
		}
	case "es":
		return fmt.Sprintf("%d de %s de %d", day, month, year)
	case "de":
		return fmt.Sprintf("%d. %s %d", day, month, year)
	}
	return fmt.Sprintf("%d %s %d", day, month, year)
}

func (m *material) formatMonth(st *style, month, year int) string {
	if m.lang == "es" {
		return fmt.Sprintf("%s de %d", m.monthName(st, month), year)
	}
	return fmt.Sprintf("%s %d", m.monthName(st, month), year)
}
