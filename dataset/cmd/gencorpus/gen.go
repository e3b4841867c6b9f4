package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// block is one piece of a generated article's body.
type block struct {
	kind  string   // "p", "h", "list", "table"
	text  string   // paragraph, heading, the list's intro, or the Markdown table
	items []string // list items
}

// article is one generated article before it is written in a format.
type article struct {
	n        int // its number, from 0
	lang     string
	style    style
	outlet   string
	author   string
	title    string
	dateline string
	body     []block
	top      []string // page residue above the text
	bottom   []string // and below it
	related  []string // a trailing list of other headlines
	relHead  string
	copyOf   int // the number of the article this one republishes, or -1
}

// generator draws articles from the material with one seeded source of
// randomness, so that a seed always gives the same corpus.
type generator struct {
	r      *rand.Rand
	mats   map[string]*material
	recent []*article // the last articles, for republication
}

func newGenerator(mats map[string]*material, seed uint64) *generator {
	return &generator{r: rand.New(rand.NewPCG(seed, seed^0x5eed_c0de)), mats: mats}
}

// first and span bound the publication dates: the five years up to the
// seeds' news.
var (
	first = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	span  = int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(first).Hours() / 24)
)

// republishShare is the percentage of articles that republish an earlier
// one with a new headline and small edits, as wire copy is.
const republishShare = 3

func (g *generator) pickLang() string {
	x := g.r.IntN(100)
	for _, lang := range languages {
		if x < weights[lang] {
			return lang
		}
		x -= weights[lang]
	}
	return languages[0]
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// article draws article number n.
func (g *generator) article(n int) *article {
	if len(g.recent) > 0 && g.r.IntN(100) < republishShare {
		return g.republish(n, pick(g.r, g.recent))
	}
	lang := g.pickLang()
	m := g.mats[lang]
	r := g.r
	date := first.AddDate(0, 0, r.IntN(span+1))
	a := &article{n: n, lang: lang, style: newStyle(r, m, date), outlet: pick(r, m.outlets), copyOf: -1}
	st := &a.style
	if r.IntN(2) == 0 {
		a.author = m.names[r.IntN(len(m.names))][0]
	}
	// An article does not repeat itself: each piece of material is drawn
	// at most once (after a few tries, a small pool may repeat).
	used := map[string]bool{}
	fresh := func(pool []string) string {
		s := pick(r, pool)
		for try := 0; used[s] && try < 8; try++ {
			s = pick(r, pool)
		}
		used[s] = true
		return s
	}
	a.title = vary(r, m, st, fresh(m.headlines))

	for k, n := 0, 3+r.IntN(8); k < n; k++ {
		x := r.IntN(100)
		switch {
		case x < 10 && k > 0 && len(m.headlines) > 1:
			a.body = append(a.body, block{kind: "h", text: vary(r, m, st, fresh(m.headlines))})
		case x < 18 && len(m.lists) > 0:
			l := pick(r, m.lists)
			items := make([]string, len(l)-1)
			for i, it := range l[1:] {
				items[i] = vary(r, m, st, it)
			}
			a.body = append(a.body, block{kind: "list", text: vary(r, m, st, l[0]), items: items})
		case x < 23 && len(m.tables) > 0:
			a.body = append(a.body, block{kind: "table", text: vary(r, m, st, fresh(m.tables))})
		case x < 50:
			a.body = append(a.body, block{kind: "p", text: vary(r, m, st, fresh(m.paragraphs))})
		default:
			// A new paragraph from one to three sentences of anywhere.
			p := ""
			for s := 1 + r.IntN(3); s > 0; s-- {
				if p != "" {
					p += " "
				}
				p += vary(r, m, st, fresh(m.sentences))
			}
			a.body = append(a.body, block{kind: "p", text: p})
		}
	}
	g.residue(a, m)
	g.remember(a)
	return a
}

// residue adds what scrapers leave around the text: labels, a doubled
// dateline, widgets, and a list of related headlines.
func (g *generator) residue(a *article, m *material) {
	r := g.r
	if len(m.top) > 0 && r.IntN(4) == 0 {
		a.top = append(a.top, pick(r, m.top))
	}
	if a.lang == "ar" && r.IntN(6) == 0 {
		a.dateline = pick(r, []string{"باريس", "باماكو", "نواكشوط"})
	}
	if len(m.bottom) > 0 && r.IntN(3) == 0 {
		a.bottom = append(a.bottom, pick(r, m.bottom))
	}
	if len(m.related) > 1 && r.IntN(5) == 0 {
		a.relHead = m.relHeading
		for _, i := range r.Perm(len(m.related))[:2+r.IntN(len(m.related)-1)] {
			a.related = append(a.related, m.related[i])
		}
	}
}

// republish copies an earlier article as another outlet runs it: a new
// headline, a day or two later, one paragraph fewer, other residue.
func (g *generator) republish(n int, orig *article) *article {
	m := g.mats[orig.lang]
	r := g.r
	a := *orig
	a.n, a.copyOf = n, orig.n
	a.style.date = orig.style.date.AddDate(0, 0, r.IntN(3))
	a.outlet = pick(r, m.outlets)
	// Another headline: a republisher rewrites it first.
	for try := 0; try < 8 && (a.title == orig.title || try == 0); try++ {
		a.title = vary(r, m, &a.style, pick(r, m.headlines))
	}
	a.body = append([]block(nil), orig.body...)
	if len(a.body) > 4 {
		i := 1 + r.IntN(len(a.body)-1)
		a.body = append(a.body[:i:i], a.body[i+1:]...)
	}
	a.top, a.bottom, a.related, a.relHead, a.dateline = nil, nil, nil, "", ""
	g.residue(&a, m)
	return &a
}

// remember keeps the last articles, so that memory stays bounded however
// many are generated.
func (g *generator) remember(a *article) {
	const keep = 64
	if len(g.recent) == keep {
		g.recent = append(g.recent[:0:0], g.recent[1:]...)
	}
	g.recent = append(g.recent, a)
}

// path is where an article goes: by language and month, as an archive is.
func (a *article) path(ext string) string {
	return fmt.Sprintf("%s/%s/a%05d%s", a.lang, a.style.date.Format("2006-01"), a.n, ext)
}

func (a *article) url() string {
	return fmt.Sprintf("https://news.example/%s/%s/a%05d", a.lang, a.style.date.Format("2006/01/02"), a.n)
}
