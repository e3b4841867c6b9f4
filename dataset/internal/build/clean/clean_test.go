package clean

import (
	"fmt"
	"strings"
	"testing"

	"parallax/dataset/internal/build/segment"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		removed  string // "line reason text" per removal
		kept     string // first words of each kept block
		dateline string
	}{
		{
			name: "label, doubled dateline and copy-link widget",
			in:   "عاجل\n\nالجيش يعلن السيطرة على المدينة\n\nغاو\nغاو\n\nأعلن الجيش المالي السيطرة على مدينة غاو بعد معارك عنيفة مع المسلحين.\n\nتم نسخ الرابط\n",
			removed: `1 breaking-label عاجل
5 dateline غاو
6 repeated-line غاو
10 page-widget تم نسخ الرابط
`,
			kept:     "الجيش|أعلن",
			dateline: "غاو",
		},
		{
			name:    "label prefixing a headline",
			in:      "BREAKING: Mali expels French ambassador\nThe junta gave the envoy 72 hours to leave.",
			removed: "1 breaking-label BREAKING:\n",
			kept:    "Mali|The",
		},
		{
			name:     "wire dateline",
			in:       "BAMAKO (Reuters) - Mali's junta said on Monday it had arrested a French national.\nMore text follows here.",
			removed:  "1 dateline BAMAKO (Reuters) -\n",
			kept:     "Mali's|More",
			dateline: "BAMAKO",
		},
		{
			name: "trailing related headlines",
			in:   "Paris suspended its cooperation with Bamako on Friday.\nThe decision follows the arrest.\n- Russia pulls its mission out of Burkina Faso\n- UN appeals for the Sahel's displaced\n",
			removed: `3 related-links Russia pulls its mission out of Burkina Faso
4 related-links UN appeals for the Sahel's displaced
`,
			kept: "Paris|The",
		},
		{
			name:    "related headlines under a heading",
			in:      "Paris suspended its cooperation.\nLire aussi\n- La France réduit son personnel\n",
			removed: "2 related-links Lire aussi\n3 related-links La France réduit son personnel\n",
			kept:    "Paris",
		},
		{
			name: "a list the text introduces stays",
			in:   "The measures include:\n- fewer staff\n- closed offices\n",
			kept: "The|fewer|closed",
		},
		{
			name: "off-topic first line",
			in: "Drone strikes a car on a road in southern Lebanon\n" + strings.Repeat("France and Mali have seen relations sour since the junta took power in Bamako, and Paris withdrew its soldiers and diplomats amid accusations of espionage and interference. ", 2) +
				"\nThe French embassy cut its staff while jihadist groups tightened a fuel blockade around the Malian capital.",
			removed: "1 off-topic-headline Drone strikes a car on a road in southern Lebanon\n",
			kept:    "France|The",
		},
		{
			name: "on-topic headline stays",
			in: "France withdraws diplomats from Mali's capital\n" + strings.Repeat("France and Mali have seen relations sour since the junta took power in Bamako, and Paris withdrew its soldiers and diplomats amid accusations of espionage and interference. ", 2) +
				"\nThe French embassy cut its staff while jihadist groups tightened a fuel blockade around the Malian capital.",
			kept: "France|France|The",
		},
		{
			name:    "repeated paragraph",
			in:      "One line here.\nOne line here.\nAnother line.",
			removed: "2 repeated-line One line here.\n",
			kept:    "One|Another",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Clean(segment.Blocks(tc.in))
			var removed strings.Builder
			for _, r := range c.Removed {
				fmt.Fprintf(&removed, "%d %s %s\n", r.Line, r.Reason, r.Text)
			}
			if removed.String() != tc.removed {
				t.Errorf("removed:\n%s\nwant:\n%s", removed.String(), tc.removed)
			}
			var kept []string
			for _, b := range c.Blocks {
				kept = append(kept, strings.Fields(b.Text)[0])
			}
			if got := strings.Join(kept, "|"); got != tc.kept {
				t.Errorf("kept %s, want %s", got, tc.kept)
			}
			if c.Dateline != tc.dateline {
				t.Errorf("dateline %q, want %q", c.Dateline, tc.dateline)
			}
		})
	}
}
