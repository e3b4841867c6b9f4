package safeattr

import (
	"html"
	"strconv"
	"strings"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"><meta http-equiv=refresh content=1;url=http://127.0.0.2/x><meta x="`,
		`France expels "undesirable" diplomats`, "true", "a\\b", "\u202Egnp.exe", "«العربية»", "\x00\xff",
	} {
		w := Wrap(s)
		// What go-app does to a value, and what HTML escaping would do.
		if strconv.Quote(w) != `"`+w+`"` || html.EscapeString(w) != w || strings.TrimSpace(w) != w {
			t.Errorf("Wrap(%q) = %q, which quoting or escaping changes", s, w)
		}
		got, ok, err := Unwrap(w)
		if err != nil || got != s || ok != (s != "") {
			t.Errorf("Unwrap(Wrap(%q)) = %q, %v, %v", s, got, ok, err)
		}
	}
	if got, ok, err := Unwrap("a plain value"); got != "a plain value" || ok || err != nil {
		t.Errorf("an unwrapped value: %q, %v, %v", got, ok, err)
	}
	if _, _, err := Unwrap(Marker + "zz"); err == nil {
		t.Error("a broken wrapped value decoded")
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(`"><script>x</script>`)
	f.Fuzz(func(t *testing.T, s string) {
		got, _, err := Unwrap(Wrap(s))
		if err != nil || got != s {
			t.Fatalf("Unwrap(Wrap(%q)) = %q, %v", s, got, err)
		}
		if w := Wrap(s); strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
			t.Fatalf("Wrap(%q) = %q: not letters and digits only", s, w)
		}
	})
}
