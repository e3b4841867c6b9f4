package query

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"parallax/dataset"
	"parallax/dataset/fold"
)

// Facets of the events view, in the order the app shows them.
const (
	FacetType    = "type"
	FacetActor   = "actor"
	FacetPlace   = "place"
	FacetLang    = "lang"
	FacetArticle = "article"
	FacetStory   = "story"
)

// Facets lists the list facets; the date range, the minimum number of
// languages and the search are filters of their own.
var Facets = []string{FacetType, FacetActor, FacetPlace, FacetLang, FacetArticle, FacetStory}

// Filter is what the reader asked for. Values within a facet are ORed,
// facets are ANDed.
type Filter struct {
	Q        string
	Values   map[string][]string // facet → selected values
	From, To string              // YYYY-MM, inclusive; "" for open
	MinLangs int
}

// Selected reports whether a facet value is selected.
func (f Filter) Selected(facet, value string) bool { return slices.Contains(f.Values[facet], value) }

// Empty reports whether the filter selects everything.
func (f Filter) Empty() bool {
	for _, vs := range f.Values {
		if len(vs) > 0 {
			return false
		}
	}
	return strings.TrimSpace(f.Q) == "" && f.From == "" && f.To == "" && f.MinLangs <= 1
}

// Count is a facet value and how many matching events have it.
type Count struct {
	Value string
	Count int
}

// MonthCount is the events of one month by type, for the timeline.
type MonthCount struct {
	Month  string // YYYY-MM
	ByType map[string]int
	Total  int
}

// Result is what a filter finds.
type Result struct {
	Events []*dataset.Event // date order, undated last
	Counts map[string][]Count
	// Months are the months from the first to the last dated event,
	// counted with every filter but the date range, so that the timeline
	// shows where the selection sits.
	Months []MonthCount
	// YearOnly counts the matching events dated to a year only: the
	// timeline cannot place them in a month.
	YearOnly int
	// Langs counts matching events by how many languages report them
	// (index 1, 2, 3 = 3 or more), with every filter but MinLangs.
	Langs [4]int
}

// Explorer filters, counts and searches the events of a dataset. It is
// built once; Run is cheap enough to call on every keystroke.
type Explorer struct {
	ix     *Index
	events []*dataset.Event
	// values[facet][event] are the value ids of an event in a facet;
	// names[facet][id] the values themselves.
	values   map[string][][]int32
	names    map[string][]string
	byName   map[string]map[string]int32
	posts    map[string][][]int32 // facet → value id → events
	langs    []int                // distinct languages per event
	months   [][2]int             // the month range (as month numbers) of each event; {0,0} when undated
	year     []bool               // dated to the year only
	entityEv map[string][]int32   // entity → events that involve or name it
	plover   map[string]string    // event type → PLOVER type
	words    int                  // number of bitset words
	// The search index is built on the first search: folding every
	// sentence of a large corpus is most of the explorer's cost, and most
	// visits never search.
	searchOnce sync.Once
	text       *searchIndex
}

// searchIndex finds events by the words of their sentences and by the
// names of their entities in every language.
type searchIndex struct {
	vocab    []string      // sorted distinct folded words of mentions and glosses
	postings [][]int32     // vocab index → events
	aliases  []entityAlias // folded alias words → entity, sorted by word
	// stems maps an Arabic stem to the events whose words carry it under
	// a clitic: «بطرد» is filed under «طرد».
	stems map[string][]int32
}

type entityAlias struct {
	word   string
	entity string
}

// NewExplorer indexes the events of ix.
func NewExplorer(ix *Index) *Explorer {
	ex := &Explorer{
		ix:       ix,
		values:   map[string][][]int32{},
		names:    map[string][]string{},
		byName:   map[string]map[string]int32{},
		posts:    map[string][][]int32{},
		entityEv: map[string][]int32{},
		plover:   map[string]string{},
	}
	for i := range ix.DS.Events {
		ex.events = append(ex.events, &ix.DS.Events[i])
	}
	n := len(ex.events)
	ex.words = (n + 63) / 64
	for _, f := range Facets {
		ex.values[f] = make([][]int32, n)
		ex.byName[f] = map[string]int32{}
	}
	ex.langs = make([]int, n)
	ex.months = make([][2]int, n)
	ex.year = make([]bool, n)
	storiesOf := map[string][]string{}
	for _, s := range ix.DS.Stories {
		for _, e := range s.Events {
			storiesOf[e] = append(storiesOf[e], s.ID)
		}
	}
	for i, e := range ex.events {
		id := int32(i)
		ex.add(FacetType, id, e.Type)
		for _, a := range slices.Concat(e.Source, e.Target) {
			ex.add(FacetActor, id, a)
			ex.entityEv[a] = appendOnce(ex.entityEv[a], id)
		}
		if e.Place != "" {
			ex.add(FacetPlace, id, e.Place)
			ex.entityEv[e.Place] = appendOnce(ex.entityEv[e.Place], id)
		}
		langs := map[string]bool{}
		for _, m := range e.Mentions {
			a := ix.Article(m.Article)
			ex.add(FacetArticle, id, m.Article)
			ex.add(FacetLang, id, a.Lang)
			langs[a.Lang] = true
			// Entities named in the evidence count for cross-language search.
			p := a.Paragraphs[m.Paragraph]
			for _, mk := range p.Marks {
				if mk.Kind == dataset.MarkEntity && mk.Start >= m.Sentence.Start && mk.End <= m.Sentence.End {
					ex.entityEv[mk.Entity] = appendOnce(ex.entityEv[mk.Entity], id)
				}
			}
		}
		for _, s := range storiesOf[e.ID] {
			ex.add(FacetStory, id, s)
		}
		ex.langs[i] = len(langs)
		ex.months[i], ex.year[i] = monthRange(e.Date)
		if e.Plover != "" {
			ex.plover[e.Type] = e.Plover
		}
	}
	return ex
}

// searcher is the search index, built on first use.
func (ex *Explorer) searcher() *searchIndex {
	ex.searchOnce.Do(func() { ex.text = newSearchIndex(ex.ix, ex.events) })
	return ex.text
}

func newSearchIndex(ix *Index, events []*dataset.Event) *searchIndex {
	si := &searchIndex{stems: map[string][]int32{}}
	// Words are numbered as they first appear, so that the postings grow
	// by index, not by hashing every word of every sentence again.
	ids := map[string]int32{}
	var names []string
	var posts [][]int32
	word := func(key string) int32 {
		w, ok := ids[key]
		if !ok {
			w = int32(len(names))
			ids[key] = w
			names = append(names, key)
			posts = append(posts, nil)
		}
		return w
	}
	// A sentence is folded once: it is the evidence of several events, and
	// wire copies repeat it across articles.
	folded := map[string][]int32{}
	for i, e := range events {
		id := int32(i)
		for _, m := range e.Mentions {
			p := ix.Article(m.Article).Paragraphs[m.Paragraph]
			sentence := p.Text[m.Sentence.Start:m.Sentence.End]
			ws, ok := folded[sentence]
			if !ok {
				for _, t := range fold.Tokens(sentence) {
					ws = append(ws, word(t.Key))
				}
				folded[sentence] = ws
			}
			for _, w := range ws {
				posts[w] = appendOnce(posts[w], id)
			}
		}
		for _, t := range fold.Tokens(TypeLabel(e.Type) + " " + e.Type) {
			w := word(t.Key)
			posts[w] = appendOnce(posts[w], id)
		}
	}
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	si.vocab = make([]string, len(order))
	si.postings = make([][]int32, len(order))
	for i, w := range order {
		si.vocab[i], si.postings[i] = names[w], posts[w]
		if fold.IsArabic(names[w]) {
			for _, st := range fold.ArabicStems(names[w])[1:] {
				si.stems[st] = append(si.stems[st], posts[w]...)
			}
		}
	}
	for _, en := range ix.DS.Entities {
		for _, name := range append([]string{en.Name}, en.Aliases...) {
			for _, t := range fold.Tokens(name) {
				si.aliases = append(si.aliases, entityAlias{t.Key, en.ID})
			}
		}
	}
	slices.SortFunc(si.aliases, func(a, b entityAlias) int {
		return cmp.Or(strings.Compare(a.word, b.word), strings.Compare(a.entity, b.entity))
	})
	return si
}

func appendOnce(ids []int32, id int32) []int32 {
	if n := len(ids); n > 0 && ids[n-1] == id {
		return ids
	}
	return append(ids, id)
}

func (ex *Explorer) add(facet string, event int32, value string) {
	id, ok := ex.byName[facet][value]
	if !ok {
		id = int32(len(ex.names[facet]))
		ex.byName[facet][value] = id
		ex.names[facet] = append(ex.names[facet], value)
		ex.posts[facet] = append(ex.posts[facet], nil)
	}
	if slices.Contains(ex.values[facet][event], id) {
		return
	}
	ex.values[facet][event] = append(ex.values[facet][event], id)
	ex.posts[facet][id] = append(ex.posts[facet][id], event)
}

// monthRange is the months an ISO partial date covers, as month numbers
// (year*12 + month-1), and whether it is dated to the year only.
func monthRange(date string) ([2]int, bool) {
	if len(date) < 4 {
		return [2]int{}, false
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return [2]int{}, false
	}
	if len(date) < 7 {
		return [2]int{y * 12, y*12 + 11}, true
	}
	m, err := strconv.Atoi(date[5:7])
	if err != nil || m < 1 || m > 12 {
		return [2]int{}, false
	}
	return [2]int{y*12 + m - 1, y*12 + m - 1}, false
}

// ParseMonth reads YYYY-MM as a month number; ok is false otherwise.
func ParseMonth(s string) (int, bool) {
	r, year := monthRange(s)
	return r[0], r != [2]int{} && !year && len(s) == 7
}

// MonthString writes a month number as YYYY-MM.
func MonthString(n int) string {
	y, m := n/12, n%12+1
	return strconv.Itoa(y) + "-" + string([]byte{byte('0' + m/10), byte('0' + m%10)})
}

// bitset is a set of event indexes.
type bitset []uint64

func (ex *Explorer) full() bitset {
	b := make(bitset, ex.words)
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := len(ex.events) % 64; r != 0 {
		b[len(b)-1] = 1<<r - 1
	}
	return b
}

func (ex *Explorer) fromList(ids []int32) bitset {
	b := make(bitset, ex.words)
	for _, i := range ids {
		b[i/64] |= 1 << (i % 64)
	}
	return b
}

func (b bitset) and(o bitset) {
	for i := range b {
		b[i] &= o[i]
	}
}

// each calls f for every member, in order.
func (b bitset) each(f func(int)) {
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(wi*64 + t)
			w &= w - 1
		}
	}
}

// constraint names the parts of a filter, so that counts can leave one out.
const (
	cDate     = "date"
	cMinLangs = "minlangs"
	cQuery    = "q"
)

// Run applies a filter: the matching events and the counts of every facet
// value among the events matching all the other constraints (so that a
// reader sees what ticking one more value would add).
func (ex *Explorer) Run(f Filter) Result {
	sets := map[string]bitset{}
	for _, facet := range Facets {
		if vs := f.Values[facet]; len(vs) > 0 {
			var ids []int32
			for _, v := range vs {
				if id, ok := ex.byName[facet][v]; ok {
					ids = append(ids, ex.posts[facet][id]...)
				}
			}
			sets[facet] = ex.fromList(ids)
		}
	}
	if f.From != "" || f.To != "" {
		sets[cDate] = ex.dateSet(f.From, f.To)
	}
	if f.MinLangs > 1 {
		b := make(bitset, ex.words)
		for i, n := range ex.langs {
			if n >= f.MinLangs {
				b[i/64] |= 1 << (i % 64)
			}
		}
		sets[cMinLangs] = b
	}
	if q := strings.TrimSpace(f.Q); q != "" {
		sets[cQuery] = ex.search(q)
	}
	all := ex.except(sets, "")

	r := Result{Counts: map[string][]Count{}}
	all.each(func(i int) { r.Events = append(r.Events, ex.events[i]) })

	for _, facet := range Facets {
		base := all
		if _, ok := sets[facet]; ok {
			base = ex.except(sets, facet)
		}
		counts := make([]int, len(ex.names[facet]))
		base.each(func(i int) {
			for _, v := range ex.values[facet][i] {
				counts[v]++
			}
		})
		var cs []Count
		for id, n := range counts {
			if n > 0 || f.Selected(facet, ex.names[facet][id]) {
				cs = append(cs, Count{ex.names[facet][id], n})
			}
		}
		slices.SortFunc(cs, func(a, b Count) int { return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value)) })
		r.Counts[facet] = cs
	}

	// The timeline: every month from the first dated event to the last.
	dateBase := all
	if _, ok := sets[cDate]; ok {
		dateBase = ex.except(sets, cDate)
	}
	lo, hi := 1<<30, -1
	for i, m := range ex.months {
		if m != [2]int{} && !ex.year[i] {
			lo, hi = min(lo, m[0]), max(hi, m[1])
		}
	}
	if hi >= lo {
		r.Months = make([]MonthCount, hi-lo+1)
		for i := range r.Months {
			r.Months[i] = MonthCount{Month: MonthString(lo + i), ByType: map[string]int{}}
		}
		dateBase.each(func(i int) {
			if m := ex.months[i]; m != [2]int{} && !ex.year[i] {
				mc := &r.Months[m[0]-lo]
				mc.ByType[ex.events[i].Type]++
				mc.Total++
			}
		})
	}
	all.each(func(i int) {
		if ex.year[i] {
			r.YearOnly++
		}
	})
	langBase := all
	if _, ok := sets[cMinLangs]; ok {
		langBase = ex.except(sets, cMinLangs)
	}
	langBase.each(func(i int) { r.Langs[min(ex.langs[i], 3)]++ })
	return r
}

// except intersects every constraint but one.
func (ex *Explorer) except(sets map[string]bitset, skip string) bitset {
	b := ex.full()
	for name, s := range sets {
		if name != skip {
			b.and(s)
		}
	}
	return b
}

// dateSet selects the events whose dates fall within [from, to] (months,
// inclusive). An event dated to a year matches a range that overlaps the
// year; an undated event matches no range.
func (ex *Explorer) dateSet(from, to string) bitset {
	lo, ok := ParseMonth(from)
	if !ok {
		lo = -1 << 30
	}
	hi, ok := ParseMonth(to)
	if !ok {
		hi = 1 << 30
	}
	b := make(bitset, ex.words)
	for i, m := range ex.months {
		if m != [2]int{} && m[0] <= hi && m[1] >= lo {
			b[i/64] |= 1 << (i % 64)
		}
	}
	return b
}

// search finds the events that match every word of q: a word of a
// mention's sentence, in any language, or a name of an entity involved,
// in any of the languages the gazetteer knows (so "Wagner", «فاغنر» and
// «वैगनर» find the same events). Words match by prefix, as one types.
func (ex *Explorer) search(q string) bitset {
	b := ex.full()
	for _, t := range fold.Tokens(q) {
		b.and(ex.termSet(t.Key))
	}
	return b
}

// Terms are the folded words of a query, for highlighting.
func Terms(q string) []string {
	var out []string
	for _, t := range fold.Tokens(q) {
		out = append(out, t.Key)
	}
	return out
}

func (ex *Explorer) termSet(term string) bitset {
	si := ex.searcher()
	var ids []int32
	keys := []string{term}
	if fold.IsArabic(term) {
		keys = fold.ArabicStems(term) // «وفاغنر» is «فاغنر»
	}
	for _, key := range keys {
		for i := sort.SearchStrings(si.vocab, key); i < len(si.vocab) && strings.HasPrefix(si.vocab[i], key); i++ {
			ids = append(ids, si.postings[i]...)
		}
		j := sort.Search(len(si.aliases), func(i int) bool { return si.aliases[i].word >= key })
		for ; j < len(si.aliases) && strings.HasPrefix(si.aliases[j].word, key); j++ {
			ids = append(ids, ex.entityEv[si.aliases[j].entity]...)
		}
		// Words of the text match under their clitics too: «بطرد» for «طرد».
		ids = append(ids, si.stems[key]...)
	}
	return ex.fromList(ids)
}

// Name is the label of a facet value for readers.
func (ex *Explorer) Name(facet, value string) string {
	switch facet {
	case FacetType:
		return TypeLabel(value)
	case FacetActor, FacetPlace:
		return ex.ix.Name(value)
	case FacetLang:
		return dataset.LanguageName(value)
	case FacetArticle:
		if a := ex.ix.Article(value); a != nil {
			if a.Meta.Outlet != "" {
				return a.Meta.Outlet + ": " + a.Title
			}
			return a.Title
		}
	case FacetStory:
		if s := ex.ix.Story(value); s != nil {
			return s.Title
		}
	}
	return value
}

// Languages of an event, in order of first mention.
func (ex *Explorer) Languages(e *dataset.Event) []string {
	var out []string
	for _, m := range e.Mentions {
		if a := ex.ix.Article(m.Article); a != nil && !slices.Contains(out, a.Lang) {
			out = append(out, a.Lang)
		}
	}
	return out
}

// Articles counts the articles that report an event.
func Articles(e *dataset.Event) int {
	var ids []string
	for _, m := range e.Mentions {
		if !slices.Contains(ids, m.Article) {
			ids = append(ids, m.Article)
		}
	}
	return len(ids)
}

// PloverGroup is the PLOVER type an event type belongs to, for grouping
// the type facet; "Other" when PLOVER has none.
func (ex *Explorer) PloverGroup(typ string) string {
	if p := ex.plover[typ]; p != "" {
		return p
	}
	return "Other"
}

// Hit is a stretch of text for rendering, matched by the search or not.
type Hit struct {
	Text  string
	Match bool
}

// Highlight splits a sentence of a paragraph into the stretches the search
// terms match and the rest: words starting with a term, in any script, and
// names of the entities a term names in another language (a search for
// "Wagner" lights up «فاغنر»).
func (ex *Explorer) Highlight(a *dataset.Article, paragraph int, span dataset.Span, terms []string) []Hit {
	p := &a.Paragraphs[paragraph]
	text := p.Text[span.Start:span.End]
	if len(terms) == 0 {
		return []Hit{{Text: text}}
	}
	var spans []dataset.Span
	for _, t := range fold.Tokens(text) {
		keys := []string{t.Key}
		if fold.IsArabic(t.Key) {
			keys = fold.ArabicStems(t.Key)
		}
	match:
		for _, k := range keys {
			for _, term := range terms {
				if strings.HasPrefix(k, term) {
					spans = append(spans, dataset.Span{Start: t.Start, End: t.End})
					break match
				}
			}
		}
	}
	entities := ex.matchingEntities(terms)
	for _, m := range p.Marks {
		if m.Kind == dataset.MarkEntity && entities[m.Entity] && m.Start >= span.Start && m.End <= span.End {
			spans = append(spans, dataset.Span{Start: m.Start - span.Start, End: m.End - span.Start})
		}
	}
	slices.SortFunc(spans, func(x, y dataset.Span) int { return cmp.Compare(x.Start, y.Start) })
	var out []Hit
	at := 0
	for _, s := range spans {
		if s.Start < at {
			if s.End > at { // overlapping: extend the previous hit
				out[len(out)-1].Text += text[at:s.End]
				at = s.End
			}
			continue
		}
		if s.Start > at {
			out = append(out, Hit{Text: text[at:s.Start]})
		}
		out = append(out, Hit{Text: text[s.Start:s.End], Match: true})
		at = s.End
	}
	if at < len(text) {
		out = append(out, Hit{Text: text[at:]})
	}
	return out
}

// matchingEntities are the entities one of whose names a term starts.
func (ex *Explorer) matchingEntities(terms []string) map[string]bool {
	out := map[string]bool{}
	si := ex.searcher()
	for _, term := range terms {
		j := sort.Search(len(si.aliases), func(i int) bool { return si.aliases[i].word >= term })
		for ; j < len(si.aliases) && strings.HasPrefix(si.aliases[j].word, term); j++ {
			out[si.aliases[j].entity] = true
		}
	}
	return out
}
