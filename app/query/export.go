package query

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"parallax/dataset"
)

// CSV writes events as a spreadsheet: one row per event, with its parties
// by id and English name, the languages and articles that report it, and
// its first evidence sentence.
func (ix *Index) CSV(events []*dataset.Event) string {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"id", "date", "date_precision", "type", "plover", "plover_mode", "source", "target", "place",
		"quantity", "modality", "background", "confidence", "languages", "articles", "mentions", "gloss", "first_sentence"})
	for _, e := range events {
		langs, arts := ix.reporters(e)
		var qty string
		if len(e.Quantities) > 0 {
			qty = strconv.FormatFloat(e.Quantities[0].Value, 'f', -1, 64)
		}
		var first string
		if len(e.Mentions) > 0 {
			m := e.Mentions[0]
			if a := ix.Article(m.Article); a != nil {
				first = a.Paragraphs[m.Paragraph].Text[m.Sentence.Start:m.Sentence.End]
			}
		}
		w.Write([]string{e.ID, e.Date, e.DatePrecision, e.Type, e.Plover, e.Mode,
			strings.Join(e.Source, ";"), strings.Join(e.Target, ";"), e.Place, qty, e.Modality,
			strconv.FormatBool(e.Background), strconv.FormatFloat(e.Confidence, 'f', 2, 64),
			strings.Join(langs, ";"), strings.Join(arts, ";"), strconv.Itoa(len(e.Mentions)), ix.Gloss(e), first})
	}
	w.Flush()
	return b.String()
}

type jsonEvent struct {
	ID            string        `json:"id"`
	Type          string        `json:"type"`
	Plover        string        `json:"plover,omitempty"`
	Date          string        `json:"date"`
	DatePrecision string        `json:"date_precision,omitempty"`
	Actors        []jsonActor   `json:"actors"`
	Place         string        `json:"place,omitempty"`
	Quantities    []float64     `json:"quantities,omitempty"`
	Modality      string        `json:"modality"`
	Languages     []string      `json:"languages"`
	Gloss         string        `json:"gloss"`
	Mentions      []jsonMention `json:"mentions"`
}

type jsonActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
}

type jsonMention struct {
	Article  string `json:"article"`
	Lang     string `json:"lang"`
	Sentence string `json:"sentence"`
}

// JSON writes events in the shape of the dataset export's events (fewer
// fields: the export of the whole dataset has them all).
func (ix *Index) JSON(events []*dataset.Event) string {
	out := []jsonEvent{}
	for _, e := range events {
		langs, _ := ix.reporters(e)
		je := jsonEvent{ID: e.ID, Type: e.Type, Plover: e.Plover, Date: e.Date, DatePrecision: e.DatePrecision,
			Place: e.Place, Modality: e.Modality, Languages: langs, Gloss: ix.Gloss(e), Actors: []jsonActor{}, Mentions: []jsonMention{}}
		for _, id := range e.Source {
			je.Actors = append(je.Actors, jsonActor{id, ix.Name(id), "source"})
		}
		for _, id := range e.Target {
			je.Actors = append(je.Actors, jsonActor{id, ix.Name(id), "target"})
		}
		for _, q := range e.Quantities {
			je.Quantities = append(je.Quantities, q.Value)
		}
		for _, m := range e.Mentions {
			if a := ix.Article(m.Article); a != nil {
				je.Mentions = append(je.Mentions, jsonMention{m.Article, a.Lang, a.Paragraphs[m.Paragraph].Text[m.Sentence.Start:m.Sentence.End]})
			}
		}
		out = append(out, je)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(out)
	return b.String()
}

func (ix *Index) reporters(e *dataset.Event) (langs, articles []string) {
	for _, m := range e.Mentions {
		if a := ix.Article(m.Article); a != nil {
			if !slices.Contains(langs, a.Lang) {
				langs = append(langs, a.Lang)
			}
			if !slices.Contains(articles, a.ID) {
				articles = append(articles, a.ID)
			}
		}
	}
	return langs, articles
}
