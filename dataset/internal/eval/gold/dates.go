package gold

import (
	"fmt"
	"time"
)

// date is an ISO partial date: a year, a month or a day. The zero date is
// unknown.
type date struct {
	year, month, day int // month and day are 0 when not given
}

func (d date) known() bool { return d.year != 0 }

// precision is 1 for a year, 2 for a month, 3 for a day, 0 when unknown.
func (d date) precision() int {
	switch {
	case d.day != 0:
		return 3
	case d.month != 0:
		return 2
	case d.year != 0:
		return 1
	}
	return 0
}

// parseDate reads "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day of the
// calendar).
func parseDate(s string) (date, error) {
	if s == "" {
		return date{}, nil
	}
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(s) != len(layout) {
			continue
		}
		t, err := time.Parse(layout, s)
		if err != nil {
			break
		}
		d := date{year: t.Year()}
		if len(layout) >= 7 {
			d.month = int(t.Month())
		}
		if len(layout) == 10 {
			d.day = t.Day()
		}
		return d, nil
	}
	return date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// agree says whether a predicted date is compatible with a gold one, as the
// matching rule has it: either unknown; else the same year when one of them
// gives only a year; else months at most one apart (December and the next
// January are one apart). Days are not compared: a report dated by its
// publication a day after the act still names the act.
func agree(g, p date) bool {
	if !g.known() || !p.known() {
		return true
	}
	if g.month == 0 || p.month == 0 {
		return g.year == p.year
	}
	diff := (g.year*12 + g.month) - (p.year*12 + p.month)
	return diff >= -1 && diff <= 1
}

// exact says whether a predicted date is the gold's at the gold's
// precision: as precise at least, and equal on every part the gold gives
// (gold 2022-08 and 2022-08-15 is exact; gold 2022-08-15 and 2022-08 is not).
func exact(g, p date) bool {
	if !g.known() || p.precision() < g.precision() {
		return false
	}
	switch g.precision() {
	case 1:
		return g.year == p.year
	case 2:
		return g.year == p.year && g.month == p.month
	}
	return g == p
}
