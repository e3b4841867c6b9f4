package gold

import (
	"strings"
	"testing"
)

// ev writes one gold event for the tests' golds.
func ev(id, types, date, actors, articles string, more ...string) string {
	q := func(list string) string {
		if list == "" {
			return "[]"
		}
		return `["` + strings.ReplaceAll(list, ",", `","`) + `"]`
	}
	d := "null"
	if date != "" {
		d = `"` + date + `"`
	}
	var mentions []string
	for _, f := range strings.Split(articles, ",") {
		mentions = append(mentions, `{"file": "`+f+`", "quote": "`+id+` is reported in `+f+`"}`)
	}
	extra := ""
	for _, m := range more {
		extra += ", " + m
	}
	return `{"id": "` + id + `", "what": "what ` + id + ` was", "types": ` + q(types) + `, "date": ` + d +
		`, "source": null, "target": null, "actors": ` + q(actors) + `, "quantity": null, "articles": ` + q(articles) +
		`, "neutral": false, "mentions": [` + strings.Join(mentions, ", ") + `]` + extra + `}`
}

func goldOf(events ...string) string {
	return `{"about": "test", "events": [` + strings.Join(events, ",\n") + `], "stories": []}`
}

func TestScorePairs(t *testing.T) {
	en := map[string]string{"s/a.txt": "en", "s/b.txt": "fr", "s/n.txt": "en"}
	tests := []struct {
		name  string
		gold  string
		preds []pred
		want  Count
		dates Dates
	}{
		{
			name:  "one match per gold pair: a second prediction of the same event is spurious",
			gold:  goldOf(ev("E1", "expel", "2025-09", "mali,france", "a")),
			preds: []pred{{id: "p1", typ: "expel", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}, {id: "p2", typ: "expel", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}},
			want:  Count{TP: 1, FP: 1},
			dates: Dates{Matched: 1, GoldDated: 1, Undated: 1},
		},
		{
			name:  "one prediction for two gold events matches one of them",
			gold:  goldOf(ev("E1", "expel", "", "mali", "a"), ev("E2", "expel", "", "mali", "a")),
			preds: []pred{{id: "p1", typ: "expel", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}},
			want:  Count{TP: 1, FN: 1},
			dates: Dates{Matched: 1},
		},
		{
			// p1 is E1's best (its first type) but the only one E2 takes:
			// a greedy matching would find one pair, the maximum finds two.
			name: "the matching is maximum, not greedy",
			gold: goldOf(ev("E1", "expel,other", "", "mali", "a"), ev("E2", "expel", "", "mali", "a")),
			preds: []pred{
				{id: "p1", typ: "expel", actors: []string{"source:mali"}, files: []string{"s/a.txt"}},
				{id: "p2", typ: "other", actors: []string{"source:mali"}, files: []string{"s/a.txt"}},
			},
			want:  Count{TP: 2},
			dates: Dates{Matched: 2},
		},
		{
			name:  "a predicted event reported in two articles is two pairs",
			gold:  goldOf(ev("E1", "coup", "2022-09-30", "burkina faso", "a,b")),
			preds: []pred{{id: "p1", typ: "coup", date: "2022-09-30", actors: []string{"target:burkina-faso"}, files: []string{"s/a.txt", "s/b.txt", "s/b.txt"}}},
			want:  Count{TP: 2},
			dates: Dates{Matched: 2, GoldDated: 2, Exact: 2},
		},
		{
			name:  "a type the gold does not accept, or no actor in common, is no match",
			gold:  goldOf(ev("E1", "expel", "", "mali,france", "a")),
			preds: []pred{{id: "p1", typ: "arrest", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}, {id: "p2", typ: "expel", actors: []string{"source:russia"}, files: []string{"s/a.txt"}}},
			want:  Count{FP: 2, FN: 1},
		},
		{
			name: "dates: same month or the next agree; two months apart do not",
			gold: goldOf(ev("E1", "talks", "2022-01-31", "mali", "a"), ev("E2", "talks", "2022-08", "chad", "a"), ev("E3", "talks", "2020", "niger", "a")),
			preds: []pred{
				{id: "p1", typ: "talks", date: "2021-12", actors: []string{"source:mali"}, files: []string{"s/a.txt"}},
				{id: "p2", typ: "talks", date: "2022-10-01", actors: []string{"source:chad"}, files: []string{"s/a.txt"}},
				{id: "p3", typ: "talks", date: "2020-05-02", actors: []string{"source:niger"}, files: []string{"s/a.txt"}},
			},
			want:  Count{TP: 2, FP: 1, FN: 1},
			dates: Dates{Matched: 2, GoldDated: 2, Exact: 1, Off: 1},
		},
		{
			name:  "dates: a year agrees with any date in it; an undated gold with any date",
			gold:  goldOf(ev("E1", "talks", "2022-08-15", "mali", "a"), ev("E2", "talks", "", "chad", "a")),
			preds: []pred{{id: "p1", typ: "talks", date: "2022", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}, {id: "p2", typ: "talks", date: "1999-01-01", actors: []string{"source:chad"}, files: []string{"s/a.txt"}}},
			want:  Count{TP: 2},
			dates: Dates{Matched: 2, GoldDated: 1, Off: 1},
		},
		{
			name:  "a different year is no match",
			gold:  goldOf(ev("E1", "coup", "2020", "mali", "a")),
			preds: []pred{{id: "p1", typ: "coup", date: "2021", actors: []string{"target:mali"}, files: []string{"s/a.txt"}}},
			want:  Count{FP: 1, FN: 1},
		},
		{
			name:  "a neutral event takes one prediction and counts for nothing; a second one is spurious",
			gold:  goldOf(ev("E1", "talks", "", "mali", "a", `"neutral": true`)),
			preds: []pred{{id: "p1", typ: "talks", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}, {id: "p2", typ: "talks", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}},
			want:  Count{FP: 1, Ignored: 1},
		},
		{
			name:  "neutral events are not missed",
			gold:  goldOf(ev("E1", "talks", "", "mali", "a", `"neutral": true`)),
			preds: nil,
			want:  Count{},
		},
		{
			name:  "an optional article is neither missed nor spurious",
			gold:  goldOf(ev("E1", "demand", "", "mali", "a", `"optional": ["b"]`)),
			preds: []pred{{id: "p1", typ: "demand", actors: []string{"source:mali"}, files: []string{"s/a.txt", "s/b.txt"}}},
			want:  Count{TP: 1, Ignored: 1},
			dates: Dates{Matched: 1},
		},
		{
			name:  "an event that counts wins over a neutral one",
			gold:  goldOf(ev("E1", "talks", "", "mali", "a", `"neutral": true`), ev("E2", "talks", "", "mali", "a")),
			preds: []pred{{id: "p1", typ: "talks", actors: []string{"source:mali"}, files: []string{"s/a.txt"}}},
			want:  Count{TP: 1},
			dates: Dates{Matched: 1},
		},
		{
			name:  "events in a negative are spurious",
			gold:  goldOf(ev("E1", "talks", "", "mali", "a")),
			preds: []pred{{id: "p1", typ: "arrest", actors: []string{"source:mali"}, files: []string{"s/n.txt"}}},
			want:  Count{FP: 1, FN: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := Load(writeGold(t, quotedFiles(t, "s", tc.gold, "n")), testTypes)
			if err != nil {
				t.Fatal(err)
			}
			arts := map[string]string{}
			for f, l := range en {
				arts[f] = l
			}
			r, err := Score(g, testExport(t, arts, nil, nil, nil, tc.preds...))
			if err != nil {
				t.Fatal(err)
			}
			if r.Total != tc.want {
				t.Errorf("count %+v, want %+v", r.Total, tc.want)
			}
			if r.Dates != tc.dates {
				t.Errorf("dates %+v, want %+v", r.Dates, tc.dates)
			}
			var sum Count
			for _, c := range r.ByLang {
				sum.add(c)
			}
			if sum != r.Total {
				t.Errorf("languages add up to %+v, not %+v", sum, r.Total)
			}
		})
	}
}

func TestScoreBreakdowns(t *testing.T) {
	files := quotedFiles(t, "one", goldOf(ev("E1", "coup,other", "", "mali", "a,b"), ev("E2", "talks", "", "mali", "a")), "pt", "n")
	for k, v := range quotedFiles(t, "two", goldOf(ev("F1", "arrest", "", "chad", "c"))) {
		files[k] = v
	}
	files["README.md"] = "notes\n"
	files["one/INDEX.md"] = "notes\n"
	files["loose/x.txt"] = "no gold here\n"
	g, err := Load(writeGold(t, files), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	x := testExport(t,
		map[string]string{"one/a.txt": "en", "one/b.txt": "fr", "one/n.txt": "en", "one/pt.txt": "pt", "two/c.txt": "ar", "one/INDEX.md": "en", "loose/x.txt": "en"},
		nil, nil,
		[]Diagnostic{{File: "one/pt.txt", Severity: "warning", Code: "unsupported-language", Message: "Portuguese is not read"}, {File: "two/d.txt", Severity: "warning", Code: "duplicate", Message: "the same text as two/c.txt"}},
		pred{id: "p1", typ: "other", actors: []string{"target:mali"}, files: []string{"one/a.txt", "one/INDEX.md"}},
		pred{id: "p2", typ: "expel", actors: []string{"source:chad"}, files: []string{"one/n.txt", "two/c.txt", "loose/x.txt"}},
	)
	r, err := Score(g, x)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Count{"coup": {TP: 1, FN: 1}, "talks": {FN: 1}, "arrest": {FN: 1}, "expel": {FP: 2}}
	for k, c := range want {
		if r.ByType[k] != c {
			t.Errorf("type %s: %+v, want %+v (the gold's first type; a spurious pair's own type)", k, r.ByType[k], c)
		}
	}
	if len(r.ByType) != len(want) {
		t.Errorf("types %v", r.ByType)
	}
	if c := r.ByFolder["one"]; c != (Count{TP: 1, FP: 1, FN: 2}) {
		t.Errorf("folder one: %+v", c)
	}
	if c := r.ByLang["fr"]; c != (Count{FN: 1}) {
		t.Errorf("fr: %+v", c)
	}
	if len(r.Outside) != 2 || r.Outside[0].File != "loose/x.txt" || r.Outside[1] != (Outside{File: "one/INDEX.md", Events: 1}) {
		t.Errorf("outside %+v: the notes and a folder without gold are not scored", r.Outside)
	}
	var quiet []string
	for _, q := range r.Quiet {
		quiet = append(quiet, q.File+" "+q.Kind+" "+q.Lang)
		if q.File == "one/n.txt" && (len(q.Found) != 1 || q.Found[0].ID != "p2") {
			t.Errorf("found in the negative: %+v", q.Found)
		}
	}
	if got := strings.Join(quiet, "; "); got != "one/n.txt negative en; one/pt.txt language not read pt" {
		t.Errorf("quiet files: %s", got)
	}
	if r.Files != 5 || r.Events != 3 {
		t.Errorf("gold size: %d files, %d events", r.Files, r.Events)
	}
}

func TestScoreSkippedFile(t *testing.T) {
	g, err := Load(writeGold(t, quotedFiles(t, "s", goldOf(ev("E1", "arrest", "", "mali", "a,b")))), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	x := testExport(t, map[string]string{"s/a.txt": "en"}, nil, nil, []Diagnostic{{File: "s/b.txt", Severity: "warning", Code: "duplicate", Message: "the same text as s/a.txt"}},
		pred{id: "p1", typ: "arrest", actors: []string{"source:mali"}, files: []string{"s/a.txt"}})
	r, err := Score(g, x)
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != (Count{TP: 1, FN: 1}) || r.ByLang[notBuilt] != (Count{FN: 1}) {
		t.Errorf("%+v %+v: a file the build skipped is missed, under (not built)", r.Total, r.ByLang)
	}
	if len(r.Skipped) != 1 || !strings.Contains(r.Skipped[0].Reason, "duplicate") {
		t.Errorf("skipped %+v", r.Skipped)
	}
	if _, err := Score(g, testExport(t, map[string]string{"elsewhere/a.txt": "en"}, nil, nil, nil)); err == nil || !strings.Contains(err.Error(), "none of the gold's") {
		t.Errorf("an export of other files: %v", err)
	}
}

func TestActorNames(t *testing.T) {
	entities := []Entity{
		{ID: "cote-divoire", Name: "Côte d'Ivoire", Aliases: []string{"Ivory Coast", "Costa de Marfil", "ساحل العاج"}},
		{ID: "malian-armed-forces", Name: "Malian Armed Forces", Aliases: []string{"Malian army", "FAMa"}},
		{ID: "french-armed-forces", Name: "French Armed Forces", Aliases: []string{"French forces"}},
		{ID: "x-damiba", Name: "Damiba"},
		{ID: "emmanuel-macron", Name: "Emmanuel Macron"},
	}
	tests := []struct {
		gold, actor string
		want        bool
	}{
		{"ivory coast", "cote-divoire", true},   // an English alias
		{"côte d’ivoire", "cote-divoire", true}, // the name, another apostrophe
		{"cote d'ivoire", "cote-divoire", true}, // without the accent
		{"the malian army", "malian-armed-forces", true},
		{"famA", "malian-armed-forces", true},        // case
		{"damiba", "x-damiba", true},                 // a provisional entity by its name
		{"emmanuel macron", "emmanuel-macron", true}, // the id, as words
		{"macron", "emmanuel-macron", false},         // a part of a name is not the name
		{"france", "french-armed-forces", false},     // an army is not its state
		{"french forces", "french-armed-forces", true},
		{"wagner", "unknown-id", false},
	}
	byID := map[string]*Entity{}
	for i := range entities {
		byID[entities[i].ID] = &entities[i]
	}
	for _, tc := range tests {
		g := &Event{Types: []string{"talks"}, keys: map[string]bool{nameKey(tc.gold): true}}
		p := &Prediction{Type: "talks"}
		if got := compatible(g, p, []map[string]bool{actorKeys(tc.actor, "", byID)}); got != tc.want {
			t.Errorf("gold %q, actor %s: %v, want %v", tc.gold, tc.actor, got, tc.want)
		}
	}
}

func TestMaxMatching(t *testing.T) {
	tests := []struct {
		edges [][]int
		right int
		want  []int
	}{
		{[][]int{{0, 1}, {0}}, 2, []int{1, 0}},
		{[][]int{{0}, {0}, {0}}, 1, []int{0, -1, -1}},
		{[][]int{{1, 0}, {1}, {2, 1}}, 3, []int{0, 1, 2}},
		{[][]int{{}, {0}}, 1, []int{-1, 0}},
	}
	for _, tc := range tests {
		got := maxMatching(tc.edges, tc.right)
		if len(got) != len(tc.want) {
			t.Fatalf("%v: %v", tc.edges, got)
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%v: %v, want %v", tc.edges, got, tc.want)
				break
			}
		}
	}
}

func TestStories(t *testing.T) {
	files := quotedFiles(t, "one", `{"events": [], "stories": [["a", "b", "c"], ["d"]]}`, "e")
	for k, v := range quotedFiles(t, "two", `{"events": [], "stories": [["f", "g"]]}`) {
		files[k] = v
	}
	files["one/INDEX.md"] = "notes\n"
	g, err := Load(writeGold(t, files), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	id := articleID
	arts := map[string]string{"one/INDEX.md": "en"}
	for _, f := range []string{"one/a.txt", "one/b.txt", "one/c.txt", "one/d.txt", "one/e.txt", "two/f.txt", "two/g.txt"} {
		arts[f] = "en"
	}
	x := testExport(t, arts, nil, []Story{
		// a and b versions, c related only: one pair (a, b); INDEX.md is
		// not the gold's and makes no pair.
		{ID: "s1", Versions: []string{id("one/a.txt"), id("one/b.txt"), id("one/INDEX.md")}, Related: []string{id("one/c.txt")}},
		// a duplicate is part of its story: (d, e) is a wrong pair.
		{ID: "s2", Versions: []string{id("one/d.txt")}, Duplicates: []string{id("one/e.txt")}},
		// f with g, and with a of the other folder: one right, one across.
		{ID: "s3", Versions: []string{id("two/f.txt"), id("two/g.txt"), id("one/c.txt")}},
	}, nil)
	r, err := Score(g, x)
	if err != nil {
		t.Fatal(err)
	}
	s := r.Stories
	if s.ByFolder["one"] != (StoryCount{Gold: 3, Predicted: 2, Common: 1}) {
		t.Errorf("one: %+v", s.ByFolder["one"])
	}
	if s.ByFolder["two"] != (StoryCount{Gold: 1, Predicted: 1, Common: 1}) {
		t.Errorf("two: %+v", s.ByFolder["two"])
	}
	if s.Across != 2 || s.Total != (StoryCount{Gold: 4, Predicted: 5, Common: 2}) {
		t.Errorf("across %d, total %+v", s.Across, s.Total)
	}
	if len(s.Missing) != 2 || s.Missing[0] != [2]string{"one/a.txt", "one/c.txt"} {
		t.Errorf("missing %v", s.Missing)
	}
}
