package read

import (
	"strings"
	"testing"
	"unicode/utf16"

	"parallax/dataset/internal/hostile"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name     string
		raw      string
		max      int
		want     string // text, when the read succeeds
		wantCode string // problem code, when it fails
		wantMsg  string // part of the problem's message
	}{
		{name: "plain", raw: "Hello.\n", want: "Hello.\n"},
		{name: "BOM stripped", raw: "\uFEFFHello.", want: "Hello."},
		{name: "CRLF and CR", raw: "a\r\nb\rc", want: "a\nb\nc"},
		{name: "NFC", raw: "Goi\u0308ta", want: "Goïta"},
		{name: "controls dropped, joiners kept", raw: "a\x07b\u202Ec\u200Cd", want: "abc\u200Cd"},
		{name: "UTF-16 LE", raw: "\xFF\xFEh\x00i\x00", want: "hi"},
		{name: "UTF-16 BE", raw: "\xFE\xFF\x00h\x00i", want: "hi"},
		{name: "empty", raw: "", wantCode: "empty", wantMsg: "empty"},
		{name: "white space only", raw: " \n\t\n", wantCode: "empty", wantMsg: "only white space"},
		{name: "too large", raw: strings.Repeat("a", 11), max: 10, wantCode: "too-large", wantMsg: "over the 10 bytes limit"},
		{name: "NUL byte", raw: "PK\x03\x04\x00\x00", wantCode: "binary", wantMsg: "NUL byte at offset 4"},
		{name: "control bytes", raw: "\x01\x02\x03\x04\x05abc", wantCode: "binary", wantMsg: "control bytes"},
		{name: "UTF-16 LE with a surrogate pair", raw: "\xFF\xFEa\x00\x3D\xD8\x00\xDE", want: "a\U0001F600"},
		{name: "UTF-16 odd trailing byte", raw: "\xFF\xFEh\x00i\x00!", wantCode: "invalid-utf16", wantMsg: "its last byte (0x21, offset 6) is half a character, on line 1"},
		{name: "UTF-16 lone surrogate", raw: "\xFF\xFEh\x00\n\x00\x00\xD8i\x00", wantCode: "invalid-utf16", wantMsg: "a lone surrogate 0xD800 at offset 6, on line 2"},
		{name: "UTF-16 lone low surrogate", raw: "\xFE\xFF\xDC\x00\x00i", wantCode: "invalid-utf16", wantMsg: "(big-endian)"},
		{name: "UTF-16 LE without BOM", raw: utf16LE("France expels two diplomats.\n"), wantCode: "invalid-utf16", wantMsg: "looks like UTF-16 (little-endian) without a byte-order mark"},
		{name: "UTF-16 BE without BOM, Arabic", raw: utf16BE("قررت باريس تعليق التعاون"), wantCode: "invalid-utf16", wantMsg: "(big-endian) without a byte-order mark"},
		{name: "zeros are binary, not UTF-16", raw: strings.Repeat("\x00", 64), wantCode: "binary"},
		{name: "Latin-1", raw: "caf\xe9\nna\xefve", wantCode: "invalid-utf8", wantMsg: "byte 0xE9 at line 1, column 4"},
		{name: "bad byte on line 2", raw: "ok\nبا\xffريس", wantCode: "invalid-utf8", wantMsg: "line 2, column 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, p := Read("f.txt", []byte(tc.raw), tc.max)
			if tc.wantCode != "" {
				if p == nil {
					t.Fatalf("Read succeeded with %q, want problem %s", src.Text, tc.wantCode)
				}
				if p.Code != tc.wantCode || !strings.Contains(p.Message, tc.wantMsg) {
					t.Errorf("problem = %s: %q, want %s containing %q", p.Code, p.Message, tc.wantCode, tc.wantMsg)
				}
				return
			}
			if p != nil {
				t.Fatalf("Read failed: %s: %s", p.Code, p.Message)
			}
			if src.Text != tc.want || src.File != "f.txt" {
				t.Errorf("Read = %q (%s), want %q", src.Text, src.File, tc.want)
			}
		})
	}
}

func utf16LE(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

func utf16BE(s string) string {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

func TestParseMeta(t *testing.T) {
	for _, tc := range []struct {
		in, wantPublished, wantErr string
	}{
		{in: `{"published": "2025-09-12", "outlet": " Le Monde "}`, wantPublished: "2025-09-12"},
		{in: `{"published": "2025-09-12T08:30:00Z"}`, wantPublished: "2025-09-12"},
		{in: `{"published": "2025-09"}`, wantPublished: "2025-09"},
		{in: `{}`},
		{in: `{"publised": "2025-09-12"}`, wantErr: `unknown field "publised"`},
		{in: `{"published": "12/09/2025"}`, wantErr: "not an ISO date"},
		{in: `{"published": "2025-02-30"}`, wantErr: "not a date: February 2025 has 28 days"},
		{in: `{"published": "2025-13-01"}`, wantErr: "there is no month 13"},
		{in: `{"published": "2024-02-30"}`, wantErr: "February 2024 has 29 days"},
		{in: `{} {}`, wantErr: "more than one"},
		{in: `[`, wantErr: "reading metadata"},
	} {
		m, err := ParseMeta([]byte(tc.in))
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseMeta(%s) error = %v, want %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseMeta(%s): %v", tc.in, err)
			continue
		}
		if m.Published != tc.wantPublished {
			t.Errorf("ParseMeta(%s).Published = %q, want %q", tc.in, m.Published, tc.wantPublished)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{"Hello.\r\n", "\uFEFFباريس", "\xFF\xFEh\x00", "caf\xe9", "\x00", "a\u202Eb", "Goi\u0308ta"} {
		f.Add([]byte(s))
	}
	for _, b := range hostile.Seeds(512) { // issue 15's shapes
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		src, p := Read("f.txt", raw, 1<<16)
		if p != nil {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("problem without code or message: %+v", p)
			}
			return
		}
		if strings.ContainsAny(src.Text, "\r\x00\uFEFF") {
			t.Fatalf("text keeps a CR, NUL or BOM: %q", src.Text)
		}
		if strings.TrimSpace(src.Text) == "" {
			t.Fatal("accepted a file with no text")
		}
		// Reading is idempotent: the output is already normalised.
		again, p := Read("f.txt", []byte(src.Text), 1<<16)
		if p != nil || again.Text != src.Text {
			t.Fatalf("re-reading %q gave %q, %v", src.Text, again.Text, p)
		}
	})
}

func FuzzParseMeta(f *testing.F) {
	f.Add([]byte(`{"published": "2025-09-12", "outlet": "AFP", "url": "https://x", "title": "t", "author": "a"}`))
	f.Add([]byte(`{"published": "2025-02-29"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := ParseMeta(raw)
		if err != nil {
			return
		}
		if m.Published != "" {
			if _, ok := ParseISODate(m.Published); !ok {
				t.Fatalf("accepted published %q", m.Published)
			}
		}
	})
}

func TestCleanMeta(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    Meta
		want  Meta
		notes []string // parts of the notes, in order
	}{
		{"bidi, zero-width, controls and line breaks go",
			Meta{Title: "Mali\u202E expels\u200B envoy\n\tnow\x07", Outlet: "\u2066Le Monde\u2069", Author: "A.\u00a0Writer"},
			Meta{Title: "Mali expels envoy now", Outlet: "Le Monde", Author: "A. Writer"}, nil},
		{"joiners stay", Meta{Title: "क्\u200Dष"}, Meta{Title: "क्\u200Dष"}, nil},
		{"https kept", Meta{URL: " https://x.example/a?b=1#c "}, Meta{URL: "https://x.example/a?b=1#c"}, nil},
		{"javascript dropped", Meta{URL: "javascript:alert(1)"}, Meta{}, []string{`url "javascript:alert(1)" is a javascript: address, not http(s); dropped`}},
		{"split javascript dropped", Meta{URL: "java\nscript:alert(1)"}, Meta{}, []string{"is not a URL"}},
		{"data dropped", Meta{URL: "DATA:text/html,<b>x</b>"}, Meta{}, []string{"is not a URL"}},
		{"relative dropped", Meta{URL: "/world/a.html"}, Meta{}, []string{"is not an absolute http(s) address"}},
		{"no host dropped", Meta{URL: "http:///x"}, Meta{}, []string{"has no host"}},
		{"long title cut", Meta{Title: strings.Repeat("word ", 200)}, Meta{Title: Clip(strings.TrimSpace(strings.Repeat("word ", 200)), maxMetaText)}, []string{"title is 999 characters long; cut to 500"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.in
			notes := CleanMeta(&m)
			if m != tc.want {
				t.Errorf("cleaned = %+q, want %+q", m, tc.want)
			}
			if len(notes) != len(tc.notes) {
				t.Fatalf("notes %q, want %q", notes, tc.notes)
			}
			for i, n := range tc.notes {
				if !strings.Contains(notes[i], n) {
					t.Errorf("note %q, want it to contain %q", notes[i], n)
				}
			}
		})
	}
}

func TestPlausible(t *testing.T) {
	for _, tc := range []struct{ date, latest, want string }{
		{"2025-09-12", "", ""},
		{"1950", "", ""},
		{"2025-09", "2025-09-12", ""},
		{"1970-01-01", "", "zero Unix timestamp"},
		{"1900-01-01", "", "zero date of spreadsheets"},
		{"9999-12-31", "", "not a plausible publication date (news is dated 1900 to 2099)"},
		{"0001-01-01", "", "not a plausible"},
		{"2025-09-13", "2025-09-12", "after 2025-09-12, the latest date accepted"},
	} {
		err := Plausible(tc.date, tc.latest)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Plausible(%s, %s) = %v, want nil", tc.date, tc.latest, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Plausible(%s, %s) = %v, want %q", tc.date, tc.latest, err, tc.want)
		}
	}
}
