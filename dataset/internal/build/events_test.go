package build_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build"
)

// extract runs the whole pipeline on one snippet published on a date and
// renders its events as "type sources -> targets [date=…] [qty=…]
// [modality=…]", sorted.
func extract(t *testing.T, text, published string) []string {
	t.Helper()
	in := build.Input{File: "case.txt", Raw: []byte(text), Meta: fmt.Appendf(nil, `{"published": %q}`, published)}
	d := build.Assemble([]build.Result{build.Article(in, env(), build.Options{})}, env())
	var out []string
	for _, e := range d.Events {
		s := fmt.Sprintf("%s %s -> %s", e.Type, orDash(strings.Join(sortedIDs(e.Source), ",")), orDash(strings.Join(sortedIDs(e.Target), ",")))
		if e.Date != "" && e.DateSource == dataset.DateFromText {
			s += " date=" + e.Date // the publication date is TestDatePolicy's
		}
		if len(e.Quantities) > 0 {
			s += " qty=" + strconv.FormatFloat(e.Quantities[0].Value, 'g', -1, 64)
		}
		if e.Modality != dataset.Asserted {
			s += " modality=" + e.Modality
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func sortedIDs(ids []string) []string {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

// TestEventMechanisms checks, one sentence each, the rules that read
// roles from syntax and morphology. The sentences are written for these
// tests, not taken from the evaluation corpus.
func TestEventMechanisms(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"hindi postpositions: को marks the people acted on, ने the agent",
			"नाइजर की सरकार ने फ्रांसीसी दूतावास के तीन कर्मचारियों को निष्कासित कर दिया।",
			[]string{"expel niger -> france qty=3"}},
		{"hindi: the subject is the first phrase, the object next to the verb",
			"रूस के सैकड़ों सैनिक पिछले हफ्ते नाइजर पहुंचे।",
			[]string{"deploy-forces russia -> niger date=2025-09"}},
		{"hindi future ending",
			"फ्रांस अगले साल चाड से अपने सैनिकों को वापस बुलाएगा।",
			[]string{"withdraw-forces france -> chad modality=future"}},
		{"arabic verb first, subject after the verb",
			"اعتقلت السلطات النيجرية مواطنا فرنسيا في نيامي.",
			[]string{"arrest niger -> france"}},
		{"arabic relative clause: the subject is the noun before «التي»",
			"أعلنت باريس أن الجماعات المسلحة التي كانت تهدد العاصمة نيامي تراجعت.",
			nil},
		{"german split verb, particle at the end of the clause",
			"Niger setzt die militärische Zusammenarbeit mit Frankreich aus.",
			[]string{"suspend-cooperation niger -> france"}},
		{"german: a particle that is not clause-final is a preposition",
			"Frankreich weist die Vorwürfe aus Niamey als haltlos zurück.",
			[]string{"deny france -> niger"}},
		{"french passive agent through a genitive: par des combattants du JNIM",
			"Une patrouille de l'armée malienne a été attaquée par des combattants du JNIM.",
			[]string{"attack jnim -> malian-armed-forces"}},
		{"french future ending",
			"Le Tchad expulsera deux diplomates français.",
			[]string{"expel chad -> france qty=2 modality=future"}},
		{"spanish conditional ending",
			"Níger expulsaría a dos diplomáticos franceses.",
			[]string{"expel niger -> france qty=2 modality=hypothetical"}},
		{"a group's parent is aside; soldiers attacked are the army",
			"JNIM, the al-Qaeda affiliate, attacked army positions in central Mali.",
			[]string{"attack jnim -> malian-armed-forces"}},
		{"a coup by soldiers is the army's",
			"Mutinous soldiers overthrew the president of Mali on Tuesday.",
			[]string{"coup malian-armed-forces -> mali date=2025-09-09"}},
		{"a deadline after publication is not the event's date",
			"France expelled two Malian diplomats, who must leave by Saturday.",
			[]string{"expel france -> mali qty=2"}},
		{"two agents, two events",
			"France urged its citizens to leave Mali. The United States also advised its citizens against travel to Mali.",
			[]string{"travel-advisory france -> mali", "travel-advisory united-states -> mali"}},
		{"a trend of acts is no act: plural nouns with no agent, date or count",
			"Rising militant attacks have pushed thousands to flee central Mali.",
			nil},
		{"german plural noun with no agent",
			"Die Angriffe auf Militärposten nehmen im Norden Malis zu.",
			nil},
		{"hindi plural noun after a trend word",
			"हाल के महीनों में माली में बढ़ते हमलों से लोग चिंतित हैं।",
			nil},
		{"a possible act of no one is no event",
			"Les ressortissants français sont devenus des cibles potentielles d'enlèvement au Niger.",
			nil},
		{"accusations on different charges are two events",
			"Bamako accuse Paris d'ingérence dans ses affaires intérieures. Le Mali accuse aussi la France d'espionnage.",
			[]string{"accuse mali -> france", "accuse mali -> france"}},
		{"whom one accuses is the object, not the charge's partner",
			"France accused the Malian junta of cooperating with Wagner mercenaries.",
			[]string{"accuse france -> mali"}},
		{"arabic: a country's name with the article is its adjective («المالي»)",
			"بحث الرئيس الروسي فلاديمير بوتين مع نظيره المالي آسيمي غويتا في موسكو.",
			[]string{"talks vladimir-putin -> assimi-goita"}},
		{"arabic: agents withdrawn in a sentence about intelligence are no forces; «من» after one's own people is 'from'",
			"ردّت باريس بطرد اثنين من ضباط الاستخبارات الماليين، وسحبت بقية عناصرها من باماكو.",
			[]string{"expel france -> mali qty=2", "reduce-presence france -> mali"}},
		{"arabic dual, vowelled or told by a dual pronoun, is a count of two",
			"أقدمت باريس على طرد دبلوماسيين ماليين، وأمهلتهما حتى السبت لمغادرة الأراضي الفرنسية.",
			[]string{"expel france -> mali qty=2"}},
		{"members of an embassy are its staff, and counted",
			"Niger expelled two members of the French embassy in Niamey.",
			[]string{"expel niger -> france qty=2"}},
		{"german: after 'und' the object is the next participle's",
			"Niger hat die Zusammenarbeit mit Frankreich ausgesetzt und drei französische Diplomaten ausgewiesen.",
			[]string{"expel niger -> france qty=3", "suspend-cooperation niger -> france"}},
		{"compound numbers: tens and units",
			"Quarante-neuf soldats ivoiriens ont été arrêtés à Bamako par les autorités maliennes.",
			[]string{"arrest mali -> cote-divoire qty=49"}},
		{"a dated coup no country is said of happened where the gazetteer knows one then",
			"Depuis le putsch de juillet 2023, les relations entre Paris et Niamey se sont dégradées.",
			[]string{"coup - -> niger date=2023-07"}},
		{"an alleged coup attempt of no one is no event",
			"Paris habe mit dem angeblichen Umsturzversuch in Niger nichts zu tun.",
			nil},
		{"a junta named with its country acts for that country, past a date set off by commas",
			"طردت السلطات الانتقالية في النيجر، يوم الاثنين، القوات الفرنسية.",
			[]string{"expel niger -> france date=2025-09-08"}},
		{"coordinated speech acts share subject, party and date past a closed clause",
			"رفضت وزارة الخارجية الفرنسية، الجمعة، الاتهامات المالية ووصفتها بأنها «لا أساس لها»، وطالبت بالإفراج عن موظف سفارتها.",
			[]string{"demand france -> mali date=2025-09-12", "deny france -> mali date=2025-09-12"}},
		{"talks take cooperation as their topic",
			"Assimi Goïta held talks with Vladimir Putin in Moscow on Monday about ways to strengthen military cooperation.",
			[]string{"talks assimi-goita -> vladimir-putin date=2025-09-08"}},
		{"a pronoun subject is the reporting verb's subject; soldiers and a Frenchman arrested are two arrests",
			"أعلنت السلطات في النيجر، الخميس، أنها أحبطت محاولة انقلابية واعتقلت عشرات العسكريين، بينهم جنرالان، إضافة إلى مواطن فرنسي.",
			[]string{"arrest niger -> france date=2025-09-11", "arrest niger -> nigerien-armed-forces date=2025-09-11", "coup - -> niger date=2025-09-11 modality=attempted"}},
		{"'his country' is the speaker's",
			"ونقلت وكالة الصحافة الفرنسية عن مصدر دبلوماسي فرنسي قوله إن بلاده أوقفت تعاونها مع النيجر في مجال محاربة الإرهاب.",
			[]string{"suspend-cooperation france -> niger"}},
		{"coordinated acts share their subject",
			"قررت باريس تعليق التعاون الأمني مع باماكو، وطرد دبلوماسيين ماليين.",
			[]string{"expel france -> mali", "suspend-cooperation france -> mali"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, tc.text, "2025-09-12")
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got  %q\n want %q", tc.text, got, want)
			}
		})
	}
}
