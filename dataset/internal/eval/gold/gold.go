// Package gold scores a built Parallax corpus against hand-made gold
// annotations of real articles: one gold.json per folder (the format is in
// docs/evaluation.md), and the corpus as Parallax's JSON export. It reads
// only the export, not the build pipeline, so that any build of the same
// files can be scored.
//
// The unit is an (event, article) pair: a gold event listed in an
// article's file, a predicted event with a mention in that article. Load
// reads and checks the gold, ReadExport the export, Score matches the
// pairs one to one in each article and counts, and Report prints the
// figures per language, event type and folder, with dates, stories and
// the events of files that report none.
package gold

// Gold is every gold.json under one folder, with the files each covers.
type Gold struct {
	Folders []Folder
}

// Folder is one gold.json and the folder it annotates.
type Folder struct {
	// Path is the folder relative to the gold's root, with forward
	// slashes; "" for the root itself.
	Path  string
	About string
	// Events and Stories name files by their path relative to the root,
	// with extension, once Load has resolved the file's own names.
	Events  []Event
	Stories [][]string
	// Files is every article of the folder, relative to the root and
	// sorted, whether the gold gives it events or not: the files the
	// build should find nothing in are scored too.
	Files []string
}

// Event is one annotated event. Its JSON form is the format's.
type Event struct {
	ID   string `json:"id"`
	What string `json:"what"`
	// Types are the Parallax types that count as a match, the first the
	// best; the report counts a pair under the first.
	Types []string `json:"types"`
	// Date is when it happened, YYYY, YYYY-MM or YYYY-MM-DD; "" (null in
	// the file) when unknown.
	Date     string   `json:"date"`
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Actors   []string `json:"actors"`
	Quantity *float64 `json:"quantity"`
	// Articles report it; Optional only allude to it: a prediction there
	// is neither rewarded nor punished.
	Articles []string `json:"articles"`
	Optional []string `json:"optional"`
	// Neutral: real but incidental, neither rewarded nor punished.
	Neutral  bool      `json:"neutral"`
	Mentions []Mention `json:"mentions"`

	date date
	keys map[string]bool // every actor, source and target as nameKey
}

// Mention is one place an event is reported: a file and an exact quote.
type Mention struct {
	File  string `json:"file"`
	Quote string `json:"quote"`
}

// quotes is the event's quotes in one file.
func (e *Event) quotes(file string) []string {
	var out []string
	for _, m := range e.Mentions {
		if m.File == file {
			out = append(out, m.Quote)
		}
	}
	return out
}
