package stories

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"parallax/dataset"
	"parallax/dataset/internal/build/dates"
	"parallax/dataset/internal/build/gazetteer"
)

// A profile is what an article's headline and lede report, as features
// that compare across languages: the events they tell (by the merged
// event, and by type and parties, which survive a merge that failed),
// the entities they name (through the gazetteer, so «تشاد», "Tschad" and
// "Chad" are one), the days they give and the numbers they write. Each
// feature weighs by where it stands: the headline most.
type profile struct {
	features map[string]float64
	// published is the day a sidecar says the article was published,
	// and news the day its lede dates its news, as day numbers, or
	// noDay.
	published, news int
	// day is the better of the two: published, else news.
	day      int
	analysed bool // in a language the extractors read
	// headline holds the features (e: and t:) of the events the headline
	// reports as news; events those of the whole lede.
	headline, events map[string]bool
}

const noDay = dates.MinDay

// Feature kinds, each its own weight: an event the lede tells is the
// strongest sign two articles report one thing; its type and parties
// stand in where the merge kept two reports of it apart.
const (
	wEvent  = 2.0
	wTyped  = 1.5
	wEntity = 1.0
	wDate   = 1.0
	wNumber = 1.0
)

// Position weights: the headline (or, with none, the first sentence)
// says what the article is about; the rest of the lede says it again
// with its context.
const (
	wHeadline = 2.0
	wLede     = 1.0
)

// leadReach is how many text paragraphs after the headline count as the
// lede when the article has a headline; without one the first sentence is
// the headline and the lede reaches one paragraph further.
const leadReach = 2

// position weighs where a span of an article stands: the headline, the
// lede, or beyond (0).
func position(l *layout, para, at int) float64 {
	p := l.a.Paragraphs[para]
	if p.Kind == dataset.KindTitle {
		return wHeadline
	}
	body := l.body[para]
	if !l.titled {
		if body == 0 && len(p.Sentences) > 0 && at < p.Sentences[0].End {
			return wHeadline
		}
		if body <= leadReach && p.Kind == dataset.KindText {
			return wLede
		}
		return 0
	}
	if body < leadReach && p.Kind == dataset.KindText {
		return wLede
	}
	return 0
}

// profileOf builds an article's profile from its marks and the events
// whose mentions are in it (reports: the article's events).
func profileOf(a *dataset.Article, reports []*dataset.Event, gz *gazetteer.Gazetteer, analysed bool) profile {
	pr := profile{features: map[string]float64{}, day: noDay, published: noDay, news: noDay, analysed: analysed, headline: map[string]bool{}, events: map[string]bool{}}
	add := func(f string, w float64) {
		if w > pr.features[f] {
			pr.features[f] = w // a feature weighs by its best place, not how often it recurs
		}
	}
	if a.Meta.Published != "" && !a.Meta.PublishedInferred {
		if d := dates.ParseISO(a.Meta.Published); d.Precision() == "day" {
			pr.day, _ = d.Days()
		}
	}
	published := pr.day
	pr.published = published
	lay := newLayout(a)
	for i, p := range a.Paragraphs {
		for _, m := range p.Marks {
			pos := position(lay, i, m.Start)
			if pos == 0 {
				continue
			}
			switch m.Kind {
			case dataset.MarkEntity:
				w := wEntity
				if gz.Entity(m.Entity) == nil {
					// A capitalised word the gazetteer does not know is as
					// often a common noun at a sentence's start as a name.
					w /= 2
				}
				add("n:"+referent(m.Entity, gz), w*pos)
			case dataset.MarkDate:
				if d := dates.ParseISO(m.Date); d.Precision() == "day" {
					add("d:"+m.Date, wDate*pos)
				}
			}
		}
		for _, n := range numbers(p.Text) {
			if pos := position(lay, i, n.at); pos > 0 {
				add("#:"+n.value, wNumber*pos)
			}
		}
	}
	// An article whose headline reports news is about that news: the
	// lede's other events are its context ("US orders staff to leave
	// Mali … Since September, JNIM has blockaded fuel deliveries").
	context := 1.0
	for _, e := range reports {
		for _, m := range e.Mentions {
			if m.Article == a.ID && !m.Background && m.Modality == dataset.Asserted && position(lay, m.Paragraph, m.Trigger.Start) == wHeadline {
				context = 0.5
			}
		}
	}
	var ownDays, eventDays []int
	for _, e := range reports {
		for _, m := range e.Mentions {
			if m.Article != a.ID || m.Background {
				continue
			}
			pos := position(lay, m.Paragraph, m.Trigger.Start)
			if pos == 0 {
				continue
			}
			day, latest := noDay, noDay
			if d := dates.ParseISO(m.Date); d.Known() {
				latest = lastDay(d)
				if d.Precision() == "day" {
					day = latest
				}
			} else if d := dates.ParseISO(e.Date); e.DateSource == dataset.DateFromText && d.Known() {
				// Undated here, dated by the other reports of it.
				latest = lastDay(d)
				if d.Precision() == "day" {
					day = latest
				}
			}
			if published != noDay && latest != noDay && published-latest > lateReport {
				// Weeks before the article was published: what its
				// news follows from, whatever the sentence's grammar.
				continue
			}
			// By type and parties too: two reports of one act that the
			// merge kept apart.
			keys := []string{"e:" + e.ID, "t:" + e.Type + "|" + strings.Join(parties(e, gz), ",")}
			if pos != wHeadline {
				pos = pos * context
			}
			for i, k := range keys {
				pr.events[k] = true
				if position(lay, m.Paragraph, m.Trigger.Start) == wHeadline && m.Modality == dataset.Asserted {
					pr.headline[k] = true
				}
				if i == 0 {
					add(k, wEvent*pos)
				} else {
					add(k, wTyped*pos)
				}
			}
			if m.Modality != dataset.Asserted || day == noDay {
				continue
			}
			if m.Date != "" {
				ownDays = append(ownDays, day)
			} else {
				eventDays = append(eventDays, day)
			}
		}
	}
	if len(ownDays) > 0 {
		// The news is the latest thing the lede dates: what came before
		// it is what it answers.
		pr.news = slices.Max(ownDays)
	}
	if pr.day = pr.published; pr.day == noDay {
		pr.day = pr.news
	}
	hint := pr.day
	if hint == noDay && len(eventDays) > 0 {
		// The lede's news undated here but dated by its other reports is
		// a hint of the day, not proof: a report merged with the wrong
		// event would carry the wrong one.
		hint = slices.Max(eventDays)
	}
	if hint != noDay {
		// The day of the news is a feature too: in a corpus of many days,
		// two reports of one day are likelier one story, and of the next
		// day half as likely.
		add("p:"+strconv.Itoa(hint), wDate)
		for _, n := range []int{hint - 1, hint + 1} {
			add("p:"+strconv.Itoa(n), wDate/2)
		}
	}
	return pr
}

// lastDay is the last day a date may fall on: "2025-09" ends on the 30th.
func lastDay(d dates.Date) int {
	_, hi := d.Days()
	return hi
}

// referent is the entity a name stands for in news: a capital for its
// government ("Paris" for France), anything else for itself.
func referent(id string, gz *gazetteer.Gazetteer) string {
	if e := gz.Entity(id); e != nil && e.StandsFor != "" {
		return e.StandsFor
	}
	return id
}

// parties are an event's states and actors, each once, in a stable
// order: who acted on whom does not matter here, extractors often swap
// or drop one. An event with no party has the empty one.
func parties(e *dataset.Event, gz *gazetteer.Gazetteer) []string {
	var ps []string
	for _, id := range slices.Concat(e.Source, e.Target) {
		id = referent(id, gz)
		if c := gz.Country(id); c != "" {
			id = c
		}
		if !slices.Contains(ps, id) {
			ps = append(ps, id)
		}
	}
	if len(ps) == 0 {
		ps = []string{""}
	}
	slices.Sort(ps)
	return ps
}

// number is a figure written in digits, in any script's digits.
type number struct {
	at    int
	value string
}

// numbers finds the figures of a text written in digits: "1,000",
// "1.000", «٣٥٠», "६५". Years (1900–2099) are dates, not figures;
// single digits are too common to tell stories apart.
func numbers(text string) []number {
	var out []number
	start := -1
	var b strings.Builder
	flush := func() {
		if start >= 0 {
			v := b.String()
			n, err := strconv.Atoi(v)
			if err == nil && len(v) >= 2 && !(len(v) == 4 && n >= 1900 && n <= 2099) {
				out = append(out, number{start, strconv.Itoa(n)})
			}
		}
		start = -1
		b.Reset()
	}
	rs := []rune(text)
	offset := 0
	for i, r := range rs {
		switch {
		case unicode.IsDigit(r):
			if start < 0 {
				start = offset
			}
			b.WriteRune(rune('0' + digitValue(r)))
		case (r == ',' || r == '.' || r == '\u202f' || r == '\u00a0' || r == '٬') && start >= 0 && i+3 < len(rs)+1 && groupOfThree(rs[i+1:]):
			// a thousands separator: the group goes on
		default:
			flush()
		}
		offset += len(string(r))
	}
	flush()
	return out
}

// groupOfThree: exactly three digits follow, then no digit.
func groupOfThree(rs []rune) bool {
	if len(rs) < 3 {
		return false
	}
	for _, r := range rs[:3] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return len(rs) == 3 || !unicode.IsDigit(rs[3])
}

// digitValue is a decimal digit's value in any script.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	// Unicode lays every decimal digit set out as ten consecutive code
	// points from zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}
