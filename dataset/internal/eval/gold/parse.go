package gold

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// goldFile is a gold.json as written.
type goldFile struct {
	About   string     `json:"about"`
	Events  []Event    `json:"events"`
	Stories [][]string `json:"stories"`
}

// Parse reads one gold.json and checks what can be checked without the
// files it names: the JSON and its fields (a misspelt field is an error,
// not ignored), event ids present and unique, types among types, dates,
// at least one actor, articles listed once, and every mention's file
// listed among the event's articles or optional ones, every article with
// a quote. name is the file as the errors should call it. Every problem
// is reported, not only the first.
func Parse(name string, b []byte, types []string) (Folder, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	var f goldFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return Folder{}, fmt.Errorf("%s: %w", name, jsonError(b, dec, err))
	}
	if _, err := dec.Token(); err != io.EOF {
		return Folder{}, fmt.Errorf("%s:%d: text after the JSON object", name, lineAt(b, dec.InputOffset()))
	}
	var errs []error
	problem := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: "+format, append([]any{name}, args...)...))
	}
	known := map[string]bool{}
	for _, t := range types {
		known[t] = true
	}
	ids := map[string]bool{}
	for i := range f.Events {
		e := &f.Events[i]
		who := fmt.Sprintf("events[%d]", i)
		switch {
		case strings.TrimSpace(e.ID) == "":
			problem("%s: no id", who)
		case ids[e.ID]:
			problem("event %s: the id is used twice", e.ID)
		default:
			who = "event " + e.ID
		}
		ids[e.ID] = true
		for _, err := range checkEvent(e, known, types) {
			problem("%s: %v", who, err)
		}
	}
	inStory := map[string]int{}
	for i, s := range f.Stories {
		if len(s) == 0 {
			problem("stories[%d]: empty", i)
		}
		for _, file := range s {
			if err := checkName(file); err != nil {
				problem("stories[%d]: %v", i, err)
				continue
			}
			if j, ok := inStory[file]; ok {
				problem("stories[%d]: %s is already in stories[%d]; a file is in one story at most", i, file, j)
				continue
			}
			inStory[file] = i
		}
	}
	if err := errors.Join(errs...); err != nil {
		return Folder{}, err
	}
	return Folder{About: f.About, Events: f.Events, Stories: f.Stories}, nil
}

// checkEvent checks one event's fields and fills its parsed date and actor
// keys.
func checkEvent(e *Event, known map[string]bool, types []string) []error {
	var errs []error
	problem := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if strings.TrimSpace(e.What) == "" {
		problem("no \"what\": say in one line what happened")
	}
	if len(e.Types) == 0 {
		problem("no types: list the Parallax types that count, the best first")
	}
	for i, t := range e.Types {
		switch {
		case !known[t]:
			problem("type %q is not a Parallax event type (%s)", t, strings.Join(types, ", "))
		case slices.Index(e.Types, t) != i:
			problem("type %q is listed twice", t)
		}
	}
	d, err := parseDate(e.Date)
	if err != nil {
		problem("%v", err)
	}
	e.date = d
	e.keys = map[string]bool{}
	for _, a := range append([]string{e.Source, e.Target}, e.Actors...) {
		if k := nameKey(a); k != "" {
			e.keys[k] = true
		}
	}
	if len(e.keys) == 0 {
		problem("no actors: name every party, in lower-case English")
	}
	if len(e.Articles) == 0 {
		problem("no articles: list the files that report it")
	}
	listed := map[string]string{}
	for _, list := range []struct {
		field string
		files []string
	}{{"articles", e.Articles}, {"optional", e.Optional}} {
		for _, file := range list.files {
			if err := checkName(file); err != nil {
				problem("%s: %v", list.field, err)
				continue
			}
			if in, ok := listed[file]; ok {
				problem("%s: %s is already in %s", list.field, file, in)
				continue
			}
			listed[file] = list.field
		}
	}
	quoted := map[string]bool{}
	for i, m := range e.Mentions {
		switch {
		case listed[m.File] == "":
			problem("mentions[%d]: file %q is not in the event's articles or optional", i, m.File)
		case m.Quote == "":
			problem("mentions[%d]: no quote", i)
		}
		quoted[m.File] = true
	}
	for _, file := range e.Articles {
		if listed[file] == "articles" && !quoted[file] {
			problem("article %s has no mention: quote the words that report it", file)
		}
	}
	return errs
}

// checkName checks a file name as a gold names it: the file's name in the
// gold's folder, without a path (its extension may be left out).
func checkName(s string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return fmt.Errorf("an empty file name")
	case strings.ContainsAny(s, `/\`), s == ".", s == "..":
		return fmt.Errorf("file %q: name a file of this folder, without a path", s)
	}
	return nil
}

// jsonError says where in b a decoding error is, by line.
func jsonError(b []byte, dec *json.Decoder, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("line %d: %w", lineAt(b, syn.Offset), err)
	case errors.As(err, &typ):
		return fmt.Errorf("line %d: %s: want %s, not a JSON %s", lineAt(b, typ.Offset), typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("empty: want a JSON object with events and stories")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("the JSON ends too early")
	}
	return fmt.Errorf("near line %d: %w", lineAt(b, dec.InputOffset()), err)
}

// lineAt is the 1-based line of byte offset off in b.
func lineAt(b []byte, off int64) int {
	off = min(max(off, 0), int64(len(b)))
	return 1 + bytes.Count(b[:off], []byte("\n"))
}
