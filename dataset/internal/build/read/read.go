// Package read turns a source file's bytes into a Document: it refuses
// what cannot be an article (empty, binary, oversized, undecodable) with a
// Problem naming what is wrong and where, decodes UTF-8, UTF-16 and
// declared legacy charsets into NFC text, tells the format from the
// extension, and reads the NAME.meta.json sidecar.
package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"parallax/dataset"
)

// DefaultMaxSize is the largest source file read by default. News articles
// are a few kilobytes; a file of megabytes is a dump, not an article.
const DefaultMaxSize = 2 << 20

// MaxMetaSize is the largest sidecar read: five short fields of JSON.
const MaxMetaSize = 64 << 10

// Source is one input file, decoded and normalised.
type Source struct {
	File string // path relative to the corpus root, forward slashes
	Text string // NFC, LF line ends, no BOM, no control characters
	Meta *Meta  // from NAME.meta.json, when there is one
}

// Problem is a diagnostic about a file that stops it from being used.
type Problem struct {
	Code    string
	Message string
	Line    int
}

func (p *Problem) Error() string { return p.Message }

// Read decodes a source file: it refuses empty, oversized, binary and
// invalid UTF-8 input with a Problem that says what is wrong and where, and
// otherwise returns the text with the BOM stripped, CRLF and CR turned into
// LF, control characters dropped and Unicode in NFC. UTF-16 with a BOM, as
// Windows editors save it, is decoded.
func Read(file string, raw []byte, maxSize int) (Source, *Problem) {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	switch {
	case len(raw) == 0:
		return Source{}, &Problem{Code: "empty", Message: "the file is empty"}
	case len(raw) > maxSize:
		return Source{}, TooLarge(int64(len(raw)), maxSize)
	}
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		u, p := decodeUTF16(raw)
		if p != nil {
			return Source{}, p
		}
		raw = u
	} else if p := utf16WithoutBOM(raw); p != nil {
		return Source{}, p
	}
	if p := binaryProblem(raw); p != nil {
		return Source{}, p
	}
	if p := utf8Problem(raw); p != nil {
		return Source{}, p
	}
	text := string(bytes.TrimPrefix(raw, []byte("\uFEFF")))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = normalise(text)
	if strings.TrimSpace(text) == "" {
		return Source{}, &Problem{Code: "empty", Message: "the file has no text, only white space"}
	}
	return Source{File: file, Text: text}, nil
}

// TooLarge is the problem of a file over the size limit, for a caller that
// knows the size before reading it (and so never reads a huge file).
func TooLarge(size int64, maxSize int) *Problem {
	return &Problem{Code: "too-large", Message: fmt.Sprintf("the file is %s, over the %s limit (raise it with -max-size)", ByteSize(size), ByteSize(int64(maxSize)))}
}

// binaryProblem recognises files that are not text at all: a NUL byte is
// never in a text file, and many other control bytes mean an image, a PDF
// or an archive.
func binaryProblem(raw []byte) *Problem {
	head := raw[:min(len(raw), 8192)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return &Problem{Code: "binary", Message: fmt.Sprintf("the file is binary, not text (a NUL byte at offset %d)", i)}
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	if controls >= 2 && controls*10 > len(head) {
		return &Problem{Code: "binary", Message: fmt.Sprintf("the file is binary, not text (%d control bytes in its first %d)", controls, len(head))}
	}
	return nil
}

// utf8Problem points at the first byte that is not UTF-8, by line and
// column, so the file can be fixed.
func utf8Problem(raw []byte) *Problem {
	if utf8.Valid(raw) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			return &Problem{
				Code:    "invalid-utf8",
				Line:    line,
				Message: fmt.Sprintf("the file is not valid UTF-8: byte 0x%02X at line %d, column %d (offset %d); save it as UTF-8", raw[i], line, col, i),
			}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil
}

// normalise is text without the characters that only get in the way, in
// NFC.
func normalise(s string) string { return norm.NFC.String(dropControls(s)) }

// dropControls removes control and format characters that only get in the
// way (C0 and C1 controls, directional embeddings, overrides and isolates,
// zero-width spaces), keeping line breaks, tabs, the zero-width joiners
// that Indic and Persian spelling needs, and the directional marks (LRM,
// RLM, ALM), which change no state that could spill past them.
func dropControls(s string) string {
	clean := true
	for _, r := range s {
		if isDropped(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isDropped(r) {
			return -1
		}
		return r
	}, s)
}

func isDropped(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r == 0x200C || r == 0x200D: // ZWNJ, ZWJ: part of the spelling
		return false
	case r == utf8.RuneError:
		return true
	case r == 0xFEFF, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069: // BOM, bidi embeddings and isolates
		return true
	case r == 0x200B, r == 0x2060, r == 0x180E: // zero-width space, word joiner, Mongolian vowel separator
		return true
	}
	return unicode.IsControl(r)
}

// ByteSize writes a size for people: 2.0 MiB, 64.0 KiB, 12 bytes.
func ByteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Diagnostic turns a problem into the dataset's record of it.
func (p *Problem) Diagnostic(file string) dataset.Diagnostic {
	return dataset.Diagnostic{File: file, Line: p.Line, Severity: dataset.Error, Code: p.Code, Message: p.Message}
}
