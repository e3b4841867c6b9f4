package markdown

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/segment"
)

// Decode reads a Markdown article: the front matter gives its
// metadata, and the Markdown its blocks, with the markup taken out:
// headings become heading blocks, list items items, tables tables,
// paragraphs' lines are joined, links keep their text, and images, HTML
// tags and comments go.
func Decode(text string) read.Document {
	lines := strings.Split(text, "\n")
	doc := read.Document{Format: read.FormatMarkdown, MetaSource: "front matter"}
	body := parseFrontMatter(lines, &doc)
	doc.Blocks = markdownBlocks(lines, body)
	return doc
}

// parseFrontMatter reads a YAML ("---") or TOML ("+++") front matter block
// at the top of lines into doc.Meta, and returns the index of the first
// line after it (0 when there is none). Only flat keys are read: the
// fields of a sidecar, with "date" for "published"; other keys (tags,
// layout, draft…) are ignored, except that one that looks like a typo of a
// field is reported.
func parseFrontMatter(lines []string, doc *read.Document) int {
	if len(lines) == 0 {
		return 0
	}
	fence := strings.TrimRight(lines[0], " \t")
	if fence != "---" && fence != "+++" {
		return 0
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		if l == fence || fence == "---" && l == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		doc.Warnings = append(doc.Warnings, read.Problem{Code: "bad-metadata", Line: 1,
			Message: fmt.Sprintf("front matter opened with %q on line 1 is never closed; the file is read as text without it", fence)})
		return 0
	}
	sep := ":"
	if fence == "+++" {
		sep = "="
	}
	m := &read.Meta{}
	seen := map[string]string{} // field → the key that set it
	warn := func(line int, format string, args ...any) {
		doc.Warnings = append(doc.Warnings, read.Problem{Code: "bad-metadata", Line: line + 1, Message: "front matter: " + fmt.Sprintf(format, args...)})
	}
	for i := 1; i < end; i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") || l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "[") {
			continue // blank, comment, or part of a nested value or TOML table
		}
		k, v, ok := strings.Cut(t, sep)
		if !ok {
			warn(i, "line %d is not %q", i+1, "key"+sep+" value")
			continue
		}
		key := strings.ToLower(strings.TrimSpace(k))
		field, known := read.MetaKeys[key]
		if !known {
			if near := read.NearMiss(key); near != "" {
				warn(i, "unknown key %q (is it %q?) ignored", key, near)
			}
			continue
		}
		if by, dup := seen[field]; dup && (by == field || key != field) {
			continue // "published" wins over "date", the first wins over a repeat
		}
		value := scalar(strings.TrimSpace(v))
		switch value {
		case "", "|", ">", "|-", ">-", "|+", ">+":
			// A block scalar or a list on the following, indented lines.
			var parts []string
			for i+1 < end && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
				i++
				parts = append(parts, scalar(strings.TrimPrefix(strings.TrimSpace(lines[i]), "- ")))
			}
			joiner := " "
			if value == "" {
				joiner = ", "
			}
			value = strings.Join(parts, joiner)
		}
		if strings.HasPrefix(value, "[") && strings.HasSuffix(value, "]") {
			var items []string
			for _, it := range strings.Split(value[1:len(value)-1], ",") {
				if it = scalar(strings.TrimSpace(it)); it != "" {
					items = append(items, it)
				}
			}
			value = strings.Join(items, ", ")
		}
		if err := read.SetMetaField(m, field, value); err != nil {
			warn(i, "%v; ignored", err)
			continue
		}
		seen[field] = key
	}
	if *m != (read.Meta{}) {
		doc.Meta = m
	}
	var kept []string
	for _, l := range lines[1:end] {
		if t := strings.TrimSpace(l); t != "" {
			kept = append(kept, t)
		}
	}
	if len(kept) > 0 {
		doc.Removed = append(doc.Removed, dataset.Removal{Line: 1, Text: read.Clip("front matter: "+strings.Join(kept, " · "), 240), Reason: dataset.RemovedMarkup})
	}
	return end + 1
}

// scalar unquotes a YAML or TOML scalar and drops a trailing comment.
func scalar(v string) string {
	if len(v) >= 2 {
		switch {
		case v[0] == '"' && v[len(v)-1] == '"':
			if u, err := strconv.Unquote(v); err == nil {
				return u
			}
			return v[1 : len(v)-1]
		case v[0] == '\'' && v[len(v)-1] == '\'':
			return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

var (
	mdATX       = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdBreak     = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdItem      = regexp.MustCompile(`^([ \t]*)(?:[-+*]|\d{1,9}[.)])(?:[ \t]+(.*))?$`)
	mdTask      = regexp.MustCompile(`^\[[ xX]\][ \t]+`)
	mdFence     = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]^][^\]]*\]:[ \t]*\S+`)
	mdFootnote  = regexp.MustCompile(`^ {0,3}\[\^[^\]]+\]:[ \t]*`)
	mdTableRule = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$`)
	mdHTMLLine  = regexp.MustCompile(`^[ \t]*</?[A-Za-z][^>]*>[ \t]*$`)
	mdRawOpen   = regexp.MustCompile(`^<(?i)(script|style|textarea|template)(?:[\s>]|$)`)
)

// markdownBlocks turns Markdown lines, from index start, into blocks.
func markdownBlocks(lines []string, start int) []segment.Block {
	var blocks []segment.Block
	var para []string // the open paragraph or list item's lines
	paraLine, paraKind := 0, dataset.KindText
	flush := func() {
		if len(para) > 0 {
			if t := segment.SqueezeSpaces(stripInline(strings.Join(para, " "))); t != "" {
				blocks = append(blocks, segment.Block{Line: paraLine, Kind: paraKind, Text: t})
			}
		}
		para, paraKind = nil, dataset.KindText
	}
	inComment := false
	for i := start; i < len(lines); i++ {
		raw := lines[i]
		// segment.Block quotes are read as their content.
		line := raw
		for {
			t := strings.TrimLeft(line, " ")
			if !strings.HasPrefix(t, ">") || len(line)-len(t) > 3 {
				break
			}
			line = strings.TrimPrefix(t[1:], " ")
		}
		trim := strings.TrimSpace(line)
		if inComment {
			if strings.Contains(trim, "-->") {
				inComment = false
			}
			continue
		}
		if strings.HasPrefix(trim, "<!--") && !strings.Contains(trim, "-->") {
			flush()
			inComment = true
			continue
		}
		switch {
		case trim == "":
			flush()
		case mdRawOpen.MatchString(trim):
			// An HTML block of code (CommonMark's first kind): <script>,
			// <style>… up to the line with its end tag, all markup.
			flush()
			end := "</" + strings.ToLower(mdRawOpen.FindStringSubmatch(trim)[1])
			for ; i < len(lines) && !strings.Contains(asciiLower(lines[i]), end); i++ {
			}
		case mdFence.MatchString(line):
			// Code is kept as text: a news article has none, so a fence is
			// more likely an embed whose text matters than a program.
			flush()
			fence := mdFence.FindStringSubmatch(line)[1]
			paraLine = i + 2
			for i++; i < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[i]), fence[:3]); i++ {
				if t := strings.TrimSpace(lines[i]); t != "" {
					para = append(para, t)
				}
			}
			flush()
		case len(para) > 0 && paraKind == dataset.KindText && mdSetext.MatchString(line):
			paraKind = dataset.KindHeading
			flush()
		case mdBreak.MatchString(line):
			flush()
		case mdATX.MatchString(line):
			flush()
			m := mdATX.FindStringSubmatch(line)
			if t := segment.SqueezeSpaces(stripInline(m[2])); t != "" {
				blocks = append(blocks, segment.Block{Line: i + 1, Kind: dataset.KindHeading, Text: t})
			}
		case mdItem.MatchString(line) && (len(para) == 0 || paraKind == dataset.KindItem || !isOrdered(line) || strings.HasPrefix(trim, "1")):
			flush()
			m := mdItem.FindStringSubmatch(line)
			para, paraLine, paraKind = []string{mdTask.ReplaceAllString(m[2], "")}, i+1, dataset.KindItem
		case strings.Contains(line, "|") && i+1 < len(lines) && mdTableRule.MatchString(lines[i+1]) && strings.Contains(lines[i+1], "-"):
			flush()
			startLine := i + 1
			rows := []string{tableRow(line)}
			for i += 2; i < len(lines) && strings.Contains(lines[i], "|") && strings.TrimSpace(lines[i]) != ""; i++ {
				rows = append(rows, tableRow(lines[i]))
			}
			i--
			var kept []string
			for _, r := range rows {
				if strings.Trim(r, "\t") != "" {
					kept = append(kept, r)
				}
			}
			if len(kept) > 0 {
				blocks = append(blocks, segment.Block{Line: startLine, Kind: dataset.KindTable, Text: strings.Join(kept, "\n")})
			}
		case mdRefDef.MatchString(line):
			flush()
		case mdFootnote.MatchString(line):
			flush()
			para, paraLine = []string{mdFootnote.ReplaceAllString(line, "")}, i+1
		case mdHTMLLine.MatchString(line) && len(para) == 0:
			// A line of HTML tags only (<div>, </figure>): markup.
		default:
			if len(para) == 0 {
				paraLine = i + 1
			}
			para = append(para, strings.TrimSuffix(trim, "\\"))
		}
	}
	flush()
	return blocks
}

// isOrdered: an ordered list marker ("2."), which interrupts a paragraph
// only when it is "1." (CommonMark), so that "in 2025. The" wrapped at the
// year stays text.
func isOrdered(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return t != "" && t[0] >= '0' && t[0] <= '9'
}

// tableRow turns a pipe table row into tab-separated cells without markup.
func tableRow(line string) string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cell.WriteString(`\|`)
			i++
		case t[i] == '|':
			cells = append(cells, cell.String())
			cell.Reset()
		default:
			cell.WriteByte(t[i])
		}
	}
	cells = append(cells, cell.String())
	for i, c := range cells {
		cells[i] = strings.ReplaceAll(segment.SqueezeSpaces(stripInline(c)), "\t", " ")
	}
	return strings.Join(cells, "\t")
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return c < utf8.RuneSelf && unicode.IsPunct(rune(c)) || strings.IndexByte("$+<=>^`|~", c) >= 0
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
