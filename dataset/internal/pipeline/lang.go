package pipeline

import (
	"math"
	"unicode"

	"parallax/dataset"
)

// LangDetector is what the pipeline needs of a language detector: the ISO
// 639-1 code of a text's language ("" when it cannot tell) and how sure it
// is, from 0 to 1. dataset/internal/langid provides the real one.
type LangDetector interface {
	Detect(text string) (lang string, confidence float64)
}

// Thresholds for calling a paragraph's language different from its
// article's: enough letters for the detector to be reliable, and a clear
// confidence. Below them a paragraph takes its article's language.
const (
	minLettersForParagraphLang = 24
	minParagraphConfidence     = 0.75
)

// DetectLanguages sets the language, script and direction of an article
// and marks the paragraphs written in another language.
func DetectLanguages(a *dataset.Article, det LangDetector) {
	var all []byte
	for _, p := range a.Paragraphs {
		all = append(all, p.Text...)
		all = append(all, '\n')
	}
	text := string(all)
	a.Script = Script(text)
	a.Dir = Dir(a.Script)
	lang, conf := det.Detect(text)
	if lang == "" {
		lang, conf = dataset.Undetermined, 0
	}
	a.Lang, a.LangConfidence = lang, round4(conf)

	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Lang, p.LangConfidence = "", 0
		if letters(p.Text) < minLettersForParagraphLang {
			continue
		}
		l, c := det.Detect(p.Text)
		if l != "" && l != a.Lang && c >= minParagraphConfidence {
			p.Lang, p.LangConfidence = l, round4(c)
		}
	}
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// round4 puts a confidence on the codec's grid of 1/10000, so that it
// survives encoding unchanged.
func round4(v float64) float64 {
	if math.IsNaN(v) || v < 0 {
		return 0
	}
	return math.Round(min(v, 1)*10000) / 10000
}
