// Package fold maps text to comparison keys, so that spellings a reader
// would call the same compare equal: case, Latin accents, Arabic diacritics,
// tatweel and letter variants (alef forms, ta marbuta, alef maqsura, hamza
// seats, Persian letter forms), Devanagari nukta and candrabindu, and
// Arabic-Indic and Devanagari digits.
//
// It is used at build time to match names and in the browser to search, so
// it depends on the standard library only and keeps its tables small.
package fold

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String folds s to its comparison key. Characters that are not letters,
// marks or digits are kept as they are, so offsets into the key stay
// meaningful for callers that fold single words.
func String(s string) string {
	// Most words of Latin-script text are ASCII: fold those without
	// decoding runes, and lower-case ones without allocating.
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii {
		if !upper {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		appendRune(&b, r)
	}
	return b.String()
}

// Rune folds one rune. It returns -1 for a rune that folding removes
// (a diacritic, tatweel, nukta, a zero-width joiner).
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return -1
	case r == 0x093C: // Devanagari nukta
		return -1
	case r == 0x200C, r == 0x200D, r == 0x200E, r == 0x200F, r == 0xFEFF, r == 0x00AD:
		return -1
	}
	if f, ok := runeFolds[r]; ok {
		return f
	}
	if r >= 0x0660 && r <= 0x0669 { // Arabic-Indic digits
		return '0' + r - 0x0660
	}
	if r >= 0x06F0 && r <= 0x06F9 { // Extended Arabic-Indic digits
		return '0' + r - 0x06F0
	}
	if r >= 0x0966 && r <= 0x096F { // Devanagari digits
		return '0' + r - 0x0966
	}
	if r >= 0x0958 && r <= 0x095F { // precomposed nukta letters
		return nuktaBase[r-0x0958]
	}
	if unicode.Is(unicode.Mn, r) && !unicode.In(r, unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Tamil, unicode.Telugu) {
		// Combining accents on Latin, Greek, Cyrillic and Hebrew letters.
		// Indic vowel signs are Mn too, but they carry the vowel: keep them.
		return -1
	}
	return unicode.ToLower(r)
}

func appendRune(b *strings.Builder, r rune) {
	if r == 'ß' {
		b.WriteString("ss")
		return
	}
	if r == 'æ' || r == 'Æ' {
		b.WriteString("ae")
		return
	}
	if r == 'œ' || r == 'Œ' {
		b.WriteString("oe")
		return
	}
	if f := Rune(r); f >= 0 {
		b.WriteRune(f)
	}
}

var nuktaBase = [8]rune{'क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'}

// runeFolds maps precomposed Latin letters to their base letter, and Arabic
// and Devanagari variants to one form.
var runeFolds = func() map[rune]rune {
	m := map[rune]rune{
		// Arabic letter variants.
		'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
		'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
		'ؤ': 'و', 'ک': 'ك', 'ڪ': 'ك',
		'ھ': 'ه', 'ە': 'ه', 'ۀ': 'ه',
		// Devanagari: candrabindu is spelled as anusvara often enough.
		'ँ': 'ं',
		// Typographic variants that matter for matching names.
		'’': '\'', '‘': '\'', 'ʼ': '\'', '`': '\'',
		'‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-',
	}
	// Latin letters with diacritics, by base letter.
	for base, variants := range map[rune]string{
		'a': "àáâãäåāăąǎǻȁȃạảấầẩẫậắằẳẵặ", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęěȅȇẹẻẽếềểễệ",
		'g': "ĝğġģ", 'h': "ĥħ", 'i': "ìíîïĩīĭįıǐȉȋỉị", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł",
		'n': "ñńņňŉ", 'o': "òóôõöøōŏőơǒȍȏọỏốồổỗộớờởỡợ", 'r': "ŕŗřȑȓ", 's': "śŝşšș",
		't': "ţťŧț", 'u': "ùúûüũūŭůűųưǔȕȗụủứừửữự", 'w': "ŵ", 'y': "ýÿŷỳỹỷỵ", 'z': "źżž",
	} {
		for _, v := range variants {
			m[v] = base
			if u := unicode.ToUpper(v); u != v {
				m[u] = base
			}
		}
	}
	m['İ'] = 'i'
	return m
}()

// IsWordRune reports whether r belongs inside a word: a letter, a digit or
// a combining mark (Indic vowel signs, Arabic diacritics).
func IsWordRune(r rune) bool {
	if r == 'ʼ' { // a letter to Unicode, an apostrophe to writers: it folds to '
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) || r == 0x200C || r == 0x200D
}

// Token is one word of a text: its byte span in the text and its folded key.
type Token struct {
	Start, End int
	Key        string
}

// Tokens splits s into words and folds each one. Apostrophes and hyphens
// split words ("l'armée" is "l" and "armee"), so that names inside them
// are found.
func Tokens(s string) []Token {
	var toks []Token
	start := -1
	for i, r := range s {
		if IsWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			toks = appendToken(toks, s, start, i)
			start = -1
		}
	}
	if start >= 0 {
		toks = appendToken(toks, s, start, len(s))
	}
	return joinDetachedArticles(toks, s)
}

// joinDetachedArticles makes one word of an Arabic article a space has
// cut from its noun, as scraped pages leave it («ال مالي», «وال فرنسية»):
// the article never stands alone.
func joinDetachedArticles(toks []Token, s string) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && detachedArticle(t.Key) && s[t.End:toks[i+1].Start] == " " && IsArabic(toks[i+1].Key) {
			next := toks[i+1]
			t = Token{Start: t.Start, End: next.End, Key: t.Key + next.Key}
			i++
		}
		out = append(out, t)
	}
	return out
}

func detachedArticle(key string) bool {
	if key == "ال" {
		return true
	}
	rest, ok := strings.CutSuffix(key, "ال")
	return ok && utf8.RuneCountInString(rest) == 1 && strings.Contains(arabicProclitics, rest)
}

func appendToken(toks []Token, s string, start, end int) []Token {
	key := String(s[start:end])
	if key == "" { // a lone diacritic or joiner
		return toks
	}
	return append(toks, Token{Start: start, End: end, Key: key})
}

// arabicProclitics are the one-letter prefixes that attach to an Arabic
// word: conjunctions و ف, prepositions ب ل ك, and the future marker س is
// left out because it attaches to verbs, not names.
const arabicProclitics = "وفبلك"

// ArabicStems returns the forms of a folded Arabic word with its clitics
// taken off, longest first, the word itself included: «وبالفرنسيين» gives
// «وبالفرنسيين», «بالفرنسيين», «الفرنسيين», «فرنسيين». Suffixes are left to the
// caller, which knows which endings its word class takes.
func ArabicStems(key string) []string {
	stems := []string{key}
	w := key
	// Up to two one-letter clitics (و + ب), then the article.
	for range 2 {
		r, size := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(arabicProclitics, r) || utf8.RuneCountInString(w) <= 3 {
			break
		}
		// «ل» + «ال» contracts to «لل».
		if r == 'ل' && strings.HasPrefix(w, "لل") && utf8.RuneCountInString(w) > 4 {
			w = "ا" + w[size:]
			stems = append(stems, w)
			break
		}
		w = w[size:]
		stems = append(stems, w)
	}
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 4 {
		stems = append(stems, w[len("ال"):])
	}
	return dedupe(stems)
}

func dedupe(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// IsArabic reports whether a folded key is written in Arabic script.
func IsArabic(key string) bool {
	r, _ := utf8.DecodeRuneInString(key)
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F
}
