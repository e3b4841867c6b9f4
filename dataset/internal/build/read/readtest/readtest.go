// Package readtest checks what every format's decoder must give, for the
// tests of the decoders.
package readtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/dataset"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/segment"
)

// Show renders blocks one a line, "line kind text", tables with " / "
// between rows and " | " between cells, for compact expectations.
func Show(blocks []segment.Block) string {
	var lines []string
	for _, b := range blocks {
		t := strings.ReplaceAll(strings.ReplaceAll(b.Text, "\n", " / "), "\t", " | ")
		lines = append(lines, fmt.Sprintf("%d %s %s", b.Line, b.Kind, t))
	}
	return strings.Join(lines, "\n")
}

// CheckBlocks checks what holds for every format's output: blocks have text, a known
// kind and a line inside the source; only tables have line breaks and tabs.
func CheckBlocks(t *testing.T, src string, doc read.Document, decode func(string) read.Document) {
	t.Helper()
	lines := strings.Count(src, "\n") + 1
	for _, b := range doc.Blocks {
		if strings.TrimSpace(b.Text) == "" || b.Kind != dataset.KindTable && b.Text != strings.TrimSpace(b.Text) {
			t.Fatalf("%s block text %q is empty or not trimmed", b.Kind, b.Text)
		}
		if !slices.Contains([]string{dataset.KindText, dataset.KindHeading, dataset.KindItem, dataset.KindTable}, b.Kind) {
			t.Fatalf("block kind %q", b.Kind)
		}
		if b.Line < 1 || b.Line > lines {
			t.Fatalf("block line %d outside 1..%d", b.Line, lines)
		}
		if b.Kind != dataset.KindTable && strings.ContainsAny(b.Text, "\n\t") {
			t.Fatalf("%s block %q has a line break or a tab", b.Kind, b.Text)
		}
		if utf8.ValidString(src) && !utf8.ValidString(b.Text) {
			t.Fatalf("block %q is not UTF-8", b.Text)
		}
	}
	for _, r := range doc.Removed {
		if r.Line < 1 || r.Line > lines || r.Text == "" {
			t.Fatalf("removal %+v", r)
		}
	}
	if again := decode(src); Show(again.Blocks) != Show(doc.Blocks) {
		t.Fatal("decoding twice gave different blocks")
	}
}
