package gold

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Export is the part of Parallax's JSON export (docs/dataset.md) that the
// scorer reads: which file each article is, its language, the events with
// their actors, dates and sentences, the stories, and the build's
// diagnostics. Other fields are ignored, so the export may grow.
type Export struct {
	Format      string       `json:"format"`
	Articles    []Article    `json:"articles"`
	Entities    []Entity     `json:"entities"`
	Events      []Prediction `json:"events"`
	Stories     []Story      `json:"stories"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Article is one built article.
type Article struct {
	ID   string `json:"id"`
	File string `json:"file"` // relative to the corpus folder, with its extension
	Lang string `json:"lang"`
}

// Entity is one entity the export refers to.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// Prediction is one event the pipeline found.
type Prediction struct {
	ID       string             `json:"id"`
	Type     string             `json:"type"`
	Date     string             `json:"date"`
	Actors   []Actor            `json:"actors"`
	Mentions []PredictedMention `json:"mentions"`
	date     date               // parsed Date
}

// Actor is one party of a predicted event.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

// PredictedMention is one sentence that reports a predicted event. Rule is
// the name of the extraction rule that made it, when the export carries
// one (a "rule" field, or "debug": {"rule": …}).
type PredictedMention struct {
	Article  string     `json:"article"`
	Sentence string     `json:"sentence"`
	Rule     string     `json:"rule"`
	Debug    *debugInfo `json:"debug"`
}

// debugInfo is a mention's debug field: an object with the rule's name,
// or the name alone.
type debugInfo struct {
	Rule string `json:"rule"`
}

func (d *debugInfo) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		d.Rule = s
		return nil
	}
	var o struct {
		Rule string `json:"rule"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return fmt.Errorf("debug: want a string or an object with a rule: %w", err)
	}
	d.Rule = o.Rule
	return nil
}

// rule is the mention's rule name, "" when the export gives none.
func (m PredictedMention) rule() string {
	if m.Rule != "" {
		return m.Rule
	}
	if m.Debug != nil {
		return m.Debug.Rule
	}
	return ""
}

// Story is one predicted story: its versions and the republications of
// them (duplicates); related coverage is not part of it.
type Story struct {
	ID         string   `json:"id"`
	Versions   []string `json:"versions"`
	Related    []string `json:"related"`
	Duplicates []string `json:"duplicates"`
}

// Diagnostic is one problem the build had with one input file.
type Diagnostic struct {
	File     string `json:"file"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
}

// ReadExport reads a Parallax JSON export and checks what the scorer
// relies on: every mention and story refers to an article of the export,
// and event dates are ISO partial dates.
func ReadExport(r io.Reader) (*Export, error) {
	var x Export
	if err := json.NewDecoder(r).Decode(&x); err != nil {
		return nil, fmt.Errorf("not a Parallax JSON export: %w", err)
	}
	if x.Format != "parallax-dataset" {
		return nil, fmt.Errorf("not a Parallax JSON export: format %q, want \"parallax-dataset\" (make export writes one)", x.Format)
	}
	articles := map[string]bool{}
	for _, a := range x.Articles {
		if a.ID == "" || a.File == "" {
			return nil, fmt.Errorf("export: an article without id or file")
		}
		articles[a.ID] = true
	}
	var errs []error
	for i := range x.Events {
		e := &x.Events[i]
		d, err := parseDate(e.Date)
		if err != nil {
			errs = append(errs, fmt.Errorf("export: event %s: %w", e.ID, err))
		}
		e.date = d
		for _, m := range e.Mentions {
			if !articles[m.Article] {
				errs = append(errs, fmt.Errorf("export: event %s: a mention in article %q, which the export does not have", e.ID, m.Article))
			}
		}
	}
	for _, s := range x.Stories {
		for _, id := range append(append([]string{}, s.Versions...), s.Duplicates...) {
			if !articles[id] {
				errs = append(errs, fmt.Errorf("export: story %s: article %q, which the export does not have", s.ID, id))
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &x, nil
}
