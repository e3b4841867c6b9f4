package main

import (
	"bytes"
	"os"
	"testing"
)

// TestUpToDate: the committed cldr/regions.json is what x/text's CLDR
// tables give now. After an x/text upgrade, run go generate and read the
// diff for names that collide or are common words (data/README.md).
func TestUpToDate(t *testing.T) {
	want, err := encode(regions(), xtextVersion())
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../cldr/regions.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("cldr/regions.json is stale: run go generate ./dataset/internal/build/gazetteer/")
	}
}

func TestClean(t *testing.T) {
	for _, tc := range []struct{ lang, in, want string }{
		{"en", "Myanmar (Burma)", "Myanmar"},
		{"en", "Bosnia & Herzegovina", "Bosnia and Herzegovina"},
		{"en", "Cocos (Keeling) Islands", "Cocos Islands"},
		{"fr", "Bosnie-Herzégovine", "Bosnie-Herzégovine"},
		{"ar", "ميانمار (بورما)", "ميانمار"},
	} {
		if got := clean(tc.lang, tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Côte d’Ivoire", "cote-divoire"},
		{"St. Kitts and Nevis", "st-kitts-and-nevis"},
		{"Åland Islands", "aland-islands"},
		{"Timor-Leste", "timor-leste"},
	} {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
