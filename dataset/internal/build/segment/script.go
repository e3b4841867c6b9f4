package segment

import (
	"unicode"

	"parallax/dataset"
)

// scripts are the writing systems told apart, with their ISO 15924 codes.
var scripts = []struct {
	code  string
	table *unicode.RangeTable
}{
	{"Latn", unicode.Latin}, {"Arab", unicode.Arabic}, {"Deva", unicode.Devanagari},
	{"Cyrl", unicode.Cyrillic}, {"Grek", unicode.Greek}, {"Hebr", unicode.Hebrew},
	{"Hani", unicode.Han}, {"Hira", unicode.Hiragana}, {"Kana", unicode.Katakana},
	{"Hang", unicode.Hangul}, {"Thai", unicode.Thai}, {"Beng", unicode.Bengali},
	{"Guru", unicode.Gurmukhi}, {"Gujr", unicode.Gujarati}, {"Taml", unicode.Tamil},
	{"Telu", unicode.Telugu}, {"Geor", unicode.Georgian}, {"Armn", unicode.Armenian},
	{"Ethi", unicode.Ethiopic}, {"Syrc", unicode.Syriac}, {"Thaa", unicode.Thaana},
}

// Script returns the ISO 15924 code of the script most of the letters of
// text are written in, and "Zyyy" (common) when it has no letters.
func Script(text string) string {
	counts := make([]int, len(scripts))
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				break
			}
		}
	}
	best, code := 0, "Zyyy"
	for i, n := range counts {
		if n > best {
			best, code = n, scripts[i].code
		}
	}
	return code
}

// Dir is the text direction for a script code.
func Dir(script string) string { return dataset.ScriptDir(script) }
