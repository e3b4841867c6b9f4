// Package segment cuts text into blocks, paragraphs and sentences, in any
// script, and tells a text's script and direction.
package segment

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/internal/build/words"
)

// Block is one paragraph-sized piece of a source, before and during
// cleaning: a line of running text, a heading, a list item or a table.
type Block struct {
	Line int    // 1-based line of the source where the block starts
	Kind string // dataset.KindText, KindHeading, KindItem or KindTable
	Text string
}

// Blocks splits a source's text into blocks. News scrapes put one paragraph
// per line, so every non-blank line is a block, except that Markdown-style
// tables become one block, list markers become list items, and a file whose
// lines are hard-wrapped has its lines joined back into paragraphs.
func Blocks(text string) []Block {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = SqueezeSpaces(l)
	}
	wrapped := isHardWrapped(lines)

	var blocks []Block
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			continue
		}
		switch {
		case isTableRow(line):
			start := i
			var rows []string
			for ; i < len(lines) && isTableRow(lines[i]); i++ {
				if isTableRule(lines[i]) {
					continue
				}
				rows = append(rows, tableCells(lines[i]))
			}
			i--
			if len(rows) > 0 {
				blocks = append(blocks, Block{Line: start + 1, Kind: dataset.KindTable, Text: strings.Join(rows, "\n")})
			}
		case listItem(line) != "":
			blocks = append(blocks, Block{Line: i + 1, Kind: dataset.KindItem, Text: listItem(line)})
		case strings.HasPrefix(line, "#"):
			if h := strings.TrimSpace(strings.TrimLeft(line, "#")); h != "" {
				blocks = append(blocks, Block{Line: i + 1, Kind: dataset.KindHeading, Text: h})
			}
		default:
			start := i
			for wrapped && i+1 < len(lines) && lines[i+1] != "" && !isTableRow(lines[i+1]) && listItem(lines[i+1]) == "" && !strings.HasPrefix(lines[i+1], "#") {
				i++
			}
			if i > start {
				// Joined in one go: appending line by line copies the
				// paragraph once per line.
				line = strings.Join(lines[start:i+1], " ")
			}
			blocks = append(blocks, Block{Line: start + 1, Kind: dataset.KindText, Text: line})
		}
	}
	return blocks
}

// SqueezeSpaces trims a line and turns every run of white space inside it
// (spaces, tabs, no-break spaces) into one space.
func SqueezeSpaces(s string) string {
	s = strings.TrimSpace(s)
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isHardWrapped reports whether a text was wrapped at a fixed width (as
// e-mails and some exports are) rather than written one paragraph per line:
// paragraphs are separated by blank lines and most lines inside them stop
// mid-sentence.
func isHardWrapped(lines []string) bool {
	var nonBlank, midSentence, longest int
	blankSeparated := false
	for i, l := range lines {
		if l == "" {
			if i > 0 && lines[i-1] != "" {
				blankSeparated = true
			}
			continue
		}
		nonBlank++
		longest = max(longest, utf8.RuneCountInString(l))
		if i+1 < len(lines) && lines[i+1] != "" && !EndsSentence(l) {
			midSentence++
		}
	}
	return blankSeparated && nonBlank >= 6 && longest <= 100 && midSentence*2 >= nonBlank
}

func isTableRow(l string) bool {
	return len(l) >= 3 && l[0] == '|' && l[len(l)-1] == '|'
}

// isTableRule is the |---|:--:| line under a Markdown table's header.
func isTableRule(l string) bool {
	return strings.Trim(l, "|-: ") == "" && strings.Contains(l, "-")
}

// tableCells turns "| a | b |" into "a\tb".
func tableCells(l string) string {
	cells := strings.Split(strings.Trim(l, "|"), "|")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return strings.Join(cells, "\t")
}

// listItem returns the text of a list item ("- text", "• text", "1. text"),
// or "" when the line is not one.
func listItem(l string) string {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "▪ ", "◦ ", "» "} {
		if strings.HasPrefix(l, m) {
			return strings.TrimSpace(l[len(m):])
		}
	}
	// "1. text" or "1) text", with at most three digits so that a year
	// opening a sentence ("2025. …" never happens, but "1990) …" might) is not
	// taken for a marker.
	i := 0
	for i < len(l) && i < 3 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' ' {
		return strings.TrimSpace(l[i+2:])
	}
	return ""
}

// sentenceEnds are the characters that end a sentence in the scripts
// Parallax reads. The Arabic comma «،» and semicolon «؛» are not among them:
// they join clauses, and Arabic news sentences are long chains of them.
const sentenceEnds = ".!?…؟।॥。！？"

// Closers may follow the end of a sentence before the space: quotes and
// brackets, in every script's style.
const Closers = "\"'”’»)]}›」』"

func EndsSentence(s string) bool {
	s = strings.TrimRight(s, Closers+" ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(sentenceEnds, r)
}

// Sentences splits a paragraph into sentences, as byte spans without the
// surrounding spaces. A full stop ends a sentence only before a space and
// not after an abbreviation or an initial ("Dr. Keïta", "M. Macron",
// "U.S. officials", "J. Smith").
func Sentences(text string) []dataset.Span {
	var spans []dataset.Span
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		at := i // where the terminator is
		i += size
		if !strings.ContainsRune(sentenceEnds, r) {
			continue
		}
		// Runs of terminators ("?!", "...") and closing quotes stay with the
		// sentence they end.
		end := i
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(sentenceEnds+Closers, r2) {
				break
			}
			end += s2
		}
		i = end
		if end < len(text) && !isSpace(text[end]) {
			continue // "3.5", "U.N.", "a.m." inside a word
		}
		if r == '.' && !periodEnds(text[start:at], text[end:]) {
			continue
		}
		if s := TrimSpan(text, start, end); s.End > s.Start {
			spans = append(spans, s)
		}
		start = end
	}
	if s := TrimSpan(text, start, len(text)); s.End > s.Start {
		spans = append(spans, s)
	}
	return spans
}

func TrimSpan(text string, start, end int) dataset.Span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	return dataset.Span{Start: start, End: end}
}

// isSpace: paragraphs are single lines, but a caller may pass any text.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// abbreviations end with a full stop that does not end the sentence, in the
// Latin-script languages Parallax reads. Lower case; compared folded.
var abbreviations = map[string]bool{
	// English
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "cmdr": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "rev": true, "hon": true, "vs": true, "etc": true,
	"approx": true, "inc": true, "ltd": true, "corp": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	// French
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "cf": true, "env": true,
	// German
	"hr": true, "fr": true, "bzw": true, "ca": true, "dt": true, "usw": true, "vgl": true, "z": true,
	// Spanish
	"sra": true, "srta": true, "dra": true, "ud": true, "uds": true, "avda": true,
}

// numberAbbreviations end with a stop only before a number: "No. 5", "Nr. 3";
// elsewhere they are words ("said no.").
var numberAbbreviations = map[string]bool{"no": true, "nr": true, "núm": true, "vol": true, "fig": true, "art": true, "p": true, "pp": true}

// ordinalMonths are the months a day written as an ordinal number with a
// stop precedes ("am 17. Februar", "vom 1. Juli"), lower case.
var ordinalMonths = map[string]bool{
	"januar": true, "jänner": true, "februar": true, "märz": true, "april": true, "mai": true, "juni": true,
	"juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true,
}

// dayOfMonth: a number from 1 to 31, as a day is written.
func dayOfMonth(word string) bool {
	n, err := strconv.Atoi(word)
	return err == nil && len(word) <= 2 && n >= 1 && n <= 31
}

// nextWord is the first word of s, lower case.
func nextWord(s string) string {
	s = strings.TrimLeft(s, " \t\n\r")
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(s)
}

// dottedNames are acronyms written with stops that head a noun phrase far
// more often than they end a sentence: "the U.S. Army", "U.N. peacekeepers".
var dottedNames = map[string]bool{"u.s": true, "u.k": true, "u.n": true, "e.u": true, "é.-u": true}

// periodEnds decides whether a full stop after before ends the sentence,
// given the text after it.
func periodEnds(before, after string) bool {
	word := before[strings.LastIndexAny(before, " (\"'«“")+1:]
	word = strings.TrimRight(word, ".")
	if word == "" {
		return true
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " \t\n\r"))
	lower := strings.ToLower(word)
	if abbreviations[lower] || dottedNames[lower] {
		return false
	}
	if numberAbbreviations[lower] && unicode.IsDigit(next) {
		return false
	}
	if dayOfMonth(word) && ordinalMonths[nextWord(after)] {
		return false // German "am 17. Februar": the day is an ordinal
	}
	// A single capital letter is an initial; dotted acronyms (U.S, e.g)
	// have a dot inside.
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	// A lower-case word after the stop continues the sentence in the
	// scripts that have case ("U.S. officials", "Wait... what?").
	return !unicode.IsLower(next)
}

// Paragraphs turns cleaned blocks into the article's paragraphs, telling
// headings from text and splitting sentences.
func Paragraphs(blocks []Block) []dataset.Paragraph {
	ps := make([]dataset.Paragraph, 0, len(blocks))
	for i, b := range blocks {
		kind := b.Kind
		if kind == dataset.KindText && i+1 < len(blocks) && (isHeading(b.Text) || i == 0 && isHeadline(b.Text)) {
			kind = dataset.KindHeading
		}
		p := dataset.Paragraph{Kind: kind, Text: b.Text}
		if kind == dataset.KindTable {
			// Each cell is a sentence: a table has no prose to split.
			p.Sentences = tableCellSpans(b.Text)
		} else if kind == dataset.KindText || kind == dataset.KindItem {
			p.Sentences = Sentences(b.Text)
		} else {
			p.Sentences = []dataset.Span{{Start: 0, End: len(b.Text)}}
		}
		ps = append(ps, p)
	}
	return ps
}

// isHeading: a short line that does not end like a sentence, inside the
// text, is a section heading.
func isHeading(s string) bool {
	return IsHeadlineLike(s) && words.Count(s) <= 14 && !EndsSentence(s)
}

// isHeadline: the text's first line may be longer than a section heading
// (a headline with its dek runs to twenty words) and still not end like a
// sentence.
func isHeadline(s string) bool {
	return IsHeadlineLike(s) && !EndsSentence(s)
}

func tableCellSpans(text string) []dataset.Span {
	spans := make([]dataset.Span, 0, 1+strings.Count(text, "\t")+strings.Count(text, "\n"))
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\t' || text[i] == '\n' {
			if s := TrimSpan(text, start, i); s.End > s.Start {
				spans = append(spans, s)
			}
			start = i + 1
		}
	}
	return spans
}

// IsHeadlineLike reports whether a line reads as a headline: short, and
// not ending like a sentence.
func IsHeadlineLike(s string) bool {
	n := words.Count(s)
	if n == 0 || n > 20 || utf8.RuneCountInString(s) > 160 {
		return false
	}
	t := strings.TrimRight(s, Closers+" ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".:;؛،,", r) || r == '.' && n <= 12 && !strings.Contains(t[:len(t)-1], ". ")
}
