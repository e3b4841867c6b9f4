//go:build !wasm

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"parallax/app/site"
)

// The compare corpus (app/e2e/testdata/compare, hand-written) is one
// story told by an English and a French version, with an Italian version
// Parallax does not read, an excerpt of the English one republished by
// another outlet, and unrelated articles that give the story's names and
// figures their weight. `make site-compare` builds it into dist-compare/
// with tools/hostilesite.

// compareStory is what the export says of the corpus's story, by file.
type compareStory struct {
	ID               string
	English, French  string // the versions
	Italian, Excerpt string // the version not analysed, the copy
}

// compareSite is dist-compare/ and the corpus's story.
func compareSite(t testing.TB) (string, compareStory) {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "dist-compare"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", ".cache", "compare", "parallax.json"))
	if _, err2 := os.Stat(filepath.Join(dir, "index.html")); err != nil || err2 != nil {
		t.Fatalf("no compare site: run `make site-compare` first (%v %v)", err, err2)
	}
	var ds struct {
		Articles []struct{ ID, File string }
		Stories  []struct {
			ID          string
			Versions    []string
			Duplicates  []string
			NotAnalysed []string `json:"not_analysed"`
		}
	}
	if err := json.Unmarshal(b, &ds); err != nil {
		t.Fatal(err)
	}
	byFile := map[string]string{}
	for _, a := range ds.Articles {
		byFile[a.File] = a.ID
	}
	s := compareStory{English: byFile["1-gazette-en.txt"], French: byFile["2-courrier-fr.txt"], Italian: byFile["3-corriere-it.txt"], Excerpt: byFile["4-wire-en.txt"]}
	for _, st := range ds.Stories {
		if strings.Join(st.Versions, ",") == s.English+","+s.French {
			s.ID = st.ID
			if strings.Join(st.NotAnalysed, ",") != s.Italian || strings.Join(st.Duplicates, ",") != s.Excerpt {
				t.Fatalf("the story's version not analysed %v and copies %v, want the Italian %s and the excerpt %s", st.NotAnalysed, st.Duplicates, s.Italian, s.Excerpt)
			}
		}
	}
	if s.ID == "" {
		t.Fatalf("no story has the English and French versions as its versions: %+v", ds.Stories)
	}
	return dir, s
}

// cellJS reads the comparison's cells: the column's version, the cell's
// state and text, the row's section, and whether it shows.
const cellJS = `[...document.querySelectorAll('table.compare tbody tr[data-event-id] td[data-version]')].map(td => ({
	version: td.dataset.version,
	state: td.dataset.state || '',
	section: td.closest('tr').dataset.section,
	text: td.textContent,
	quote: (td.querySelector('.evidence-quote p') || {}).textContent || '',
	visible: td.offsetParent !== null,
}))`

type compareCell struct {
	Version string `json:"version"`
	State   string `json:"state"`
	Section string `json:"section"`
	Text    string `json:"text"`
	Quote   string `json:"quote"`
	Visible bool   `json:"visible"`
}

// TestCompareCellsHeadsAndCopies: in the comparison, each version's cell
// takes one of its states (reported with its sentences, possibly
// mentioned with the sentence that suggests it, not reported; not
// analysed for the Italian version); the column heads give the outlet
// and the publication date, or "date unknown"; the excerpt is named as a
// copy of its original, not shown as a version; the rows come as news,
// context, then background, folded.
func TestCompareCellsHeadsAndCopies(t *testing.T) {
	t.Parallel()
	dir, s := compareSite(t)
	e := newEnvWith(t, site.Server(dir, "/"))
	e.open("/story/" + s.ID + "/")

	// Columns: the two versions, then the one not analysed; never the copy.
	heads := eval[[]struct {
		Version string `json:"version"`
		Text    string `json:"text"`
	}](e, `[...document.querySelectorAll('table.compare thead tr.heads th.col')].map(th => ({version: th.dataset.version, text: th.textContent}))`)
	var order []string
	for _, h := range heads {
		order = append(order, h.Version)
		if strings.Contains(h.Text, "after") || strings.Contains(h.Text, "mentions dates") {
			t.Errorf("column %s's head gives an inferred date: %q", h.Version, h.Text)
		}
	}
	if want := []string{s.English, s.French, s.Italian}; fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("columns %v, want English, French, Italian %v", order, want)
	}
	for i, want := range [][]string{
		{"The Harbour Gazette", "13 March 2025"},
		{"Le Courrier du Fleuve", "13 March 2025"},
		{"Il Corriere del Porto", "date unknown", "not analysed — Italian"},
	} {
		for _, w := range want {
			if !strings.Contains(heads[i].Text, w) {
				t.Errorf("column %d's head %q does not say %q", i, heads[i].Text, w)
			}
		}
	}
	note := eval[string](e, fmt.Sprintf(`(document.querySelector('thead td[data-version=%q] .not-analysed-note') || {}).textContent || ''`, s.Italian))
	if !strings.Contains(note, "Il Senegal ha espulso") || !strings.Contains(note, "Read its text") {
		t.Errorf("the Italian column shows no opening of its text nor a link to it: %q", note)
	}
	if !eval[bool](e, fmt.Sprintf(`!!document.querySelector('thead td[data-version=%q] .not-analysed-note a[href="/article/%s/"]')`, s.Italian, s.Italian)) {
		t.Error("the Italian column does not link to its text")
	}

	cells := eval[[]compareCell](e, cellJS)
	count := map[string]map[string]int{}
	for _, c := range cells {
		if count[c.Version] == nil {
			count[c.Version] = map[string]int{}
		}
		count[c.Version][c.State]++
		switch c.State {
		case "possibly-mentioned":
			if !strings.Contains(c.Text, "Possibly mentioned") || c.Quote == "" {
				t.Errorf("a possibly-mentioned cell does not say so with its sentence: %q", c.Text)
			}
		case "not-reported":
			if !strings.Contains(c.Text, "Not reported") {
				t.Errorf("a not-reported cell says %q", c.Text)
			}
		case "not-analysed":
			if !strings.Contains(c.Text, "Not analysed — Italian") {
				t.Errorf("a not-analysed cell says %q", c.Text)
			}
		case "reported":
			if c.Quote == "" {
				t.Errorf("a reported cell of %s quotes nothing: %q", c.Version, c.Text)
			}
		}
	}
	if count[s.English]["reported"] == 0 {
		t.Errorf("no English cell is reported: %v", count[s.English])
	}
	if count[s.French]["possibly-mentioned"] == 0 || count[s.French]["not-reported"] == 0 || count[s.French]["reported"] == 0 {
		t.Errorf("the French column's cells %v, want reported, possibly mentioned and not reported ones", count[s.French])
	}
	if count[s.Italian]["not-analysed"] == 0 || count[s.Italian]["not-reported"]+count[s.Italian]["reported"] > 0 {
		t.Errorf("the Italian column's cells %v, want not analysed (or possibly mentioned) only", count[s.Italian])
	}
	// The French version names Gambia's turn to Russia without the
	// extractor reading a cooperation in it: its sentence is the cell's.
	russia := false
	for _, c := range cells {
		russia = russia || c.Version == s.French && c.State == "possibly-mentioned" && strings.Contains(c.Quote, "Russie")
	}
	if !russia {
		t.Error("no French cell shows the sentence on Russia as possibly mentioned")
	}

	// The excerpt is a copy of the English version.
	cp := eval[string](e, fmt.Sprintf(`(document.querySelector('.duplicates li[data-duplicate=%q][data-copy-of=%q]') || {}).textContent || ''`, s.Excerpt, s.English))
	if !strings.Contains(cp, "A copy of") || !strings.Contains(cp, "excerpt") {
		t.Errorf("the excerpt is not named as a copy of its original: %q", cp)
	}

	// Sections in order; the background folded, with its count, and open
	// on a click.
	sections := eval[[]string](e, `[...document.querySelectorAll('table.compare tbody[data-section]')].map(b => b.dataset.section)`)
	if fmt.Sprint(sections) != "[news context background]" {
		t.Errorf("sections %v, want news, context, background", sections)
	}
	var background []compareCell
	for _, c := range cells {
		if c.Section == "background" {
			background = append(background, c)
			if c.Visible {
				t.Errorf("a background cell shows while the background is folded: %q", c.Text)
			}
		}
	}
	if len(background) == 0 {
		t.Fatal("no background row")
	}
	summary := eval[string](e, `document.querySelector('tbody[data-section=background] summary').textContent`)
	if !strings.Contains(summary, "1 event") {
		t.Errorf("the background's summary %q does not count its event", summary)
	}
	e.do("unfold", chromedp.Click(chromedp.CSS(`tbody[data-section=background] summary`), chromedp.NodeVisible))
	e.waitFor(`[...document.querySelectorAll('tbody[data-section=background] tr[data-event-id]')].every(tr => tr.offsetParent !== null)`)
}

// TestCompareFoldBeforeStart: the background unfolds on the prerendered
// page, before the app runs, and stays open once it does.
func TestCompareFoldBeforeStart(t *testing.T) {
	t.Parallel()
	dir, s := compareSite(t)
	e := newEnvWith(t, site.Server(dir, "/"))
	e.do("open", chromedp.Navigate(e.url("/story/"+s.ID+"/")))
	rows := `[...document.querySelectorAll('tbody[data-section=background] tr[data-event-id]')]`
	if eval[bool](e, `document.documentElement.classList.contains('parallax-starting')`) {
		t.Fatal("the app started by itself")
	}
	if !eval[bool](e, rows+`.every(tr => tr.offsetParent === null)`) {
		t.Error("the prerendered background is not folded")
	}
	e.do("unfold", chromedp.Click(chromedp.CSS(`tbody[data-section=background] summary`), chromedp.NodeVisible))
	e.waitFor(rows + `.length > 0 && ` + rows + `.every(tr => tr.offsetParent !== null)`)
	e.waitReady()
	e.waitFor(`document.querySelector('tbody[data-section=background] details').open && ` + rows + `.every(tr => tr.offsetParent !== null)`)
}
