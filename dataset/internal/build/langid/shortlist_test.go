package langid

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestShortlistAgreesWithFull checks the two-step detection against
// lingua-go among all languages on real text (corpusTexts): the same
// language whenever either is at all sure (0.5), and for a text long
// enough to be weighed on trigrams alone, a confidence within 0.05. A
// short text's confidence is shared among the shortlist only, and may be
// higher than lingua-go's among all 75.
func TestShortlistAgreesWithFull(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if d.coarse == nil {
		t.Fatal("a detector among all languages does not shortlist")
	}
	texts := corpusTexts(t)
	shortlisted, long := 0, 0
	for _, s := range texts {
		if !mostlyLatin(s) {
			continue
		}
		shortlisted++
		l1, c1 := d.DetectFull(s)
		l2, c2 := d.Detect(s)
		if l1 != l2 && max(c1, c2) >= 0.5 {
			t.Errorf("Detect = %s %.4f, lingua-go among all languages %s %.4f, on %.80q", l2, c2, l1, c1, s)
		}
		if utf8.RuneCountInString(s) >= fullBelow {
			long++
			if l1 == l2 && (c1-c2 > 0.05 || c2-c1 > 0.05) {
				t.Errorf("Detect = %s %.4f, lingua-go among all languages %.4f, on %.80q", l2, c2, c1, s)
			}
		}
	}
	if shortlisted < 50 || long < 20 {
		t.Errorf("only %d texts shortlisted, %d of them long", shortlisted, long)
	}
}

func TestMostlyLatin(t *testing.T) {
	for text, want := range map[string]bool{
		"France expels two Malian diplomats":             true,
		"Fransa Mali'den iki diplomatı sınır dışı etti":  true,
		"قررت باريس تعليق تعاونها الأمني مع باماكو":      false,
		"फ्रांस ने माली के साथ सहयोग निलंबित किया":       false,
		"Франция выслала двух малийских дипломатов":      false,
		"«عاجل» Bamako: قررت باريس تعليق تعاونها الأمني": false,
		"1234 5678": false,
	} {
		if got := mostlyLatin(text); got != want {
			t.Errorf("mostlyLatin(%q) = %v", text, got)
		}
	}
}

func TestSample(t *testing.T) {
	for text, want := range map[string][]string{
		"":                              nil,
		"1234, 5678.":                   nil,
		"Mali: talks resume in Bamako.": {"Mali talks resume in Bamako"},
	} {
		if got := sample(text); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("sample(%q) = %q, want %q", text, got, want)
		}
	}
	// Up to samples*sampleRunes characters, one sample from the start;
	// past that, three, from the start, middle and end, each as full as
	// whole words allow.
	medium := strings.Repeat("Bamako ", samples*sampleRunes/7)
	long := "Start " + strings.Repeat("alpha beta gamma delta ", 4*samples*sampleRunes/23) + "end"
	for text, n := range map[string]int{medium: 1, long: samples} {
		got := sample(text)
		if len(got) != n {
			t.Errorf("sample(%.30q…) gave %d samples, want %d", text, len(got), n)
			continue
		}
		for _, s := range got {
			if l := utf8.RuneCountInString(s); l > sampleRunes || l < sampleRunes-12 {
				t.Errorf("sample(%.30q…): a sample of %d characters: %q", text, l, s)
			}
		}
		if !strings.HasPrefix(got[0], strings.Fields(text)[0]) || n > 1 && !strings.HasSuffix(got[n-1], "end") || n > 1 && got[1] == got[0] {
			t.Errorf("sample(%.30q…) = %q", text, got)
		}
	}
}
