package main

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"parallax/dataset"
	"parallax/dataset/internal/build/clean"
	"parallax/dataset/internal/build/read"
	"parallax/dataset/internal/build/segment"
)

// languages the generator writes, in a fixed order (the order of draws).
var languages = []string{"en", "ar", "hi", "fr", "es", "de"}

// weights is each language's share of the articles, in percent.
var weights = map[string]int{"en": 25, "ar": 25, "hi": 15, "fr": 15, "es": 10, "de": 10}

//go:embed data/*.txt
var dataFS embed.FS

// material is what the articles of one language are made of: the seeds'
// headlines, paragraphs, sentences, lists and tables, the hand-written
// template paragraphs of data/LANG.txt, and the names, outlets and page
// residue that vary between articles.
type material struct {
	lang       string
	months     [12][]string // each month's names, one per style («أغسطس», «آب»)
	headlines  []string
	paragraphs []string   // whole paragraphs, seed ones verbatim, template ones with slots
	sentences  []string   // every paragraph's sentences, for recombination
	lists      [][]string // an introducing sentence ending with ":" (or "") then the items
	tables     []string   // Markdown pipe tables
	seedNames  [][]string // names the seeds use, full form then short forms, to swap
	names      [][]string // names to swap in and fill {PERSON} with: full, then short
	outlets    []string
	top        []string // page residue above the text
	bottom     []string // page residue below it
	relHeading string
	related    []string
}

// loadMaterial reads data/LANG.txt for every language and adds the seeds
// under dir, each to the language it is written in.
func loadMaterial(seeds string) (map[string]*material, error) {
	mats := map[string]*material{}
	for _, lang := range languages {
		m, err := parseData(lang)
		if err != nil {
			return nil, err
		}
		mats[lang] = m
	}
	files, err := seedFiles(seeds)
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		src, p := read.Read(f, raw, 0)
		if p != nil {
			return nil, fmt.Errorf("%s: %s", f, p.Message)
		}
		cleaned := clean.Clean(segment.Blocks(src.Text))
		lang := seedLang(src.Text)
		m := mats[lang]
		if m == nil {
			return nil, fmt.Errorf("%s: written in %s, which the generator does not write", f, lang)
		}
		m.addSeed(cleaned.Blocks)
	}
	for _, lang := range languages {
		if m := mats[lang]; len(m.sentences) == 0 || len(m.headlines) == 0 {
			return nil, fmt.Errorf("gencorpus: no material for %s (headlines and paragraphs come from data/%s.txt and the seeds)", lang, lang)
		}
	}
	return mats, nil
}

func seedFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".txt") && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("seeds: %w", err)
	}
	slices.Sort(files)
	return files, nil
}

// addSeed sorts a cleaned seed's blocks into the pools: short lines that do
// not end like sentences are headlines, lists keep the sentence that
// introduces them, everything else is paragraphs and sentences.
func (m *material) addSeed(blocks []segment.Block) {
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch {
		case b.Kind == dataset.KindTable:
			m.tables = append(m.tables, pipeTable(b.Text))
		case b.Kind == dataset.KindItem:
			intro := ""
			if i > 0 && strings.HasSuffix(blocks[i-1].Text, ":") {
				intro = blocks[i-1].Text
			}
			list := []string{intro}
			for ; i < len(blocks) && blocks[i].Kind == dataset.KindItem; i++ {
				list = append(list, blocks[i].Text)
			}
			i--
			m.lists = append(m.lists, list)
		case headlineLike(b.Text):
			m.headlines = append(m.headlines, b.Text)
		case strings.HasSuffix(b.Text, ":"):
			// Only ever used before its list.
		default:
			m.addParagraph(b.Text)
		}
	}
}

func (m *material) addParagraph(p string) {
	m.paragraphs = append(m.paragraphs, p)
	for _, s := range segment.Sentences(p) {
		m.sentences = append(m.sentences, p[s.Start:s.End])
	}
}

// headlineLike: a short line that does not end like a sentence.
func headlineLike(s string) bool {
	s = strings.TrimRight(s, " \"'”»")
	return len(strings.Fields(s)) <= 16 && !strings.ContainsAny(s[len(s)-1:], ".!?।؟:") && !strings.HasSuffix(s, "…")
}

// pipeTable turns a table block ("a\tb\nc\td") back into Markdown rows.
func pipeTable(text string) string {
	var b strings.Builder
	for i, row := range strings.Split(text, "\n") {
		cells := strings.Split(row, "\t")
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat("---|", len(cells)) + "\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// seedLang tells the language of a seed without a detector: the script
// decides Arabic and Hindi, and the commonest function words the Latin
// languages.
func seedLang(text string) string {
	switch segment.Script(text) {
	case "Arab":
		return "ar"
	case "Deva":
		return "hi"
	}
	words := map[string][]string{
		"en": {"the", "and", "of", "to", "is", "that", "with"},
		"fr": {"le", "la", "les", "des", "et", "est", "une", "du"},
		"es": {"el", "los", "las", "del", "y", "que", "una"},
		"de": {"der", "die", "das", "und", "ist", "nicht", "ein", "mit"},
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		for _, lang := range []string{"en", "fr", "es", "de"} {
			if slices.Contains(words[lang], w) {
				counts[lang]++
			}
		}
	}
	best := "en"
	for _, lang := range []string{"fr", "es", "de"} {
		if counts[lang] > counts[best] {
			best = lang
		}
	}
	return best
}

// parseData reads data/LANG.txt: "[section]" lines, then one entry a line;
// "#" starts a comment line.
func parseData(lang string) (*material, error) {
	name := "data/" + lang + ".txt"
	f, err := dataFS.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := &material{lang: lang}
	section, month := "", 0
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		alts := strings.Split(line, " | ")
		switch section {
		case "months":
			if month == 12 {
				return nil, fmt.Errorf("%s:%d: more than 12 months", name, n)
			}
			m.months[month] = alts
			month++
		case "headlines":
			m.headlines = append(m.headlines, line)
		case "paragraphs":
			m.addParagraph(line)
		case "names":
			m.names = append(m.names, alts)
		case "seed-names":
			m.seedNames = append(m.seedNames, alts)
		case "outlets":
			m.outlets = append(m.outlets, line)
		case "top":
			m.top = append(m.top, line)
		case "bottom":
			m.bottom = append(m.bottom, line)
		case "related-heading":
			m.relHeading = line
		case "related":
			m.related = append(m.related, line)
		default:
			return nil, fmt.Errorf("%s:%d: a line outside a known section (%q)", name, n, section)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if month != 12 || len(m.names) == 0 || len(m.outlets) == 0 {
		return nil, fmt.Errorf("%s: needs 12 [months], [names] and [outlets]", name)
	}
	return m, nil
}
