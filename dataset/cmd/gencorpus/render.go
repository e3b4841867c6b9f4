package main

import (
	"encoding/json"
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

// sidecar is NAME.meta.json, in mkdataset's format.
type sidecar struct {
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Author    string `json:"author,omitempty"`
}

func (a *article) sidecar() []byte {
	b, err := json.MarshalIndent(sidecar{Published: a.style.date.Format("2006-01-02"), Outlet: a.outlet, URL: a.url(), Author: a.author}, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always marshals
	}
	return append(b, '\n')
}

// txt writes the article as a scraper saves a page: one paragraph a line
// (or blank-line separated), residue and all, sometimes with CRLF.
func (a *article) txt(r *rand.Rand) []byte {
	var lines []string
	lines = append(lines, a.top...)
	lines = append(lines, a.title)
	if a.dateline != "" {
		lines = append(lines, a.dateline, a.dateline)
	}
	for _, b := range a.body {
		switch b.kind {
		case "list":
			if b.text != "" {
				lines = append(lines, b.text)
			}
			for _, it := range b.items {
				lines = append(lines, "- "+it)
			}
		default:
			lines = append(lines, b.text)
		}
	}
	if len(a.related) > 0 {
		lines = append(lines, a.relHead)
		for _, it := range a.related {
			lines = append(lines, "- "+it)
		}
	}
	lines = append(lines, a.bottom...)
	sep := "\n"
	if r.IntN(5) < 2 {
		sep = "\n\n"
	}
	text := strings.Join(lines, sep) + "\n"
	if r.IntN(20) == 0 {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	return []byte(text)
}

// md writes the article as Markdown with front matter, the way static site
// generators and note apps keep articles: emphasis, links and an image in
// the text.
func (a *article) md(r *rand.Rand) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\npublished: %s\noutlet: %q\n", a.title, a.style.date.Format("2006-01-02"), a.outlet)
	if a.author != "" {
		fmt.Fprintf(&b, "author: %s\n", a.author)
	}
	fmt.Fprintf(&b, "url: %s\ntags: [sahel, %s]\n---\n\n", a.url(), a.lang)
	for _, t := range a.top {
		b.WriteString("**" + t + "**\n\n")
	}
	b.WriteString("# " + a.title + "\n\n")
	for i, bl := range a.body {
		switch bl.kind {
		case "h":
			b.WriteString("## " + bl.text + "\n\n")
		case "list":
			if bl.text != "" {
				b.WriteString(inlineMarkdown(r, bl.text) + "\n\n")
			}
			for _, it := range bl.items {
				b.WriteString("* " + it + "\n")
			}
			b.WriteString("\n")
		case "table":
			b.WriteString(bl.text + "\n\n")
		default:
			b.WriteString(inlineMarkdown(r, bl.text) + "\n\n")
		}
		if i == 0 {
			fmt.Fprintf(&b, "![%s](/img/a%05d.jpg)\n\n", a.title, a.n)
		}
	}
	if len(a.related) > 0 {
		b.WriteString("### " + a.relHead + "\n\n")
		for k, it := range a.related {
			fmt.Fprintf(&b, "- [%s](https://news.example/related/%d)\n", it, k)
		}
		b.WriteString("\n")
	}
	for _, t := range a.bottom {
		fmt.Fprintf(&b, "[%s](https://news.example/share)\n\n", t)
	}
	return []byte(b.String())
}

// inlineMarkdown puts emphasis on the first words and a link on a later
// one, sometimes.
func inlineMarkdown(r *rand.Rand, text string) string {
	words := strings.Split(text, " ")
	if len(words) > 6 && r.IntN(2) == 0 {
		words[0] = "**" + words[0]
		words[1] += "**"
	}
	if len(words) > 8 && r.IntN(3) == 0 {
		words[5] = "[" + words[5] + "](https://news.example/tag/" + fmt.Sprint(r.IntN(100)) + ")"
	}
	if len(words) > 10 && r.IntN(3) == 0 {
		words[8] = "_" + words[8] + "_"
	}
	return strings.Join(words, " ")
}

// page writes the article as a saved news page: head metadata, a site
// header and navigation, share buttons, a figure, a sidebar, comments, a
// footer and scripts around the article's own text.
func (a *article) page(r *rand.Rand) []byte {
	e := html.EscapeString
	var b strings.Builder
	dir := "ltr"
	if a.lang == "ar" {
		dir = "rtl"
	}
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=%q dir=%q>\n<head>\n<meta charset=\"utf-8\">\n", a.lang, dir)
	fmt.Fprintf(&b, "<title>%s | %s</title>\n", e(a.title), e(a.outlet))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n", e(a.title), e(a.outlet))
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%sT%02d:%02d:00+00:00\">\n", a.style.date.Format("2006-01-02"), 6+r.IntN(14), r.IntN(60))
	if a.author != "" {
		fmt.Fprintf(&b, "<meta name=\"author\" content=\"%s\">\n", e(a.author))
	}
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", a.url())
	b.WriteString("<style>body{font-family:serif}.share-buttons a{margin:0 4px}</style>\n<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n")
	fmt.Fprintf(&b, "<header class=\"site-header\"><a class=\"logo\" href=\"/\">%s</a>\n<nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/africa\">Africa</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav></header>\n", e(a.outlet))
	b.WriteString("<main>\n<article>\n<header>\n")
	for _, t := range a.top {
		fmt.Fprintf(&b, "<p class=\"kicker\">%s</p>\n", e(t))
	}
	fmt.Fprintf(&b, "<h1>%s</h1>\n", e(a.title))
	if a.author != "" {
		fmt.Fprintf(&b, "<p class=\"byline\">%s</p>\n", e(a.author))
	}
	b.WriteString("</header>\n<div class=\"share-buttons\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a><a href=\"#\">Email</a></div>\n")
	for i, bl := range a.body {
		switch bl.kind {
		case "h":
			fmt.Fprintf(&b, "<h2>%s</h2>\n", e(bl.text))
		case "list":
			if bl.text != "" {
				fmt.Fprintf(&b, "<p>%s</p>\n", e(bl.text))
			}
			b.WriteString("<ul>\n")
			for _, it := range bl.items {
				fmt.Fprintf(&b, "  <li>%s</li>\n", e(it))
			}
			b.WriteString("</ul>\n")
		case "table":
			b.WriteString("<table>\n")
			for k, row := range strings.Split(bl.text, "\n") {
				if strings.Trim(row, "|- ") == "" {
					continue
				}
				cell := "td"
				if k == 0 {
					cell = "th"
				}
				b.WriteString("<tr>")
				for _, c := range strings.Split(strings.Trim(row, "| "), " | ") {
					fmt.Fprintf(&b, "<%s>%s</%s>", cell, e(c), cell)
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
		default:
			fmt.Fprintf(&b, "<p>%s</p>\n", e(bl.text))
		}
		if i == 0 {
			fmt.Fprintf(&b, "<figure><img src=\"/img/a%05d.jpg\" alt=\"\"><figcaption>Photo: AFP</figcaption></figure>\n", a.n)
		}
	}
	b.WriteString("</article>\n")
	if len(a.related) > 0 {
		fmt.Fprintf(&b, "<aside class=\"related\"><h2>%s</h2><ul>\n", e(a.relHead))
		for k, it := range a.related {
			fmt.Fprintf(&b, "<li><a href=\"/related/%d\">%s</a></li>\n", k, e(it))
		}
		b.WriteString("</ul></aside>\n")
	}
	b.WriteString("</main>\n<section id=\"comments\"><h2>Comments</h2><p>First!</p></section>\n")
	fmt.Fprintf(&b, "<footer><p>© %s</p><a href=\"/privacy\">Privacy</a></footer>\n<script src=\"/js/app.js\"></script>\n</body>\n</html>\n", e(a.outlet))
	return []byte(b.String())
}
