package merge

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/extract"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// cluster is a set of candidates taken to report one event, with the
// constraints all of them satisfy.
type cluster struct {
	typ        string
	cands      []*extract.Candidate
	lo, hi     int // the days the event may fall on: the intersection of its mentions'
	month      int // a month a mention gave without its year, 0 if none
	sources    map[string]int
	targets    map[string]int
	states     map[string]int // the states its sources belong to
	class      string
	quantities []float64
	tstates    map[string]int // the states its targets belong to
	number     extract.Number // extract.One or extract.Many when a mention says
	charges    map[string]int // what its accusations are about
	future     int            // mentions that say it will happen
	done       int            // mentions whose verb says it happened
	final      int            // mentions of the last of the forces leaving
	places     map[string]int // the towns and bases its forces move from or to

	// Indexes over cands, so that a corpus of thousands of reports of one
	// kind by the same actors does not compare each with all of them.
	seq      int                 // the cluster's place in creation order
	visited  int                 // the last candidate (1-based) it was compared with
	articles map[string]bool     // the articles of its mentions
	triggers map[mentionKey]bool // the words of its mentions
	indexed  map[string]bool     // the keys it is indexed under (keys)
}

// mentionKey is one word of one article: a trigger.
type mentionKey struct {
	article   string
	paragraph int
	trigger   dataset.Span
}

func newCluster(typ string, seq int) *cluster {
	return &cluster{typ: typ, lo: dates.MinDay, hi: dates.MaxDay, seq: seq,
		sources: map[string]int{}, targets: map[string]int{}, states: map[string]int{}, tstates: map[string]int{}, charges: map[string]int{},
		articles: map[string]bool{}, triggers: map[mentionKey]bool{}, indexed: map[string]bool{}, places: map[string]int{}}
}

// take records c among the mentions, with no constraint from it (an
// anaphoric report joins the event it refers to as it is).
func (k *cluster) take(c *extract.Candidate) {
	k.cands = append(k.cands, c)
	k.articles[c.Article] = true
	k.triggers[mentionKey{c.Article, c.Paragraph, c.Trigger}] = true
}

// newsWindow is how long before its publication an undated report of news
// may have happened: "after Mali arrested a French national", published on
// 12 September, is the arrest of mid-August.
const newsWindow = 62

// span is the days a candidate's event may fall on. An undated report of
// news happened in the weeks up to the article's date; an undated report
// of history may be any time.
func span(c *extract.Candidate) (int, int) {
	if c.Date.Known() {
		lo, hi := c.Date.Days()
		if eventtype.Is(c.Type, eventtype.Durative) && !c.Since {
			lo -= 150 // a blockade reported on a day may have begun months before
		}
		if c.Modality == dataset.Future && c.Date.Precision() == "day" {
			// An announcement is said again the next day: "announced on
			// Thursday" and "said on Friday" tell one plan.
			lo, hi = lo-1, hi+1
		}
		return lo, hi
	}
	if !c.Ref.Date.Known() {
		return dates.MinDay, dates.MaxDay
	}
	if c.Background {
		if !c.Ref.Exact {
			return dates.MinDay, dates.MaxDay
		}
		_, hi := c.Ref.Date.Days()
		return dates.MinDay, hi // history told by an article happened before it was published
	}
	lo, hi := c.Ref.Date.Days()
	if c.Ref.Exact {
		if c.Modality != dataset.Asserted {
			return lo - newsWindow, dates.MaxDay // what will or may happen lies ahead
		}
		return lo - newsWindow, hi
	}
	// The article is no older than its latest date, and its news is
	// recent, if perhaps a little older than that date.
	return lo - 120, dates.MaxDay
}

// compatible reports whether c can join k, and how well it fits.
func (k *cluster) compatible(c *extract.Candidate, place string) (int, bool) {
	if k.typ != c.Type {
		return 0, false
	}
	// The dates first: the cheapest test, and the one that rules out most
	// of a large corpus.
	lo, hi := span(c)
	if max(lo, k.lo) > min(hi, k.hi) {
		return 0, false
	}
	shared := 0
	// A country's own affairs have it on both sides: "Mali dissolved its
	// parties" and "dissolution of parties in Mali" are not reversed roles.
	internal := eventtype.Is(c.Type, eventtype.Internal)
	for _, s := range c.Source {
		if k.sources[s] > 0 {
			shared += 2
		} else if k.targets[s] > 0 && !anyIn(c.Source, k.sources) && !internal {
			return 0, false // the roles are reversed: another event
		} else if k.targets[s] > 0 {
			shared++
		}
	}
	if shared == 0 && sameStates(c.States, k.states) {
		shared++ // "the French forces" and "France" withdraw together
	}
	for _, t := range c.Target {
		if k.targets[t] > 0 {
			shared += 2
		} else if k.sources[t] > 0 && !anyIn(c.Target, k.targets) && !internal {
			return 0, false
		} else if k.sources[t] > 0 {
			shared++
		}
	}
	if shared == 0 {
		return 0, false
	}
	// Two named agents with none in common are two acts: France's travel
	// advice and the United States' are two advisories, even about Mali.
	if !eventtype.Is(c.Type, eventtype.Symmetric) && len(c.Source) > 0 && len(k.sources) > 0 && !anyIn(c.Source, k.sources) && !sameStates(c.States, k.states) {
		return 0, false
	}
	if place != "" && len(k.places) > 0 && k.places[place] == 0 {
		// "no French soldiers are left in Faya-Largeau" and "the next step
		// is to leave Abéché": forces leaving one town and another are two
		// steps of a withdrawal.
		return 0, false
	}
	if eventtype.Is(c.Type, eventtype.Symmetric) && !samePartners(c, k) {
		// France's talks with Chad and its talks with the Security
		// Council are two meetings, though France is at both.
		return 0, false
	}
	if m := c.Date.M; c.Date.Y == 0 && m > 0 {
		if k.month > 0 && k.month != m || !monthPossible(max(lo, k.lo), min(hi, k.hi), m) {
			return 0, false
		}
	}
	if k.month > 0 && (c.Date.Known() && c.Date.M > 0 && c.Date.M != k.month || !monthPossible(max(lo, k.lo), min(hi, k.hi), k.month)) {
		// "a coup in February" and news of late September are two
		// coups, whether or not the news gives its day.
		return 0, false
	}
	if c.Done && k.future > 0 && k.done == 0 && !pinned(c) {
		// "France will withdraw", said on 17 February, and "French troops
		// withdrew last year", or "as the last soldiers left" in an
		// undated article: the act done is not the day it was announced,
		// unless the report of it is that day's news.
		return 0, false
	}
	if c.Final && k.final == 0 && (k.future > 0 || k.lo > dates.MinDay && !k.onDay(c)) || c.Modality == dataset.Future && k.final > 0 && k.future == 0 {
		// "as the last French soldiers left", "there are no longer any
		// French soldiers in Faya" is the end of the withdrawal, not the
		// day it was announced nor a step dated before it.
		return 0, false
	}
	if cl := lexicon.GlossClass(c.Gloss); cl != "" && k.class != "" && cl != k.class {
		// One man may be a diplomat in one report and a spy in another;
		// diplomats and agents withdrawn are different people, and soldiers
		// are never diplomats.
		// Two groups are the same people only when their counts agree
		// ("two diplomats", "two intelligence officers working at the
		// embassy").
		groups := c.Number == extract.Many && k.number == extract.Many
		counted := len(c.Quantities) > 0 && slices.Contains(k.quantities, c.Quantities[0].Value)
		if cl == "military" || k.class == "military" || groups && !counted {
			return 0, false
		}
	}
	// One person and a group are different people: "a French national"
	// and "dozens of officers".
	if c.Number != extract.NumberUnknown && k.number != extract.NumberUnknown && c.Number != k.number {
		return 0, false
	}
	// Acts on different states' people are different acts, though the
	// same state does them: Mali arresting its officers and a Frenchman.
	if !eventtype.Is(c.Type, eventtype.Symmetric) && len(c.TargetStates) > 0 && len(k.tstates) > 0 && !anyIn(c.TargetStates, k.tstates) {
		return 0, false
	}
	if k.triggers[mentionKey{c.Article, c.Paragraph, c.Trigger}] {
		return 0, false // one word, two acts: "arrested soldiers and a Frenchman"
	}
	if len(c.Quantities) > 0 && len(k.quantities) > 0 && !slices.Contains(k.quantities, c.Quantities[0].Value) {
		return 0, false
	}
	// Accusing France and blaming NATO are two accusations, though one
	// speaker makes both; one against an army meets one against its state.
	if eventtype.Is(c.Type, eventtype.Absorbing) && len(c.Target) > 0 && len(k.targets) > 0 && !anyIn(c.Target, k.targets) &&
		!(len(c.TargetStates) > 0 && anyIn(c.TargetStates, k.tstates)) {
		return 0, false
	}
	// An accusation of spying and one of interference are two, though
	// the same state makes both against the same state.
	if len(c.Charges) > 0 && len(k.charges) > 0 && !anyIn(c.Charges, k.charges) {
		return 0, false
	}
	score := shared
	if c.Date.Known() && k.lo > dates.MinDay && k.hi < dates.MaxDay {
		score += 3
	}
	if k.articles[c.Article] {
		score++ // an article tells one act of a kind more often than two
	}
	if len(c.Quantities) > 0 && len(k.quantities) > 0 {
		score += 2
	}
	if len(c.Charges) > 0 && len(k.charges) > 0 {
		// An undated accusation of arming jihadists is the one made of
		// that charge, not the same state's verdict on another day.
		score += 2
	}
	return score, true
}

// onDay: the day c reports, its own or its article's, falls in k's days.
func (k *cluster) onDay(c *extract.Candidate) bool {
	d := c.Date
	if !d.Known() {
		d = c.Ref.Date
	}
	if !d.Known() {
		return true
	}
	lo, hi := d.Days()
	return lo <= k.hi && hi >= k.lo
}

// pinned: c's own sentence gives its day, or it is undated news of an
// article whose day is known.
func pinned(c *extract.Candidate) bool {
	if c.Date.Known() {
		return c.Date.Precision() == "day"
	}
	return !c.Background && c.Ref.Date.Known() && c.Ref.Exact
}

func sameStates(states []string, m map[string]int) bool { return anyIn(states, m) }

// local is the town or base, not a whole country, that c's forces move
// from or to, if it names one.
func local(c *extract.Candidate, gz *gazetteer.Gazetteer) string {
	if gz == nil || !eventtype.Is(c.Type, eventtype.OwnPresence) || c.Place == "" {
		return ""
	}
	if e := gz.Entity(c.Place); e == nil || e.Kind != dataset.EntityPlace {
		return ""
	}
	return c.Place
}

// samePartners: a mutual act's two sides, by state, are k's, when both c
// and k name two.
func samePartners(c *extract.Candidate, k *cluster) bool {
	parties := map[string]bool{}
	for _, s := range slices.Concat(c.States, c.TargetStates) {
		parties[s] = true
	}
	theirs := len(k.states) // the states on either side of k
	for s := range k.tstates {
		if k.states[s] == 0 {
			theirs++
		}
	}
	if len(parties) < 2 || theirs < 2 {
		return true
	}
	common := 0
	for s := range parties {
		if k.states[s] > 0 || k.tstates[s] > 0 {
			common++
		}
	}
	return common >= 2
}

func anyIn(ids []string, m map[string]int) bool {
	for _, id := range ids {
		if m[id] > 0 {
			return true
		}
	}
	return false
}

// monthPossible: some day in [lo, hi] falls in month m.
func monthPossible(lo, hi, m int) bool {
	if hi-lo >= 366 || lo == dates.MinDay || hi == dates.MaxDay {
		return true
	}
	for d := lo; d <= hi; d += 28 {
		if monthOf(d) == m {
			return true
		}
	}
	return monthOf(hi) == m
}

func monthOf(day int) int {
	_, m, _ := dates.FromDay(day)
	return m
}

func (k *cluster) add(c *extract.Candidate, place string) {
	k.take(c)
	lo, hi := span(c)
	k.lo, k.hi = max(k.lo, lo), min(k.hi, hi)
	if c.Date.Y == 0 && c.Date.M > 0 {
		k.month = c.Date.M
	}
	for _, s := range c.Source {
		k.sources[s]++
	}
	for _, t := range c.Target {
		k.targets[t]++
	}
	for _, st := range c.States {
		k.states[st]++
	}
	if cl := lexicon.GlossClass(c.Gloss); cl != "" {
		k.class = cl
	}
	if c.Number != extract.NumberUnknown {
		k.number = c.Number
	}
	for _, t := range c.TargetStates {
		k.tstates[t]++
	}
	for _, ch := range c.Charges {
		k.charges[ch]++
	}
	if c.Done {
		k.done++
	} else if c.Modality == dataset.Future {
		k.future++
	}
	if c.Final {
		k.final++
	}
	if place != "" {
		k.places[place]++
	}
	for _, q := range c.Quantities {
		if !slices.Contains(k.quantities, q.Value) {
			k.quantities = append(k.quantities, q.Value)
		}
	}
}

// Merge groups the candidates of the whole corpus into events: one real
// event reported in several sentences, articles or languages becomes one
// event with every mention. articleOrder gives each article's position,
// for ordering mentions.
func Merge(cands []extract.Candidate, articleOrder map[string]int, lx *lexicon.Lexicon, gz *gazetteer.Gazetteer) []dataset.Event {
	ptrs := make([]*extract.Candidate, len(cands))
	for i := range cands {
		ptrs[i] = &cands[i]
	}
	// Most precisely dated first, so that undated reports join dated
	// events rather than seed loose ones; then a fixed order.
	slices.SortStableFunc(ptrs, func(a, b *extract.Candidate) int {
		return cmp.Or(cmp.Compare(precisionRank(b.Date), precisionRank(a.Date)), compareMention(a, b, articleOrder))
	})
	byKey := map[string][]*cluster{} // type/actor → clusters that have that actor
	var clusters []*cluster
	byArticle := map[string][]*cluster{} // article → clusters with a named report from it
	// Reports that name no one join an event of their type the article
	// reports elsewhere, once every other report has found its event.
	var named, anaphoric []*extract.Candidate
	for _, c := range ptrs {
		if c.Anaphoric {
			anaphoric = append(anaphoric, c)
		} else {
			named = append(named, c)
		}
	}
	for ci, c := range slices.Concat(named, anaphoric) {
		if unnamed := len(c.Source)+len(c.Target) == 0; c.Anaphoric || unnamed {
			// An anaphoric report, or one whose people name no state ("after
			// the arrest of a journalist"): the act of its type the article
			// tells, if it tells one.
			if k := antecedent(byArticle[c.Article], c); k != nil {
				k.take(c)
				continue
			}
			if c.Anaphoric && unnamed {
				continue // no one to say who took part
			}
		}
		var best *cluster
		bestScore := -1
		place := local(c, gz)
		for _, actor := range keys(c) {
			for _, k := range byKey[c.Type+"/"+actor] {
				if k.visited == ci+1 {
					continue // met under another of its actors
				}
				k.visited = ci + 1
				if s, ok := k.compatible(c, place); ok && s > bestScore {
					best, bestScore = k, s
				}
			}
		}
		if best == nil {
			best = newCluster(c.Type, len(clusters))
			clusters = append(clusters, best)
		}
		if !best.articles[c.Article] {
			byArticle[c.Article] = append(byArticle[c.Article], best)
		}
		// Index the cluster under the actors it did not have yet.
		best.add(c, place)
		for _, key := range keys(c) {
			if !best.indexed[key] { // once under each key
				best.indexed[key] = true
				byKey[c.Type+"/"+key] = append(byKey[c.Type+"/"+key], best)
			}
		}
	}

	events := make([]dataset.Event, 0, len(clusters))
	ids := make(map[string]bool, len(clusters))
	for _, k := range clusters {
		ev := k.event(articleOrder, lx, gz)
		ev.ID = uniqueID(ev, ids)
		events = append(events, ev)
	}
	slices.SortFunc(events, func(a, b dataset.Event) int {
		return cmp.Or(dates.CompareISO(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return events
}

// keys are what a report is looked up and its event indexed under: its
// parties and their states, so that a minister's accusation meets his
// country's, and one against "the French forces" one against France.
func keys(c *extract.Candidate) []string {
	ks := slices.Concat(c.Source, c.Target)
	for _, s := range slices.Concat(c.States, c.TargetStates) {
		ks = append(ks, "state:"+s)
	}
	return ks
}

// antecedent is the event of c's type that its article reports closest
// before it (or else after it), if c's date allows. clusters are those
// with a named report in c's article.
func antecedent(clusters []*cluster, c *extract.Candidate) *cluster {
	var best *cluster
	bestDist := 0
	lo, hi := c.Date.Days() // what it refers to may be history: only its own date counts
	// The first created wins a tie.
	clusters = slices.SortedFunc(slices.Values(clusters), func(a, b *cluster) int { return a.seq - b.seq })
	for _, k := range clusters {
		if k.typ != c.Type || max(lo, k.lo) > min(hi, k.hi) {
			continue
		}
		// "the coup in January", told in an article of a coup in
		// September: a month without its year is another event.
		if m := c.Date.M; c.Date.Y == 0 && m > 0 && (k.month > 0 && k.month != m || !monthPossible(k.lo, k.hi, m)) {
			continue
		}
		if k.month > 0 && (c.Date.M > 0 && c.Date.M != k.month || !monthPossible(max(lo, k.lo), min(hi, k.hi), k.month)) {
			continue // "the coup in February", then "on the eve" of 30 September
		}
		for _, m := range k.cands {
			if m.Article != c.Article || m.Anaphoric {
				continue
			}
			// Paragraphs apart, preferring what came before.
			dist := 2 * (c.Paragraph - m.Paragraph)
			if m.Paragraph > c.Paragraph || m.Paragraph == c.Paragraph && m.Trigger.Start > c.Trigger.Start {
				dist = 2*(m.Paragraph-c.Paragraph) + 1
			}
			if best == nil || dist < bestDist {
				best, bestDist = k, dist
			}
		}
	}
	return best
}

func precisionRank(d dates.Date) int {
	switch d.Precision() {
	case "day":
		return 3
	case "month":
		return 2
	case "year":
		return 1
	}
	return 0
}

func compareMention(a, b *extract.Candidate, order map[string]int) int {
	return cmp.Or(cmp.Compare(order[a.Article], order[b.Article]), cmp.Compare(a.Paragraph, b.Paragraph),
		cmp.Compare(a.Trigger.Start, b.Trigger.Start), cmp.Compare(a.Type, b.Type))
}

// event turns a cluster into the dataset's event.
func (k *cluster) event(order map[string]int, lx *lexicon.Lexicon, gz *gazetteer.Gazetteer) dataset.Event {
	cands := slices.Clone(k.cands)
	slices.SortFunc(cands, func(a, b *extract.Candidate) int { return compareMention(a, b, order) })

	ev := dataset.Event{Type: k.typ, Modality: dataset.Asserted, Background: true}
	if typ, mode, ok := eventtype.Plover(k.typ); ok {
		ev.Plover, ev.Mode = typ, mode
	}
	// The date: the most precise a mention gives, the earliest of those
	// (an announcement said again the next day was made the first).
	var date dates.Date
	for _, c := range cands {
		if !c.Date.Known() {
			continue
		}
		if r := precisionRank(c.Date); r > precisionRank(date) || r == precisionRank(date) && r == 3 && c.Modality == dataset.Future && dates.CompareISO(c.Date.String(), date.String()) < 0 {
			date = c.Date
		}
	}
	ev.Date, ev.DatePrecision = date.String(), date.Precision()
	if date.Known() {
		ev.DateSource = dataset.DateFromText
	} else if pub, ok := publishedDate(cands); ok {
		ev.Date, ev.DatePrecision, ev.DateSource = pub.String(), pub.Precision(), dataset.DateFromPublished
	}
	ev.Source = ranked(k.sources, nil)
	if k.typ == "extend-term" {
		ev.Target = ranked(k.targets, nil) // a leader may extend his own term
	} else {
		ev.Target = ranked(k.targets, ev.Source)
	}

	places := map[string]int{}
	modalities := map[string]int{}
	miss := 1.0
	for _, c := range cands {
		if c.Place != "" {
			places[c.Place]++
		}
		modalities[c.Modality]++
		ev.Background = ev.Background && c.Background
		miss *= 1 - c.Confidence
		if c.Described != "" && !slices.Contains(ev.Descriptions, c.Described) {
			ev.Descriptions = append(ev.Descriptions, c.Described)
		}
		for _, q := range c.Quantities {
			if !slices.ContainsFunc(ev.Quantities, func(x dataset.Quantity) bool { return x.Value == q.Value }) {
				ev.Quantities = append(ev.Quantities, q)
			}
		}
		ev.Mentions = append(ev.Mentions, dataset.Mention{
			Article: c.Article, Paragraph: c.Paragraph, Sentence: c.Sentence, Trigger: c.Trigger,
			Date: c.Date.String(), Described: c.Described, Gloss: c.Gloss, Quantities: c.Quantities,
			Attribution: c.Attribution, Modality: c.Modality, Background: c.Background,
			Rules: slices.Clone(c.Rules),
		})
	}
	if p := ranked(places, nil); len(p) > 0 {
		ev.Place = p[0]
	}
	if modalities[dataset.Asserted] == 0 {
		ev.Modality = ranked(modalities, nil)[0]
	}
	ev.Confidence = dataset.Confidence(1 - miss)
	if gz != nil {
		ev.Affected = affected(cands, ev.Target, gz)
		// Each report's own description, so that a reader can see who says
		// "diplomat" and who says "national". A sentence that does not say
		// whose people they are takes the event's owner.
		for i, c := range cands {
			if c.Gloss == "" {
				continue
			}
			a := affected([]*extract.Candidate{c}, ev.Target, gz)
			if a.Entity == "" && ev.Affected.Entity != "" {
				a.Entity = ev.Affected.Entity
				a.Text = peoplePhrase(a, c.Number, gz)
			}
			ev.Mentions[i].Affected = a.Text
		}
	}
	first := cands[0]
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s|%s:%d:%d", ev.Type, ev.Date, strings.Join(ev.Source, ","), strings.Join(ev.Target, ","), first.Article, first.Paragraph, first.Trigger.Start)
	ev.ID = "e" + hex.EncodeToString(h.Sum(nil))[:10]
	return ev
}

// uniqueID is ev's id, or, when an earlier event of the corpus has it,
// one derived from it and ev's first description: one word may report two
// acts of one type, by the same parties on the same day ("arrested French
// soldiers and a French diplomat"), and their ids, made of those and the
// word's place, would be the same. Clusters come in a fixed order, so the
// ids stay deterministic, and every event that has no twin keeps its own.
func uniqueID(ev dataset.Event, taken map[string]bool) string {
	id := ev.ID
	for n := 1; taken[id]; n++ {
		h := sha256.New()
		fmt.Fprintf(h, "%s|%s|%s|%d", ev.ID, ev.Mentions[0].Described, ev.Mentions[0].Gloss, n)
		id = "e" + hex.EncodeToString(h.Sum(nil))[:10]
	}
	taken[id] = true
	return id
}

// publishedDate dates an event no mention dates: its news reports, asserted
// and not history, happened by the day their article was published
// (according to its sidecar), so the earliest such day is the event's. An
// inferred publication date dates nothing.
func publishedDate(cands []*extract.Candidate) (dates.Date, bool) {
	var best dates.Date
	bestLo := dates.MaxDay
	for _, c := range cands {
		if c.Modality != dataset.Asserted || c.Background || !c.Ref.Exact || !c.Ref.Date.Known() {
			continue
		}
		if lo, _ := c.Ref.Date.Days(); lo < bestLo {
			best, bestLo = c.Ref.Date, lo
		}
	}
	return best, bestLo != dates.MaxDay
}

// ranked lists the keys of counts, most frequent first, without those in
// skip; keys named by fewer than half as many mentions as the top one are
// left out as noise.
func ranked(counts map[string]int, skip []string) []string {
	var keys []string
	top := 0
	for k, n := range counts {
		if !slices.Contains(skip, k) {
			keys = append(keys, k)
			top = max(top, n)
		}
	}
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	var out []string
	for _, k := range keys {
		if counts[k]*2 >= top {
			out = append(out, k)
		}
	}
	return out
}
