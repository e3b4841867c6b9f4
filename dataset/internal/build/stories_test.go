package build_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// TestSeedsStoriesGolden groups the seeds into stories and compares them
// with testdata/golden/stories.golden.
func TestSeedsStoriesGolden(t *testing.T) {
	d := seedCorpus(t)
	files := seedNumbers(d)
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
	var orig build.Input
	for _, in := range ins {
		if strings.HasPrefix(in.File, "004") {
			orig = in
		}
	}
	copyText := strings.Replace(string(orig.Raw), "Closing Remarks", "In Brief", 1)
	copyText = "Paris trims its Bamako embassy\n" + strings.Replace(copyText, "in the months ahead", "in the coming months", 1)
	results := []build.Result{
		build.Article(orig, env(), build.Options{}),
		build.Article(build.Input{File: "zz-republished.txt", Raw: []byte(copyText)}, env(), build.Options{}),
	}
	d := build.Assemble(results, env())
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

// TestStoryGrouping builds the story corpus in testdata/stories/corpus —
// five stories of 2025 told in several languages, articles that report
// them only as background, a republished copy, and articles about
// something else — and checks the grouping against
// testdata/stories/expected.txt. On failure it prints what it expected,
// what it got, and every story the pipeline made.
func TestStoryGrouping(t *testing.T) {
	const dir = "testdata/stories"
	d, name := buildCorpus(t, filepath.Join(dir, "corpus"))
	raw, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]string{} // name → article id
	for a, n := range name {
		id[n] = a
	}
	names := func(ids []string) string {
		var out []string
		for _, x := range ids {
			out = append(out, name[x])
		}
		slices.Sort(out)
		return strings.Join(out, " ")
	}
	storyOf := map[string]*dataset.Story{} // version's name → its story
	for i, s := range d.Stories {
		for _, v := range s.Versions {
			storyOf[name[v]] = &d.Stories[i]
		}
	}
	byStory := map[string]*dataset.Story{} // expected story name → actual
	mentioned := map[string]bool{}
	var failures []string
	fail := func(format string, args ...any) { failures = append(failures, fmt.Sprintf(format, args...)) }
	for n, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		where := fmt.Sprintf("expected.txt:%d", n+1)
		if len(f) < 2 {
			t.Fatalf("%s: too short: %q", where, line)
		}
		switch f[0] {
		case "story":
			want := map[string][]string{}
			key := ""
			for _, w := range f[2:] {
				switch w {
				case "versions", "related", "duplicates":
					key = w
				default:
					if key == "" {
						t.Fatalf("%s: %q before versions", where, w)
					}
					want[key] = append(want[key], w)
					mentioned[w] = true
					if id[w] == "" {
						t.Fatalf("%s: no article %s in the corpus", where, w)
					}
				}
			}
			if len(want["versions"]) == 0 {
				t.Fatalf("%s: a story needs versions", where)
			}
			s := storyOf[want["versions"][0]]
			if s == nil {
				fail("story %s: %s is a version of no story", f[1], want["versions"][0])
				continue
			}
			byStory[f[1]] = s
			for _, key := range []string{"versions", "related", "duplicates"} {
				got := map[string][]string{"versions": s.Versions, "related": s.Related, "duplicates": s.Duplicates}[key]
				w := slices.Clone(want[key])
				slices.Sort(w)
				if g := names(got); g != strings.Join(w, " ") {
					fail("story %s: %s are [%s], want [%s]", f[1], key, g, strings.Join(w, " "))
				}
			}
		case "alone":
			mentioned[f[1]] = true
			if id[f[1]] == "" {
				t.Fatalf("%s: no article %s in the corpus", where, f[1])
			}
			if s := storyOf[f[1]]; s == nil || len(s.Versions) != 1 {
				got := ""
				if s != nil {
					got = names(s.Versions)
				}
				fail("alone %s: it is a version of a story with versions [%s]", f[1], got)
			}
			if len(f) > 2 && f[2] == "noevents" {
				for _, e := range d.Events {
					for _, m := range e.Mentions {
						if m.Article == id[f[1]] {
							fail("alone %s: it reports a %s event (%s), want none", f[1], e.Type, e.ID)
						}
					}
				}
			}
		case "title":
			s := byStory[f[1]]
			if want := strings.Join(f[2:], " "); s != nil && !strings.Contains(s.Title, want) {
				fail("title %s: %q does not say %q", f[1], s.Title, want)
			}
		case "differs":
			s := byStory[f[1]]
			if s != nil && !slices.ContainsFunc(s.Differences, func(x dataset.Difference) bool { return x.Kind == f[2] }) {
				fail("differs %s: no %s difference between its versions", f[1], f[2])
			}
		default:
			t.Fatalf("%s: unknown line %q", where, line)
		}
	}
	for _, a := range d.Articles {
		if !mentioned[name[a.ID]] {
			fail("article %s is in no expectation", name[a.ID])
		}
	}
	if len(failures) == 0 {
		return
	}
	var b strings.Builder
	b.WriteString("story grouping differs from testdata/stories/expected.txt:\n")
	for _, x := range failures {
		fmt.Fprintf(&b, "  - %s\n", x)
	}
	b.WriteString("the pipeline made these stories:\n")
	for _, s := range d.Stories {
		fmt.Fprintf(&b, "  %q\n    versions [%s] related [%s] duplicates [%s]\n", s.Title, names(s.Versions), names(s.Related), names(s.Duplicates))
		for _, e := range s.Events {
			for _, ev := range d.Events {
				if ev.ID == e {
					var in []string
					for _, m := range ev.Mentions {
						in = append(in, name[m.Article])
					}
					fmt.Fprintf(&b, "      %s %s %v -> %v in %s\n", ev.Type, orDash(ev.Date), ev.Source, ev.Target, strings.Join(slices.Compact(in), " "))
				}
			}
		}
	}
	t.Error(b.String())
}

// buildCorpus runs the whole pipeline on a folder of .txt articles with
// their .meta.json sidecars, and names each article by its file name
// without the extension.
func buildCorpus(t *testing.T, dir string) (*dataset.Dataset, map[string]string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var results []build.Result
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		meta, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".meta.json")
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		results = append(results, build.Article(build.Input{File: filepath.Base(f), Raw: raw, Meta: meta}, env(), build.Options{}))
	}
	d := build.Assemble(results, env())
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	name := map[string]string{}
	for _, a := range d.Articles {
		name[a.ID] = strings.TrimSuffix(a.File, ".txt")
	}
	if len(name) != len(files) {
		t.Fatalf("%d articles kept of %d files", len(name), len(files))
	}
	return d, name
}

// TestExcerptCopies republishes the opening of a seed, cut off mid-text
// under a new headline: far below the near-duplicate share of the whole,
// it is contained in the original, and is a copy of it that says so.
func TestExcerptCopies(t *testing.T) {
	ins := seedInputs(t)
	var orig build.Input
	for _, in := range ins {
		if strings.HasPrefix(in.File, "003") {
			orig = in
		}
	}
	text := string(orig.Raw)
	cut := strings.LastIndex(text[:len(text)/3], " ")
	excerpt := "An excerpt under its own headline\n\n" + strings.TrimSpace(text[strings.Index(text, "\n")+1:cut])
	results := []build.Result{
		build.Article(orig, env(), build.Options{}),
		build.Article(build.Input{File: "zz-excerpt.txt", Raw: []byte(excerpt)}, env(), build.Options{}),
	}
	d := build.Assemble(results, env())
	if len(d.Articles) != 2 {
		t.Fatalf("%d articles, want both kept", len(d.Articles))
	}
	if d.Articles[1].DuplicateOf != d.Articles[0].ID {
		t.Fatalf("the excerpt is not marked as a copy of %s (original marked %q; %v)", d.Articles[0].File, d.Articles[0].DuplicateOf, d.Diagnostics)
	}
	said := false
	for _, x := range d.Diagnostics {
		said = said || x.File == "zz-excerpt.txt" && strings.Contains(x.Message, "excerpt of "+orig.File)
	}
	if !said {
		t.Errorf("the build report does not say the excerpt copies %s: %v", orig.File, d.Diagnostics)
	}
}
