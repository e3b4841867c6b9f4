package query

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/eventtype"
)

// clause says who did what to whom in English, for any of the types.
func clause(typ, src, tgt string) string {
	t, ok := eventtype.Lookup(typ)
	if !ok {
		t, _ = eventtype.Lookup(eventtype.Other)
	}
	p := t.Phrase
	switch {
	case src != "" && tgt != "" && src != tgt:
		return fmt.Sprintf(p.Both, src, tgt)
	case src != "":
		// Acting on oneself ("Goïta extended the term of Goïta") reads as
		// acting with no one else.
		return fmt.Sprintf(p.NoTarget, src)
	case tgt != "":
		return capitalise(fmt.Sprintf(p.NoSource, tgt))
	}
	return TypeLabel(typ)
}

// capitalise upper-cases the first letter of a sentence: "a French
// national arrested" begins a line.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// TypeLabel is an event type's name for readers.
func TypeLabel(t string) string { return eventtype.Label(t) }

// Entity returns the entity with the given id, or nil.
func (ix *Index) Entity(id string) *dataset.Entity { return ix.entities[id] }

// Name is an entity's English name, or its id when unknown.
func (ix *Index) Name(id string) string {
	if e := ix.entities[id]; e != nil {
		return e.Name
	}
	return id
}

// Event returns the event with the given id, or nil.
func (ix *Index) Event(id string) *dataset.Event { return ix.events[id] }

// ArticleEvent is an event as one article reports it.
type ArticleEvent struct {
	Event   *dataset.Event
	Mention dataset.Mention
}

// ArticleEvents lists the events an article reports, in the order of the
// text, one entry per event (its first mention in the article).
func (ix *Index) ArticleEvents(articleID string) []ArticleEvent {
	ix.articleOnce.Do(ix.indexArticles)
	return ix.byArticle[articleID]
}

// Parties names who acted on whom: "France → Mali", "Mali → a French
// national" where the people acted on are described.
func (ix *Index) Parties(e *dataset.Event) string {
	src, tgt := ix.names(e.Source), ix.targets(e, e.Affected.Text)
	switch {
	case src != "" && tgt != "" && src != tgt:
		return src + " → " + tgt
	case src != "":
		return src
	case tgt != "":
		return "→ " + tgt
	}
	return ""
}

// Gloss says an event in one English line: who did what to whom, when,
// how many — so that a reader of one language can follow all of them.
func (ix *Index) Gloss(e *dataset.Event) string {
	return ix.gloss(e, telling{affected: e.Affected.Text, count: e.Affected.Count, quantities: e.Quantities,
		date: e.Date, dateSource: e.DateSource, modality: e.Modality})
}

// What says what happened in one English line, without its date: for a
// list that shows the date beside it.
func (ix *Index) What(e *dataset.Event) string {
	return ix.gloss(e, telling{affected: e.Affected.Text, count: e.Affected.Count, quantities: e.Quantities, modality: e.Modality})
}

// Description is how one report describes the people an event acts on, in
// its own words and language, with the English.
type Description struct {
	Text, Lang string
	English    string // "a French national"; "" when the report gives none
}

// Descriptions lists the ways an event's reports describe the people it
// acts on, each once, in the order of its mentions.
func (ix *Index) Descriptions(e *dataset.Event) []Description {
	var out []Description
	for _, m := range e.Mentions {
		if m.Described == "" || slices.ContainsFunc(out, func(d Description) bool { return d.Text == m.Described }) {
			continue
		}
		d := Description{Text: m.Described, English: m.Affected}
		if d.English == "" {
			d.English = m.Gloss
		}
		if a := ix.Article(m.Article); a != nil {
			d.Lang = a.Lang
		}
		out = append(out, d)
	}
	return out
}

// ReportGloss says in one English line what the given mentions of e — one
// version's — tell of it: their own description of the people acted on,
// their numbers, their date and their modality. A cell of the comparison
// reads differently from its neighbour where the versions differ.
//
// Its actors are the version's too: a person the event's other reports
// name (its leader, a minister) is left out where this version's
// sentences do not name them. States stay: a text names one by its
// capital, its government or its army as often as by its name.
func (ix *Index) ReportGloss(e *dataset.Event, ms []dataset.Mention) string {
	if len(ms) > 0 {
		own := *e
		own.Source, own.Target = ix.namedIn(e.Source, ms), ix.namedIn(e.Target, ms)
		if len(own.Source)+len(own.Target) > 0 || len(e.Source)+len(e.Target) == 0 {
			e = &own
		}
	}
	t := telling{modality: dataset.Asserted}
	modality := ""
	for _, m := range ms {
		if t.affected == "" && m.Affected != "" {
			t.affected = m.Affected
		}
		for _, q := range m.Quantities {
			if !slices.ContainsFunc(t.quantities, func(x dataset.Quantity) bool { return x.Value == q.Value }) {
				t.quantities = append(t.quantities, q)
			}
		}
		if d := knownYear(m.Date, e.Date); len(d) > len(t.date) {
			t.date, t.dateSource = d, dataset.DateFromText
		}
		// The version reports the act itself if one of its sentences does.
		if modality == "" || m.Modality == dataset.Asserted {
			modality = m.Modality
		}
	}
	if modality != "" {
		t.modality = modality
	}
	if t.affected == "" {
		// A version that does not describe the people speaks of the same
		// ones: the event's description stands.
		t.affected = e.Affected.Text
	}
	for _, q := range t.quantities {
		if t.count == 0 && strings.Contains(t.affected, numberWord(q.Value)) {
			t.count = q.Value
		}
	}
	return ix.gloss(e, t)
}

// namedIn keeps the actors the mentions' sentences name, persons by
// their own marks; other actors stay.
func (ix *Index) namedIn(actors []string, ms []dataset.Mention) []string {
	var out []string
	for _, id := range actors {
		if x := ix.Entity(id); x == nil || x.Kind != dataset.EntityPerson || ix.marked(id, ms) {
			out = append(out, id)
		}
	}
	return out
}

// marked: one of the mentions' sentences marks the entity.
func (ix *Index) marked(id string, ms []dataset.Mention) bool {
	for _, m := range ms {
		a := ix.Article(m.Article)
		if a == nil || m.Paragraph >= len(a.Paragraphs) {
			continue
		}
		for _, mk := range a.Paragraphs[m.Paragraph].Marks {
			if mk.Kind == dataset.MarkEntity && mk.Entity == id && mk.Start >= m.Sentence.Start && mk.End <= m.Sentence.End {
				return true
			}
		}
	}
	return false
}

// knownYear completes a mention's date that has no year ("--08", August of
// an unknown year) from the event's, when they agree on the month; else
// it is dropped.
func knownYear(mention, event string) string {
	m, ok := strings.CutPrefix(mention, "--")
	if !ok {
		return mention
	}
	if len(event) >= 7 && event[5:7] == m {
		return event[:7]
	}
	return ""
}

// telling is what a gloss says of an event beyond its type and actors.
type telling struct {
	affected   string  // the people acted on, described: "a French national"
	count      float64 // how many of them the description already says
	quantities []dataset.Quantity
	date       string
	dateSource string
	modality   string
}

func (ix *Index) gloss(e *dataset.Event, t telling) string {
	var b strings.Builder
	src, tgt := ix.names(e.Source), ix.targets(e, t.affected)
	if e.Type == "coup" {
		tgt = ix.names(e.Target)
	}
	b.WriteString(said(e.Type, t.modality, src, tgt))
	for _, q := range t.quantities {
		if t.count == q.Value && t.affected != "" {
			continue // "two Malian diplomats" says it already
		}
		fmt.Fprintf(&b, " · %s %s", strconv.FormatFloat(q.Value, 'f', -1, 64), plural(q.Noun, q.Value))
	}
	switch {
	case t.date != "" && t.dateSource == dataset.DateFromPublished:
		// No sentence says when: the date is its first report's.
		b.WriteString(" (reported " + FormatDate(t.date) + ")")
	case t.date != "":
		b.WriteString(" (" + FormatDate(t.date) + ")")
	}
	return b.String()
}

// said is what happened, in a sentence whose verb carries the modality:
// "Mali arrested a French national", "France threatened to cut aid to
// Mali", "Attempted coup in Mali", "Denied: Mali arrested Malian
// officers". The verbs are the event type's (dataset/eventtype).
func said(typ, modality, src, tgt string) string {
	if src == tgt {
		tgt = "" // acting on oneself reads as acting with no one else
	}
	if typ == "coup" {
		// Coups are said with their country: "Coup in Mali by the army".
		s := "Coup"
		if modality == dataset.Attempted {
			s = "Attempted coup"
		}
		if tgt != "" {
			s += " in " + tgt
		}
		if src != "" {
			s += " by " + src
		}
		return modalityPrefix(modality, s, true)
	}
	t, ok := eventtype.Lookup(typ)
	base := strings.TrimSpace(t.Verb.Base + " " + tgt)
	if ok && t.Verb.Base != "" && src != "" {
		switch modality {
		case dataset.Attempted:
			return src + " tried to " + base
		case dataset.Threatened:
			return src + " threatened to " + base
		case dataset.Future:
			return src + " will " + base
		case dataset.Hypothetical:
			return src + " may " + base
		case dataset.Demanded:
			// The subjunctive is the base form: "that France withdraw".
			return "Demand that " + src + " " + base
		}
	}
	if ok && t.Verb.Base != "" && src == "" && tgt != "" {
		switch modality {
		case dataset.Attempted:
			return "Attempt to " + base
		case dataset.Threatened:
			return "Threat to " + base
		}
	}
	return modalityPrefix(modality, clause(typ, src, tgt), false)
}

// modalityPrefix says, before a clause told as done, that it was not: what
// a verb could not carry.
func modalityPrefix(modality, clause string, attemptSaid bool) string {
	switch modality {
	case dataset.Attempted:
		if attemptSaid {
			return clause
		}
		return "Attempted, not done: " + clause
	case dataset.Threatened:
		return "Threatened, not done: " + clause
	case dataset.Future:
		return "Announced, not done yet: " + clause
	case dataset.Hypothetical:
		return "Possible, not reported as done: " + clause
	case dataset.Demanded:
		return "Demanded, not done: " + clause
	case dataset.Denied:
		return "Denied: " + clause
	}
	return clause
}

// numberWord is how a description writes a small count: "two".
func numberWord(v float64) string {
	words := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if v >= 1 && v < float64(len(words)) && v == float64(int(v)) {
		return words[int(v)] + " "
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + " "
}

// targets names who an event acts on: people described rather than named
// as the text describes them ("a French national" rather than France),
// other targets by name.
func (ix *Index) targets(e *dataset.Event, affected string) string {
	if affected == "" || !peopleActedOn[e.Type] {
		return ix.names(e.Target)
	}
	var ns []string
	described := false
	for _, id := range e.Target {
		if id == e.Affected.Entity && !described {
			ns, described = append(ns, affected), true
			continue
		}
		ns = append(ns, ix.Name(id))
	}
	if !described {
		ns = append(ns, affected)
	}
	return joinNames(ns)
}

// peopleActedOn are the types whose target is people: their description
// reads better than their country ("Mali arrested a French national").
var peopleActedOn = map[string]bool{"arrest": true, "expel": true, "kidnapping": true}

func plural(noun string, n float64) string {
	if n == 1 || noun == "" || noun == "staff" || noun == "embassy staff" || noun == "troops" || noun == "personnel" {
		return noun
	}
	return noun + "s"
}

func (ix *Index) names(ids []string) string {
	var ns []string
	for _, id := range ids {
		ns = append(ns, ix.Name(id))
	}
	return joinNames(ns)
}

// joinNames writes "A", "A and B", "A, B and C".
func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// FormatDate writes an ISO partial date for readers: "12 September 2025",
// "September 2025", "2025", "August (year unknown)".
func FormatDate(iso string) string {
	if m, ok := strings.CutPrefix(iso, "--"); ok {
		if n, err := strconv.Atoi(m); err == nil && n >= 1 && n <= 12 {
			return months[n-1] + " (year unknown)"
		}
		return iso
	}
	parts := strings.Split(iso, "-")
	n := make([]int, len(parts))
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return iso
		}
		n[i] = v
	}
	switch {
	case len(n) == 3 && n[1] >= 1 && n[1] <= 12:
		return fmt.Sprintf("%d %s %d", n[2], months[n[1]-1], n[0])
	case len(n) == 2 && n[1] >= 1 && n[1] <= 12:
		return fmt.Sprintf("%s %d", months[n[1]-1], n[0])
	case len(n) == 1:
		return parts[0]
	}
	return iso
}

// index of events by article, built by New.
func (ix *Index) indexEvents() {
	ix.events = make(map[string]*dataset.Event, len(ix.DS.Events))
	for i := range ix.DS.Events {
		ix.events[ix.DS.Events[i].ID] = &ix.DS.Events[i]
	}
}

// indexArticles lists each article's events, on first use.
func (ix *Index) indexArticles() {
	ix.byArticle = map[string][]ArticleEvent{}
	ix.byArticleAll = map[string][]ArticleEvent{}
	for i := range ix.DS.Events {
		e := &ix.DS.Events[i]
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			ix.byArticleAll[m.Article] = append(ix.byArticleAll[m.Article], ArticleEvent{e, m})
			if seen[m.Article] {
				continue
			}
			seen[m.Article] = true
			ix.byArticle[m.Article] = append(ix.byArticle[m.Article], ArticleEvent{e, m})
		}
	}
	for _, list := range ix.byArticle {
		slices.SortFunc(list, func(a, b ArticleEvent) int {
			return cmp.Or(cmp.Compare(a.Mention.Paragraph, b.Mention.Paragraph), cmp.Compare(a.Mention.Sentence.Start, b.Mention.Sentence.Start), cmp.Compare(a.Event.ID, b.Event.ID))
		})
	}
}
