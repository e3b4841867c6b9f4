package build_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// TestDates reads dates in the six languages, absolute and relative,
// against a publication date of Friday 12 September 2025 from the sidecar.
// Each case lists the dates found, as "text=ISO".
func TestDates(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       []string
	}{
		{"en", "Mali arrested him last month, and France answered on Thursday; the coup was on 18 August 2020, in mid-August.",
			[]string{"last month=2025-08", "Thursday=2025-09-11", "18 August 2020=2020-08-18", "mid-August=2025-08"}},
		{"fr", "Il a été arrêté le 15 août, et Paris a répondu jeudi dernier ; les soldats sont partis en août 2022.",
			[]string{"15 août=2025-08-15", "jeudi dernier=2025-09-11", "août 2022=2022-08"}},
		{"es", "Fue detenido el mes pasado y Francia respondió el pasado jueves, tras el golpe del 18 de agosto de 2020.",
			[]string{"el mes pasado=2025-08", "pasado jueves=2025-09-11", "18 de agosto de 2020=2020-08-18"}},
		{"de", "Er wurde im vergangenen Monat festgenommen; Paris reagierte am Donnerstag und am Mittwochabend, nach dem Putsch vom 18. August 2020.",
			[]string{"vergangenen Monat=2025-08", "Donnerstag=2025-09-11", "Mittwochabend=2025-09-10", "18. August 2020=2020-08-18"}},
		{"ar", "اعتقلته السلطات الشهر الماضي، منذ سبتمبر الماضي، في ١٥ آب ٢٠٢٥، وردت باريس يوم الخميس.",
			[]string{"الشهر الماضي=2025-08", "سبتمبر الماضي=2024-09", "١٥ آب ٢٠٢٥=2025-08-15", "الخميس=2025-09-11"}},
		{"ar", "منحت السلطات في ٨ تموز/يوليو ٢٠٢٥ رئيسها ولاية، بعد انقلاب آب ٢٠٢٠، واعتُقل منتصف آب الماضي.",
			[]string{"٨ تموز/يوليو ٢٠٢٥=2025-07-08", "آب ٢٠٢٠=2020-08", "منتصف آب الماضي=2025-08"}},
		{"hi", "मई 2025 में सैन्य सरकार ने दलों को भंग कर दिया।",
			[]string{"मई 2025=2025-05"}},
		{"hi", "उसे पिछले महीने गिरफ्तार किया गया, फ्रांस ने गुरुवार को जवाब दिया, और २४ जनवरी २०२२ को तख्तापलट हुआ था।",
			[]string{"पिछले महीने=2025-08", "गुरुवार=2025-09-11", "२४ जनवरी २०२२=2022-01-24"}},
		// A day after its month, or written as an ordinal, keeps its day.
		{"en", "The four officials were detained on December 1, and on the 3rd of September the court charged them, after a hearing on August 22nd.",
			[]string{"December 1=2024-12-01", "3rd of September=2025-09-03", "August 22nd=2025-08-22"}},
		{"fr", "Les quatre Français ont été arrêtés le 1er décembre dernier, puis inculpés le 1er septembre.",
			[]string{"1er décembre=2024-12-01", "1er septembre=2025-09-01"}},
		{"es", "Los cuatro fueron detenidos el 1º de septiembre, antes del 30 de agosto de 2025 no.",
			[]string{"1º de septiembre=2025-09-01", "30 de agosto de 2025=2025-08-30"}},
		// A month of a year said relative to the reference is one date.
		{"es", "El acuerdo de febrero de este año sustituyó al pacto firmado en marzo del año pasado, según el Gobierno.",
			[]string{"febrero de este año=2025-02", "marzo del año pasado=2024-03"}},
		{"en", "The accord signed in February last year replaced the one of March this year, the government said.",
			[]string{"February last year=2024-02", "March this year=2025-03"}},
		{"fr", "L'accord de février de l'année dernière a remplacé celui de mars de cette année, selon le gouvernement.",
			[]string{"février de l'année dernière=2024-02", "mars de cette année=2025-03"}},
		{"ar", "حل اتفاق فبراير من العام الماضي محل اتفاق مارس من العام الجاري، بحسب الحكومة.",
			[]string{"فبراير من العام الماضي=2024-02", "مارس من العام الجاري=2025-03"}},
		// A year before living memory counts after a word that introduces
		// a year.
		{"en", "The massacre of Senegalese soldiers took place in 1944, near Dakar, the historians recalled.",
			[]string{"1944=1944"}},
		{"fr", "Le massacre de tirailleurs sénégalais a eu lieu en 1944, près de Dakar, ont rappelé les historiens.",
			[]string{"1944=1944"}},
		{"es", "La masacre de soldados senegaleses ocurrió en 1944, cerca de Dakar, recordaron los historiadores.",
			[]string{"1944=1944"}},
		{"de", "Das Massaker an senegalesischen Soldaten geschah im Jahr 1944 bei Dakar, erinnerten die Historiker.",
			[]string{"1944=1944"}},
		{"ar", "وقعت مجزرة الجنود السنغاليين عام 1944 قرب داكار، كما ذكر المؤرخون.",
			[]string{"1944=1944"}},
		{"hi", "इतिहासकारों ने कहा कि सेनेगल के सैनिकों का नरसंहार सन 1944 में डकार के पास किया गया था और यह बात अब सबको पता है।",
			[]string{"1944=1944"}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			in := build.Input{File: "d.txt", Raw: []byte(tc.text), Meta: []byte(`{"published": "2025-09-12"}`)}
			r := build.Article(in, env(), build.Options{})
			if r.Article.Lang != tc.lang {
				t.Fatalf("language %s, want %s", r.Article.Lang, tc.lang)
			}
			var got []string
			for _, p := range r.Article.Paragraphs {
				for _, m := range p.Marks {
					if m.Kind == dataset.MarkDate {
						got = append(got, fmt.Sprintf("%s=%s", p.Text[m.Start:m.End], m.Date))
					}
				}
			}
			for _, w := range tc.want {
				if !slices.ContainsFunc(got, func(g string) bool { return strings.HasSuffix(g, w) || g == w }) {
					t.Errorf("no date %s in %q", w, got)
				}
			}
		})
	}
}

// TestHistoryIsNoPublicationBound: an undated article's publication is
// inferred from its latest date, but not from a year before living memory
// ("in 1944"), which would read its "November" as November 1944.
func TestHistoryIsNoPublicationBound(t *testing.T) {
	text := "The president said in November that France would close its bases. He recalled the massacre of Senegalese riflemen by French colonial troops in 1944 near Dakar."
	r := build.Article(build.Input{File: "h.txt", Raw: []byte(text)}, env(), build.Options{})
	if got := r.Article.Meta.Published; got != "" {
		t.Errorf("publication inferred as %q from a year of history, want none", got)
	}
}
