package build_test

import (
	"fmt"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/stories"
)

// TestPossiblyMentioned measures "not reported" on hand-written sentences
// in the six languages: for a story about France and Mali, France's denial
// of Mali's charges and Wagner's troops in Mali, each sentence either
// tells an event (in other words than the extractor needs) or is silent
// on it. A silence must not be flagged often (the precision of "possibly
// mentioned"), and above all a mention must not be missed: a cell that
// says "not reported" where the version tells the event is a false
// blindspot (the precision of "not reported").
func TestPossiblyMentioned(t *testing.T) {
	deny := &dataset.Event{ID: "deny", Type: "deny", Source: []string{"france"}, Target: []string{"mali"}}
	wagner := &dataset.Event{ID: "wagner", Type: "deploy-forces", Source: []string{"wagner-group"}, Target: []string{"mali"}}
	home := []string{"france", "mali"}
	// Each language's sentences: the denial, a silence on both, the
	// Wagner troops, another silence on both.
	sentences := map[string][4]string{
		"en": {"France rejected the accusations from Bamako as baseless.", "France and Mali have been at odds since 2022.",
			"Hundreds of Wagner fighters are now in Mali.", "Mali's army patrols the north of the country."},
		"fr": {"La France a rejeté les accusations de Bamako, qu'elle juge sans fondement.", "La France et le Mali sont en froid depuis 2022.",
			"Des centaines de combattants de Wagner sont désormais au Mali.", "L'armée malienne patrouille dans le nord du pays."},
		"es": {"Francia rechazó las acusaciones de Bamako y las calificó de infundadas.", "Francia y Malí mantienen una relación tensa desde 2022.",
			"Cientos de combatientes de Wagner están ahora en Malí.", "El ejército maliense patrulla el norte del país."},
		"de": {"Frankreich wies die Vorwürfe aus Bamako als haltlos zurück.", "Frankreich und Mali sind seit 2022 zerstritten.",
			"Hunderte Wagner-Kämpfer sind inzwischen in Mali.", "Die malische Armee patrouilliert im Norden des Landes."},
		"ar": {"رفضت فرنسا اتهامات باماكو ووصفتها بأنها لا أساس لها.", "تشهد العلاقات بين فرنسا ومالي توترا منذ عام 2022.",
			"يوجد مئات من مقاتلي فاغنر في مالي حاليا.", "يقوم الجيش المالي بدوريات في شمال البلاد."},
		"hi": {"फ्रांस ने बामाको के आरोपों को निराधार बताकर खारिज कर दिया।", "फ्रांस और माली के संबंध 2022 से तनावपूर्ण हैं।",
			"वैगनर समूह के सैकड़ों लड़ाके अब माली में हैं।", "माली की सेना देश के उत्तर में गश्त करती है।"},
	}
	var notReported, wrongNotReported, flagged, wrongFlagged int
	for _, lang := range []string{"ar", "de", "en", "es", "fr", "hi"} {
		for i, text := range sentences[lang] {
			r := build.Article(build.Input{File: fmt.Sprintf("%s-%d.txt", lang, i), Raw: []byte(text)}, env(), build.Options{})
			if !r.OK {
				t.Fatalf("%s %d: not built: %v", lang, i, r.Diagnostics)
			}
			a := r.Article
			a.Lang = lang // one sentence is too short to detect its language
			for _, e := range []*dataset.Event{deny, wagner} {
				tells := i == 0 && e == deny || i == 2 && e == wagner
				p, found := stories.MayReport(&a, e, home, env().Gazetteer, env().Lexicon)
				switch {
				case found && !tells:
					flagged++
					wrongFlagged++
					t.Logf("%s: %q flagged as possibly telling %s (%s)", lang, text, e.Type, p.Reason)
				case found:
					flagged++
				case tells:
					notReported++
					wrongNotReported++
					t.Errorf("%s: %q tells %s, and would be 'not reported'", lang, text, e.Type)
				default:
					notReported++
				}
			}
		}
	}
	precision := float64(notReported-wrongNotReported) / float64(notReported)
	t.Logf("'not reported': %d cells, precision %.2f; 'possibly mentioned': %d, of them %d silences", notReported, precision, flagged, wrongFlagged)
	if precision < 1 {
		t.Errorf("precision of 'not reported' %.2f, want 1", precision)
	}
	if wrongFlagged > flagged/2 {
		t.Errorf("%d of %d 'possibly mentioned' are silences", wrongFlagged, flagged)
	}
}

// TestPossiblyMentionedDay: a sentence that gives only the event's day may
// mention it when the day comes from the text of its reports; a day taken
// from the publication is that of all the day's news, and suggests
// nothing. The sentence names neither party, so only the day can count.
func TestPossiblyMentionedDay(t *testing.T) {
	text := "Le 12 mars 2025, la capitale a vécu une journée agitée."
	r := build.Article(build.Input{File: "day.txt", Raw: []byte(text)}, env(), build.Options{})
	if !r.OK {
		t.Fatalf("not built: %v", r.Diagnostics)
	}
	a := r.Article
	a.Lang = "fr"
	for _, tc := range []struct {
		source string
		want   bool
	}{
		{dataset.DateFromText, true},
		{dataset.DateFromPublished, false},
	} {
		e := &dataset.Event{ID: "e", Type: "expel", Source: []string{"senegal"}, Target: []string{"gambia"}, Date: "2025-03-12", DatePrecision: "day", DateSource: tc.source}
		p, found := stories.MayReport(&a, e, []string{"senegal", "gambia"}, env().Gazetteer, env().Lexicon)
		if found != tc.want || found && p.Reason != dataset.PossibleDate {
			t.Errorf("date from %s: possibly mentioned %v (%s), want %v", tc.source, found, p.Reason, tc.want)
		}
	}
}
