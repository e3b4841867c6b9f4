package read

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// DeclaredCharset decodes a page that is not UTF-8 but says in a <meta>
// what it is (windows-1252, Shift_JIS, GB2312…), as pages saved from older
// sites are. Anything else is returned as it is, for Read to judge.
func DeclaredCharset(raw []byte, maxSize int) []byte {
	if maxSize <= 0 {
		maxSize = DefaultMaxSize
	}
	if len(raw) > maxSize || utf8.Valid(raw) || !bytes.Contains(bytes.ToLower(raw[:min(len(raw), 1024)]), []byte("charset")) {
		return raw
	}
	enc, name, _ := charset.DetermineEncoding(raw, "text/html")
	if name == "utf-8" || enc == nil {
		return raw
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return raw
	}
	return out
}
