package langid

import "testing"

func TestDetect(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"La France a suspendu sa coopération antiterroriste avec le Mali.", "fr"},
		{"قررت باريس تعليق تعاونها الأمني مع باماكو في مجال مكافحة الإرهاب", "ar"},
		{"फ्रांस ने माली के साथ अपने आतंकवाद-निरोधक सहयोग को निलंबित कर दिया है", "hi"},
		{"Frankreich hat zwei malische Diplomaten ausgewiesen.", "de"},
		{"Francia ha expulsado a dos diplomáticos malienses.", "es"},
		{"France has cut its diplomatic staff in Mali.", "en"},
		{"1234 5678", ""},
	} {
		got, conf := d.Detect(tc.text)
		if got != tc.want {
			t.Errorf("Detect(%q) = %s (%.2f), want %s", tc.text, got, conf, tc.want)
		}
	}
	if _, err := New("fr"); err == nil {
		t.Error("New with one language did not fail")
	}
	if _, err := New("fr", "xx"); err == nil {
		t.Error("New with an unknown code did not fail")
	}
	r, err := New("fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := r.Detect("Francia ha expulsado a dos diplomáticos."); got != "fr" && got != "en" {
		t.Errorf("a restricted detector answered %s", got)
	}
}
