//go:build !wasm

package site

import (
	"strings"
	"testing"
)

func TestNormaliseHTML(t *testing.T) {
	// As go-app prerenders: attributes in map order, children indented,
	// a text with leading and trailing spaces of its own around a mark.
	in := "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta content=\"https://\" property=\"og:url\">\n    <title>T</title>\n  </head>\n  <body>\n    <p lang=\"ar\" class=\"para\">\n      قالت \n      <span data-gloss=\"France\" class=\"mark\">فرنسا</span>\n       إن\n    </p>\n    <svg aria-hidden focusable=\"false\"></svg>\n    <input checked=\"false\" type=\"checkbox\" id=\"off\">\n    <input checked type=\"checkbox\" id=\"on\">\n    <details open=\"false\"></details>\n    <script>\n  var x = 1;\n</script>\n  </body>\n</html>\n"
	out, err := normaliseHTML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, want := range []string{
		`<p class="para" lang="ar">قالت <span class="mark" data-gloss="France">فرنسا</span> إن</p>`,
		`<svg aria-hidden="true" focusable="false"></svg>`,
		`<input id="off" type="checkbox"/>`,
		`<input checked="" id="on" type="checkbox"/>`,
		`<details></details>`,
		"<script>\n  var x = 1;\n</script>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("normalised page lacks\n  %s\nin\n%s", want, got)
		}
	}
	if strings.Contains(got, "og:url") {
		t.Error("the host-less og:url is still there")
	}
}
