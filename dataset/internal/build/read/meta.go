package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
)

// Meta is a sidecar NAME.meta.json next to an article: what the
// publisher says about it. Every field is optional.
type Meta struct {
	Published string `json:"published"` // ISO 8601 date or date-time
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Author    string `json:"author"`
}

// MetaSuffix is the sidecar's name: article.txt has article.meta.json.
const MetaSuffix = ".meta.json"

// ParseMeta decodes a sidecar. Unknown fields are an error, so that a typo
// ("publised") is reported instead of silently ignored.
func ParseMeta(raw []byte) (*Meta, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var m Meta
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("reading metadata: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("reading metadata: more than one JSON value")
	}
	m.Published = strings.TrimSpace(m.Published)
	if m.Published != "" {
		d, err := CheckISODate(m.Published)
		if err != nil {
			return nil, fmt.Errorf("metadata: %w", err)
		}
		m.Published = d
	}
	for _, f := range []*string{&m.Outlet, &m.URL, &m.Title, &m.Author} {
		*f = strings.TrimSpace(*f)
	}
	return &m, nil
}

// ParseISODate accepts YYYY, YYYY-MM, YYYY-MM-DD and a date-time that
// starts with a date, and returns the date part.
func ParseISODate(s string) (string, bool) {
	d, err := CheckISODate(s)
	return d, err == nil
}

// CheckISODate is ParseISODate with the reason a value is refused:
// "2025-02-30" is in the ISO form but February 2025 has 28 days.
func CheckISODate(s string) (string, error) {
	value := s
	if i := strings.IndexAny(s, "T "); i == 10 {
		s = s[:10]
	}
	n := len(s)
	bad := fmt.Errorf("published %q is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", Clip(value, 40))
	if n != 4 && n != 7 && n != 10 {
		return "", bad
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return "", bad
			}
			continue
		}
		if c < '0' || c > '9' {
			return "", bad
		}
	}
	if n >= 7 {
		if m := atoi(s[5:7]); m < 1 || m > 12 {
			return "", fmt.Errorf("published %q is not a date: there is no month %d", Clip(value, 40), m)
		}
	}
	if n == 10 {
		y, m := atoi(s[:4]), atoi(s[5:7])
		if d, days := atoi(s[8:10]), dates.DaysIn(y, m); d < 1 || d > days {
			return "", fmt.Errorf("published %q is not a date: %s %d has %d days", Clip(value, 40), monthNames[m-1], y, days)
		}
	}
	return s, nil
}

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// MergeMeta combines a sidecar with the file's own metadata: the sidecar
// wins field by field, and a field both give differently is reported, since
// one of them is wrong.
func MergeMeta(side, own *Meta, ownSource string) (*Meta, []string) {
	switch {
	case own == nil:
		return side, nil
	case side == nil:
		return own, nil
	}
	m := *side
	var conflicts []string
	for _, f := range []struct {
		name        string
		side, own   string
		merged      *string
		caseMatters bool
	}{
		{"published", side.Published, own.Published, &m.Published, true},
		{"outlet", side.Outlet, own.Outlet, &m.Outlet, false},
		{"url", side.URL, own.URL, &m.URL, true},
		{"title", side.Title, own.Title, &m.Title, false},
		{"author", side.Author, own.Author, &m.Author, false},
	} {
		switch {
		case f.side == "":
			*f.merged = f.own
		case f.own == "" || f.side == f.own:
		case !f.caseMatters && fold.String(f.side) == fold.String(f.own):
		default:
			conflicts = append(conflicts, fmt.Sprintf("the sidecar gives %s %q but the %s %q; the sidecar's is used", f.name, Clip(f.side, 80), ownSource, Clip(f.own, 80)))
		}
	}
	return &m, conflicts
}

// Clip shortens s to at most n characters, marking the cut.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// MetaKeys are the fields of front matter and of a sidecar. "date" is
// what Jekyll, Hugo and most static site generators call the publication
// date.
var MetaKeys = map[string]string{
	"published": "published", "date": "published",
	"outlet": "outlet", "url": "url", "title": "title", "author": "author",
}

// SetMetaField sets a front matter or page field, normalising the date. It
// returns an error for a value that cannot be used.
func SetMetaField(m *Meta, key, value string) error {
	value = strings.Join(strings.Fields(value), " ")
	if value == "" {
		return nil
	}
	switch key {
	case "published":
		d, err := CheckISODate(value)
		if err != nil {
			return err
		}
		m.Published = d
	case "outlet":
		m.Outlet = value
	case "url":
		m.URL = value
	case "title":
		m.Title = value
	case "author":
		m.Author = value
	}
	return nil
}

// NearMiss returns the known key that an unknown one is a typo of, or "".
func NearMiss(key string) string {
	if len(key) < 4 {
		return ""
	}
	for _, k := range []string{"published", "outlet", "title", "author"} {
		if editDistance(key, k) <= 2 {
			return k
		}
	}
	return ""
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
