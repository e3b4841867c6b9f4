//go:build !wasm

package site

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"parallax/app/safeattr"
)

// normaliseHTML rewrites a generated page deterministically: attributes in
// name order (go-app emits them in map order), ARIA states with their value,
// and without the Open Graph URLs go-app fills with "https://" and no host
// when no domain is known. The values the views wrapped (safeattr) are
// unwrapped, and the page is written by golang.org/x/net/html, which
// escapes every attribute and text: nothing in the data can become markup.
// The edits run on the parsed page first.
func normaliseHTML(b []byte, edits ...func(doc *html.Node) error) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	if err := unwrapValues(doc); err != nil {
		return nil, err
	}
	for _, edit := range edits {
		if err := edit(doc); err != nil {
			return nil, err
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.ElementNode && c.Data == "meta" && isHostlessOpenGraph(c):
				n.RemoveChild(c)
			case c.Type == html.TextNode && !rawText[n.Data]:
				if t := unindent(c.Data, depth); t == "" {
					n.RemoveChild(c)
				} else {
					c.Data = t
				}
			default:
				walk(c, depth+1)
			}
			c = next
		}
		// go-app drops the empty crossorigin of a font preload, and a
		// preload without it is fetched twice: restore it.
		if n.Type == html.ElementNode && n.Data == "link" && attrValue(n, "rel") == "preload" && attrValue(n, "as") == "font" && !hasAttr(n, "crossorigin") {
			n.Attr = append(n.Attr, html.Attribute{Key: "crossorigin", Val: "anonymous"})
		}
		for i, a := range n.Attr {
			// go-app writes a "true" value as a bare attribute, which is
			// right for hidden or defer but makes aria-hidden="" mean
			// nothing: ARIA states must spell out their value.
			if a.Val == "" && strings.HasPrefix(a.Key, "aria-") {
				n.Attr[i].Val = "true"
			}
		}
		// go-app writes a false boolean attribute as checked="false", which
		// HTML reads as checked: every filter of a prerendered page would
		// show ticked until the app runs. A false one is no attribute.
		n.Attr = slices.DeleteFunc(n.Attr, func(a html.Attribute) bool { return booleanAttr[a.Key] && a.Val == "false" })
		slices.SortStableFunc(n.Attr, func(a, b html.Attribute) int { return cmp.Compare(a.Key, b.Key) })
	}
	walk(doc, -1)
	var out bytes.Buffer
	if err := html.Render(&out, doc); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// unwrapValues decodes the attribute values, and the page title, that the
// views wrapped for go-app's prerenderer.
func unwrapValues(n *html.Node) error {
	for i, a := range n.Attr {
		v, ok, err := safeattr.Unwrap(a.Val)
		if err != nil {
			return fmt.Errorf("<%s %s>: %w", n.Data, a.Key, err)
		}
		if ok && safeattr.Has(v) {
			return fmt.Errorf("<%s %s>: a value wrapped twice", n.Data, a.Key)
		}
		n.Attr[i].Val = v
	}
	if n.Type == html.ElementNode && n.Data == "title" {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			v, _, err := safeattr.Unwrap(c.Data)
			if err != nil {
				return fmt.Errorf("<title>: %w", err)
			}
			c.Data = v
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := unwrapValues(c); err != nil {
			return err
		}
	}
	return nil
}

func attrValue(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// booleanAttr are HTML's boolean attributes: present means true, whatever
// the value.
var booleanAttr = map[string]bool{
	"allowfullscreen": true, "async": true, "autofocus": true, "autoplay": true, "checked": true, "controls": true,
	"default": true, "defer": true, "disabled": true, "formnovalidate": true, "hidden": true, "inert": true,
	"ismap": true, "loop": true, "multiple": true, "muted": true, "nomodule": true, "novalidate": true,
	"open": true, "playsinline": true, "readonly": true, "required": true, "reversed": true, "selected": true,
}

// rawText elements keep their text as it is.
var rawText = map[string]bool{"script": true, "style": true, "pre": true, "textarea": true}

// unindent undoes go-app's pretty-printing of a text node under an element
// at depth: it writes each child on a new line indented by two spaces per
// level, which a browser would show as spaces around every inline element.
// Article text never has a line break inside a paragraph, so a line break
// here is always go-app's.
func unindent(s string, depth int) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	inner := strings.Repeat("  ", depth+1)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	for i, line := range lines {
		switch {
		case i == 0:
			b.WriteString(line)
		case i == len(lines)-1 && strings.Trim(line, " ") == "":
			// The indentation of the next sibling or of the closing tag.
		default:
			b.WriteString(strings.TrimPrefix(line, inner))
		}
	}
	return b.String()
}

func isHostlessOpenGraph(n *html.Node) bool {
	var prop, content string
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name":
			prop = a.Val
		case "content":
			content = a.Val
		}
	}
	switch prop {
	case "og:url", "og:image", "twitter:image":
		return len(content) < len("https://x") || content[:8] == "https://" && content[8] == '/'
	}
	return false
}
