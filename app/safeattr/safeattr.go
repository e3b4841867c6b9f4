// Package safeattr carries attribute values through go-app's prerenderer
// unharmed. go-app writes an attribute's value with Go's strconv.Quote, not
// HTML escaping: a quote in a title becomes \" and ends the attribute, so
// that metadata could write markup into a generated page. On the server,
// views wrap every value that comes from the data; the wrapped form is
// letters and digits only, which no quoting or escaping changes, and the
// site generator unwraps it after parsing the page, before it writes the
// page again with golang.org/x/net/html, which escapes it. In the browser
// go-app sets attributes through the DOM, and values are left as they are.
package safeattr

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Marker begins a wrapped value. It is lower-case letters only, as is the
// hex that follows: HTML, go-app and strconv.Quote leave it as it is.
const Marker = "pxattrx"

// Wrap encodes s so that any quoting leaves it intact.
func Wrap(s string) string {
	if s == "" {
		return ""
	}
	return Marker + hex.EncodeToString([]byte(s))
}

// Unwrap decodes a value that Wrap encoded; any other value is returned
// as it is, with false.
func Unwrap(v string) (string, bool, error) {
	rest, ok := strings.CutPrefix(v, Marker)
	if !ok {
		return v, false, nil
	}
	b, err := hex.DecodeString(rest)
	if err != nil {
		return "", true, fmt.Errorf("a wrapped attribute value that does not decode (%.40q…): %w", v, err)
	}
	return string(b), true, nil
}

// Has reports whether s holds a wrapped value anywhere: after unwrapping,
// none may be left in a page.
func Has(s string) bool { return strings.Contains(s, Marker) }
