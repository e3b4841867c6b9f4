// Package lang sets the language, script and direction of an article and
// marks its paragraphs written in another language. The detector is an
// interface: build/langid provides the real one (lingua-go), tests a fake.
package lang

import (
	"unicode"

	"parallax/dataset"
	"parallax/dataset/internal/build/segment"
)

// Detector is what the pipeline needs of a language detector: the ISO
// 639-1 code of a text's language ("" when it cannot tell) and how sure it
// is, from 0 to 1. build/langid provides the real one.
type Detector interface {
	Detect(text string) (lang string, confidence float64)
}

// Thresholds for calling a paragraph's language different from its
// article's: enough letters for the detector to be reliable, and a clear
// confidence. Below them a paragraph takes its article's language.
const (
	minLettersForParagraphLang = 24
	minParagraphConfidence     = 0.75
)

// Article sets the language, script and direction of an article
// and marks the paragraphs written in another language.
func Article(a *dataset.Article, det Detector) {
	var all []byte
	for _, p := range a.Paragraphs {
		all = append(all, p.Text...)
		all = append(all, '\n')
	}
	text := string(all)
	a.Script = segment.Script(text)
	a.Dir = segment.Dir(a.Script)
	lang, conf := det.Detect(text)
	if lang == "" {
		lang, conf = dataset.Undetermined, 0
	}
	a.Lang, a.LangConfidence = lang, dataset.Confidence(conf)

	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Lang, p.LangConfidence = "", 0
		if letters(p.Text) < minLettersForParagraphLang {
			continue
		}
		l, c := det.Detect(p.Text)
		if l != "" && l != a.Lang && c >= minParagraphConfidence {
			p.Lang, p.LangConfidence = l, dataset.Confidence(c)
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
