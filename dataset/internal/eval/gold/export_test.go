package gold

import (
	"strings"
	"testing"
)

func TestReadExport(t *testing.T) {
	x, err := ReadExport(strings.NewReader(`{"format": "parallax-dataset", "version": 9, "unknown": [1],
		"articles": [{"id": "a1", "file": "s/a.txt", "lang": "en", "text": "…"}],
		"events": [{"id": "e1", "type": "expel", "date": "2025-09", "actors": [], "mentions": [
			{"article": "a1", "sentence": "s1", "rule": "r-field"},
			{"article": "a1", "sentence": "s2", "debug": {"rule": "r-debug", "other": 1}},
			{"article": "a1", "sentence": "s3", "debug": "r-string"},
			{"article": "a1", "sentence": "s4"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var rules []string
	for _, m := range x.Events[0].Mentions {
		rules = append(rules, m.rule())
	}
	if got := strings.Join(rules, ","); got != "r-field,r-debug,r-string," {
		t.Errorf("rules %q", got)
	}
	if x.Events[0].date != (date{2025, 9, 0}) {
		t.Errorf("date %+v", x.Events[0].date)
	}
	for _, tc := range []struct{ in, want string }{
		{`{"format": "something-else"}`, `format "something-else"`},
		{`[1, 2]`, "not a Parallax JSON export"},
		{`{"format": "parallax-dataset", "articles": [{"id": "a1", "file": "a.txt"}], "events": [{"id": "e1", "date": "soon", "mentions": [{"article": "a2"}]}]}`,
			`event e1: date "soon"`},
		{`{"format": "parallax-dataset", "articles": [{"id": "a1", "file": "a.txt"}], "events": [{"id": "e1", "mentions": [{"article": "a2"}]}]}`,
			`event e1: a mention in article "a2", which the export does not have`},
		{`{"format": "parallax-dataset", "articles": [], "stories": [{"id": "s1", "versions": ["a9"]}]}`, `story s1: article "a9"`},
		{`{"format": "parallax-dataset", "articles": [{"id": "a1"}]}`, "an article without id or file"},
		{`{"format": "parallax-dataset", "articles": [{"id": "a1", "file": "a.txt"}], "events": [{"id": "e1", "mentions": [{"article": "a1", "debug": 3}]}]}`, "debug: want a string or an object"},
	} {
		if _, err := ReadExport(strings.NewReader(tc.in)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.in, err, tc.want)
		}
	}
}
