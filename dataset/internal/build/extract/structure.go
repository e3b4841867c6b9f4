package extract

import (
	"slices"
	"strconv"
	"strings"

	"parallax/dataset/internal/build/lexicon"
)

// afterConnective: a connective among the three words before i.
func (c *sentenceCtx) afterConnective(i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if c.k.is(lexicon.Connective, c.toks[j].Key) || c.arabicAnd(j) && c.k.is(lexicon.Connective, strings.TrimPrefix(c.toks[j].Key, "و")) {
			return true
		}
	}
	// Hindi puts it after: "… गिरफ्तार करने के बाद".
	for j := i + 1; j < min(len(c.toks), i+4); j++ {
		if c.g.postpositions && c.k.is(lexicon.Connective, c.toks[j].Key) {
			return true
		}
	}
	return false
}

// connectiveRightBefore: a connective stands right before token i, or
// before the articles that open its phrase ("after visits", «après des
// visites»): what follows it is a noun phrase, not a finite verb.
func (c *sentenceCtx) connectiveRightBefore(i int) bool {
	j := i - 1
	for j >= 0 && c.k.is(lexicon.Article, c.toks[j].Key) {
		j--
	}
	return j >= 0 && !c.g.postpositions && c.k.is(lexicon.Connective, c.toks[j].Key)
}

// gap counts the words between two positions that are not the people a
// group is made of, numbers or genitives: «المئات من عناصر مجموعة فاغنر»
// puts Wagner right after the verb.
func (c *sentenceCtx) gap(from, to int) int {
	n := 0
	for j := from; j < to && j < len(c.toks); j++ {
		key := c.toks[j].Key
		if _, isNum := c.k.numbers[key]; isNum || c.isDescriptor(j) || c.k.is(lexicon.Genitive, key) || c.k.is(lexicon.Article, key) {
			continue
		}
		if _, err := strconv.Atoi(key); err == nil {
			continue
		}
		n++
	}
	return n
}

// coordinated returns the actors joined to a by "and", before or after
// it: "Mali and Russia signed".
func (c *sentenceCtx) coordinated(a *actorTok) []*actorTok {
	var out []*actorTok
	first := a.from
	for i := len(c.actors) - 1; i >= 0; i-- {
		b := &c.actors[i]
		if b.to >= first || b.demonym != a.demonym || b.aside {
			continue
		}
		if !c.joined(b.to+1, first) {
			break
		}
		out = append(out, b)
		first = b.from
	}
	last := a.to
	for i := range c.actors {
		b := &c.actors[i]
		if b.from <= last || b.demonym != a.demonym || b.aside {
			continue
		}
		if !c.joined(last+1, b.from) {
			break
		}
		out = append(out, b)
		last = b.to
	}
	return out
}

// joined: the words from..to-1 join two actors: one "and" («و» on the
// second name), and perhaps the second one's title and whose it is
// ("Putin and Mali's leader Goïta", «पुतिन और माली के नेता असिमी गोइता»).
func (c *sentenceCtx) joined(from, to int) bool {
	if from == to {
		// «ومالي»; "Malí, Burkina Faso y Níger": a list of like names.
		x, y := c.actorEnding(from-1), c.actorStarting(to)
		return c.arabicAnd(to) || x != nil && y != nil && x.prep == y.prep && x.kind == y.kind &&
			strings.TrimSpace(c.text[c.toks[from-1].End:c.toks[to].Start]) == ","
	}
	if !c.k.is(lexicon.Conjunction, c.toks[from].Key) && !(c.g.clitics && c.arabicAnd(from)) {
		return false
	}
	for j := from + 1; j < to; j++ {
		key := c.toks[j].Key
		if c.punctuated(j-1) || !(c.k.is(lexicon.Article, key) || c.k.is(lexicon.Genitive, key) || c.k.is(lexicon.GenitiveAfter, key) || key == "s" || c.isInstitution(j) || c.isDescriptor(j) ||
			slices.ContainsFunc(c.actors, func(x actorTok) bool { return x.aside && j >= x.from && j <= x.to })) {
			return false
		}
	}
	return true
}

func appendActor(ids []string, id string) []string {
	if id == "" || slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// order lists actor indexes before the trigger (nearest first), after it
// (nearest first), and all of them by distance.
func (c *sentenceCtx) order(f found) (before, after, all []int) {
	for i := len(c.actors) - 1; i >= 0; i-- {
		if c.actors[i].to < f.at {
			before = append(before, i)
		}
	}
	for i := range c.actors {
		if c.actors[i].from >= f.at+f.n {
			after = append(after, i)
		}
	}
	return before, after, nearest(c.actors, f.at)
}

// relativeBefore is the position of a relative pronoun that opens the
// clause of the verb at i, or -1.
func (c *sentenceCtx) relativeBefore(i int) int {
	for j := i - 1; j >= max(0, i-3); j-- {
		key := c.toks[j].Key
		if c.k.is(lexicon.RelativePronoun, strings.TrimPrefix(key, "و")) {
			return j
		}
		if !c.k.is(lexicon.RelativeAux, key) {
			return -1
		}
	}
	return -1
}

func reversed(idx []int) []int {
	out := slices.Clone(idx)
	slices.Reverse(out)
	return out
}

func nearest(actors []actorTok, at int) []int {
	idx := make([]int, len(actors))
	for i := range idx {
		idx[i] = i
	}
	dist := func(a actorTok) int {
		if a.to < at {
			return at - a.to
		}
		return a.from - at
	}
	slices.SortStableFunc(idx, func(x, y int) int { return dist(actors[x]) - dist(actors[y]) })
	return idx
}
