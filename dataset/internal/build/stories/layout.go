package stories

import "parallax/dataset"

// layout is what position and weight ask of an article's paragraphs,
// counted once per article: whether it has a title, and how many text
// paragraphs come before each. Counting them afresh for each mark and
// mention made a file of many short paragraphs quadratic.
type layout struct {
	a      *dataset.Article
	titled bool
	body   []int // by paragraph: the text paragraphs before it
}

func newLayout(a *dataset.Article) *layout {
	l := &layout{a: a, body: make([]int, len(a.Paragraphs))}
	n := 0
	for i, p := range a.Paragraphs {
		l.body[i] = n
		if p.Kind == dataset.KindText {
			n++
		}
		l.titled = l.titled || p.Kind == dataset.KindTitle
	}
	return l
}

// layouts gives each article's layout, made the first time it is asked.
type layouts map[*dataset.Article]*layout

func (ls layouts) of(a *dataset.Article) *layout {
	l := ls[a]
	if l == nil {
		l = newLayout(a)
		ls[a] = l
	}
	return l
}
