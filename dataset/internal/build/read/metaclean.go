package read

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// Longest metadata values kept, in characters: a title, outlet or author
// longer than this is not one (a scraper put the page in it).
const (
	maxMetaText = 500
	maxMetaURL  = 2048
)

// CleanMeta cleans metadata as body text is cleaned, wherever it came
// from (sidecar, front matter, page head): control characters, bidi
// embeddings, overrides and isolates, zero-width spaces and the BOM go,
// white space (line breaks included) becomes single spaces, and text is
// NFC. A URL is kept only when it is an absolute http or https address:
// "javascript:…" or a relative path is no link to the article. Values
// too long to be metadata are clipped. It returns what it had to drop or
// cut, for the report.
func CleanMeta(m *Meta) []string {
	if m == nil {
		return nil
	}
	var notes []string
	for _, f := range []struct {
		name string
		v    *string
	}{{"title", &m.Title}, {"outlet", &m.Outlet}, {"author", &m.Author}} {
		*f.v = CleanMetaText(*f.v)
		if utf8.RuneCountInString(*f.v) > maxMetaText {
			notes = append(notes, fmt.Sprintf("%s is %d characters long; cut to %d", f.name, utf8.RuneCountInString(*f.v), maxMetaText))
			*f.v = Clip(*f.v, maxMetaText)
		}
	}
	raw := m.URL
	m.URL = CleanMetaText(m.URL)
	if m.URL != "" {
		if why := badURL(m.URL); why != "" {
			notes = append(notes, fmt.Sprintf("url %q %s; dropped", Clip(raw, 80), why))
			m.URL = ""
		}
	}
	return notes
}

// CleanMetaText is one metadata value cleaned like body text, on one line.
func CleanMetaText(s string) string {
	return strings.Join(strings.Fields(normalise(s)), " ")
}

// badURL says why u is not a link to an article, "" when it is one.
func badURL(u string) string {
	if len(u) > maxMetaURL {
		return fmt.Sprintf("is %d bytes long, over %d", len(u), maxMetaURL)
	}
	p, err := url.Parse(u)
	switch {
	case err != nil || strings.ContainsAny(u, " <>\"'`"):
		return "is not a URL"
	case p.Scheme == "":
		return "is not an absolute http(s) address"
	case p.Scheme != "http" && p.Scheme != "https":
		return fmt.Sprintf("is a %s: address, not http(s)", p.Scheme)
	case p.Host == "":
		return "has no host"
	}
	return ""
}

// Plausible says why a publication date cannot be one, nil when it can:
// years news is not dated in (a 0001 or 9999 that stands for "none"), and
// the dates a zero timestamp prints as. latest, when not "", is the last
// date the caller accepts (today's, say: the build reads no clock of its
// own, so that it gives the same dataset whenever it runs).
func Plausible(date, latest string) error {
	if len(date) < 4 {
		return fmt.Errorf("published %q is not a date", date)
	}
	switch y := atoi(date[:4]); {
	case y < firstNewsYear || y > lastNewsYear:
		return fmt.Errorf("published %s is not a plausible publication date (news is dated %d to %d)", date, firstNewsYear, lastNewsYear)
	case date == "1970-01-01":
		return fmt.Errorf("published 1970-01-01 is what a zero Unix timestamp prints as, not a publication date")
	case date == "1900-01-01":
		return fmt.Errorf("published 1900-01-01 is the zero date of spreadsheets and databases, not a publication date")
	case latest != "" && date > latest && !strings.HasPrefix(latest, date):
		return fmt.Errorf("published %s is after %s, the latest date accepted", date, latest)
	}
	return nil
}

// The years a publication date may fall in. The text's own dates are
// read within the same bounds (dates.Parse).
const (
	firstNewsYear = 1900
	lastNewsYear  = 2099
)
