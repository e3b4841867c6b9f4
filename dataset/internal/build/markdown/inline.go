package markdown

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripInline removes Markdown's inline markup from one block's text:
// emphasis and strike-through markers that pair up, code backticks, links
// (their text stays), images, footnote references, HTML tags and
// comments, backslash escapes and character references.
//
// It reads the text once, left to right, whatever it holds: brackets are
// matched in a first pass, a link's text is read in place (its emphasis
// pairs only within it, as if it were a text of its own), emphasis closers
// find their opener on a stack, and every look-ahead (a code span's
// closing backticks, a comment's end, a tag's '>') is an index lookup or
// stops at the next '<'. A hostile line ("[[[[…", "a*a*a*…", "&amp&amp…")
// costs what an ordinary one does per byte.
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_~`[]!<>\\&") {
		return s
	}
	// Every piece starts at a special character (a run of emphasis or of
	// backticks counting once) or after one. Sized at once, the pieces
	// are not copied as they grow, nor is the garbage collector's write
	// barrier paid on each copy: "a*a*a*…" makes one piece per byte.
	runs := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case strings.IndexByte("*_~`", c) >= 0 && (i == 0 || s[i-1] != c): // a run is one piece
			runs++
		case strings.IndexByte("\\<![&", c) >= 0:
			runs++
		}
	}
	p := inline{s: s, closeOf: closers(s), ticks: newTicks(s), comment: -2, out: make([]piece, 0, min(2*runs+1, len(s)))}
	return p.run()
}

// inline is the state of one stripInline.
type inline struct {
	s       string
	closeOf []int32 // the bracket or parenthesis closing the one at i, -1 if none
	ticks   *ticks
	out     []piece
	openers [3][]int // per delimiter (*, _, ~): out indexes of open runs not yet used up
	frames  []frame
	// comment caches the first "-->" at or after commentFrom: -1 when
	// there is none, -2 before the first search.
	comment, commentFrom int
	lower                string            // s with ASCII letters in lower case, made on demand
	rawEnds              map[string][2]int // end tag → {from, its first position at or after from}
}

// piece is a stretch of kept text, or a run of emphasis delimiters of
// which n are not (yet) paired.
type piece struct {
	text  string
	delim byte
	n     int
}

// frame is a link's text being read: it ends at lim, where reading
// resumes after the link's destination, and its emphasis pairs only with
// itself (the openers above base).
type frame struct {
	lo, lim, resume int
	base            [3]int
}

func delimIndex(c byte) int { return strings.IndexByte("*_~", c) }

func (p *inline) run() string {
	s := p.s
	lo, lim := 0, len(s)
	for i := 0; ; {
		if i >= lim {
			n := len(p.frames)
			if n == 0 {
				break
			}
			f := p.frames[n-1]
			p.frames = p.frames[:n-1]
			for d := range p.openers {
				p.openers[d] = p.openers[d][:f.base[d]]
			}
			i, lo, lim = f.resume, 0, len(s)
			if n > 1 {
				lo, lim = p.frames[n-2].lo, p.frames[n-2].lim
			}
			continue
		}
		c := s[i]
		switch {
		case c == '\\' && i+1 < lim && isASCIIPunct(s[i+1]):
			p.text(s[i+1 : i+2])
			i += 2
		case c == '`':
			n := min(runLen(s, i, '`'), lim-i)
			if j := p.ticks.find(i+n, lim, n); j >= 0 {
				p.text(strings.TrimSpace(s[i+n : j]))
				i = j + n
			} else {
				p.text(s[i : i+n])
				i += n
			}
		case c == '<':
			if end, keep, ok := p.htmlInline(i, lim); ok {
				p.text(keep)
				i = end
			} else {
				p.text("<")
				i++
			}
		case c == '!' && i+1 < lim && s[i+1] == '[':
			if _, end, ok := p.link(i+1, lim); ok {
				i = end // an image: dropped, alt text and all
			} else {
				p.text("!")
				i++
			}
		case c == '[':
			if close, end, ok := p.link(i, lim); ok {
				if s[i+1] == '^' { // [^1] is a footnote mark
					i = end
					break
				}
				f := frame{lo: i + 1, lim: close, resume: end}
				for d := range p.openers {
					f.base[d] = len(p.openers[d])
				}
				p.frames = append(p.frames, f)
				i, lo, lim = i+1, f.lo, f.lim
			} else {
				p.text("[")
				i++
			}
		case c == '*' || c == '_' || c == '~':
			n := min(runLen(s, i, c), lim-i)
			prev, _ := utf8.DecodeLastRuneInString(s[lo:i])
			next, _ := utf8.DecodeRuneInString(s[i+n : lim])
			if i == lo {
				prev = ' '
			}
			if i+n == lim {
				next = ' '
			}
			left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
			right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
			open, close := left, right
			if c == '_' { // no emphasis inside words: snake_case
				open = left && (!right || isPunct(prev))
				close = right && (!left || isPunct(next))
			}
			if c == '~' && n > 2 {
				open, close = false, false
			}
			p.delimiter(c, n, open, close)
			i += n
		case c == '&':
			if j := strings.IndexByte(s[i:min(lim, i+33)], ';'); j > 1 {
				if u := html.UnescapeString(s[i : i+j+1]); u != s[i:i+j+1] {
					p.text(u)
					i += j + 1
					break
				}
			}
			p.text("&")
			i++
		default:
			j := i + 1
			for j < lim && !strings.ContainsRune("\\`<![*_~&", rune(s[j])) {
				j++
			}
			p.text(s[i:j])
			i = j
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, pc := range p.out {
		if pc.delim != 0 {
			for range pc.n {
				b.WriteByte(pc.delim)
			}
		} else {
			b.WriteString(pc.text)
		}
	}
	return b.String()
}

func (p *inline) text(t string) {
	if t != "" {
		p.out = append(p.out, piece{text: t})
	}
}

// delimiter adds a run of n emphasis delimiters. A run that may close
// pairs with the nearest runs before it that may open (CommonMark's rule,
// without the "multiple of 3" refinement), as many of its delimiters as
// they have; what is left of a run that may open waits for a closer.
// Unpaired delimiters stay as text.
func (p *inline) delimiter(c byte, n int, open, close bool) {
	d := delimIndex(c)
	base := 0
	if k := len(p.frames); k > 0 {
		base = p.frames[k-1].base[d]
	}
	if close {
		st := p.openers[d]
		for n > 0 && len(st) > base {
			o := &p.out[st[len(st)-1]]
			k := min(o.n, n)
			o.n -= k
			n -= k
			if o.n == 0 {
				st = st[:len(st)-1]
			}
		}
		p.openers[d] = st
	}
	p.out = append(p.out, piece{delim: c, n: n})
	if open && n > 0 {
		p.openers[d] = append(p.openers[d], len(p.out)-1)
	}
}

// link reads "[text](url)", "[text][ref]", "[text][]" or a bare "[text]"
// that is a footnote mark, at s[i], within s[:lim]: where its text ends
// (the closing bracket) and where the link does.
func (p *inline) link(i, lim int) (close, end int, ok bool) {
	s := p.s
	close = p.match(i, lim)
	if close < 0 {
		return 0, 0, false
	}
	if j := close + 1; j < lim && (s[j] == '(' || s[j] == '[') {
		if e := p.match(j, lim); e >= 0 {
			return close, e + 1, true
		}
		return 0, 0, false
	}
	if s[i+1] == '^' {
		return close, close + 1, true
	}
	return 0, 0, false
}

// match is the bracket that closes the one at s[i] before lim, or -1.
func (p *inline) match(i, lim int) int {
	if c := int(p.closeOf[i]); c >= 0 && c < lim {
		return c
	}
	return -1
}

// closers matches every '[' with its ']' and every '(' with its ')', past
// nested pairs of the same kind and backslash escapes: closeOf[i] is the
// closing one for an opening one at i, -1 when it has none.
func closers(s string) []int32 {
	if !strings.ContainsAny(s, "[(") {
		return nil
	}
	closeOf := make([]int32, len(s))
	var brackets, parens []int32
	for j := 0; j < len(s); j++ {
		closeOf[j] = -1
		switch s[j] {
		case '\\':
			if j+1 < len(s) {
				j++
				closeOf[j] = -1
			}
		case '[':
			brackets = append(brackets, int32(j))
		case '(':
			parens = append(parens, int32(j))
		case ']':
			if n := len(brackets); n > 0 {
				closeOf[brackets[n-1]] = int32(j)
				brackets = brackets[:n-1]
			}
		case ')':
			if n := len(parens); n > 0 {
				closeOf[parens[n-1]] = int32(j)
				parens = parens[:n-1]
			}
		}
	}
	return closeOf
}

var (
	htmlTag      = regexp.MustCompile(`^</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>$`)
	htmlAutolink = regexp.MustCompile(`^<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)|(?:[^\s<>@]+@[^\s<>@]+))>$`)
)

// htmlInline recognises an HTML tag, comment or autolink at s[i], within
// s[:lim]: where it ends and the text to keep (an autolink's address).
// A tag or autolink ends at the first '>' and holds no '<', so the
// patterns only ever see that stretch: the next '<' starts a stretch of
// its own.
func (p *inline) htmlInline(i, lim int) (end int, keep string, ok bool) {
	s := p.s
	if strings.HasPrefix(s[i:lim], "<!--") {
		if j := p.commentEnd(i + 4); j >= 0 && j+3 <= lim {
			return j + 3, "", true
		}
		return 0, "", false
	}
	k := strings.IndexAny(s[i+1:lim], "<>")
	if k < 0 || s[i+1+k] != '>' {
		return 0, "", false
	}
	t := s[i : i+k+2]
	if m := htmlAutolink.FindStringSubmatch(t); m != nil {
		return i + len(t), m[1], true
	}
	if htmlTag.MatchString(t) {
		name := strings.ToLower(strings.Trim(strings.Fields(t[1:])[0], "/>"))
		switch {
		case name == "br":
			return i + len(t), " ", true
		case rawText[name] && t[1] != '/' && !strings.HasSuffix(t, "/>"):
			// A script or a style holds code, not text: all of it goes,
			// to its end tag or, without one, to the end of the text.
			end := p.rawEnd(i+len(t), "</"+name)
			if end < 0 || end >= lim {
				return lim, "", true
			}
			if k := strings.IndexByte(s[end:lim], '>'); k >= 0 {
				return end + k + 1, "", true
			}
			return lim, "", true
		}
		return i + len(t), "", true
	}
	return 0, "", false
}

// rawText are the elements whose content is code, not text.
var rawText = map[string]bool{"script": true, "style": true, "textarea": true, "template": true}

// rawEnd is the first end tag (given in lower case, "</script") at or
// after from, in any case, -1 when there is none; like commentEnd, one
// search serves every from up to it.
func (p *inline) rawEnd(from int, tag string) int {
	if p.lower == "" {
		p.lower = asciiLower(p.s)
	}
	if p.rawEnds == nil {
		p.rawEnds = map[string][2]int{}
	}
	if c, ok := p.rawEnds[tag]; ok && from >= c[0] && (c[1] < 0 || from <= c[1]) {
		return c[1]
	}
	at := strings.Index(p.lower[from:], tag)
	if at >= 0 {
		at += from
	}
	p.rawEnds[tag] = [2]int{from, at}
	return at
}

// asciiLower is s with its ASCII letters in lower case, byte for byte, so
// that offsets into it are offsets into s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// commentEnd is the first "-->" at or after from, -1 when there is none;
// the answer holds for every from up to it, so a run of "<!--" without an
// end searches once.
func (p *inline) commentEnd(from int) int {
	if p.comment != -2 && from >= p.commentFrom && (p.comment < 0 || from <= p.comment) {
		return p.comment
	}
	p.commentFrom, p.comment = from, strings.Index(p.s[from:], "-->")
	if p.comment >= 0 {
		p.comment += from
	}
	return p.comment
}

// ticks indexes a text's runs of backticks, to find where a code span
// closes without scanning the rest of the text for each opening run.
type ticks struct {
	start, n []int
	tree     []int // segment tree: the longest run in each range of runs
	size     int
}

func newTicks(s string) *ticks {
	t := &ticks{}
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			n := runLen(s, i, '`')
			t.start, t.n = append(t.start, i), append(t.n, n)
			i += n - 1
		}
	}
	t.size = 1
	for t.size < len(t.n) {
		t.size *= 2
	}
	t.tree = make([]int, 2*t.size)
	for k, n := range t.n {
		t.tree[t.size+k] = n
	}
	for k := t.size - 1; k > 0; k-- {
		t.tree[k] = max(t.tree[2*k], t.tree[2*k+1])
	}
	return t
}

// find returns where the first n consecutive backticks at or after from
// start, if they end by lim; else -1. The run they are in may be longer.
func (t *ticks) find(from, lim, n int) int {
	// The run that holds from, or the first after it.
	k := sort.Search(len(t.start), func(k int) bool { return t.start[k]+t.n[k] > from })
	if k == len(t.start) {
		return -1
	}
	if t.start[k] < from {
		if t.start[k]+t.n[k]-from >= n {
			return check(from, lim, n)
		}
		k++
	}
	k = t.firstAtLeast(k, n)
	if k < 0 {
		return -1
	}
	return check(t.start[k], lim, n)
}

func check(at, lim, n int) int {
	if at+n <= lim {
		return at
	}
	return -1
}

// firstAtLeast is the first run from the k-th on with at least n
// backticks, -1 when there is none.
func (t *ticks) firstAtLeast(k, n int) int {
	if k >= len(t.n) {
		return -1
	}
	// Walk up from leaf k until a right sibling range holds a long
	// enough run, then down to its leftmost such leaf.
	node := t.size + k
	if t.tree[node] >= n {
		return k
	}
	for node > 1 {
		if node%2 == 0 && t.tree[node+1] >= n {
			node++
			for node < t.size {
				if t.tree[2*node] >= n {
					node = 2 * node
				} else {
					node = 2*node + 1
				}
			}
			return node - t.size
		}
		node /= 2
	}
	return -1
}
