package langid

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestShortlistAgreesWithFull checks the two-step detection against
// lingua-go among all languages on real text: every seed article, whole and
// paragraph by paragraph, must get the same language, and a confidence
// within 0.05 of it.
func TestShortlistAgreesWithFull(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles found (%v)", err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		for _, p := range strings.Split(string(b), "\n") {
			if strings.IndexFunc(p, unicode.IsLetter) >= 0 {
				texts = append(texts, p)
			}
		}
	}
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if d.coarse == nil {
		t.Fatal("a detector among all languages does not shortlist")
	}
	long := 0
	for _, s := range texts {
		if len([]rune(s)) >= fullBelow {
			long++
		}
		l1, c1 := d.DetectFull(s)
		l2, c2 := d.Detect(s)
		if l1 != l2 || c1-c2 > 0.05 || c2-c1 > 0.05 {
			t.Errorf("Detect = %s %.4f, lingua-go among all languages %s %.4f, on %.80q", l2, c2, l1, c1, s)
		}
	}
	if long < 20 {
		t.Errorf("only %d texts long enough to be shortlisted", long)
	}
}

func TestSample(t *testing.T) {
	words := strings.Repeat("alpha beta gamma delta ", 100)
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"", 0},
		{"1234, 5678.", 0},
		{"Mali: talks resume in Bamako.", 1},
		{words, samples},
	} {
		got := sample(tc.text)
		if len(got) != tc.n {
			t.Errorf("sample(%.30q) gave %d samples, want %d: %q", tc.text, len(got), tc.n, got)
		}
		for _, s := range got {
			if n := len([]rune(s)); n > sampleRunes || n == 0 {
				t.Errorf("sample(%.30q): a sample of %d characters: %q", tc.text, n, s)
			}
		}
	}
	if got := sample("Mali: talks resume in Bamako."); got[0] != "Mali talks resume in Bamako" {
		t.Errorf("sample kept punctuation: %q", got[0])
	}
}
