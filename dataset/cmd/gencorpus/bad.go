package main

import (
	"strings"
)

// badFile is one file of the -bad set and what mkdataset should say of it.
type badFile struct {
	name string
	body string
	link string // when set, the file is a symbolic link to this target
	want string // the diagnostic code mkdataset reports
}

// badFiles are the problems a real corpus has, one of each, in bad/: every
// one must come out of mkdataset as a line of its report. first is the
// text of the corpus's first article, copied to make a duplicate.
func badFiles(first string) []badFile {
	long := func(subject string) string {
		return strings.Repeat("La junte malienne a annoncé de nouvelles mesures contre "+subject+". ", 8)
	}
	return []badFile{
		{name: "bad/empty.txt", body: "", want: "empty"},
		{name: "bad/blank.txt", body: " \n\t\n\n", want: "empty"},
		{name: "bad/photo.txt", body: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", want: "binary"},
		{name: "bad/latin1.txt", body: "Le gouvernement malien a d\xe9cid\xe9 de suspendre la diffusion de deux cha\xeenes fran\xe7aises.", want: "invalid-utf8"},
		{name: "bad/huge.txt", body: strings.Repeat("Mali. ", (2<<20)/6+1), want: "too-large"},
		{name: "bad/copy.txt", body: first, want: "duplicate"},
		{name: "bad/lost.meta.json", body: `{"outlet": "Nobody"}`, want: "orphan-metadata"},
		{name: "bad/typo.txt", body: long("les médias étrangers")},
		{name: "bad/typo.meta.json", body: `{"publised": "2025-09-12"}`, want: "bad-metadata"},
		{name: "bad/numbers.txt", body: strings.Repeat("2025 1234 5678 90 ", 12), want: "unknown-language"},
		{name: "bad/italiano.txt", body: strings.Repeat("Il governo francese ha sospeso la cooperazione militare con il Mali e ha espulso due diplomatici. ", 3), want: "unsupported-language"},
		{name: "bad/short.txt", body: "Mali: talks resume in Bamako.", want: "short"},
		{name: "bad/report.pdf", body: "%PDF-1.4\n%âãÏÓ\n", want: "unsupported-type"},
		{name: "bad/conflict.md", body: "---\ntitle: Bamako suspend deux chaînes\npublished: 2025-08-14\n---\n\n" + long("deux chaînes françaises"), want: "metadata-conflict"},
		{name: "bad/conflict.meta.json", body: `{"published": "2025-08-15"}`},
		{name: "bad/menu.html", body: "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>© 2025</footer></body></html>", want: "no-text"},
		{name: "bad/residue.txt", body: "عاجل\nتم نسخ الرابط\n", want: "no-text"},
		{name: "bad/unclosed.md", body: "---\ntitle: Bamako\n\n" + long("les partis politiques"), want: "bad-metadata"},
		{name: "bad/gone.txt", link: "nowhere.txt", want: "unreadable"},
	}
}
