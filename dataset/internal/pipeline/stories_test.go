package pipeline_test

import (
	"fmt"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/pipeline"
)

// TestSeedsStoriesGolden groups the seeds into stories and compares them
// with testdata/golden/stories.golden.
func TestSeedsStoriesGolden(t *testing.T) {
	var results []pipeline.Result
	for _, in := range seedInputs(t) {
		results = append(results, pipeline.Article(in, env(), pipeline.Options{}))
	}
	d := pipeline.Assemble(results, env())
	files := map[string]string{}
	for _, a := range d.Articles {
		files[a.ID] = a.File[:3]
	}
	names := func(ids []string) string {
		var out []string
		for _, id := range ids {
			out = append(out, files[id])
		}
		return strings.Join(out, " ")
	}
	var b strings.Builder
	for _, s := range d.Stories {
		fmt.Fprintf(&b, "%s %s\n  versions: %s\n  related: %s\n  events: %d\n", s.ID, s.Title, names(s.Versions), names(s.Related), len(s.Events))
		for _, x := range s.Differences {
			fmt.Fprintf(&b, "  differs on %s of %s:", x.Kind, x.Event)
			for _, v := range x.Values {
				fmt.Fprintf(&b, " %s=%q", files[v.Article], v.Gloss)
			}
			b.WriteByte('\n')
		}
	}
	checkGolden(t, "stories.golden", b.String())

	// The acceptance, stated directly, so that a golden update
	// cannot quietly lose it.
	var arrest *dataset.Story
	for i, s := range d.Stories {
		if strings.Contains(names(s.Versions), "000") {
			arrest = &d.Stories[i]
		}
	}
	if arrest == nil {
		t.Fatal("no story has the Hindi article as a version")
	}
	if got := names(arrest.Versions); got != "000 001" {
		t.Errorf("the arrest story's versions are %s, want the Hindi and Arabic reports 000 001", got)
	}
	if got := names(arrest.Related); got != "002 003" {
		t.Errorf("the arrest story's related coverage is %s, want 002 003", got)
	}
	for _, s := range d.Stories {
		if strings.Contains(names(s.Versions), "004") && strings.Contains(names(s.Versions), "000") {
			t.Error("the English staff-cut article is a version of the arrest story")
		}
	}
	described := false
	for _, x := range arrest.Differences {
		described = described || x.Kind == dataset.DiffDescription
	}
	if !described {
		t.Error("no difference in how the arrested man is described")
	}
}

// TestNearDuplicates republishes a seed with a new headline and a changed
// sentence: it is a duplicate of the original, not a version of its own.
func TestNearDuplicates(t *testing.T) {
	ins := seedInputs(t)
	var orig pipeline.Input
	for _, in := range ins {
		if strings.HasPrefix(in.File, "004") {
			orig = in
		}
	}
	copyText := strings.Replace(string(orig.Raw), "Closing Remarks", "In Brief", 1)
	copyText = "Paris trims its Bamako embassy\n" + strings.Replace(copyText, "in the months ahead", "in the coming months", 1)
	results := []pipeline.Result{
		pipeline.Article(orig, env(), pipeline.Options{}),
		pipeline.Article(pipeline.Input{File: "zz-republished.txt", Raw: []byte(copyText)}, env(), pipeline.Options{}),
	}
	d := pipeline.Assemble(results, env())
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want both kept", len(d.Articles))
	}
	if d.Articles[1].DuplicateOf != d.Articles[0].ID {
		t.Fatalf("the republished copy is not marked as a duplicate of %s", d.Articles[0].File)
	}
	for _, s := range d.Stories {
		for _, v := range s.Versions {
			if v == d.Articles[1].ID {
				t.Error("the duplicate is a version of a story")
			}
		}
	}
	found := false
	for _, s := range d.Stories {
		for _, dup := range s.Duplicates {
			found = found || dup == d.Articles[1].ID
		}
	}
	if !found {
		t.Error("no story lists the duplicate")
	}
	reported := false
	for _, x := range d.Diagnostics {
		reported = reported || x.Code == "near-duplicate" && x.File == "zz-republished.txt"
	}
	if !reported {
		t.Error("the near-duplicate is not in the build report")
	}
}
