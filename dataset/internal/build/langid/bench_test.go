package langid

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// corpusTexts are what the pipeline asks about, from real text: each seed
// article whole and its paragraphs, and gencorpus's hand-written French,
// Spanish and German paragraphs and headlines, slots filled.
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	root := filepath.Join("..", "..", "..", "..") // the repository
	seeds, err := filepath.Glob(filepath.Join(root, "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		tb.Fatalf("no seed articles found (%v)", err)
	}
	var texts []string
	lines := func(s string) {
		for _, p := range strings.Split(s, "\n") {
			if strings.IndexFunc(p, unicode.IsLetter) >= 0 && !strings.HasPrefix(p, "#") && !strings.HasPrefix(p, "[") {
				texts = append(texts, p)
			}
		}
	}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
		lines(string(b))
	}
	slot := regexp.MustCompile(`\{[A-Z]+\}`)
	for _, lang := range []string{"fr", "es", "de"} {
		b, err := os.ReadFile(filepath.Join(root, "dataset", "cmd", "gencorpus", "data", lang+".txt"))
		if err != nil {
			tb.Fatal(err)
		}
		s := slot.ReplaceAllString(string(b), "12")
		for _, section := range []string{"[headlines]", "[paragraphs]"} {
			_, rest, _ := strings.Cut(s, section+"\n")
			body, _, _ := strings.Cut(rest, "\n\n")
			lines(body)
			if section == "[paragraphs]" {
				texts = append(texts, strings.ReplaceAll(body, "\n", "\n\n")) // as one article
			}
		}
	}
	return texts
}

// BenchmarkDetect is the cost of one text of the corpus, on average, with
// the models loaded: among all languages (shortlisted, and lingua-go in
// full), and among six.
//
//	go test -run '^$' -bench Detect ./dataset/internal/langid/
func BenchmarkDetect(b *testing.B) {
	texts := corpusTexts(b)
	all, err := New()
	if err != nil {
		b.Fatal(err)
	}
	six, err := New("en", "fr", "ar", "hi", "es", "de")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		detect func(string) (string, float64)
	}{{"all", all.Detect}, {"all-full", all.DetectFull}, {"six", six.Detect}} {
		for _, t := range texts {
			c.detect(t) // load the models
		}
		b.Run(c.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				c.detect(texts[i%len(texts)])
				i++
			}
		})
	}
}
