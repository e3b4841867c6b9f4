// Package stories groups the language versions of each news story: the
// articles whose headline and lede report the same news, with the coverage
// that reports it only as background and the copies of a version, and
// titles each story in English from its headline event.
package stories

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"parallax/dataset"
	"parallax/dataset/eventtype"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/gazetteer"
	"parallax/dataset/internal/build/lexicon"
)

// An article's main subject is what its headline and lede report: events
// mentioned there, not as history, are its core. Articles that share a
// core event tell the same story and are its versions, in whatever
// language; articles that report a story's events elsewhere are its
// related coverage.

// leadParagraphs is how far into the text the lede reaches: the title
// and the first two segment.Paragraphs of body text.
const leadParagraphs = 2

// weight is how much a mention says an event is what its article is
// about: the headline most, the lede next, the body little, history less.
func weight(l *layout, m dataset.Mention) float64 {
	body := l.body[m.Paragraph]
	w := 1.0
	switch {
	case l.a.Paragraphs[m.Paragraph].Kind == dataset.KindTitle:
		w = 4
	case body < leadParagraphs:
		w = 3
	}
	if m.Background {
		w *= 0.3
	}
	return w
}

// Group groups the articles into stories and finds where their versions
// differ. Every article that is not a duplicate is a version of exactly
// one story; an article with no core event stands alone.
func Group(d *dataset.Dataset, gz *gazetteer.Gazetteer, lx *lexicon.Lexicon) []dataset.Story {
	articles := map[string]*dataset.Article{}
	order := map[string]int{}
	for i := range d.Articles {
		articles[d.Articles[i].ID] = &d.Articles[i]
		order[d.Articles[i].ID] = i
	}
	events := map[string]*dataset.Event{}
	// weights[article][event]: how central the event is to the article.
	weights := map[string]map[string]float64{}
	core := map[string][]string{}   // article → its core events
	headed := map[string][]string{} // article → the events its headline reports
	lays := layouts{}
	for i := range d.Events {
		e := &d.Events[i]
		events[e.ID] = e
		for _, m := range e.Mentions {
			a := articles[m.Article]
			if weights[a.ID] == nil {
				weights[a.ID] = map[string]float64{}
			}
			w := weight(lays.of(a), m)
			weights[a.ID][e.ID] += w
			if w >= 3 && !slices.Contains(core[a.ID], e.ID) {
				core[a.ID] = append(core[a.ID], e.ID)
			}
			if a.Paragraphs[m.Paragraph].Kind == dataset.KindTitle && !m.Background && !slices.Contains(headed[a.ID], e.ID) {
				headed[a.ID] = append(headed[a.ID], e.ID)
			}
		}
	}
	// An article whose headline reports news is about that news: the
	// lede's other events are its context ("US orders staff to leave
	// Mali … Since September, JNIM has blockaded fuel deliveries").
	for id, hs := range headed {
		core[id] = slices.DeleteFunc(core[id], func(e string) bool { return !slices.Contains(hs, e) })
	}

	// reported[article]: the events it reports, in the corpus's order.
	reported := map[string][]*dataset.Event{}
	for i := range d.Events {
		e := &d.Events[i]
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Article] {
				seen[m.Article] = true
				reported[m.Article] = append(reported[m.Article], e)
			}
		}
	}

	// Group the articles by what their headlines and ledes report.
	var ids []string
	var profiles []profile
	for i := range d.Articles {
		a := &d.Articles[i]
		if a.DuplicateOf != "" {
			continue
		}
		ids = append(ids, a.ID)
		profiles = append(profiles, profileOf(a, reported[a.ID], gz, lx != nil && lx.Lang(a.Lang) != nil))
	}
	clusters, attached := cluster(profiles)
	storyOf := map[string]string{} // article → its story's first version
	groups := map[string][]string{}
	var roots []string
	for _, c := range clusters {
		r := ids[c[0]]
		roots = append(roots, r)
		for _, i := range c {
			groups[r] = append(groups[r], ids[i])
			storyOf[ids[i]] = r
		}
	}
	unread := map[string][]string{} // story → its versions not analysed
	for i, g := range attached {
		if g >= 0 {
			r := ids[clusters[g][0]]
			unread[r] = append(unread[r], ids[i])
			storyOf[ids[i]] = r
		}
	}
	find := func(id string) string { return storyOf[id] }

	// reporters[event]: the articles that report it, each once.
	reporters := map[string][]string{}
	for _, a := range d.Articles {
		for e := range weights[a.ID] {
			reporters[e] = append(reporters[e], a.ID)
		}
	}
	// copies[root]: the duplicates of the story's versions, in corpus order.
	copies := map[string][]string{}
	for _, a := range d.Articles {
		if a.DuplicateOf != "" {
			if o := root(articles, a.DuplicateOf); articles[o] != nil && articles[o].DuplicateOf == "" {
				copies[find(o)] = append(copies[find(o)], a.ID)
			}
		}
	}

	tr := newTriggers(lx)
	var stories []dataset.Story
	for _, r := range roots {
		versions := groups[r]
		s := dataset.Story{Versions: versions}
		// The story's events: every event its versions report.
		total := map[string]float64{}
		for _, v := range versions {
			for e, w := range weights[v] {
				total[e] += w
			}
		}
		for e := range total {
			s.Events = append(s.Events, e)
		}
		// In date order; an undated report of news belongs with its
		// articles' date, not after everything else.
		when := map[string]string{}
		for _, id := range s.Events {
			when[id] = storyDate(events[id], articles)
		}
		slices.SortFunc(s.Events, func(a, b string) int {
			return cmp.Or(dates.CompareISO(when[a], when[b]), cmp.Compare(total[b], total[a]), cmp.Compare(a, b))
		})
		// The headline event: what the versions' headlines (or first
		// sentences) report as news, the one most of them lead with;
		// failing that, the most central core event.
		var cores []string
		for _, v := range versions {
			for _, e := range core[v] {
				if !slices.Contains(cores, e) {
					cores = append(cores, e)
				}
			}
		}
		slices.SortFunc(cores, func(a, b string) int { return cmp.Or(cmp.Compare(total[b], total[a]), cmp.Compare(a, b)) })
		if len(cores) > 0 {
			s.Headline = cores[0]
		}
		for _, e := range cores {
			if eventTitle(events[e], gz) != "" {
				s.Headline = e // the most central the title can name
				break
			}
		}
		leads := map[string][]leadMention{}
		for _, v := range versions {
			leads[v] = leadOf(articles[v], reported[v])
		}
		if h, lead := headlineEvent(versions, leads); h != "" {
			var others []leadMention
			for _, v := range versions {
				others = append(others, leads[v]...)
			}
			// A lead event the title cannot say (no one named as acting)
			// leaves the headline to the most central core event.
			if s.Title = headline(lead, others, h, events, gz); s.Title != "" {
				s.Headline = h
			}
		}
		if s.Title == "" {
			s.Title = storyTitle(cores, events, articles, gz)
		}
		if s.Title == "" {
			// No event in its headline or lede: name it by what it reports most.
			byWeight := slices.Clone(s.Events)
			slices.SortStableFunc(byWeight, func(a, b string) int { return cmp.Compare(total[b], total[a]) })
			s.Title = storyTitle(byWeight, events, articles, gz)
			for _, e := range byWeight {
				if s.Title != "" && eventTitle(events[e], gz) != "" {
					s.Headline = e // the event the title starts with
					break
				}
			}
		}
		if s.Title == "" {
			s.Title = articles[versions[0]].Title // no event: the article's own title
		}
		// Related coverage: other articles reporting a core event of this
		// story, not as their main subject, in corpus order.
		related := map[string]bool{}
		for _, e := range cores {
			for _, a := range reporters[e] {
				if articles[a].DuplicateOf == "" && find(a) != r && !slices.Contains(unread[r], a) {
					related[a] = true
				}
			}
		}
		s.Related = slices.SortedFunc(maps.Keys(related), func(a, b string) int { return order[a] - order[b] })
		s.Duplicates = copies[r]
		s.Unanalysed = unread[r]
		s.Differences = differences(s, articles, events, gz)
		s.Possible = possible(&s, articles, events, gz, tr)
		h := sha256.Sum256([]byte(strings.Join(versions, ",")))
		s.ID = "s" + hex.EncodeToString(h[:])[:10]
		stories = append(stories, s)
	}
	// Stories with the most versions first, then by their first article.
	slices.SortStableFunc(stories, func(a, b dataset.Story) int {
		return cmp.Or(cmp.Compare(len(b.Versions), len(a.Versions)), cmp.Compare(len(b.Related), len(a.Related)), cmp.Compare(order[a.Versions[0]], order[b.Versions[0]]))
	})
	return stories
}

// storyDate is where an event sits in a story's timeline: its date, or
// for undated news the latest date of the articles that report it.
func storyDate(e *dataset.Event, articles map[string]*dataset.Article) string {
	if e.Date != "" || e.Background {
		return e.Date
	}
	var d string
	for _, m := range e.Mentions {
		if p := articles[m.Article].Meta.Published; p > d {
			d = p
		}
	}
	return d
}

func root(articles map[string]*dataset.Article, id string) string {
	for range 8 {
		a := articles[id]
		if a == nil || a.DuplicateOf == "" {
			break
		}
		id = a.DuplicateOf
	}
	return id
}

// leadMention is an event an article's lead reports, where it does.
type leadMention struct {
	event      string
	at         int // byte offset of the trigger in the lead paragraph
	background bool
	asserted   bool
}

// leadOf lists the events an article's lead reports, in the order it names
// them: its headline paragraph, or without one the first sentence of its
// text.
func leadOf(a *dataset.Article, events []*dataset.Event) []leadMention {
	para, end := -1, 0
	for i, p := range a.Paragraphs {
		if p.Kind == dataset.KindTitle {
			para, end = i, len(p.Text)
			break
		}
		if p.Kind == dataset.KindText && para < 0 && len(p.Sentences) > 0 {
			para, end = i, p.Sentences[0].End
			break
		}
	}
	var out []leadMention
	for _, e := range events {
		for _, m := range e.Mentions {
			if m.Article == a.ID && m.Paragraph == para && m.Trigger.Start < end {
				out = append(out, leadMention{e.ID, m.Trigger.Start, m.Background, m.Modality == dataset.Asserted})
				break
			}
		}
	}
	slices.SortFunc(out, func(x, y leadMention) int { return cmp.Or(cmp.Compare(x.at, y.at), cmp.Compare(x.event, y.event)) })
	return out
}

// headlineEvent is the news event most versions lead with (the earliest
// version's first on a tie), and the lead it was taken from.
func headlineEvent(versions []string, leads map[string][]leadMention) (string, []leadMention) {
	count := map[string]int{}
	for _, v := range versions {
		seen := map[string]bool{}
		for _, l := range leads[v] {
			if l.asserted && !l.background && !seen[l.event] {
				seen[l.event] = true
				count[l.event]++
			}
		}
	}
	best, bestN := "", 0
	var from []leadMention
	for _, v := range versions {
		for _, l := range leads[v] {
			if count[l.event] > bestN {
				best, bestN, from = l.event, count[l.event], leads[v]
			}
		}
	}
	return best, from
}

// headline writes a story's English title as a headline would: the lead
// event, the other acts its agent does in the same lead, and the history
// it answers ("France suspends cooperation with Mali and expels two
// Malian diplomats after Mali arrested a French national").
//
// lead is the lead the headline event was taken from; all holds every
// version's, where the history may be told.
func headline(lead, all []leadMention, h string, events map[string]*dataset.Event, gz *gazetteer.Gazetteer) string {
	main := events[h]
	subject, predicate := headlineParts(main, gz)
	if predicate == "" {
		return ""
	}
	preds := []string{predicate}
	for _, l := range lead {
		e := events[l.event]
		if l.event == h || e == nil {
			continue
		}
		if subj, pred := headlineParts(e, gz); l.asserted && !l.background && subj == subject && pred != "" && !slices.Contains(preds, pred) && len(preds) < 2 {
			preds = append(preds, pred)
		}
	}
	var after string
	for _, l := range all {
		if e := events[l.event]; e != nil && l.background && after == "" && len(e.Source) > 0 && names(e.Source, gz) != subject {
			after = pastTense(e, gz)
		}
	}
	title := strings.TrimSpace(subject + " " + strings.Join(preds, " and "))
	if after != "" {
		title += " after " + after
	}
	return title
}

// headlineParts splits an event's headline into its subject and the rest:
// "France", "expels two Malian diplomats"; a coup has only a subject.
func headlineParts(e *dataset.Event, gz *gazetteer.Gazetteer) (string, string) {
	t := eventTitle(e, gz)
	if t == "" {
		return "", ""
	}
	src := names(e.Source, gz)
	if src == "" || !strings.HasPrefix(t, src+" ") {
		return "", t
	}
	return src, strings.TrimPrefix(t, src+" ")
}

func names(ids []string, gz *gazetteer.Gazetteer) string {
	var ns []string
	for _, id := range ids {
		if x := gz.Entity(id); x != nil {
			ns = append(ns, x.Name)
		}
	}
	return strings.Join(ns, " and ")
}

// verb is the English verb of an event type in the three forms titles use
// (eventtype.Verb): coups are titled on their own; dissolving parties and
// "other" have no past form, so no title tells them as what came before
// the news.
func verb(typ string) eventtype.Verb {
	t, _ := eventtype.Lookup(typ)
	return t.Verb
}

// agree makes a verb phrase's possessive agree with who does it: "reduces
// its presence" of a state, "reduces their presence" of several, "reduces
// France's presence" of a person who acts for France (never "Emmanuel
// Macron reduces its presence").
func agree(verb string, source []string, gz *gazetteer.Gazetteer) string {
	if !strings.Contains(verb, "its ") {
		return verb
	}
	switch {
	case len(source) > 1:
		return strings.Replace(verb, "its ", "their ", 1)
	case len(source) == 1:
		if e := gz.Entity(source[0]); e != nil && e.Kind == dataset.EntityPerson {
			if c := gz.Entity(gz.Country(source[0])); c != nil && c.ID != source[0] {
				return strings.Replace(verb, "its ", c.Name+"'s ", 1)
			}
			return strings.Replace(verb, "its ", "the ", 1)
		}
	}
	return verb
}

// pastTense writes an event as history: "Mali arrested a French national".
func pastTense(e *dataset.Event, gz *gazetteer.Gazetteer) string {
	src, verb := names(e.Source, gz), agree(verb(e.Type).Past, e.Source, gz)
	if src == "" || verb == "" {
		return ""
	}
	if e.Affected.Text != "" && (e.Type == "arrest" || e.Type == "expel" || e.Type == "kidnapping") {
		return src + " " + verb + " " + e.Affected.Text
	}
	if t := names(e.Target, gz); t != "" {
		return src + " " + verb + " " + t
	}
	return ""
}

// storyTitle writes an English title from the story's main events, as a
// headline would, in two clauses at most and never as a list: the first
// event the title can name, and the next one when the same agent does it
// ("France suspends cooperation with Mali and expels two Malian
// diplomats").
func storyTitle(cores []string, events map[string]*dataset.Event, articles map[string]*dataset.Article, gz *gazetteer.Gazetteer) string {
	first, subject := "", ""
	for _, id := range cores {
		t := eventTitle(events[id], gz)
		if t == "" || t == first {
			continue
		}
		if first == "" {
			first = t
			subject, _ = headlineParts(events[id], gz)
			continue
		}
		if subj, pred := headlineParts(events[id], gz); subject != "" && subj == subject && pred != "" {
			return first + " and " + pred
		}
	}
	return first
}

func eventTitle(e *dataset.Event, gz *gazetteer.Gazetteer) string {
	name := func(ids []string) string {
		var ns []string
		for _, id := range ids {
			if x := gz.Entity(id); x != nil {
				ns = append(ns, x.Name)
			}
		}
		return strings.Join(ns, " and ")
	}
	src, tgt := name(e.Source), name(e.Target)
	switch e.Type {
	case "coup":
		coup := "Coup"
		if e.Modality == dataset.Attempted {
			coup = "Coup attempt"
		}
		if tgt == "" {
			return coup
		}
		return coup + " in " + tgt
	case "dissolve-parties":
		if src == "" {
			src = tgt
		}
		return strings.TrimSpace(src + " dissolves political parties")
	}
	if src == "" {
		return ""
	}
	forms := verb(e.Type)
	forms.Present, forms.Base = agree(forms.Present, e.Source, gz), agree(forms.Base, e.Source, gz)
	verb := forms.Present
	switch e.Modality {
	case dataset.Future:
		verb = "to " + forms.Base
	case dataset.Hypothetical:
		verb = "may " + forms.Base
	}
	// People acted on are named as the text describes them: "a French
	// national", "two Malian diplomats".
	if a := e.Affected; a.Text != "" && (e.Type == "arrest" || e.Type == "expel" || e.Type == "kidnapping") {
		return fmt.Sprintf("%s %s %s", src, verb, a.Text)
	}
	if tgt == "" {
		return strings.TrimSuffix(strings.TrimSuffix(src+" "+verb, " with"), " of")
	}
	return src + " " + verb + " " + tgt
}

// differences finds, for every event of a story reported by two versions
// or more, where they disagree: how many, when, where, and how the people
// concerned are described.
func differences(s dataset.Story, articles map[string]*dataset.Article, events map[string]*dataset.Event, gz *gazetteer.Gazetteer) []dataset.Difference {
	var out []dataset.Difference
	place := make(map[string]int, len(s.Versions)) // version → its column
	for i, v := range s.Versions {
		place[v] = i
	}
	for _, id := range s.Events {
		e := events[id]
		per := map[string][]dataset.Mention{}
		var in []string
		for _, m := range e.Mentions {
			if _, ok := place[m.Article]; ok {
				if per[m.Article] == nil {
					in = append(in, m.Article)
				}
				per[m.Article] = append(per[m.Article], m)
			}
		}
		if len(in) < 2 {
			continue
		}
		slices.SortFunc(in, func(a, b string) int { return place[a] - place[b] })
		for _, kind := range []string{dataset.DiffQuantity, dataset.DiffDate, dataset.DiffPlace, dataset.DiffDescription} {
			var values []dataset.DiffValue
			distinct := map[string]bool{}
			for _, a := range in {
				v, gloss := aspect(kind, per[a], articles[a], gz)
				if v == "" {
					continue
				}
				values = append(values, dataset.DiffValue{Article: a, Value: v, Gloss: gloss})
				distinct[gloss] = true
			}
			if len(distinct) > 1 && !(kind == dataset.DiffDate && datesAgree(values)) {
				out = append(out, dataset.Difference{Event: id, Kind: kind, Values: values})
			}
		}
	}
	return out
}

// aspect is what one version says on one point of an event: as written,
// and in English for comparing.
func aspect(kind string, ms []dataset.Mention, a *dataset.Article, gz *gazetteer.Gazetteer) (string, string) {
	var written, glosses []string
	add := func(w, g string) {
		if w != "" && !slices.Contains(written, w) {
			written = append(written, w)
		}
		if g != "" && !slices.Contains(glosses, g) {
			glosses = append(glosses, g)
		}
	}
	for _, m := range ms {
		switch kind {
		case dataset.DiffQuantity:
			for _, q := range m.Quantities {
				add(q.Text, strconv.FormatFloat(q.Value, 'f', -1, 64)+" "+q.Noun)
			}
		case dataset.DiffDate:
			if m.Date != "" && !strings.HasPrefix(m.Date, "--") {
				add(m.Date, m.Date)
			}
		case dataset.DiffPlace:
			for _, mk := range a.Paragraphs[m.Paragraph].Marks {
				if mk.Kind == dataset.MarkEntity && mk.Start >= m.Sentence.Start && mk.End <= m.Sentence.End {
					if e := gz.Entity(mk.Entity); e != nil && e.Kind == dataset.EntityPlace && e.StandsFor == "" {
						add(a.Paragraphs[m.Paragraph].Text[mk.Start:mk.End], e.Name)
					}
				}
			}
		case dataset.DiffDescription:
			if m.Described != "" {
				add(m.Described, descriptionGloss(m, a))
			}
		}
	}
	slices.Sort(glosses)
	return strings.Join(written, " · "), strings.Join(glosses, ", ")
}

// descriptionGloss is the English descriptor of a mention's description.
func descriptionGloss(m dataset.Mention, a *dataset.Article) string {
	if m.Gloss != "" {
		return m.Gloss
	}
	return m.Described
}

// datesAgree: dates that are the same or one a refinement of the other
// ("2025-08" and "2025-08-14") are no difference.
func datesAgree(values []dataset.DiffValue) bool {
	for _, x := range values {
		for _, y := range values {
			if !strings.HasPrefix(x.Gloss, y.Gloss) && !strings.HasPrefix(y.Gloss, x.Gloss) {
				return false
			}
		}
	}
	return true
}
