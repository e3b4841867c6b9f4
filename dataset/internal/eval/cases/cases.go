// Package cases reads the hand-written evaluation corpus of the event
// extractor (txtar files under testdata/<lang>/) and scores
// extracted events against it, per language and per event type.
package cases

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Case is one evaluation snippet.
type Case struct {
	File string // path relative to the corpus root: "fr/03-….txtar"
	Lang string
	// Published, Outlet and Title are what the article's sidecar
	// (NAME.meta.json) says; a case with none of them has no sidecar, and
	// its publication date is only inferred from the text.
	Published string
	Outlet    string
	Title     string
	Note      string
	Input     string
	Events    []Expected
}

// Sidecar is the case's NAME.meta.json, or nil when the meta section gives
// no publisher's data.
func (c Case) Sidecar() []byte {
	if c.Published == "" && c.Outlet == "" && c.Title == "" {
		return nil
	}
	b, err := json.Marshal(map[string]string{"published": c.Published, "outlet": c.Outlet, "title": c.Title})
	if err != nil {
		panic(err) // a map of strings always marshals
	}
	return b
}

// Expected is one event an annotator expects.
type Expected struct {
	Type   string
	Source []string
	Target []string
	// Date is the event's ISO date; NoDate ("none") says it must have
	// none, "" that the annotator does not say.
	Date string
	// DateSource is where the date comes from: "text" or "published"
	// (the sidecar's publication date); "" when not said.
	DateSource string
	Qty        float64
	// Who is the English noun for the person or group acted on when they
	// are described rather than named: "national", "diplomat".
	Who      string
	Modality string
}

// NoDate in an expected event's date says the event must stay undated.
const NoDate = "none"

// Actors is every actor, source or target, sorted.
func (e Expected) Actors() []string { return sortedUnion(e.Source, e.Target) }

func sortedUnion(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

func (e Expected) String() string {
	s := fmt.Sprintf("%s %s -> %s", e.Type, dash(strings.Join(e.Source, ",")), dash(strings.Join(e.Target, ",")))
	if e.Date != "" {
		s += " date=" + e.Date
	}
	if e.DateSource != "" {
		s += " datesrc=" + e.DateSource
	}
	if e.Qty != 0 {
		s += " qty=" + strconv.FormatFloat(e.Qty, 'g', -1, 64)
	}
	if e.Who != "" {
		s += " who=" + e.Who
	}
	if e.Modality != "asserted" {
		s += " modality=" + e.Modality
	}
	return s
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// Load reads every case under dir, sorted by file.
func Load(dir string) ([]Case, error) {
	var cases []Case
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || filepath.Ext(p) != ".txtar" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		c, err := Parse(rel, b)
		if err != nil {
			return err
		}
		cases = append(cases, c)
		return nil
	})
	slices.SortFunc(cases, func(a, b Case) int { return cmp.Compare(a.File, b.File) })
	return cases, err
}

// Parse reads one case: a txtar archive with the sections meta, input and
// events, in that order.
func Parse(file string, b []byte) (Case, error) {
	c := Case{File: file, Lang: strings.Split(file, "/")[0]}
	sections, err := txtar(string(b))
	if err != nil {
		return c, fmt.Errorf("%s: %w", file, err)
	}
	var names []string
	for _, s := range sections {
		names = append(names, s.name)
	}
	if strings.Join(names, ",") != "meta,input,events" {
		return c, fmt.Errorf("%s: sections %v, want meta, input, events", file, names)
	}
	for _, line := range strings.Split(sections[0].body, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "published":
			c.Published = strings.TrimSpace(v)
		case "outlet":
			c.Outlet = strings.TrimSpace(v)
		case "title":
			c.Title = strings.TrimSpace(v)
		case "note":
			c.Note = strings.TrimSpace(v)
		}
	}
	c.Input = sections[1].body
	for i, line := range strings.Split(sections[2].body, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		e, err := ParseEvent(line)
		if err != nil {
			return c, fmt.Errorf("%s: events line %d: %w", file, i+1, err)
		}
		c.Events = append(c.Events, e)
	}
	return c, nil
}

type section struct{ name, body string }

// txtar splits an archive into its sections ("-- name --" lines).
func txtar(s string) ([]section, error) {
	var out []section
	for _, line := range strings.SplitAfter(s, "\n") {
		t := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) >= 6 {
			out = append(out, section{name: strings.TrimSpace(t[3 : len(t)-3])})
			continue
		}
		if len(out) == 0 {
			if strings.TrimSpace(t) != "" {
				return nil, fmt.Errorf("text before the first section")
			}
			continue
		}
		out[len(out)-1].body += line
	}
	return out, nil
}

// ParseEvent reads "TYPE SOURCES -> TARGETS [date=…|none] [datesrc=text|published]
// [qty=N] [who=NOUN] [modality=M]".
func ParseEvent(line string) (Expected, error) {
	f := strings.Fields(line)
	if len(f) < 4 || f[2] != "->" {
		return Expected{}, fmt.Errorf("%q: want TYPE SOURCES -> TARGETS", line)
	}
	e := Expected{Type: f[0], Source: ids(f[1]), Target: ids(f[3]), Modality: "asserted"}
	for _, opt := range f[4:] {
		k, v, ok := strings.Cut(opt, "=")
		if !ok || v == "" {
			return e, fmt.Errorf("%q: bad option %q", line, opt)
		}
		switch k {
		case "date":
			e.Date = v
		case "datesrc":
			if v != "text" && v != "published" {
				return e, fmt.Errorf("%q: datesrc %q, want text or published", line, v)
			}
			e.DateSource = v
		case "who":
			e.Who = v
		case "qty":
			n, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return e, fmt.Errorf("%q: qty %q", line, v)
			}
			e.Qty = n
		case "modality":
			e.Modality = v
		default:
			return e, fmt.Errorf("%q: unknown option %q", line, k)
		}
	}
	return e, nil
}

func ids(s string) []string {
	if s == "-" {
		return nil
	}
	out := strings.Split(s, ",")
	slices.Sort(out)
	return out
}
