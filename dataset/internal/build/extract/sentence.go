package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset/fold"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// actorTok is an entity mention in token coordinates, with what its
// neighbours say about its role.
type actorTok struct {
	from, to int // token indexes, inclusive
	entity   string
	actor    string // the state or group that acts when it is named
	kind     string // of the actor it stands for
	own      string // the kind of the entity named ("military-operation" for Barkhane)
	demonym  bool
	prep     string // "with", "from", "in", "against", "to" before it (after it in Hindi)
	agent    bool   // marked as the agent: "by X", "X ने"
	// institution: a demonym with authorities, army, government — a state
	// acting, as subject, or acted on, as object ("Malian authorities").
	institution bool
	patient     bool // a demonym or genitive describing people: "French national"
	place       bool // a pure place, which cannot act (Paris stands for France and can)
	// aside: named only to say whose or what another actor is — a
	// possessor («रूस के अफ्रीका कोर»), a title's demonym ("the Russian
	// president Vladimir Putin"), a group's parent ("al-Qaeda's JNIM").
	aside bool
	force bool // an armed group, an army or a military operation
	// ofNoun: the complement of a common noun ("portraits of Goïta"),
	// which names what the noun is about, not who acts.
	ofNoun bool
}

// sentenceCtx holds one sentence's tokens and what was found in them.
type sentenceCtx struct {
	// quoted is the token range of the current trigger's attribution
	// ("a French diplomatic source told AFP"): its actors say, they do not act.
	quoted [2]int
	found  []found // the sentence's triggers
	// content: triggers that only say what a speech act is about ("denied
	// the accusations"), by token: no act of their own between others.
	content map[int]bool
	// bridged: commas around an inserted date ("France, on Monday,
	// expelled…", «وجّهت الحكومة في مالي، الاثنين، للسفير…») that do not
	// end the clause.
	bridged map[int]bool
	title   bool // the sentence is an article's headline
	// told are the reports of the paragraph's earlier sentences, which a
	// demonstrative points back to ("This decision constitutes…").
	told    []Candidate
	gz      *gazetteer.Gazetteer
	k       *Kit
	g       *grammar // the language's
	text    string
	toks    []fold.Token // the sentence's tokens
	cues    [][]lexicon.Hit[string]
	actors  []actorTok
	descr   []descrTok
	dates   []datedTok
	dated   []bool // by token: inside one of dates
	inQuote []bool // by token: inside quotation marks; nil until asked
}

// quotedTok: token j stands inside quotation marks («…», “…”, „…“, "…").
func (c *sentenceCtx) quotedTok(j int) bool {
	if c.inQuote == nil {
		c.inQuote = make([]bool, len(c.toks))
		if len(c.toks) == 0 {
			return false
		}
		depth, german := 0, false
		k := 0
		from := c.toks[0].Start // the sentence, not its whole paragraph
		for i, r := range c.text[from:c.toks[len(c.toks)-1].End] {
			i += from
			for k < len(c.toks) && c.toks[k].Start <= i {
				c.inQuote[k] = depth > 0
				k++
			}
			switch r {
			case '«', '„':
				depth++
				german = german || r == '„'
			case '“':
				if german && depth > 0 {
					depth-- // „…“
				} else {
					depth++
				}
			case '»', '”':
				depth = max(depth-1, 0)
			case '"':
				if depth > 0 {
					depth--
				} else {
					depth++
				}
			}
		}
		for ; k < len(c.toks); k++ {
			c.inQuote[k] = depth > 0
		}
	}
	return j >= 0 && j < len(c.inQuote) && c.inQuote[j]
}

// inDate: token j is part of a date.
func (c *sentenceCtx) inDate(j int) bool { return j >= 0 && j < len(c.dated) && c.dated[j] }

type descrTok struct {
	from, to int
	gloss    string
}

type datedTok struct {
	at, to int // first and last token
	date   dates.Date
}

func (c *sentenceCtx) isTitle(j int) bool { return c.k.titles[c.toks[j].Key] }

// near: b is within n words of a, with only titles, descriptors and
// articles between, in the same clause.
func (c *sentenceCtx) near(a, b *actorTok, n int) bool {
	lo, hi := a.to+1, b.from-1
	if b.to < a.from {
		lo, hi = b.to+1, a.from-1
	}
	if hi-lo+1 > n {
		return false
	}
	for j := lo; j <= hi; j++ {
		key := c.toks[j].Key
		if !c.k.is(lexicon.Article, key) && !c.isInstitution(j) && !c.isDescriptor(j) && !c.k.is(lexicon.Genitive, key) {
			return false
		}
	}
	return true
}

// cueAt reports whether a cue of one of the kinds starts at token i.
func (c *sentenceCtx) cueAt(i int, kinds ...string) (string, int, bool) {
	if i < 0 || i >= len(c.toks) {
		return "", 0, false
	}
	for _, h := range c.cues[i] {
		if slices.Contains(kinds, h.Value) {
			return h.Value, h.Len, true
		}
	}
	return "", 0, false
}

// breakBetweenTokens: clause punctuation between tokens i < j.
func (c *sentenceCtx) breakBetweenTokens(i, j int) bool {
	for k := i; k < j; k++ {
		if c.punctuated(k) {
			return true
		}
	}
	return false
}

// breakBetween: clause punctuation separates token j from the actor.
func (c *sentenceCtx) breakBetween(a *actorTok, j int) bool {
	if j < 0 || j >= len(c.toks) {
		return true
	}
	lo, hi := j, a.from
	if j > a.to {
		lo, hi = a.to, j
	}
	for i := lo; i < hi; i++ {
		if c.breaks(i) {
			return true
		}
	}
	return false
}

// cueEnding finds a cue of one of the kinds that ends at token j.
func (c *sentenceCtx) cueEnding(j int, kinds []string) (string, int, bool) {
	for start := max(0, j-2); start <= j; start++ {
		if cue, n, ok := c.cueAt(start, kinds...); ok && start+n-1 == j {
			return cue, n, true
		}
	}
	return "", 0, false
}

func (c *sentenceCtx) isInstitution(i int) bool {
	_, _, ok := c.cueAt(i, "institution")
	return ok
}

func (c *sentenceCtx) actorEnding(i int) *actorTok {
	for k := range c.actors {
		if c.actors[k].to == i {
			return &c.actors[k]
		}
	}
	return nil
}

func (c *sentenceCtx) actorStarting(i int) *actorTok {
	for k := range c.actors {
		if c.actors[k].from == i {
			return &c.actors[k]
		}
	}
	return nil
}

// actorAt: an actor's name starts at token i.
func (c *sentenceCtx) actorAt(i int) bool {
	return slices.ContainsFunc(c.actors, func(a actorTok) bool { return a.from == i })
}

// descrAt is the description that covers token i (callers check there is one).
func (c *sentenceCtx) descrAt(i int) descrTok {
	for _, d := range c.descr {
		if i >= d.from && i <= d.to {
			return d
		}
	}
	return descrTok{from: i, to: i}
}

func (c *sentenceCtx) isDescriptor(i int) bool {
	for _, d := range c.descr {
		if i >= d.from && i <= d.to {
			return true
		}
	}
	return false
}

// punctuated: clause punctuation between token j and j+1.
func (c *sentenceCtx) punctuated(j int) bool {
	if j < 0 || j+1 >= len(c.toks) {
		return true
	}
	gap := c.text[c.toks[j].End:c.toks[j+1].Start]
	return strings.ContainsAny(gap, ",;:()–—،؛") || strings.Contains(gap, " - ")
}

// clause is the stretch of the sentence around token i between clause
// punctuation (commas, semicolons, colons, dashes, brackets).
func (c *sentenceCtx) clause(i int) (int, int) {
	a, b := i, i
	for a > 0 && !c.breaks(a-1) {
		a--
	}
	for b < len(c.toks)-1 && !c.breaks(b) {
		b++
	}
	return a, b
}

// breaks: clause punctuation between token j and j+1.
func (c *sentenceCtx) breaks(j int) bool {
	if j < 0 || j+1 >= len(c.toks) {
		return true
	}
	if c.punctuated(j) && !c.bridged[j] {
		return true
	}
	// "warned that if…", «حذرت من أن», «चेतावनी दी कि»: a subordinator
	// opens a clause of its own.
	_, _, sub := c.cueAt(j+1, "clause")
	return sub
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (c *sentenceCtx) findCue(kind string) (int, int, bool) {
	for i := range c.toks {
		if _, n, ok := c.cueAt(i, kind); ok {
			return i, n, true
		}
	}
	return 0, 0, false
}

// sentenceStart: token j opens the sentence, a quotation or a clause
// after a colon, where any word takes a capital.
func (c *sentenceCtx) sentenceStart(j int) bool {
	if j == 0 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(c.text[c.toks[j-1].End:c.toks[j].Start]))
	return strings.ContainsRune(".:!?«»\"„“(", last) // the whole rune: «„» is three bytes
}

// capitalised: token j starts with an upper-case letter, as a name does.
func (c *sentenceCtx) capitalised(j int) bool {
	r, _ := utf8.DecodeRuneInString(c.text[c.toks[j].Start:])
	return unicode.IsUpper(r)
}
