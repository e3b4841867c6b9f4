package gazetteer

import (
	"strings"
	"testing"
)

// benchText is hand-written news prose in the six languages, with names
// known and unknown, repeated to the size of a long article.
var benchText = strings.Repeat(`Le président de la transition malien a reçu mardi à Bamako l'ambassadeur de Russie, tandis que Paris annonçait le retrait de ses soldats.
The junta in Niamey said on Sunday that French troops must leave Niger within a month, and the United States kept its drone base near Agadez.
El Gobierno de Burkina Faso expulsó a dos diplomáticos franceses acusados de actividades subversivas en Uagadugú.
Die Militärregierung in Mali kündigte die Zusammenarbeit mit Frankreich auf; Berlin zog seine Soldaten aus Gao ab.
أعلن المجلس العسكري الحاكم في النيجر طرد السفير الفرنسي، وقال الرئيس الانتقالي إن قوات فاغنر الروسية باقية في مالي.
माली की सैन्य सरकार ने फ्रांस के राजदूत को देश छोड़ने का आदेश दिया और रूस के साथ सहयोग बढ़ाने की घोषणा की।
`, 20)

func BenchmarkFind(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		g.Find(benchText)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
