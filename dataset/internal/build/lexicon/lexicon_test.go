package lexicon

import (
	"strconv"
	"strings"
	"testing"

	"parallax/dataset/eventtype"
	"parallax/dataset/fold"
)

// TestEmbeddedData loads every lexicon and checks that each language names
// every event type the vocabulary has (but "other").
func TestEmbeddedData(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range Languages {
		l := lx.Lang(code)
		if l == nil {
			t.Errorf("no lexicon for %s", code)
			continue
		}
		for _, typ := range eventtype.IDs() {
			if typ == eventtype.Other {
				continue
			}
			tr, ok := l.Events[typ]
			if !ok || len(tr.Verbs)+len(tr.Nouns)+len(tr.Phrases) == 0 {
				t.Errorf("%s: no words for %s", code, typ)
			}
		}
		if len(l.Months) < 12 || len(l.Weekdays) < 7 {
			t.Errorf("%s: %d months, %d weekdays", code, len(l.Months), len(l.Weekdays))
		}
	}
}

func TestIndex(t *testing.T) {
	ix := NewIndex[string]()
	ix.Add("expel*", "expel")
	ix.Add("persona non grata", "png")
	ix.Add("طرد*", "expel")
	ix.Add("تطرد*", "expel")
	ix.Add("غير مرغوب فيهم", "png")
	ix.Add("nimmt ... fest", "arrest")
	for _, tc := range []struct {
		text   string
		want   string // value@token:len, space separated
		future bool
	}{
		{"France expelled them", "expel@1:1", false},
		{"declared persona non grata", "png@1:3", false},
		{"وطردت باريس", "expel@0:1", false},
		{"ستطرد فرنسا", "expel@0:1", true},
		{"أشخاص غير مرغوب فيهم", "png@1:3", false},
		{"expedite", "", false},
		// A gap: the match covers it, the head is the verb.
		{"Mali nimmt einen Franzosen fest", "arrest@1:4", false},
		{"Mali nimmt teil", "", false},
	} {
		toks := fold.Tokens(tc.text)
		var got []string
		future := false
		for i := range toks {
			for _, h := range ix.At(toks, i) {
				got = append(got, h.Value+"@"+itoa(i)+":"+itoa(h.Len))
				future = future || h.Future
			}
		}
		if strings.Join(got, " ") != tc.want || future != tc.future {
			t.Errorf("%q: got %v future=%v, want %s future=%v", tc.text, got, future, tc.want, tc.future)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestParseRejects(t *testing.T) {
	for _, tc := range []struct{ name, file, data, want string }{
		{"unknown type", "xx.json", `{"lang": "xx", "events": {"explode": {"verbs": ["boom"]}}}`, "unknown event type"},
		{"two words", "xx.json", `{"lang": "xx", "events": {"arrest": {"verbs": ["co-op"]}}}`, "not one word"},
		{"wrong name", "yy.json", `{"lang": "xx"}`, "says it is"},
		{"bad month", "xx.json", `{"lang": "xx", "months": {"x": 13}}`, "month"},
		{"unknown field", "xx.json", `{"lang": "xx", "verbs": []}`, "unknown field"},
		{"gap first", "xx.json", `{"lang": "xx", "events": {"arrest": {"verbs": ["... fest"]}}}`, "between words"},
		{"two gaps", "xx.json", `{"lang": "xx", "events": {"arrest": {"verbs": ["nimmt ... ... fest"]}}}`, "between words"},
		{"bad ending kind", "xx.json", `{"lang": "xx", "endings": {"past": ["ait"]}}`, "unknown kind"},
		{"bad ending", "xx.json", `{"lang": "xx", "endings": {"future": ["Era"]}}`, "lower-case ending"},
		{"handover without sites", "xx.json", `{"lang": "xx", "events": {"withdraw-forces": {"handover": {"verbs": ["hand* over"]}}}}`, "needs verbs or nouns, and sites"},
		{"handover bad site", "xx.json", `{"lang": "xx", "events": {"withdraw-forces": {"handover": {"verbs": ["hand* over"], "sites": ["air-base"]}}}}`, "not one word"},
	} {
		_, err := Parse(map[string][]byte{tc.file: []byte(tc.data)})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestGapHead(t *testing.T) {
	ix := NewIndex[string]()
	ix.Add("setzt ... aus", "suspend")
	toks := fold.Tokens("Paris setzt die Zusammenarbeit mit Mali aus")
	hits := ix.At(toks, 1)
	if len(hits) != 1 || hits[0].Len != 6 || hits[0].Head != 1 {
		t.Fatalf("hits %+v, want one of length 6 with a head of 1", hits)
	}
}

// TestKindsChecked: a cue kind or word class the extractor does not know
// fails the load, naming the file and the kind, so that a typo is not a
// cue silently never looked at.
func TestKindsChecked(t *testing.T) {
	for _, tc := range []struct{ json, want string }{
		{`{"lang": "xx", "events": {}, "cues": {"negaton": ["not"]}}`, `unknown cue kind "negaton"`},
		{`{"lang": "xx", "events": {}, "cues": {}, "words": {"artikle": ["the"]}}`, `unknown word class "artikle"`},
		{`{"lang": "xx", "events": {}, "cues": {}, "words": {"article": ["the old"]}}`, `is not one word`},
		{`{"lang": "xx", "events": {"expell": {"verbs": ["expel"]}}, "cues": {}}`, `unknown event type "expell"`},
	} {
		_, err := Parse(map[string][]byte{"xx.json": []byte(tc.json)})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "xx.json") {
			t.Errorf("%s: error %v, want one naming xx.json and %s", tc.json, err, tc.want)
		}
	}
}
