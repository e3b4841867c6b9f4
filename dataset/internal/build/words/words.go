// Package words compares and counts words in any of the languages Parallax
// reads, without knowing which one a text is in: word counts, stop words,
// light stems, and the content words that say what a text is about.
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset/fold"
)

// Content returns the stems of the words of text that carry its topic:
// folded, without stop words and without Arabic clitics and common
// inflections. It serves to compare texts in any of the languages Parallax
// reads, without knowing which one it is.
func Content(text string) map[string]bool {
	words := map[string]bool{}
	for _, t := range fold.Tokens(text) {
		if stop[t.Key] || isNumber(t.Key) {
			continue
		}
		s := Stem(t.Key)
		if utf8.RuneCountInString(s) < 3 || stop[s] {
			continue
		}
		words[s] = true
	}
	return words
}

// Overlap is the share of the words of a that also occur in b.
func Overlap(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

func isNumber(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// Stem takes a folded word to a crude stem, good enough to see that two
// texts talk about the same things: «والفرنسيين» and «فرنسي», "diplomats"
// and "diplomat".
func Stem(w string) string {
	if fold.IsArabic(w) {
		stems := fold.ArabicStems(w)
		w = stems[len(stems)-1]
		for _, suf := range []string{"يين", "يون", "ات", "ين", "ون", "يه", "ها", "هم", "ي", "ه"} {
			if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-utf8.RuneCountInString(suf) >= 3 {
				return strings.TrimSuffix(w, suf)
			}
		}
		return w
	}
	r, _ := utf8.DecodeRuneInString(w)
	if r >= 0x0900 && r <= 0x097F {
		for _, suf := range []string{"ियों", "ाओं", "ों", "ें", "ीय", "ी", "ा", "े"} {
			if strings.HasSuffix(w, suf) && utf8.RuneCountInString(w)-utf8.RuneCountInString(suf) >= 2 {
				return strings.TrimSuffix(w, suf)
			}
		}
		return w
	}
	for _, suf := range []string{"ies", "es", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" {
				w += "y"
			}
			break
		}
	}
	return w
}

// stop are function words in the languages Parallax reads, folded.
// They say nothing about what a text is about.
var stop = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range []string{
		// English
		`a an the and or but if of to in on at by for with from as into about over after before under between
		is are was were be been being has have had do does did will would shall should can could may might must
		this that these those it its he she they them his her their we our you your i me my not no nor so than
		too very also just only said says say told according while when where which who whom whose what how
		there here all any both each few more most other some such up down out off again further then once
		new one two amid since during against through per via`,
		// French
		`le la les un une des du de d l et ou mais donc or ni car à au aux en dans par pour sur sous avec sans
		ce cet cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs qui que quoi dont où est
		sont était été être avoir a ont avait fait plus moins très aussi comme selon après avant depuis entre`,
		// Spanish
		`el los las una unos unas y o pero del al en por para con sin sobre entre este esta estos estas ese esa
		es son fue han ha había ser estar que quien cual como más menos muy también según tras desde hasta`,
		// German
		`der die das den dem des ein eine einen einem einer und oder aber in im auf aus bei mit nach von vor zu
		zum zur ist sind war waren hat haben wird werden sich nicht auch wie als für über unter gegen seit laut`,
		// Arabic (folded: hamza seats and ta marbuta are already normalised)
		`في من على الى عن مع ان او ثم قد لقد كان كانت يكون تكون هذا هذه ذلك تلك التي الذي الذين هو هي هم
		كما بعد قبل حتى منذ بين عند الا لا لم لن ما ماذا كل بعض غير اي ايضا حيث وقد فقد وهو وهي الي علي
		به بها له لها فيه فيها عليه عليها منه منها اليوم امس خلال نحو ضد لدى حول وفي ومن وعلى`,
		// Hindi
		`का के की को में से पर और या है हैं था थे थी हो होने ने भी तो इस उस यह वह ये वे एक कि जो कर किया
		लिए द्वारा साथ बाद पहले तक अपने अपनी उनके उनकी उन्हें इसके इसकी कहा रहा रहे रही गया गए गई`,
	} {
		for _, w := range strings.Fields(list) {
			m[fold.String(w)] = true
		}
	}
	return m
}()

// Count counts the words of a text: runs of letters, marks and digits.
// In scripts written without spaces (Chinese, Japanese, Thai) every
// character counts, the usual convention for those languages.
func Count(text string) int {
	n := 0
	in := false
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai):
			n++
			in = false
		case fold.IsWordRune(r):
			if !in {
				n++
				in = true
			}
		default:
			in = false
		}
	}
	return n
}

// IsStop reports whether a folded word is a stop word in any of the
// languages: articles, prepositions, pronouns, auxiliaries.
func IsStop(key string) bool { return stop[key] }
