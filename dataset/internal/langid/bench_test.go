package langid

import (
	"strings"
	"testing"
)

var benchTexts = map[string]string{
	"fr-sentence":  "La France a suspendu sa coopération antiterroriste avec le Mali après l'arrestation d'un de ses ressortissants.",
	"fr-paragraph": strings.Repeat("La France a suspendu sa coopération antiterroriste avec le Mali après l'arrestation d'un de ses ressortissants à Bamako. ", 3),
	"fr-article":   strings.Repeat("La France a suspendu sa coopération antiterroriste avec le Mali après l'arrestation d'un de ses ressortissants à Bamako. ", 20),
	"ar-article":   strings.Repeat("قررت باريس تعليق تعاونها الأمني مع باماكو في مجال مكافحة الإرهاب بعد اعتقال أحد مواطنيها. ", 20),
}

func BenchmarkDetect(b *testing.B) {
	for _, set := range []struct {
		name  string
		codes []string
	}{{"all", nil}, {"six", []string{"en", "fr", "ar", "hi", "es", "de"}}} {
		d, err := New(set.codes...)
		if err != nil {
			b.Fatal(err)
		}
		for _, name := range []string{"fr-sentence", "fr-paragraph", "fr-article", "ar-article"} {
			text := benchTexts[name]
			d.Detect(text) // load the models
			b.Run(set.name+"/"+name, func(b *testing.B) {
				for b.Loop() {
					d.Detect(text)
				}
			})
		}
	}
}
