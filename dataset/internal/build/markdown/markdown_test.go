package markdown

import (
	"fmt"
	"strings"
	"testing"

	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/read/readtest"
	"parallax/dataset/internal/hostile"
)

func TestMarkdownBlocks(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"paragraph lines join",
			"France acts.\nMali answers.\n\nA second paragraph.",
			"1 p France acts. Mali answers.\n4 p A second paragraph."},
		{"ATX and setext headings",
			"# Mali expels envoy #\n\nText here.\n\nSection\n-------\n\nMore.\n\nBig\n===",
			"1 h Mali expels envoy\n3 p Text here.\n5 h Section\n8 p More.\n10 h Big"},
		{"thematic breaks are markup",
			"One.\n\n---\n\n* * *\n\nTwo.",
			"1 p One.\n7 p Two."},
		{"lists, nested, ordered, tasks, continuation",
			"Measures include:\n\n- first\n- second\n  continued\n  - nested\n1. one\n2) two\n- [x] done",
			"1 p Measures include:\n3 li first\n4 li second continued\n6 li nested\n7 li one\n8 li two\n9 li done"},
		{"a year at a line start inside a paragraph stays text",
			"The junta took power in\n2020. It stayed.",
			"1 p The junta took power in 2020. It stayed."},
		{"pipe table, with and without outer pipes",
			"| Staff | Before | After |\n|---|:--:|--:|\n| **Diplomats** | 120 | 70 |\n\nA | B\n--- | ---\n1 | 2 \\| 3",
			"1 table Staff | Before | After / Diplomats | 120 | 70\n5 table A | B / 1 | 2 | 3"},
		{"links keep their text, images and references go",
			"Read [the statement](https://x.example/a \"t\") and [this][ref].![photo](p.jpg) Done[^1].\n\n[ref]: https://x.example\n[^1]: A note.",
			"1 p Read the statement and this. Done.\n4 p A note."},
		{"emphasis pairs, snake_case and arithmetic stay",
			"**Bold** and *it* and __b__ and _i_ and ~~gone~~; snake_case_name, 2 * 3 and a*b.",
			"1 p Bold and it and b and i and gone; snake_case_name, 2 * 3 and a*b."},
		{"unpaired markers stay",
			"A *lonely star and a ** pair.",
			"1 p A *lonely star and a ** pair."},
		{"escapes, code, entities",
			"Not \\*emphasis\\*, `code *x*`, AT&amp;T &eacute;t&eacute; &nosuch; & more.",
			"1 p Not *emphasis*, code *x*, AT&T été &nosuch; & more."},
		{"HTML tags, comments and autolinks",
			"<div class=\"x\">\n\nText <b>bold</b><br>more <!-- hidden --> at <https://x.example>.\n\n</div>\n<!--\nblock comment\n-->\nAfter.",
			"3 p Text bold more at https://x.example.\n9 p After."},
		{"block quotes are their content",
			"> «Quote» said the minister.\n> > Nested.",
			"1 p «Quote» said the minister. Nested."},
		{"fenced code kept as text",
			"```\nembed text\n```\nAfter.",
			"2 p embed text\n4 p After."},
		{"script and style blocks are markup, contents and all",
			"Before.\n\n<script>\nvar x = \"text\";\nalert(x);\n</script>\n<STYLE type=\"text/css\">\np { color: red }\n</style>\nAfter.",
			"1 p Before.\n10 p After."},
		{"a script in a paragraph goes with its contents",
			"Text <script>alert('x')</script> and <Style>p{}</STYLE>more, <script>never closed",
			"1 p Text and more,"},
		{"a script block never closed takes the rest",
			"Kept.\n\n<script>\nvar x = 1;\n\nStill code.",
			"1 p Kept."},
		{"Arabic with emphasis",
			"**عاجل**: قررت *باريس* تعليق التعاون.",
			"1 p عاجل: قررت باريس تعليق التعاون."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(tc.in)
			if got := readtest.Show(doc.Blocks); got != tc.want {
				t.Errorf("blocks:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     read.Meta
		warnings []string // parts of the warnings' messages
		first    string   // the first block, "line kind text"
	}{
		{name: "YAML", in: "---\ntitle: \"Mali: expels\"\npublished: 2025-09-12T08:00:00Z\noutlet: 'Le Monde''s'\nurl: https://x.example/a#b\nauthor: A. Writer # staff\ntags: [a, b]\ndraft: false\n---\nText.",
			want: read.Meta{Title: "Mali: expels", Published: "2025-09-12", Outlet: "Le Monde's", URL: "https://x.example/a#b", Author: "A. Writer"}, first: "10 p Text."},
		{name: "date is published, published wins", in: "---\ndate: 2025-01-02\npublished: 2025-09-12\n---\nText.",
			want: read.Meta{Published: "2025-09-12"}, first: "5 p Text."},
		{name: "date alone", in: "---\ndate: 2025-01-02\n---\nText.", want: read.Meta{Published: "2025-01-02"}},
		{name: "TOML", in: "+++\ntitle = \"Bamako\"\ndate = 2025-09-12\n+++\nText.", want: read.Meta{Title: "Bamako", Published: "2025-09-12"}},
		{name: "list and block scalar", in: "---\nauthor:\n  - A. One\n  - B. Two\ntitle: >\n  A long\n  headline\n---\nText.",
			want: read.Meta{Author: "A. One, B. Two", Title: "A long headline"}},
		{name: "flow list", in: "---\nauthor: [\"A. One\", B. Two]\n---\nx", want: read.Meta{Author: "A. One, B. Two"}},
		{name: "bad date", in: "---\npublished: 12/09/2025\ntitle: T\n---\nText.", want: read.Meta{Title: "T"}, warnings: []string{"line 2: front matter: published \"12/09/2025\" is not an ISO date"}},
		{name: "typo", in: "---\npublised: 2025-09-12\nlayout: post\n---\nText.", warnings: []string{`line 2: front matter: unknown key "publised" (is it "published"?)`}},
		{name: "not key: value", in: "---\njust words\n---\nText.", warnings: []string{"line 2: front matter: line 2 is not"}},
		{name: "never closed", in: "---\ntitle: x\n\nText.", warnings: []string{"line 1: front matter opened with \"---\" on line 1 is never closed"}, first: "2 p title: x"},
		{name: "no front matter", in: "Text.\n---\nMore.", first: "1 h Text."},
		{name: "empty", in: "---\n---\nText.", first: "3 p Text."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Decode(tc.in)
			var got read.Meta
			if doc.Meta != nil {
				got = *doc.Meta
			}
			if got != tc.want {
				t.Errorf("meta = %+v, want %+v", got, tc.want)
			}
			var warns []string
			for _, w := range doc.Warnings {
				warns = append(warns, fmt.Sprintf("line %d: %s", w.Line, w.Message))
				if w.Code != "bad-metadata" {
					t.Errorf("warning code %q", w.Code)
				}
			}
			if len(warns) != len(tc.warnings) {
				t.Fatalf("warnings %q, want %q", warns, tc.warnings)
			}
			for i, w := range tc.warnings {
				if !strings.Contains(warns[i], w) {
					t.Errorf("warning %q, want it to contain %q", warns[i], w)
				}
			}
			if tc.first != "" && (len(doc.Blocks) == 0 || readtest.Show(doc.Blocks[:1]) != tc.first) {
				t.Errorf("first block %q, want %q", readtest.Show(doc.Blocks[:min(1, len(doc.Blocks))]), tc.first)
			}
		})
	}
}

func FuzzMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: \"a\"\ndate: 2025-09-12\n---\n# H\n\nText *em* **b** [l](u) ![i](j) `c` <b>x</b> &amp;\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |",
		"+++\ntitle = 'x'\n+++\n> quote\n\n```\ncode\n```\n\nSetext\n===\n[^1]: note\n[r]: http://x",
		"---\nauthor:\n  - a\n  - b\n---\n***__*_~~x~~_*__***",
		"[a[b](c)](d) ![x]( \\] [y][z] <!-- c --> <http://a> \\*",
	} {
		f.Add(s)
	}
	// The hostile shapes a Markdown file can take (issue 15).
	for _, b := range hostile.Seeds(512, ".md", ".txt") {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc := Decode(src)
		readtest.CheckBlocks(t, src, doc, Decode)
		if doc.Meta != nil && doc.Meta.Published != "" {
			if _, ok := read.ParseISODate(doc.Meta.Published); !ok {
				t.Fatalf("front matter published %q", doc.Meta.Published)
			}
		}
	})
}

// BenchmarkDecodeHostile decodes the Markdown hostile shapes at 64 KB and
// 256 KB: the time of the second over the first is the growth
// TestHostileLinear bounds (docs/hostile-input.md).
func BenchmarkDecodeHostile(b *testing.B) {
	for _, s := range hostile.Shapes {
		if !strings.HasSuffix(s.File(), ".md") {
			continue
		}
		for _, size := range []int{64 << 10, 256 << 10} {
			text := string(s.Gen(size))
			b.Run(fmt.Sprintf("%s/%dKB", s.Name, size>>10), func(b *testing.B) {
				b.ReportAllocs()
				for range b.N {
					Decode(text)
				}
			})
		}
	}
}
