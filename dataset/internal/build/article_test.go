package build

import (
	"strings"
	"testing"
	"unicode"

	"parallax/dataset"
	"parallax/dataset/internal/build/lang"
	"parallax/dataset/internal/build/segment"
	"parallax/dataset/internal/hostile"
)

// scriptDetector is a fake lang.Detector that decides by script alone, so
// stage tests do not depend on lingua-go's models.
type scriptDetector struct{}

func (scriptDetector) Detect(text string) (string, float64) {
	switch segment.Script(text) {
	case "Arab":
		return "ar", 0.99
	case "Deva":
		return "hi", 0.99
	case "Latn":
		if strings.Contains(text, " le ") || strings.Contains(text, " la ") {
			return "fr", 0.9
		}
		return "en", 0.95
	}
	return "", 0
}

func TestArticleTitle(t *testing.T) {
	long := " The junta in Bamako has grown closer to Moscow since it seized power, and relations with Paris have soured year after year."
	for _, tc := range []struct {
		name, in, meta      string
		wantTitle, wantFrom string
		wantTitlePara       int // index of the KindTitle paragraph, -1 for none
	}{
		{"headline line", "Mali expels French envoy\nThe junta gave him 72 hours." + long, "", "Mali expels French envoy", "headline", 0},
		{"long headline with its dek", "Mali expels the French envoy and accuses Paris of meddling in the transition it promised to end\nThe junta gave him 72 hours." + long, "",
			"Mali expels the French envoy and accuses Paris of meddling in the transition it promised to end", "headline", 0},
		{"a long first line inside the text is no heading", "The junta gave the French envoy 72 hours to leave." + long + "\nMali expels the French envoy and accuses Paris of meddling in the transition it promised to end\nMore text here." + long, "",
			"The junta gave the French envoy 72 hours to leave.", "first-sentence", -1},
		{"first sentence", "The junta gave the French envoy 72 hours to leave." + long, "", "The junta gave the French envoy 72 hours to leave.", "first-sentence", -1},
		{"lede then Title Case headline", "Paris said on Friday it would cut its staff." + long + "\nFrance Cuts Its Staff in Mali\nMore text here." + long, "", "France Cuts Its Staff in Mali", "headline", 1},
		{"metadata title", "Mali expels French envoy\nThe junta gave him 72 hours." + long, `{"title": "Mali expels French envoy"}`, "Mali expels French envoy", "metadata", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{File: "a.txt", Raw: []byte(tc.in)}
			if tc.meta != "" {
				in.Meta = []byte(tc.meta)
			}
			a, diags, ok := testArticle(in, scriptDetector{}, Options{})
			if !ok {
				t.Fatalf("not ok: %v", diags)
			}
			if a.Title != tc.wantTitle || a.TitleSource != tc.wantFrom {
				t.Errorf("title = %q (%s), want %q (%s)", a.Title, a.TitleSource, tc.wantTitle, tc.wantFrom)
			}
			titlePara := -1
			for i, p := range a.Paragraphs {
				if p.Kind == dataset.KindTitle {
					titlePara = i
				}
			}
			if titlePara != tc.wantTitlePara {
				t.Errorf("title paragraph = %d, want %d", titlePara, tc.wantTitlePara)
			}
		})
	}
}

func TestArticleLanguages(t *testing.T) {
	in := Input{File: "x/y.txt", Raw: []byte("باريس تجمد التعاون الأمني مع مالي وتطرد دبلوماسيين\n" +
		"قررت باريس تعليق تعاونها الأمني مع باماكو في مجال مكافحة الإرهاب وطرد اثنين من الدبلوماسيين الماليين.\n" +
		"France said the accusations against its diplomat were baseless and demanded his release.\n" +
		"OK.\n")}
	a, diags, ok := testArticle(in, scriptDetector{}, Options{})
	if !ok {
		t.Fatal(diags)
	}
	if a.Lang != "ar" || a.Script != "Arab" || a.Dir != "rtl" || a.File != "x/y.txt" {
		t.Errorf("article = %s %s %s %s, want ar Arab rtl x/y.txt", a.Lang, a.Script, a.Dir, a.File)
	}
	var marks []string
	for _, p := range a.Paragraphs {
		marks = append(marks, p.Lang)
	}
	// The English paragraph is marked; "OK." is too short to tell.
	if got := strings.Join(marks, ","); got != ",,en," {
		t.Errorf("paragraph languages = %q, want \",,en,\"", got)
	}
	if a.Words != 38 || a.Sentences != 4 {
		t.Errorf("words %d sentences %d, want 38 and 4", a.Words, a.Sentences)
	}
	if len(a.ID) != 12 || strings.IndexFunc(a.ID, func(r rune) bool { return !unicode.In(r, unicode.ASCII_Hex_Digit) }) >= 0 {
		t.Errorf("id %q is not 12 hex digits", a.ID)
	}
}

func TestArticleIDFollowsContent(t *testing.T) {
	build := func(file, text string) string {
		a, _, ok := testArticle(Input{File: file, Raw: []byte(text)}, scriptDetector{}, Options{})
		if !ok {
			t.Fatal(text)
		}
		return a.ID
	}
	base := build("a.txt", "Mali expels French envoy.\nThe junta gave him 72 hours.")
	if got := build("other/name.txt", "\uFEFFMali expels French envoy.\r\n\r\nThe junta gave him 72 hours.\r\n"); got != base {
		t.Errorf("same text after cleaning, different id: %s vs %s", got, base)
	}
	if got := build("a.txt", "Mali expels French envoy.\nThe junta gave him 48 hours."); got == base {
		t.Error("different text, same id")
	}
}

func TestArticleProblems(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		ok       bool
		code     string
	}{
		{"binary", "\x00\x01PNG", false, "binary"},
		{"only residue", "عاجل\nتم نسخ الرابط\n", false, "no-text"},
		{"short", "France acts.", true, "short"},
		{"unknown language", "1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234", true, "unknown-language"},
		{"bad sidecar", "", true, "bad-metadata"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{File: "f.txt", Raw: []byte(tc.in)}
			if tc.name == "bad sidecar" {
				in.Raw = []byte(strings.Repeat("The junta in Bamako has grown closer to Moscow. ", 5))
				in.Meta = []byte(`{"published": "yesterday"}`)
			}
			_, diags, ok := testArticle(in, scriptDetector{}, Options{})
			if ok != tc.ok {
				t.Errorf("ok = %v, want %v (%v)", ok, tc.ok, diags)
			}
			found := false
			for _, d := range diags {
				if d.Code == tc.code && d.File == "f.txt" && d.Message != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("diagnostics %+v lack code %s", diags, tc.code)
			}
		})
	}
}

func TestAssembleDuplicates(t *testing.T) {
	text := []byte("Mali expels French envoy.\nThe junta gave him 72 hours to leave the country, a week after the arrest of a French national in Bamako.")
	var results []Result
	for _, f := range []string{"b.txt", "a.txt", "c.txt"} {
		raw := text
		if f == "c.txt" {
			raw = []byte{0}
		}
		a, diags, ok := testArticle(Input{File: f, Raw: raw}, scriptDetector{}, Options{})
		results = append(results, Result{File: f, Article: a, OK: ok, Diagnostics: diags})
	}
	d := Assemble(results, nil)
	if len(d.Articles) != 1 || d.Articles[0].File != "a.txt" {
		t.Fatalf("articles = %+v, want only a.txt", d.Articles)
	}
	var got []string
	for _, x := range d.Diagnostics {
		got = append(got, x.File+":"+x.Code)
	}
	if strings.Join(got, " ") != "b.txt:duplicate c.txt:binary" {
		t.Errorf("diagnostics = %v", got)
	}
	if !strings.Contains(d.Diagnostics[0].Message, "a.txt") {
		t.Errorf("duplicate message %q does not name the original", d.Diagnostics[0].Message)
	}
}

func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"عاجل\nباريس تجمد التعاون\nباريس\nباريس\nقررت باريس. تم نسخ الرابط",
		"Headline\nText. More text.\n- a\n- b\n| a | b |\n|---|---|\n| 1 | 2 |",
		"फ्रांस ने सहयोग निलंबित किया।",
		"BREAKING: x\n\xff",
	} {
		f.Add([]byte(s))
	}
	for _, b := range hostile.Seeds(512) { // issue 15's shapes
		f.Add(b)
	}
	// The real gazetteer and lexicon, so that the event extractor, where
	// most slow paths were, runs on every input, with the merge and the
	// stories after it (issue 15, defect 7).
	env, err := hostileEnv()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r := Article(Input{File: "f.txt", Raw: raw}, env, Options{MaxSize: 1 << 16})
		if !r.OK {
			if len(r.Diagnostics) == 0 {
				t.Fatal("article refused without a diagnostic")
			}
			return
		}
		d := Assemble([]Result{r}, env)
		if err := d.Validate(); err != nil {
			t.Fatalf("invalid article: %v", err)
		}
		b, err := dataset.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := dataset.Decode(b); err != nil {
			t.Fatalf("decoding an encoded article: %v", err)
		}
	})
}

// testArticle runs the per-article stages without gazetteer or lexicon.
func testArticle(in Input, det lang.Detector, opt Options) (dataset.Article, []dataset.Diagnostic, bool) {
	r := Article(in, NewEnv(det, nil, nil), opt)
	return r.Article, r.Diagnostics, r.OK
}
