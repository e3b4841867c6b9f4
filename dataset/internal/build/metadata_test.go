package build

import (
	"strings"
	"testing"

	"parallax/dataset"
	"parallax/dataset/internal/build/read"
)

// TestArticleHostileMetadata: metadata from a sidecar, front matter or a
// page head is cleaned like body text, a URL kept only when it is http(s),
// and implausible publication dates refused, each with a warning naming
// the source.
func TestArticleHostileMetadata(t *testing.T) {
	body := "France and Mali traded accusations on Friday after the junta in Bamako expelled two diplomats, saying they had plotted against the state.\n"
	for _, tc := range []struct {
		name, file, raw, meta string
		opt                   Options
		want                  dataset.Meta
		warnings              []string // code: part of the message
	}{
		{name: "sidecar: bidi, zero-width and line breaks go, javascript URL dropped", file: "a.txt", raw: body,
			meta:     `{"title": "\u202eMali\u200b expels\n envoy\u2066", "outlet": "Le\u0007 Monde", "author": "A.\u2069 Writer", "url": "java\nscript:alert(1)", "published": "2025-09-12"}`,
			want:     dataset.Meta{Title: "Mali expels envoy", Outlet: "Le Monde", Author: "A. Writer", Published: "2025-09-12"},
			warnings: []string{`bad-metadata: a.meta.json: url "java\nscript:alert(1)" is not a URL; dropped`}},
		{name: "sidecar: https kept", file: "a.txt", raw: body, meta: `{"url": "https://x.example/a"}`,
			want: dataset.Meta{URL: "https://x.example/a", Published: "2025", PublishedInferred: true}},
		{name: "front matter: cleaned, data URL dropped", file: "a.md",
			raw:      "---\ntitle: \"\\u202EEvil\\u202C title\"\nurl: data:text/html;base64,PHNjcmlwdD4=\ndate: 2025-09-12\n---\n" + body,
			want:     dataset.Meta{Title: "Evil title", Published: "2025-09-12"},
			warnings: []string{"bad-metadata: front matter: url \"data:text/html;base64,PHNjcmlwdD4=\" is a data: address, not http(s); dropped"}},
		{name: "page head: relative canonical dropped", file: "a.html",
			raw:      "<html><head><title>Mali\u202e expels envoy</title>" + `<link rel="canonical" href="/world/a.html"></head><body><p>` + body + ` It happened in 2025.</p></body></html>`,
			want:     dataset.Meta{Title: "Mali expels envoy", Published: "2025", PublishedInferred: true},
			warnings: []string{`bad-metadata: page head: url "/world/a.html" is not an absolute http(s) address; dropped`}},
		{name: "9999-12-31 refused", file: "a.txt", raw: body, meta: `{"published": "9999-12-31"}`,
			want:     dataset.Meta{Published: "2025", PublishedInferred: true},
			warnings: []string{"implausible-date: published 9999-12-31 is not a plausible publication date"}},
		{name: "the epoch refused", file: "a.txt", raw: body, meta: `{"published": "1970-01-01T00:00:00Z"}`,
			want:     dataset.Meta{Published: "2025", PublishedInferred: true},
			warnings: []string{"implausible-date: published 1970-01-01 is what a zero Unix timestamp prints as"}},
		{name: "after -latest refused", file: "a.txt", raw: body, meta: `{"published": "2031-01-01"}`, opt: Options{Latest: "2030-12-31"},
			want:     dataset.Meta{Published: "2025", PublishedInferred: true},
			warnings: []string{"implausible-date: published 2031-01-01 is after 2030-12-31"}},
		{name: "impossible date says why", file: "a.txt", raw: body, meta: `{"published": "2025-02-30"}`,
			want:     dataset.Meta{Published: "2025", PublishedInferred: true},
			warnings: []string{"bad-metadata: a.meta.json: metadata: published \"2025-02-30\" is not a date: February 2025 has 28 days"}},
		{name: "sidecar over the size cap", file: "a.txt", raw: body, meta: `{"title": "` + strings.Repeat("x", read.MaxMetaSize) + `"}`,
			want:     dataset.Meta{Published: "2025", PublishedInferred: true},
			warnings: []string{"bad-metadata: a.meta.json: the sidecar is 64.0 KiB, over the 64.0 KiB a sidecar may be"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{File: tc.file, Raw: []byte(tc.raw + "It happened in 2025.\n")}
			if tc.meta != "" {
				in.Meta = []byte(tc.meta)
			}
			a, diags, ok := testArticle(in, scriptDetector{}, tc.opt)
			if !ok {
				t.Fatalf("not built: %v", diags)
			}
			if a.Meta != tc.want {
				t.Errorf("meta = %#v, want %#v", a.Meta, tc.want)
			}
			var got []string
			for _, d := range diags {
				if d.Code != "short" {
					got = append(got, d.Code+": "+d.Message)
				}
			}
			if len(got) != len(tc.warnings) {
				t.Fatalf("warnings %q, want %q", got, tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.Contains(got[i], w) {
					t.Errorf("warning %q, want it to contain %q", got[i], w)
				}
			}
		})
	}
}
