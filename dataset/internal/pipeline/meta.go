package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// SideMeta is a sidecar NAME.meta.json next to an article: what the
// publisher says about it. Every field is optional.
type SideMeta struct {
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
func ParseMeta(raw []byte) (*SideMeta, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var m SideMeta
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("reading metadata: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("reading metadata: more than one JSON value")
	}
	m.Published = strings.TrimSpace(m.Published)
	if m.Published != "" {
		d, ok := parseISODate(m.Published)
		if !ok {
			return nil, fmt.Errorf("metadata: published %q is not an ISO date (YYYY-MM-DD)", m.Published)
		}
		m.Published = d
	}
	for _, f := range []*string{&m.Outlet, &m.URL, &m.Title, &m.Author} {
		*f = strings.TrimSpace(*f)
	}
	return &m, nil
}

// parseISODate accepts YYYY, YYYY-MM, YYYY-MM-DD and a date-time that
// starts with a date, and returns the date part.
func parseISODate(s string) (string, bool) {
	if i := strings.IndexAny(s, "T "); i == 10 {
		s = s[:10]
	}
	n := len(s)
	if n != 4 && n != 7 && n != 10 {
		return "", false
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return "", false
			}
			continue
		}
		if c < '0' || c > '9' {
			return "", false
		}
	}
	if n >= 7 {
		if m := atoi(s[5:7]); m < 1 || m > 12 {
			return "", false
		}
	}
	if n == 10 {
		if d := atoi(s[8:10]); d < 1 || d > daysIn(atoi(s[:4]), atoi(s[5:7])) {
			return "", false
		}
	}
	return s, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(year, month int) int {
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
