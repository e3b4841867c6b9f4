package query

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"parallax/dataset"
)

// typeLabels name event types for readers.
var typeLabels = map[string]string{
	"arrest": "Arrest", "expel": "Expulsion", "suspend-cooperation": "Cooperation suspended",
	"reduce-presence": "Presence reduced", "cut-aid": "Aid cut", "travel-advisory": "Travel advisory",
	"withdraw-forces": "Forces withdrawn", "deploy-forces": "Forces deployed", "coup": "Coup",
	"attack": "Attack", "kidnapping": "Kidnapping", "blockade": "Blockade", "dissolve-parties": "Parties dissolved",
	"extend-term": "Term extended", "accuse": "Accusation", "deny": "Denial", "demand": "Demand",
	"threaten": "Threat", "talks": "Talks", "cooperate": "Cooperation", "protest": "Protest", "other": "Other",
}

// verbs say what the source did, for glosses: "France expelled …".
var verbs = map[string]string{
	"arrest": "arrested", "expel": "expelled", "suspend-cooperation": "suspended cooperation with",
	"reduce-presence": "reduced its presence in", "cut-aid": "cut aid to", "travel-advisory": "advised against travel to",
	"withdraw-forces": "withdrew forces from", "deploy-forces": "deployed forces to", "coup": "coup in",
	"attack": "attacked", "kidnapping": "kidnapped", "blockade": "blockaded", "dissolve-parties": "dissolved parties in",
	"extend-term": "extended the term of", "accuse": "accused", "deny": "denied", "demand": "made demands of",
	"threaten": "threatened", "talks": "held talks with", "cooperate": "cooperated with", "protest": "protested against",
	"other": "acted on",
}

// TypeLabel is an event type's name for readers.
func TypeLabel(t string) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return t
}

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
	return ix.byArticle[articleID]
}

// Parties names who acted on whom: "France → Mali".
func (ix *Index) Parties(e *dataset.Event) string {
	src, tgt := ix.names(e.Source), ix.names(e.Target)
	switch {
	case src != "" && tgt != "":
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
	var b strings.Builder
	src := ix.names(e.Source)
	if src == "" {
		src = "Someone"
	}
	switch e.Type {
	case "coup":
		b.WriteString("Coup")
		if t := ix.names(e.Target); t != "" {
			b.WriteString(" in " + t)
		}
		if src != "Someone" {
			b.WriteString(" by " + src)
		}
	default:
		b.WriteString(src + " " + verbs[e.Type])
		if t := ix.targets(e); t != "" {
			b.WriteString(" " + t)
		}
	}
	for _, q := range e.Quantities {
		if e.Affected.Count == q.Value && e.Affected.Text != "" {
			continue // "two Malian diplomats" says it already
		}
		fmt.Fprintf(&b, " · %s %s", strconv.FormatFloat(q.Value, 'f', -1, 64), plural(q.Noun, q.Value))
	}
	if e.Date != "" {
		b.WriteString(" · " + FormatDate(e.Date))
	}
	switch e.Modality {
	case dataset.Future:
		b.WriteString(" (announced for the future)")
	case dataset.Hypothetical:
		b.WriteString(" (possible, not reported as done)")
	case dataset.Attempted:
		b.WriteString(" (attempted, not carried out)")
	}
	if e.DateSource == dataset.DateFromPublished {
		b.WriteString(" (dated by its report)")
	}
	return b.String()
}

// targets names who an event acts on: people described rather than named
// as the text describes them ("a French national" rather than France),
// other targets by name.
func (ix *Index) targets(e *dataset.Event) string {
	a := e.Affected
	if a.Text == "" || !peopleActedOn[e.Type] {
		return ix.names(e.Target)
	}
	var ns []string
	described := false
	for _, id := range e.Target {
		if id == a.Entity && !described {
			ns, described = append(ns, a.Text), true
			continue
		}
		ns = append(ns, ix.Name(id))
	}
	if !described {
		ns = append(ns, a.Text)
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
	ix.events = map[string]*dataset.Event{}
	ix.byArticle = map[string][]ArticleEvent{}
	ix.byArticleAll = map[string][]ArticleEvent{}
	for i := range ix.DS.Events {
		e := &ix.DS.Events[i]
		ix.events[e.ID] = e
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
