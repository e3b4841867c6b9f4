package clean

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/fold"
	"parallax/dataset/internal/build/segment"
	"parallax/dataset/internal/build/words"
)

// Cleaned is an article's blocks with the scrape residue taken out.
type Cleaned struct {
	Blocks   []segment.Block
	Removed  []dataset.Removal
	Dateline string
}

// Clean takes scrape residue out of an article, in the order a scraper
// leaves it: page widgets and breaking-news labels anywhere, repeated lines,
// a bare dateline at the top, a trailing list of related headlines, and an
// off-topic first line. Everything removed is kept in Removed with its
// reason; nothing else is touched.
func Clean(blocks []segment.Block) Cleaned {
	c := Cleaned{}
	remove := func(b segment.Block, reason string) {
		c.Removed = append(c.Removed, dataset.Removal{Line: b.Line, Text: b.Text, Reason: reason})
	}

	// Labels and widgets, whole lines or leading prefixes. The lists are
	// made to size: a page of thousands of blocks is not copied over and
	// over as they grow.
	kept := make([]segment.Block, 0, len(blocks))
	for _, b := range blocks {
		key := labelKey(b.Text)
		switch {
		case breakingLabels[key]:
			remove(b, dataset.RemovedLabel)
			continue
		case widgets[key]:
			remove(b, dataset.RemovedWidget)
			continue
		case b.Kind == dataset.KindText || b.Kind == dataset.KindHeading:
			if label, rest := splitLabel(b.Text); label != "" {
				c.Removed = append(c.Removed, dataset.Removal{Line: b.Line, Text: label, Reason: dataset.RemovedLabel})
				b.Text = rest
			}
		}
		kept = append(kept, b)
	}

	// A short line repeated at the top is a dateline a scraper caught twice
	// («باريس» «باريس»); other repeated lines are simply doubled.
	blocks, kept = kept, make([]segment.Block, 0, len(kept))
	for i, b := range blocks {
		if i > 0 && b.Text == blocks[i-1].Text && b.Kind == blocks[i-1].Kind {
			prevKept := len(kept) > 0 && kept[len(kept)-1].Line == blocks[i-1].Line
			if isDatelineLine(b.Text) && i <= 3 && prevKept && c.Dateline == "" {
				// Both copies go: the place is kept as the dateline.
				kept = kept[:len(kept)-1]
				remove(blocks[i-1], dataset.RemovedDateline)
				remove(b, dataset.RemovedRepeatedLine)
				c.Dateline = b.Text
				continue
			}
			remove(b, dataset.RemovedRepeatedLine)
			continue
		}
		kept = append(kept, b)
	}

	// A wire dateline opening the first paragraph: "PARIS (AFP) — …".
	for i, b := range kept {
		if b.Kind != dataset.KindText || i > 2 {
			continue
		}
		if m := wireDateline.FindStringSubmatchIndex(b.Text); m != nil && m[1] < len(b.Text) {
			c.Dateline = strings.TrimSpace(b.Text[m[2]:m[3]])
			c.Removed = append(c.Removed, dataset.Removal{Line: b.Line, Text: strings.TrimSpace(b.Text[:m[1]]), Reason: dataset.RemovedDateline})
			kept[i].Text = b.Text[m[1]:]
		}
		break
	}

	kept = c.dropRelatedLinks(kept)
	kept = c.dropOffTopicHead(kept)
	c.Blocks = kept
	slices.SortStableFunc(c.Removed, func(a, b dataset.Removal) int { return cmp.Compare(a.Line, b.Line) })
	return c
}

// dropRelatedLinks removes the list of other articles' headlines that news
// pages end with: a run of at least two list items at the very end that no
// sentence introduces (a list after "include:" belongs to the article),
// with the "Read also" heading above it if there is one.
func (c *Cleaned) dropRelatedLinks(blocks []segment.Block) []segment.Block {
	end := len(blocks)
	start := end
	for start > 0 && blocks[start-1].Kind == dataset.KindItem && utf8.RuneCountInString(blocks[start-1].Text) <= 240 {
		start--
	}
	heading := start > 0 && relatedHeadings[labelKey(blocks[start-1].Text)]
	if end-start < 2 && !(heading && end-start >= 1) {
		return blocks
	}
	if start > 0 && !heading {
		prev := strings.TrimSpace(blocks[start-1].Text)
		if strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "：") {
			return blocks
		}
	}
	if heading {
		start--
	}
	for _, b := range blocks[start:end] {
		c.Removed = append(c.Removed, dataset.Removal{Line: b.Line, Text: b.Text, Reason: dataset.RemovedRelatedLinks})
	}
	return blocks[:start]
}

// dropOffTopicHead removes first lines that are headlines of something
// else: a scraper that starts one element too early picks up the previous
// story's headline (seed 003 opens with a drone strike in Lebanon). A line
// is off-topic when it reads as a headline and almost none of its content
// words occur in the rest of the article.
func (c *Cleaned) dropOffTopicHead(blocks []segment.Block) []segment.Block {
	for range 2 {
		if len(blocks) < 2 || !segment.IsHeadlineLike(blocks[0].Text) {
			return blocks
		}
		head := words.Content(blocks[0].Text)
		if len(head) < 3 {
			return blocks
		}
		var rest strings.Builder
		for _, b := range blocks[1:] {
			rest.WriteString(b.Text)
			rest.WriteByte('\n')
		}
		body := words.Content(rest.String())
		if len(body) < 20 || words.Overlap(head, body) >= offTopicOverlap {
			return blocks
		}
		c.Removed = append(c.Removed, dataset.Removal{Line: blocks[0].Line, Text: blocks[0].Text, Reason: dataset.RemovedOffTopic})
		blocks = blocks[1:]
	}
	return blocks
}

// offTopicOverlap is the share of a headline's content words that must
// recur in the article for the headline to belong to it. Real headlines
// share half or more of their words with the text; a stray one shares a
// word by chance at most.
const offTopicOverlap = 0.25

// isDatelineLine is a bare place name: one to three words, no punctuation.
func isDatelineLine(s string) bool {
	n := words.Count(s)
	return n >= 1 && n <= 3 && !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) && r != '-' && r != '\''
	})
}

// wireDateline matches a dateline at the start of a paragraph: a capitalised
// place, an optional date, an optional agency in brackets, and a dash.
var wireDateline = regexp.MustCompile(`^((?:[A-ZÀ-Þ][A-ZÀ-Þ'.-]+)(?: [A-ZÀ-Þ][A-ZÀ-Þ'.-]+){0,2})(?:, [\p{L} .]{3,20}\d{1,2}(?:, \d{4})?)? ?(?:\((?:AFP|Reuters|AP|dpa|EFE|ANSA|APS|AA|MAP)\))? ?[—–-] `)

// labelKey folds a short line for comparison with the lists below: folded,
// decorations and trailing punctuation gone.
func labelKey(s string) string {
	if len(s) > 80 {
		return ""
	}
	s = strings.Trim(s, " :|-–—•·*_[]()!.،؛«»\"'“”")
	return strings.Join(strings.Fields(fold.String(s)), " ")
}

// splitLabel separates a breaking-news label from a headline it prefixes:
// «عاجل | …», "BREAKING: …", "EILMELDUNG – …".
func splitLabel(s string) (label, rest string) {
	i := strings.IndexAny(s, ":|-–—")
	if i <= 0 || i > 40 {
		return "", s
	}
	if !breakingLabels[labelKey(s[:i])] {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	rest = strings.TrimSpace(s[i+size:])
	if rest == "" {
		return "", s
	}
	return strings.TrimSpace(s[:i+size]), rest
}

func keySet(lines ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lines {
		m[labelKey(l)] = true
	}
	return m
}

// breakingLabels mark a story as urgent, in the languages Parallax reads.
var breakingLabels = keySet(
	"عاجل", "خبر عاجل", "عاجل جدا", "حصري", "تحديث", "مباشر", "فيديو",
	"breaking", "breaking news", "just in", "urgent", "exclusive", "update", "updated", "developing", "developing story", "live", "watch",
	"alerte", "alerte info", "dernière minute", "dernière heure", "flash", "exclusif", "en direct",
	"última hora", "urgente", "exclusiva", "en vivo", "en directo",
	"eilmeldung", "eil", "exklusiv", "liveticker", "aktuell",
	"ब्रेकिंग", "ब्रेकिंग न्यूज़", "बड़ी खबर", "ताज़ा खबर", "लाइव",
)

// widgets are page chrome that a scraper copies as if it were text.
var widgets = keySet(
	"تم نسخ الرابط", "نسخ الرابط", "انسخ الرابط", "شارك", "شارك الخبر", "شارك المقال", "مشاركة", "طباعة",
	"اقرأ المزيد", "المزيد", "إعلان", "تابعونا", "تابعنا على", "اشترك",
	"link copied", "copy link", "copied", "share", "share this", "share this article", "print", "email", "e-mail",
	"read more", "see more", "show more", "advertisement", "advertising", "sponsored", "sponsored content",
	"subscribe", "sign up", "follow us", "click here", "comments", "facebook", "twitter", "whatsapp", "telegram",
	"linkedin", "reddit", "close", "menu", "skip to content", "skip to main content", "back to top",
	"lien copié", "copier le lien", "partager", "imprimer", "publicité", "lire la suite", "abonnez-vous",
	"enlace copiado", "copiar enlace", "compartir", "imprimir", "publicidad", "leer más", "suscríbete",
	"link kopiert", "link kopieren", "teilen", "drucken", "anzeige", "werbung", "mehr lesen", "weiterlesen", "abonnieren",
	"लिंक कॉपी किया गया", "लिंक कॉपी करें", "शेयर करें", "शेयर", "और पढ़ें", "विज्ञापन", "सब्सक्राइब करें",
)

// relatedHeadings introduce a list of other articles.
var relatedHeadings = keySet(
	"اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "الأكثر قراءة", "المزيد من الأخبار",
	"related", "related articles", "related stories", "related news", "read also", "also read", "more stories", "more from", "most read", "recommended",
	"à lire aussi", "lire aussi", "sur le même sujet", "les plus lus",
	"lee también", "noticias relacionadas", "te puede interesar", "más noticias",
	"lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "meistgelesen",
	"यह भी पढ़ें", "ये भी पढ़ें", "संबंधित खबरें", "और खबरें",
)
