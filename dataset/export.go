package dataset

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// The JSON export is a readable view of the dataset for other tools,
// documented in docs/dataset.md. Its offsets count Unicode code points (as
// Python's str and JavaScript's Array.from do), into an article's "text":
// its paragraphs joined by a blank line.

// ParagraphSeparator joins paragraphs into an article's text in the export.
const ParagraphSeparator = "\n\n"

type jsonDataset struct {
	Format      string           `json:"format"`
	Version     int              `json:"version"`
	Articles    []jsonArticle    `json:"articles"`
	Entities    []jsonEntity     `json:"entities"`
	Events      []jsonEvent      `json:"events"`
	Stories     []jsonStory      `json:"stories"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

type jsonArticle struct {
	ID                string          `json:"id"`
	File              string          `json:"file"`
	Lang              string          `json:"lang"`
	LangName          string          `json:"lang_name"`
	LangConfidence    float64         `json:"lang_confidence"`
	Script            string          `json:"script"`
	Dir               string          `json:"dir"`
	Title             string          `json:"title"`
	TitleSource       string          `json:"title_source"`
	Dateline          string          `json:"dateline,omitempty"`
	Published         string          `json:"published,omitempty"`
	PublishedInferred bool            `json:"published_inferred,omitempty"`
	Outlet            string          `json:"outlet,omitempty"`
	URL               string          `json:"url,omitempty"`
	Author            string          `json:"author,omitempty"`
	Words             int             `json:"words"`
	Sentences         int             `json:"sentences"`
	DuplicateOf       string          `json:"duplicate_of,omitempty"`
	Text              string          `json:"text"`
	Paragraphs        []jsonParagraph `json:"paragraphs"`
	Removed           []jsonRemoval   `json:"removed"`
}

type jsonParagraph struct {
	Kind           string     `json:"kind"`
	Text           string     `json:"text"`
	Start          int        `json:"start"`
	End            int        `json:"end"`
	Lang           string     `json:"lang,omitempty"`
	LangConfidence float64    `json:"lang_confidence,omitempty"`
	Sentences      []jsonSpan `json:"sentences"`
	Marks          []jsonMark `json:"marks,omitempty"`
}

type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type jsonMark struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Kind   string `json:"kind"`
	Entity string `json:"entity,omitempty"`
	Date   string `json:"date,omitempty"`
}

type jsonRemoval struct {
	Line   int    `json:"line"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

type jsonEntity struct {
	ID          string   `json:"id"`
	Kind        string   `json:"kind"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases,omitempty"`
	Provisional bool     `json:"provisional,omitempty"`
}

type jsonActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"` // "source" or "target"
}

type jsonQuantity struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Noun  string  `json:"noun,omitempty"`
}

type jsonEvent struct {
	ID            string         `json:"id"`
	Type          string         `json:"type"`
	Plover        string         `json:"plover,omitempty"`
	PloverMode    string         `json:"plover_mode,omitempty"`
	Date          string         `json:"date"`
	DatePrecision string         `json:"date_precision,omitempty"`
	DateSource    string         `json:"date_source,omitempty"`
	Actors        []jsonActor    `json:"actors"`
	Place         *jsonEntityRef `json:"place,omitempty"`
	Quantities    []jsonQuantity `json:"quantities,omitempty"`
	Descriptions  []string       `json:"descriptions,omitempty"`
	Affected      *jsonAffected  `json:"affected,omitempty"`
	Modality      string         `json:"modality"`
	Confidence    float64        `json:"confidence"`
	Background    bool           `json:"background"`
	Languages     []string       `json:"languages"`
	Mentions      []jsonMention  `json:"mentions"`
}

type jsonAffected struct {
	Entity string  `json:"entity,omitempty"`
	Noun   string  `json:"noun"`
	Count  float64 `json:"count,omitempty"`
	Plural bool    `json:"plural,omitempty"`
	Text   string  `json:"text"`
}

type jsonEntityRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type jsonMention struct {
	Article      string         `json:"article"`
	Lang         string         `json:"lang"`
	Sentence     string         `json:"sentence"`
	Start        int            `json:"start"`
	End          int            `json:"end"`
	Trigger      string         `json:"trigger"`
	TriggerStart int            `json:"trigger_start"`
	TriggerEnd   int            `json:"trigger_end"`
	Date         string         `json:"date,omitempty"`
	Described    string         `json:"described,omitempty"`
	Gloss        string         `json:"described_gloss,omitempty"`
	Affected     string         `json:"affected,omitempty"`
	Quantities   []jsonQuantity `json:"quantities,omitempty"`
	Attribution  string         `json:"attribution,omitempty"`
	Modality     string         `json:"modality"`
	Background   bool           `json:"background"`
	Debug        *jsonDebug     `json:"debug,omitempty"`
}

// jsonDebug is what the build records of how it found a mention, in an
// export made with ExportOptions.Debug.
type jsonDebug struct {
	Rule string `json:"rule"` // the rules that made it, in order, joined by " > "
}

// ExportOptions choose what the JSON export holds besides the dataset.
type ExportOptions struct {
	Debug bool // each mention's rules, as "debug": {"rule": …}
}

type jsonStory struct {
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Headline    string            `json:"headline_event"`
	Versions    []string          `json:"versions"`
	Related     []string          `json:"related"`
	Duplicates  []string          `json:"duplicates"`
	Unanalysed  []string          `json:"not_analysed"`
	Events      []string          `json:"events"`
	Titles      map[string]string `json:"version_titles"`
	Differences []jsonDifference  `json:"differences"`
	Possible    []jsonPossible    `json:"possibly_mentioned"`
}

// jsonPossible is a sentence that may report an event its version has no
// mention of.
type jsonPossible struct {
	Event     string `json:"event"`
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Reason    string `json:"reason"`
}

type jsonDifference struct {
	Event  string          `json:"event"`
	Kind   string          `json:"kind"`
	Values []jsonDiffValue `json:"values"`
}

type jsonDiffValue struct {
	Article string `json:"article"`
	Value   string `json:"value"`
	Gloss   string `json:"gloss"`
}

type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitempty"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
}

// articleOffsets maps byte offsets in each paragraph to code-point offsets
// in the article's joined text, in constant time: a paragraph of
// thousands of sentences is not counted from its start for each of them.
type articleOffsets struct {
	starts []int // code-point offset of each paragraph in the text
	paras  []runeIndex
}

// runeIndex counts the code points before any byte offset of a text: the
// offset itself for ASCII, else a count kept every runeStep bytes plus
// the lead bytes after it.
type runeIndex struct {
	text  string
	every []int // code points before every runeStep-th byte; nil for ASCII
	valid bool
}

const runeStep = 64

func newRuneIndex(s string) runeIndex {
	x := runeIndex{text: s, valid: utf8.ValidString(s)}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii || !x.valid {
		return x
	}
	x.every = make([]int, len(s)/runeStep+1)
	n := 0
	for i := 0; i < len(s); i++ {
		if i%runeStep == 0 {
			x.every[i/runeStep] = n
		}
		if utf8.RuneStart(s[i]) {
			n++
		}
	}
	if len(s)%runeStep == 0 {
		x.every[len(s)/runeStep] = n
	}
	return x
}

// at is the number of code points in text[:b].
func (x runeIndex) at(b int) int {
	switch {
	case !x.valid:
		return utf8.RuneCountInString(x.text[:b]) // never for a built dataset: its text is UTF-8
	case x.every == nil:
		return b
	}
	k := b / runeStep
	n := x.every[k]
	for i := k * runeStep; i < b; i++ {
		if utf8.RuneStart(x.text[i]) {
			n++
		}
	}
	return n
}

func newArticleOffsets(a *Article) (articleOffsets, string) {
	var b bytes.Buffer
	o := articleOffsets{}
	at := 0
	for i, p := range a.Paragraphs {
		if i > 0 {
			b.WriteString(ParagraphSeparator)
			at += utf8.RuneCountInString(ParagraphSeparator)
		}
		x := newRuneIndex(p.Text)
		o.starts = append(o.starts, at)
		o.paras = append(o.paras, x)
		b.WriteString(p.Text)
		at += x.at(len(p.Text))
	}
	return o, b.String()
}

// at converts a byte offset in paragraph p to a code-point offset in the
// article's text.
func (o articleOffsets) at(p, byteOffset int) int {
	return o.starts[p] + o.paras[p].at(byteOffset)
}

// ExportJSON renders the dataset as indented JSON. The same dataset always
// gives the same bytes.
func ExportJSON(d *Dataset, opt ExportOptions) ([]byte, error) {
	out := jsonDataset{
		Format:      "parallax-dataset",
		Version:     FormatVersion,
		Articles:    []jsonArticle{},
		Entities:    []jsonEntity{},
		Events:      []jsonEvent{},
		Stories:     []jsonStory{},
		Diagnostics: []jsonDiagnostic{},
	}
	offsets := map[string]articleOffsets{}
	articles := map[string]*Article{}
	for i := range d.Articles {
		a := &d.Articles[i]
		articles[a.ID] = a
		o, text := newArticleOffsets(a)
		offsets[a.ID] = o
		ja := jsonArticle{
			ID: a.ID, File: a.File, Lang: a.Lang, LangName: LanguageName(a.Lang), LangConfidence: a.LangConfidence,
			Script: a.Script, Dir: a.Dir, Title: a.Title, TitleSource: a.TitleSource, Dateline: a.Dateline,
			Published: a.Meta.Published, PublishedInferred: a.Meta.PublishedInferred,
			Outlet: a.Meta.Outlet, URL: a.Meta.URL, Author: a.Meta.Author,
			Words: a.Words, Sentences: a.Sentences, DuplicateOf: a.DuplicateOf, Text: text,
			Paragraphs: []jsonParagraph{}, Removed: []jsonRemoval{},
		}
		for pi, p := range a.Paragraphs {
			jp := jsonParagraph{
				Kind: p.Kind, Text: p.Text, Start: o.at(pi, 0), End: o.at(pi, len(p.Text)),
				Lang: p.Lang, LangConfidence: p.LangConfidence, Sentences: []jsonSpan{},
			}
			for _, s := range p.Sentences {
				jp.Sentences = append(jp.Sentences, jsonSpan{Start: o.at(pi, s.Start), End: o.at(pi, s.End), Text: p.Text[s.Start:s.End]})
			}
			for _, m := range p.Marks {
				jp.Marks = append(jp.Marks, jsonMark{Start: o.at(pi, m.Start), End: o.at(pi, m.End), Text: p.Text[m.Start:m.End], Kind: m.Kind, Entity: m.Entity, Date: m.Date})
			}
			ja.Paragraphs = append(ja.Paragraphs, jp)
		}
		for _, r := range a.Removed {
			ja.Removed = append(ja.Removed, jsonRemoval{Line: r.Line, Text: r.Text, Reason: r.Reason})
		}
		out.Articles = append(out.Articles, ja)
	}

	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.ID] = e.Name
		out.Entities = append(out.Entities, jsonEntity{ID: e.ID, Kind: e.Kind, Name: e.Name, Aliases: e.Aliases, Provisional: e.Provisional})
	}
	quantities := func(qs []Quantity) []jsonQuantity {
		var out []jsonQuantity
		for _, q := range qs {
			out = append(out, jsonQuantity{Text: q.Text, Value: q.Value, Noun: q.Noun})
		}
		return out
	}
	for _, v := range d.Events {
		je := jsonEvent{
			ID: v.ID, Type: v.Type, Plover: v.Plover, PloverMode: v.Mode, Date: v.Date, DatePrecision: v.DatePrecision, DateSource: v.DateSource,
			Actors: []jsonActor{}, Quantities: quantities(v.Quantities), Descriptions: v.Descriptions,
			Modality: v.Modality, Confidence: v.Confidence, Background: v.Background, Languages: []string{}, Mentions: []jsonMention{},
		}
		for _, id := range v.Source {
			je.Actors = append(je.Actors, jsonActor{ID: id, Name: names[id], Role: "source"})
		}
		for _, id := range v.Target {
			je.Actors = append(je.Actors, jsonActor{ID: id, Name: names[id], Role: "target"})
		}
		if v.Place != "" {
			je.Place = &jsonEntityRef{ID: v.Place, Name: names[v.Place]}
		}
		if a := v.Affected; a.Noun != "" {
			je.Affected = &jsonAffected{Entity: a.Entity, Noun: a.Noun, Count: a.Count, Plural: a.Plural, Text: a.Text}
		}
		seenLang := map[string]bool{}
		for _, m := range v.Mentions {
			a := articles[m.Article]
			o := offsets[m.Article]
			text := a.Paragraphs[m.Paragraph].Text
			if !seenLang[a.Lang] {
				seenLang[a.Lang] = true
				je.Languages = append(je.Languages, a.Lang)
			}
			je.Mentions = append(je.Mentions, jsonMention{
				Article: m.Article, Lang: a.Lang,
				Sentence: text[m.Sentence.Start:m.Sentence.End],
				Start:    o.at(m.Paragraph, m.Sentence.Start), End: o.at(m.Paragraph, m.Sentence.End),
				Trigger:      text[m.Trigger.Start:m.Trigger.End],
				TriggerStart: o.at(m.Paragraph, m.Trigger.Start), TriggerEnd: o.at(m.Paragraph, m.Trigger.End),
				Date: m.Date, Described: m.Described, Gloss: m.Gloss, Affected: m.Affected, Quantities: quantities(m.Quantities),
				Attribution: m.Attribution, Modality: m.Modality, Background: m.Background,
			})
			if opt.Debug && len(m.Rules) > 0 {
				je.Mentions[len(je.Mentions)-1].Debug = &jsonDebug{Rule: strings.Join(m.Rules, " > ")}
			}
		}
		out.Events = append(out.Events, je)
	}
	for _, s := range d.Stories {
		js := jsonStory{
			ID: s.ID, Title: s.Title, Headline: s.Headline,
			Versions: nonNil(s.Versions), Related: nonNil(s.Related), Duplicates: nonNil(s.Duplicates), Unanalysed: nonNil(s.Unanalysed), Events: nonNil(s.Events),
			Titles: map[string]string{}, Differences: []jsonDifference{}, Possible: []jsonPossible{},
		}
		for _, id := range s.Versions {
			js.Titles[id] = articles[id].Title
		}
		for _, p := range s.Possible {
			js.Possible = append(js.Possible, jsonPossible{Event: p.Event, Article: p.Article, Paragraph: p.Paragraph, Start: p.Sentence.Start, End: p.Sentence.End, Reason: p.Reason})
		}
		for _, x := range s.Differences {
			jd := jsonDifference{Event: x.Event, Kind: x.Kind}
			for _, v := range x.Values {
				jd.Values = append(jd.Values, jsonDiffValue{Article: v.Article, Value: v.Value, Gloss: v.Gloss})
			}
			js.Differences = append(js.Differences, jd)
		}
		out.Stories = append(out.Stories, js)
	}
	for _, x := range d.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, jsonDiagnostic{File: x.File, Line: x.Line, Severity: x.Severity, Code: x.Code, Message: x.Message})
	}

	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
