package read

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeUTF16 decodes a file that starts with a UTF-16 byte-order mark.
// Unlike a decoder that puts U+FFFD where the file is broken (and the
// cleaning would then drop it without a word), it refuses the file at the
// first broken place, which it names: an odd trailing byte, a lone
// surrogate.
func decodeUTF16(raw []byte) ([]byte, *Problem) {
	big := raw[0] == 0xFE
	order := "little-endian"
	if big {
		order = "big-endian"
	}
	unit := func(i int) uint16 {
		if big {
			return uint16(raw[i])<<8 | uint16(raw[i+1])
		}
		return uint16(raw[i+1])<<8 | uint16(raw[i])
	}
	out := make([]byte, 0, len(raw))
	line := 1
	bad := func(format string, args ...any) *Problem {
		return &Problem{Code: "invalid-utf16", Line: line,
			Message: fmt.Sprintf("the file starts with a UTF-16 (%s) byte-order mark but is not valid UTF-16: %s, on line %d; save it as UTF-8", order, fmt.Sprintf(format, args...), line)}
	}
	for i := 2; i < len(raw); i += 2 {
		if i+1 == len(raw) {
			return nil, bad("its last byte (0x%02X, offset %d) is half a character", raw[i], i)
		}
		u := uint16(unit(i))
		r := rune(u)
		switch {
		case utf16.IsSurrogate(r) && u < 0xDC00 && i+3 < len(raw):
			if r2 := rune(unit(i + 2)); r2 >= 0xDC00 && r2 <= 0xDFFF {
				r = utf16.DecodeRune(r, r2)
				i += 2
				break
			}
			return nil, bad("a lone surrogate 0x%04X at offset %d", u, i)
		case utf16.IsSurrogate(r):
			return nil, bad("a lone surrogate 0x%04X at offset %d", u, i)
		}
		if r == '\n' {
			line++
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// utf16WithoutBOM recognises UTF-16 saved without a byte-order mark, which
// would otherwise be called binary: in the text of most scripts, one byte
// of every pair (the high byte of each character) takes only a few values
// below 0x30 (0x00 for Latin, 0x06 for Arabic, 0x09 for Devanagari…),
// while the other varies.
func utf16WithoutBOM(raw []byte) *Problem {
	head := raw[:min(len(raw), 8192)&^1]
	if len(head) < 16 || bytes.IndexByte(head, 0) < 0 && !hasLowControls(head) {
		return nil
	}
	// One byte of every pair takes a few low values, the other does not:
	// a file of zeros is no text at all.
	narrow := func(parity int) bool {
		var counts [256]int
		for i := parity; i < len(head); i += 2 {
			counts[head[i]]++
		}
		low, distinct := 0, 0
		for b := 0; b < 0x30; b++ {
			low += counts[b]
			if counts[b] > 0 {
				distinct++
			}
		}
		return low*100 >= len(head)/2*95 && distinct <= 4
	}
	order := ""
	switch be, le := narrow(0), narrow(1); {
	case be && !le:
		order = "big-endian"
	case le && !be:
		order = "little-endian"
	default:
		return nil
	}
	return &Problem{Code: "invalid-utf16",
		Message: fmt.Sprintf("the file looks like UTF-16 (%s) without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark", order)}
}

func hasLowControls(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			return true
		}
	}
	return false
}
