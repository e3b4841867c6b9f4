package dataset

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/dataset/internal/hostile"
)

// The export's offsets count code points into "text": check them the way a
// Python or JavaScript consumer would use them.
func TestExportOffsets(t *testing.T) {
	b, err := ExportJSON(sample(), ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Articles []struct {
			ID         string
			Text       string
			Paragraphs []struct {
				Text       string
				Start, End int
				Sentences  []struct {
					Start, End int
					Text       string
				}
				Marks []struct {
					Start, End int
					Text       string
				}
			}
		}
		Events []struct {
			ID       string
			Actors   []struct{ ID, Name, Role string }
			Mentions []struct {
				Article      string
				Sentence     string
				Start, End   int
				Trigger      string
				TriggerStart int `json:"trigger_start"`
				TriggerEnd   int `json:"trigger_end"`
			}
		}
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	for _, a := range out.Articles {
		r := []rune(a.Text)
		texts[a.ID] = r
		for _, p := range a.Paragraphs {
			if got := string(r[p.Start:p.End]); got != p.Text {
				t.Errorf("%s: paragraph [%d,%d) = %q, want %q", a.ID, p.Start, p.End, got, p.Text)
			}
			for _, s := range p.Sentences {
				if got := string(r[s.Start:s.End]); got != s.Text {
					t.Errorf("%s: sentence [%d,%d) = %q, want %q", a.ID, s.Start, s.End, got, s.Text)
				}
			}
			for _, m := range p.Marks {
				if got := string(r[m.Start:m.End]); got != m.Text {
					t.Errorf("%s: mark [%d,%d) = %q, want %q", a.ID, m.Start, m.End, got, m.Text)
				}
			}
		}
	}
	if len(out.Events) != 1 || len(out.Events[0].Mentions) != 1 {
		t.Fatalf("events = %+v", out.Events)
	}
	e := out.Events[0]
	if len(e.Actors) != 2 || e.Actors[0].Name != "France" || e.Actors[0].Role != "source" || e.Actors[1].Role != "target" {
		t.Errorf("actors = %+v", e.Actors)
	}
	m := e.Mentions[0]
	r := texts[m.Article]
	if got := string(r[m.Start:m.End]); got != m.Sentence {
		t.Errorf("mention sentence [%d,%d) = %q, want %q", m.Start, m.End, got, m.Sentence)
	}
	if got := string(r[m.TriggerStart:m.TriggerEnd]); got != m.Trigger || m.Trigger != "said" {
		t.Errorf("trigger [%d,%d) = %q, want %q (= \"said\")", m.TriggerStart, m.TriggerEnd, got, m.Trigger)
	}
}

func TestExportDeterministic(t *testing.T) {
	a, err := ExportJSON(sample(), ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ExportJSON(sample(), ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("two exports of the same dataset differ")
	}
	if !json.Valid(a) {
		t.Error("export is not valid JSON")
	}
}

// runeIndex counts code points as utf8.RuneCountInString does, at every
// character boundary of a text mixing scripts (offsets are never inside a
// character).
func TestRuneIndex(t *testing.T) {
	for _, s := range []string{"", "ascii only", "باريس and Bamako, बामाको 😀 é", strings.Repeat("é😀a", 100), strings.Repeat("é", 64), strings.Repeat("😀", 48), "bad \xff byte"} {
		x := newRuneIndex(s)
		for b := 0; b <= len(s); b++ {
			if b < len(s) && !utf8.RuneStart(s[b]) {
				continue
			}
			if got, want := x.at(b), utf8.RuneCountInString(s[:b]); got != want {
				t.Fatalf("%q: at(%d) = %d, want %d", s, b, got, want)
			}
		}
	}
}

// The export is linear in the sentences of a paragraph (". " repeated
// made it quadratic: each offset was counted from the paragraph's start).
func TestExportLinear(t *testing.T) {
	made := map[int]*Dataset{}
	hostile.CheckLinear(t, 4096, func(size int) {
		d := made[size]
		if d == nil {
			text := strings.Repeat("é. ", size/4)
			var spans []Span
			for i := 0; i+3 <= len(text); i += 4 {
				spans = append(spans, Span{Start: i, End: i + 3})
			}
			d = &Dataset{Articles: []Article{{ID: "a", Paragraphs: []Paragraph{{Kind: KindText, Text: text, Sentences: spans}}}}}
			made[size] = d
		}
		if _, err := ExportJSON(d, ExportOptions{}); err != nil {
			t.Fatal(err)
		}
	})
}
