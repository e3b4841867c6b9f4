// Package dates finds the dates an article gives, in the vocabulary of its
// language (month and weekday names, relative expressions, Arabic-Indic and
// Devanagari digits), and resolves relative ones against a reference date:
// the publication date, or a lower bound inferred from the text.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/lexicon"
)

// Date is a calendar date known to some precision: a zero part is
// unknown. A month without a year (Y 0, M 8) is "--08" in ISO 8601.
type Date struct{ Y, M, D int }

func (d Date) String() string {
	switch {
	case d.Y > 0 && d.M > 0 && d.D > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	case d.Y > 0 && d.M > 0:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	case d.Y > 0:
		return fmt.Sprintf("%04d", d.Y)
	case d.M > 0:
		return fmt.Sprintf("--%02d", d.M)
	}
	return ""
}

// Precision names how much of the date is known.
func (d Date) Precision() string {
	switch {
	case d.Y > 0 && d.M > 0 && d.D > 0:
		return "day"
	case d.Y > 0 && d.M > 0:
		return "month"
	case d.Y > 0:
		return "year"
	}
	return ""
}

// Known reports whether the year is known: only such dates go into events.
func (d Date) Known() bool { return d.Y > 0 }

// ParseISO reads an ISO partial date ("2025", "2025-08", "2025-08-15",
// "--08").
func ParseISO(s string) Date {
	if m, ok := strings.CutPrefix(s, "--"); ok {
		n, _ := strconv.Atoi(m)
		return Date{M: n}
	}
	var d Date
	parts := strings.Split(s, "-")
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return Date{}
		}
		switch i {
		case 0:
			d.Y = n
		case 1:
			d.M = n
		case 2:
			d.D = n
		}
	}
	return d
}

// days is the interval of days (since 1970) a date may fall on; unknown
// years make it unbounded.
func (d Date) Days() (lo, hi int) {
	if d.Y == 0 {
		return MinDay, MaxDay
	}
	switch {
	case d.M == 0:
		return DayNumber(d.Y, 1, 1), DayNumber(d.Y, 12, 31)
	case d.D == 0:
		return DayNumber(d.Y, d.M, 1), DayNumber(d.Y, d.M, DaysIn(d.Y, d.M))
	}
	n := DayNumber(d.Y, d.M, d.D)
	return n, n
}

const (
	MinDay = -1 << 30
	MaxDay = 1 << 30
)

func DayNumber(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// FromDay is the calendar date of a day Number.
func FromDay(day int) (y, m, d int) {
	t := time.Unix(int64(day)*86400, 0).UTC()
	return t.Year(), int(t.Month()), t.Day()
}

func AddDays(d Date, n int) Date {
	t := time.Date(d.Y, time.Month(d.M), d.D+n, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

func weekday(d Date) int { // 1 = Monday … 7 = Sunday
	w := int(time.Date(d.Y, time.Month(d.M), d.D, 0, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// Ref is the date an article's relative dates are read against.
type Ref struct {
	Date Date
	// Exact: the publication date, from metadata. Otherwise Date is a
	// lower bound inferred from the latest date the text gives: the
	// article cannot be older than what it reports.
	Exact bool
}

// Mention is a date found in a paragraph.
type Mention struct {
	dataset.Span
	Date     Date
	Relative bool // resolved against the reference, not written out
}

// Raw is a date as parsed, before relative ones are resolved.
type Raw struct {
	dataset.Span
	abs  Date   // written out (perhaps partly: a month alone)
	rel  string // relative kind: "today", "last-month", "weekday", "month", …
	n    int    // the weekday or month for rel "weekday" / "month"
	cue  string // "last", "next" or "until", the word next to a month or weekday
	mid  bool
	from int // token index where it starts, for looking at neighbours
}

// dateWord is what a dates vocabulary entry means.
type dateWord struct {
	kind string // "month", "weekday", "relative", "last", "next", "until", "mid", "year", "end", "filler"
	n    int
	rel  string
}

// dayWords stand between a deadline's "until" and its weekday.
var dayWords = map[string]bool{"يوم": true, "the": true, "le": true, "el": true, "am": true, "dem": true}

// Kit is one language's dates vocabulary, compiled.
type Kit struct {
	words *lexicon.Index[dateWord]
}

func NewKit(l *lexicon.Language) *Kit {
	ix := lexicon.NewIndex[dateWord]()
	for _, f := range []string{"de", "del", "of", "the", "le", "la", "el", "im", "am", "vom", "den", "der", "des", "عام", "سنة", "من"} {
		ix.Add(f, dateWord{kind: "filler"})
	}
	if l != nil {
		for w, n := range l.Months {
			ix.Add(w, dateWord{kind: "month", n: n})
		}
		for w, n := range l.Weekdays {
			ix.Add(w, dateWord{kind: "weekday", n: n})
		}
		for rel, ws := range l.Relative {
			for _, w := range ws {
				switch rel {
				case "last", "next", "until", "until-after", "mid", "year", "end":
					ix.Add(w, dateWord{kind: rel})
				default:
					ix.Add(w, dateWord{kind: "relative", rel: rel})
				}
			}
		}
	}
	return &Kit{words: ix}
}

// word returns the longest vocabulary entry of a kind at i.
func (k *Kit) word(toks []fold.Token, i int, kinds ...string) (dateWord, int, bool) {
	if i < 0 || i >= len(toks) {
		return dateWord{}, 0, false
	}
	for _, h := range k.words.At(toks, i) {
		for _, kind := range kinds {
			if h.Value.kind == kind {
				return h.Value, h.Len, true
			}
		}
	}
	return dateWord{}, 0, false
}

func Number(key string) (int, bool) {
	if key == "" || len(key) > 4 || strings.Trim(key, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(key)
	return n, err == nil
}

// ordinalDay reads a day of the month written as an ordinal: French
// "1er", "1re", English "1st", "22nd", "3rd", "14th", Spanish "1º".
func ordinalDay(key string) (int, bool) {
	digits := strings.TrimRight(key, "abcdefghijklmnopqrstuvwxyzº")
	switch key[len(digits):] {
	case "er", "re", "st", "nd", "rd", "th", "º":
	default:
		return 0, false
	}
	n, ok := Number(digits)
	return n, ok && len(digits) <= 2 && n >= 1 && n <= 31
}

// dayOfMonth: d is a day of month m in some year (a leap year, 2024, so
// that "29 February" with no year is one).
func dayOfMonth(m, d int) bool { return d >= 1 && d <= DaysIn(2024, m) }

// livingMemory is the first year a bare number is read as, and the first
// an article's publication may be inferred from: earlier years are history
// and need a word that introduces them ("in 1944").
const livingMemory = 1960

func isYear(n int, key string) bool { return len(key) == 4 && n >= 1900 && n <= 2099 }

// Parse finds the dates of one paragraph. notYear says whether a
// Number followed by the word at a position is a count, not a year ("2000
// soldiers").
func (k *Kit) Parse(text string, toks []fold.Token, notYear func(i int) bool) []Raw {
	var out []Raw
	sep := func(i int) string { // what separates token i from i+1
		if i+1 >= len(toks) {
			return ""
		}
		return text[toks[i].End:toks[i+1].Start]
	}
	span := func(from, to int) dataset.Span { return dataset.Span{Start: toks[from].Start, End: toks[to].End} }
	// skip passes over filler words ("de", «عام») between date parts.
	skip := func(i int) int {
		for {
			if _, n, ok := k.word(toks, i, "filler"); ok {
				i += n
				continue
			}
			return i
		}
	}
	// «تموز/يوليو»: the Levantine and the Egyptian name of one month.
	pair := func(end, m int) int {
		if sep(end) == "/" {
			if w, wn, ok := k.word(toks, end+1, "month"); ok && w.n == m {
				return end + wn
			}
		}
		return end
	}
	year := func(i int) (int, bool) {
		if i >= len(toks) {
			return 0, false
		}
		n, ok := Number(toks[i].Key)
		return n, ok && isYear(n, toks[i].Key)
	}

	// yearWordBefore is where a word that introduces a bare year, ending
	// right before token i, starts ("in", «عام», "im Jahr"); -1 if none.
	yearWordBefore := func(i int) int {
		for j := i - 1; j >= max(0, i-2); j-- {
			if _, wn, ok := k.word(toks, j, "year"); ok && j+wn == i {
				return j
			}
		}
		return -1
	}

	// dayMonth reads a month, and its year if one follows, after the day
	// n at token i.
	dayMonth := func(start, i, n int) (Raw, int, bool) {
		j := skip(i + 1)
		w, wn, ok := k.word(toks, j, "month")
		if !ok {
			return Raw{}, 0, false
		}
		end := pair(j+wn-1, w.n)
		d := Raw{abs: Date{M: w.n, D: n}, from: start}
		if y, ok := year(skip(end + 1)); ok {
			end = skip(end + 1)
			d.abs.Y = y
		} else {
			d.rel, d.n = "month", w.n
		}
		if d.abs.Y != 0 && !validDate(d.abs.Y, d.abs.M, d.abs.D) || !dayOfMonth(d.abs.M, d.abs.D) {
			return Raw{}, 0, false
		}
		d.Span = span(start, end)
		d.cue = k.cueAround(toks, start, end)
		return d, end, true
	}

	for i := 0; i < len(toks); i++ {
		start := i
		mid := false
		// «1er décembre», "the 1st of December", «1º de mayo»: a day
		// written as an ordinal.
		if n, ok := ordinalDay(toks[i].Key); ok {
			if d, end, ok := dayMonth(start, i, n); ok {
				out = append(out, d)
				i = end
			}
			continue
		}
		if _, n, ok := k.word(toks, i, "mid"); ok {
			if _, _, ok := k.word(toks, i+n, "month"); ok {
				mid, i = true, i+n
			}
		}
		key := toks[i].Key
		if n, ok := Number(key); ok {
			// 2025-08-15
			if isYear(n, key) && i+2 < len(toks) && sep(i) == "-" && sep(i+1) == "-" {
				m, _ := Number(toks[i+1].Key)
				d, _ := Number(toks[i+2].Key)
				if validDate(n, m, d) {
					out = append(out, Raw{Span: span(i, i+2), abs: Date{n, m, d}, from: i})
					i += 2
					continue
				}
			}
			// 15/08/2025, 15.08.2025
			if n >= 1 && n <= 31 && i+2 < len(toks) && (sep(i) == "/" && sep(i+1) == "/" || sep(i) == "." && sep(i+1) == ".") {
				m, _ := Number(toks[i+1].Key)
				if y, ok := year(i + 2); ok && validDate(y, m, n) {
					out = append(out, Raw{Span: span(i, i+2), abs: Date{y, m, n}, from: i})
					i += 2
					continue
				}
			}
			// 15 August 2025, 15. August, le 15 août, 15 de agosto de 2025
			if n >= 1 && n <= 31 && len(key) <= 2 {
				if d, end, ok := dayMonth(start, i, n); ok {
					out = append(out, d)
					i = end
					continue
				}
			}
			// A bare year: of living memory, or any after a word that
			// introduces one ("in 1944", «عام 1944»).
			introduced := yearWordBefore(i)
			if isYear(n, key) && (n >= livingMemory && n <= 2039 || n < livingMemory && introduced >= 0) && !(notYear != nil && notYear(i+1)) && sep(i) != "-" && !(i > 0 && strings.TrimSpace(text[toks[i-1].End:toks[i].Start]) == "-") {
				if n < livingMemory {
					start = introduced // «عام 1944»: the year is read with its word
				}
				out = append(out, Raw{Span: span(start, i), abs: Date{Y: n}, from: start})
				continue
			}
			continue
		}
		if w, wn, ok := k.word(toks, i, "month"); ok {
			end := pair(i+wn-1, w.n)
			if !monthIsName(text, toks, i, w) {
				// «آب» is a short name: a month only with its year, "mid",
				// or "last".
				_, yearAfter := year(skip(end + 1))
				if !yearAfter && !mid && k.cueAround(toks, start, end) == "" {
					continue
				}
			}
			// August 15, 2025; December 1 (its year read against the
			// reference, as "1 December" is)
			if j := end + 1; j < len(toks) {
				d, ok := Number(toks[j].Key)
				if !ok {
					d, ok = ordinalDay(toks[j].Key)
				} else {
					ok = len(toks[j].Key) <= 2
				}
				if ok && dayOfMonth(w.n, d) {
					if y, ok := year(skip(j + 1)); ok && validDate(y, w.n, d) {
						e := skip(j + 1)
						out = append(out, Raw{Span: span(start, e), abs: Date{y, w.n, d}, from: start})
						i = e
						continue
					}
					if _, ok := year(j + 1); !ok && sep(j) != ":" && sep(j) != "." {
						r := Raw{abs: Date{M: w.n, D: d}, rel: "month", n: w.n, mid: mid, from: start}
						r.cue = k.cueAround(toks, start, j)
						r.Span = span(k.extendCue(toks, start, j))
						out = append(out, r)
						i = j
						continue
					}
				}
			}
			// August 2025, agosto de 2025, «آب 2025»
			if y, ok := year(skip(end + 1)); ok {
				e := skip(end + 1)
				out = append(out, Raw{Span: span(start, e), abs: Date{Y: y, M: w.n}, mid: mid, from: start})
				i = e
				continue
			}
			// "febrero de este año", "February last year", «فبراير من
			// العام الماضي»: the month of a year said relative to the
			// reference.
			j := skip(end + 1)
			if j+1 < len(toks) && toks[j].Key == "من" {
				j++ // Arabic «من العام الماضي»
			}
			if r, rn, ok := k.word(toks, j, "relative"); ok && (r.rel == "this-year" || r.rel == "last-year") {
				out = append(out, Raw{Span: span(start, j+rn-1), rel: "month", n: w.n, mid: mid, from: start, cue: r.rel})
				i = j + rn - 1
				continue
			}
			// A month alone: read against the reference.
			d := Raw{rel: "month", n: w.n, mid: mid, from: start}
			d.cue = k.cueAround(toks, start, end)
			d.Span = span(k.extendCue(toks, start, end))
			out = append(out, d)
			i = end
			continue
		}
		if w, wn, ok := k.word(toks, i, "weekday"); ok {
			end := i + wn - 1
			// "jeudi 15 août": the day and month that follow say it all.
			if j := end + 1; j < len(toks) {
				if d, ok := Number(toks[j].Key); ok && d <= 31 {
					continue
				}
			}
			// «غد السبت», "tomorrow, Saturday": the weekday names the day
			// just given.
			if n := len(out); n > 0 && out[n-1].rel != "" && out[n-1].rel != "weekday" && out[n-1].rel != "month" && out[n-1].Span.End >= toks[max(0, start-1)].End {
				out[n-1].Span.End = toks[end].End
				i = end
				continue
			}
			d := Raw{rel: "weekday", n: w.n, from: start, cue: k.cueAround(toks, start, end)}
			d.Span = span(k.extendCue(toks, start, end))
			out = append(out, d)
			i = end
			continue
		}
		if w, wn, ok := k.word(toks, i, "relative"); ok {
			out = append(out, Raw{Span: span(i, i+wn-1), rel: w.rel, from: start})
			i += wn - 1
		}
	}
	return out
}

// monthIsName rules out month words that are also common words: English
// "May" and "March" count only capitalised, and a bare month needs more
// than two letters.
func monthIsName(text string, toks []fold.Token, i int, w dateWord) bool {
	orig := text[toks[i].Start:toks[i].End]
	if orig == "" {
		return false
	}
	r := []rune(orig)
	if r[0] >= 'a' && r[0] <= 'z' && (toks[i].Key == "may" || toks[i].Key == "march") {
		return false
	}
	return len(r) > 2 || toks[i].Key != fold.String(orig) || r[0] >= 'A' && r[0] <= 'Z'
}

// cueAround finds "last"/"next" words just before or after a date word:
// "last August", «أغسطس الماضي», "jeudi dernier", "पिछले अगस्त"; failing
// those, a deadline's "until" ("avant samedi", «حتى السبت», "शनिवार तक").
func (k *Kit) cueAround(toks []fold.Token, start, end int) string {
	for _, i := range []int{end + 1, start - 1, start - 2} {
		if w, _, ok := k.word(toks, i, "last", "next"); ok {
			return w.kind
		}
	}
	// "until" stands before the date, Hindi's postposition after it
	// ("शनिवार तक"): "on Thursday by French forces" sets no deadline.
	if _, _, ok := k.word(toks, start-1, "until"); ok {
		return "until"
	}
	if _, _, ok := k.word(toks, end+1, "until-after"); ok {
		return "until"
	}
	// "d'ici juin", "antes de junio", "bis zum Juni": a cue of two words
	// ends just before the date.
	if _, n, ok := k.word(toks, start-2, "until"); ok && n == 2 {
		return "until"
	}
	// "before the end of January", «قبل نهاية يناير», "जनवरी के अंत से पहले":
	// a deadline past the words for a month's end.
	skip := func(i int) bool {
		_, _, ok := k.word(toks, i, "filler", "end")
		return ok || i >= 0 && i < len(toks) && (toks[i].Key == "के" || toks[i].Key == "की")
	}
	for i := start - 1; i >= max(0, start-4) && skip(i); i-- {
		if _, _, ok := k.word(toks, i-1, "until"); ok {
			return "until"
		}
	}
	for i := end + 1; i < min(len(toks), end+4) && skip(i); i++ {
		if _, _, ok := k.word(toks, i+1, "until-after"); ok {
			return "until"
		}
	}
	// «حتى يوم السبت», "until the Saturday": a word for "day" between.
	if start >= 2 && dayWords[toks[start-1].Key] {
		if _, _, ok := k.word(toks, start-2, "until"); ok {
			return "until"
		}
	}
	return ""
}

// extendCue widens a date's span over an adjacent last/next word.
func (k *Kit) extendCue(toks []fold.Token, start, end int) (int, int) {
	if _, n, ok := k.word(toks, end+1, "last", "next"); ok {
		end += n
	}
	if _, _, ok := k.word(toks, start-1, "last", "next"); ok {
		start--
	}
	return start, end
}

func validDate(y, m, d int) bool {
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m)
}

// InferRef is the reference for an article: the publication date from
// metadata, or else a lower bound, the latest date the text writes out.
func InferRef(published string, raws [][]Raw) Ref {
	if published != "" {
		return Ref{Date: ParseISO(published), Exact: true}
	}
	var best Date
	bestLo := MinDay
	for _, rs := range raws {
		for _, r := range rs {
			if r.rel != "" || !r.abs.Known() || r.abs.Y < livingMemory {
				continue // "in 1944" is history, no bound on the article's date
			}
			if lo, _ := r.abs.Days(); lo > bestLo || lo == bestLo && len(r.abs.String()) > len(best.String()) {
				best, bestLo = r.abs, lo
			}
		}
	}
	return Ref{Date: best}
}

// Resolve turns a parsed date into a date, reading relative ones against
// ref. What cannot be resolved keeps what is known (a month without its
// year) or nothing.
func Resolve(r Raw, ref Ref) (Date, bool) {
	if r.rel == "" {
		return r.abs, true
	}
	p := ref.Date
	exactDay := ref.Exact && p.D > 0
	exactMonth := ref.Exact && p.M > 0
	switch r.rel {
	case "month":
		m := r.n
		switch {
		case p.Y > 0 && r.cue == "this-year":
			return Date{p.Y, m, r.abs.D}, true
		case p.Y > 0 && r.cue == "last-year":
			return Date{p.Y - 1, m, r.abs.D}, true
		case exactMonth:
			y := p.Y
			switch r.cue {
			case "next":
				if m <= p.M {
					y++
				}
			case "last":
				if m >= p.M {
					y--
				}
			case "until":
				// A deadline lies ahead: "by January", said in November.
				if m < p.M {
					y++
				}
			default:
				if m > p.M {
					y--
				}
			}
			return Date{y, m, r.abs.D}, true
		case !ref.Exact && p.M > 0:
			// A lower bound: the first such month from it on.
			y := p.Y
			if m < p.M {
				y++
			}
			return Date{y, m, r.abs.D}, true
		}
		return Date{M: m}, true
	case "weekday":
		if !exactDay {
			return Date{}, false
		}
		delta := (weekday(p) - r.n + 7) % 7
		switch r.cue {
		case "last":
			if delta == 0 {
				delta = 7
			}
		case "next":
			return AddDays(p, (r.n-weekday(p)+7)%7+7*b2i((r.n-weekday(p)+7)%7 == 0)), true
		case "until":
			// A deadline is ahead: "until Saturday" said on a Friday.
			return AddDays(p, (r.n-weekday(p)+7)%7), true
		}
		return AddDays(p, -delta), true
	case "today", "this-week":
		if exactDay {
			if r.rel == "this-week" {
				return Date{p.Y, p.M, 0}, true
			}
			return p, true
		}
	case "yesterday", "tomorrow":
		if exactDay {
			if r.rel == "yesterday" {
				return AddDays(p, -1), true
			}
			return AddDays(p, 1), true
		}
	case "last-week":
		if exactDay {
			d := AddDays(p, -7)
			return Date{d.Y, d.M, 0}, true
		}
	case "this-month", "last-month":
		if exactMonth {
			if r.rel == "this-month" {
				return Date{p.Y, p.M, 0}, true
			}
			if p.M == 1 {
				return Date{p.Y - 1, 12, 0}, true
			}
			return Date{p.Y, p.M - 1, 0}, true
		}
	case "this-year", "last-year":
		if ref.Exact && p.Y > 0 {
			if r.rel == "this-year" {
				return Date{Y: p.Y}, true
			}
			return Date{Y: p.Y - 1}, true
		}
	}
	return Date{}, false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// DaysIn is the number of days in a month of a year.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Relative reports whether the date is written relative to another
// ("yesterday", "last month", "in August" without a year).
func (r Raw) Relative() bool { return r.rel != "" }

// CompareISO orders ISO partial dates, unknown last.
func CompareISO(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return strings.Compare(a, b)
}
