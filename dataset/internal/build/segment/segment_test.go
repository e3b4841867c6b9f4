package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/hostile"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		lang, in string
		want     []string
	}{
		{"en", "France cut staff. Mali protested!", []string{"France cut staff.", "Mali protested!"}},
		{"en", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"en", "Dr. Keïta met Mr. Diop in the U.S. capital.", []string{"Dr. Keïta met Mr. Diop in the U.S. capital."}},
		{"en", "J. Smith wrote it. The U.S. Army left.", []string{"J. Smith wrote it.", "The U.S. Army left."}},
		{"en", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
		{"de", "Frankreich zog am 17. Februar 2022 ab. Am 1. Juli folgte Niger.", []string{"Frankreich zog am 17. Februar 2022 ab.", "Am 1. Juli folgte Niger."}},
		{"de", "Es waren 17. Berlin schwieg.", []string{"Es waren 17.", "Berlin schwieg."}},
		{"en", "Wait... what? Yes?!", []string{"Wait... what?", "Yes?!"}},
		{"en", "He said no. Then No. 5 won.", []string{"He said no.", "Then No. 5 won."}},
		{"en", "No terminator at the end", []string{"No terminator at the end"}},
		{"fr", "M. Macron a parlé. Mme Diallo aussi.", []string{"M. Macron a parlé.", "Mme Diallo aussi."}},
		{"de", "Hr. Müller kam z. B. spät. Dann ging er.", []string{"Hr. Müller kam z. B. spät.", "Dann ging er."}},
		{"es", "La Sra. Pérez habló. ¿Quién más?", []string{"La Sra. Pérez habló.", "¿Quién más?"}},
		// Arabic: «؟» ends a sentence, «،» and «؛» do not.
		{"ar", "قررت باريس، بعد اعتقاله؛ طرد اثنين. هل يعود؟ لا أحد يعلم.", []string{"قررت باريس، بعد اعتقاله؛ طرد اثنين.", "هل يعود؟", "لا أحد يعلم."}},
		{"ar", "قال: «لا أساس لها». وغادروا.", []string{"قال: «لا أساس لها».", "وغادروا."}},
		// Devanagari danda.
		{"hi", "फ्रांस ने सहयोग निलंबित किया। माली ने विरोध किया।", []string{"फ्रांस ने सहयोग निलंबित किया।", "माली ने विरोध किया।"}},
	} {
		t.Run(tc.lang+"/"+tc.in, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in) {
				got = append(got, tc.in[s.Start:s.End])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Sentences =\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestBlocks(t *testing.T) {
	show := func(bs []Block) string {
		var b strings.Builder
		for _, x := range bs {
			fmt.Fprintf(&b, "%d %s %q\n", x.Line, x.Kind, x.Text)
		}
		return b.String()
	}
	for _, tc := range []struct {
		name, in, want string
	}{
		{"one paragraph per line", "First  line.\n\n  Second\tline.\n", `1 p "First line."
3 p "Second line."
`},
		{"lists", "Include:\n- one\n• two\n3) three\n", `1 p "Include:"
2 li "one"
3 li "two"
4 li "three"
`},
		{"table", "Before\n| A | B |\n|---|:-:|\n| 1 | 2 |\nAfter", "1 p \"Before\"\n2 table \"A\\tB\\n1\\t2\"\n5 p \"After\"\n"},
		{"markdown heading", "# Title\nText.", `1 h "Title"
2 p "Text."
`},
		{"hard-wrapped", "This paragraph was wrapped at a fixed\nwidth by the exporter, as e-mails\nare.\n\nA second one, also wrapped at\nthe same width by the same tool\nbecause it is old.\n",
			`1 p "This paragraph was wrapped at a fixed width by the exporter, as e-mails are."
5 p "A second one, also wrapped at the same width by the same tool because it is old."
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(Blocks(tc.in)); got != tc.want {
				t.Errorf("Blocks =\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B.", "قال: «لا». نعم؟", "किया। हाँ।", "U.S. e.g. 3.5 ...", "\xff. a"} {
		f.Add(s)
	}
	for _, b := range hostile.Seeds(512) { // issue 15's shapes
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		prev := 0
		for _, sp := range spans {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %v out of order in %d bytes (prev end %d)", sp, len(s), prev)
			}
			if strings.Trim(s[sp.Start:sp.End], " \t\n\r\f\v") != s[sp.Start:sp.End] {
				t.Fatalf("span %q has surrounding spaces", s[sp.Start:sp.End])
			}
			prev = sp.End
		}
		// Nothing but spaces falls between sentences.
		var rest strings.Builder
		at := 0
		for _, sp := range spans {
			rest.WriteString(s[at:sp.Start])
			at = sp.End
		}
		rest.WriteString(s[at:])
		if strings.Trim(rest.String(), " \t\n\r\f\v") != "" {
			t.Fatalf("text outside every sentence: %q", rest.String())
		}
	})
}

var _ = dataset.KindText
