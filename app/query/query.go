// Package query answers the app's questions about the dataset: which
// articles, in which languages, what was cleaned. It is pure Go over
// dataset types, with no go-app import, so it is tested with tables and
// benchmarked natively and under wasm.
package query

import (
	"cmp"
	"slices"
	"sync"

	"parallax/dataset"
)

// Index is a dataset with the lookups the views need, built once at start.
type Index struct {
	DS       *dataset.Dataset
	articles map[string]*dataset.Article
	entities map[string]*dataset.Entity
	events   map[string]*dataset.Event
	// By article, built when a reader first needs them: start-up on a large
	// corpus should not pay for every article's list.
	articleOnce sync.Once
	byArticle   map[string][]ArticleEvent // first mention per event
	// byArticleAll has every mention, for marking evidence sentences.
	byArticleAll map[string][]ArticleEvent
	stories      map[string]*dataset.Story
	storyOf      map[string]*dataset.Story
}

// New indexes a dataset. The dataset must not change afterwards.
func New(ds *dataset.Dataset) *Index {
	ix := &Index{DS: ds, articles: make(map[string]*dataset.Article, len(ds.Articles))}
	for i := range ds.Articles {
		ix.articles[ds.Articles[i].ID] = &ds.Articles[i]
	}
	ix.entities = make(map[string]*dataset.Entity, len(ds.Entities))
	for i := range ds.Entities {
		ix.entities[ds.Entities[i].ID] = &ds.Entities[i]
	}
	ix.indexEvents()
	ix.indexStories()
	return ix
}

// Article returns the article with the given id, or nil.
func (ix *Index) Article(id string) *dataset.Article { return ix.articles[id] }

// LangCount is a language and how many articles are written in it.
type LangCount struct {
	Lang  string
	Count int
}

// Languages lists the corpus's languages, most articles first.
func (ix *Index) Languages() []LangCount {
	counts := map[string]int{}
	for _, a := range ix.DS.Articles {
		counts[a.Lang]++
	}
	var out []LangCount
	for l, n := range counts {
		out = append(out, LangCount{l, n})
	}
	slices.SortFunc(out, func(a, b LangCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Lang, b.Lang)) })
	return out
}

// Words is the number of words in the whole corpus.
func (ix *Index) Words() int {
	n := 0
	for _, a := range ix.DS.Articles {
		n += a.Words
	}
	return n
}

// RemovalSummary is one reason for removing residue and how many lines it
// took out of an article.
type RemovalSummary struct {
	Reason string
	Count  int
}

// Removals sums up what cleaning took out of an article, by reason, in the
// order the reasons first occur in the source.
func Removals(a *dataset.Article) []RemovalSummary {
	var out []RemovalSummary
	rs := slices.Clone(a.Removed)
	slices.SortStableFunc(rs, func(x, y dataset.Removal) int { return cmp.Compare(x.Line, y.Line) })
	for _, r := range rs {
		if i := slices.IndexFunc(out, func(s RemovalSummary) bool { return s.Reason == r.Reason }); i >= 0 {
			out[i].Count++
			continue
		}
		out = append(out, RemovalSummary{r.Reason, 1})
	}
	return out
}

// ReasonText says in a few words what a removal reason means.
func ReasonText(reason string) string {
	switch reason {
	case dataset.RemovedLabel:
		return "breaking-news label"
	case dataset.RemovedDateline:
		return "dateline"
	case dataset.RemovedRepeatedLine:
		return "repeated line"
	case dataset.RemovedWidget:
		return "page widget"
	case dataset.RemovedRelatedLinks:
		return "related-article links"
	case dataset.RemovedOffTopic:
		return "off-topic headline"
	case dataset.RemovedMarkup:
		return "markup"
	}
	return reason
}

// Block is a run of paragraphs that render together: a single paragraph,
// or consecutive list items that form one list.
type Block struct {
	Kind  string // the paragraphs' kind
	First int    // index of the first paragraph
	Count int
}

// Blocks groups an article's paragraphs for rendering, so that list items
// become one list.
func Blocks(a *dataset.Article) []Block {
	var out []Block
	for i, p := range a.Paragraphs {
		if n := len(out); n > 0 && p.Kind == dataset.KindItem && out[n-1].Kind == dataset.KindItem && out[n-1].First+out[n-1].Count == i {
			out[n-1].Count++
			continue
		}
		out = append(out, Block{Kind: p.Kind, First: i, Count: 1})
	}
	return out
}
