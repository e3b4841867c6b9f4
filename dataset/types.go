// Package dataset holds what Parallax knows about a corpus: the cleaned
// articles, the entities and events found in them, and the stories that group
// them. It is the part of the dataset that runs in the browser: types, the
// versioned binary codec, the JSON export and the embedded bytes. It imports
// the standard library only; the build pipeline lives in dataset/internal.
package dataset

// Dataset is one built corpus. Every slice is sorted deterministically by the
// pipeline, so that the same inputs always give the same bytes.
type Dataset struct {
	Articles    []Article
	Entities    []Entity
	Events      []Event
	Stories     []Story
	Diagnostics []Diagnostic
}

// Article is one cleaned source file.
type Article struct {
	ID   string // derived from the cleaned text: the same text always gets the same id
	File string // path of the source file relative to the corpus root, with forward slashes

	Lang           string  // ISO 639-1 code, or "und" when no language could be detected
	LangConfidence float64 // 0..1, rounded to 4 decimals
	Script         string  // ISO 15924 code of the dominant script: "Arab", "Deva", "Latn", …
	Dir            string  // "rtl" or "ltr", from the script

	Title       string
	TitleSource string // "headline" (a headline line), "metadata" or "first-sentence"
	Dateline    string // place line of a wire dateline, when the scrape had one

	Meta Meta

	Paragraphs []Paragraph
	Removed    []Removal // scrape residue taken out of the text, with its reason

	Words     int
	Sentences int

	// DuplicateOf is the id of the article this one republishes, when the
	// text is a near-duplicate of an earlier one.
	DuplicateOf string
}

// Meta is what a sidecar NAME.meta.json says about an article, plus the
// publication date the pipeline settled on.
type Meta struct {
	Outlet string
	URL    string
	Author string
	Title  string

	// Published is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); empty when
	// unknown. PublishedInferred says it was inferred from the text.
	Published         string
	PublishedInferred bool
}

// Paragraph kinds.
const (
	KindTitle   = "title" // the article's headline; Article.Title repeats it
	KindText    = "p"     // running text
	KindHeading = "h"     // a section heading
	KindItem    = "li"    // one item of a list that belongs to the article
	KindTable   = "table" // a table; Text holds rows separated by "\n" and cells by "\t"
)

// Paragraph is one block of an article's text.
type Paragraph struct {
	Kind string
	Text string

	// Lang is set only when the paragraph's language differs from the
	// article's with enough confidence to say so.
	Lang           string
	LangConfidence float64

	Sentences []Span // byte offsets into Text
	Marks     []Mark // entities and dates found in Text, ordered by Start
}

// Span is a half-open byte range [Start, End) into a paragraph's Text.
type Span struct {
	Start, End int
}

// Mark kinds.
const (
	MarkEntity = "entity"
	MarkDate   = "date"
)

// Mark annotates a stretch of a paragraph: an entity mention or a date.
type Mark struct {
	Span
	Kind   string
	Entity string // entity id, for MarkEntity
	Date   string // normalised ISO date (YYYY, YYYY-MM or YYYY-MM-DD), for MarkDate
}

// Removal reasons. Each names a kind of scrape residue.
const (
	RemovedLabel        = "breaking-label"     // «عاجل», "BREAKING", …
	RemovedDateline     = "dateline"           // a bare place line before the text
	RemovedRepeatedLine = "repeated-line"      // the same line twice in a row
	RemovedWidget       = "page-widget"        // «تم نسخ الرابط», "Share", "Read more", …
	RemovedRelatedLinks = "related-links"      // a trailing list of other articles' headlines
	RemovedOffTopic     = "off-topic-headline" // a first line about something else entirely
	RemovedMarkup       = "markup"             // markup that carried no text (front matter, HTML chrome)
)

// Removal is one line of scrape residue taken out of an article.
type Removal struct {
	Line   int // 1-based line in the source file
	Text   string
	Reason string
}

// Entity kinds.
const (
	EntityCountry      = "country"
	EntityPlace        = "place"
	EntityPerson       = "person"
	EntityOrganisation = "organisation"
	EntityArmedGroup   = "armed-group"
	EntityOperation    = "military-operation"
	EntityAgency       = "news-agency"
	EntityMedia        = "media" // newspapers and broadcasters
	EntityOther        = "other"
)

// Entity is a person, place, organisation or group, the same across
// languages.
type Entity struct {
	ID          string
	Kind        string
	Name        string   // English canonical name
	Aliases     []string // names and demonyms in every language the gazetteer knows, for search
	Provisional bool     // found as an unknown capitalised name, not in the gazetteer
}

// Modalities of an event mention: whether the text says it happened.
const (
	Asserted     = "asserted"
	Denied       = "denied"
	Threatened   = "threatened"
	Future       = "future"
	Hypothetical = "hypothetical"
	Demanded     = "demanded"
	// Attempted: an act tried and failed or foiled — a coup attempt, a
	// coup plot announced as thwarted. Not the act itself.
	Attempted = "attempted"
)

// Where an event's date comes from.
const (
	DateFromText      = "text"      // a mention's sentence says when
	DateFromPublished = "published" // no mention says; the earliest sidecar publication date of its news reports
)

// Event is one real-world happening, with every sentence that reports it.
type Event struct {
	ID     string
	Type   string // Parallax event type: "arrest", "expel", …
	Plover string // PLOVER event type, when one maps
	Mode   string // PLOVER mode, when one maps

	Date          string // ISO partial date; empty when unknown
	DatePrecision string // "year", "month", "day" or ""
	DateSource    string // DateFromText or DateFromPublished; empty when undated

	Source []string // entity ids
	Target []string // entity ids
	Place  string   // entity id

	Quantities   []Quantity
	Descriptions []string // how the affected person or group is described, across mentions
	// Affected is who was acted on when the text describes them rather
	// than names them: the arrest of "a French national" has target France
	// and Affected "a French national".
	Affected   Affected
	Modality   string
	Confidence float64
	Background bool // reported only as history in every mention

	Mentions []Mention
}

// Affected is the person or group an event acts on, described: whose
// people they are, what they are, how many, and all of it in English.
type Affected struct {
	Entity string  // whose people: one of the event's targets ("france"); empty when no one's
	Noun   string  // English noun, singular: "national", "diplomat", "officer"
	Count  float64 // how many, when the text says; 0 when it does not
	Plural bool    // a group ("dozens of soldiers"), when no count says how many
	Text   string  // the English phrase: "a French national", "two Malian diplomats"
}

// Quantity is a number as written and as a value.
type Quantity struct {
	Text  string  // as written: "two diplomats", «خمسة من موظفي السفارة»
	Value float64 // 2, 5
	Noun  string  // what is counted, in English: "diplomat", "staff"
}

// Mention is one sentence that reports an event.
type Mention struct {
	Article   string // article id
	Paragraph int    // index into the article's Paragraphs
	Sentence  Span   // the sentence, as byte offsets into the paragraph's Text
	Trigger   Span   // the words that name the event, within the paragraph

	Date      string // the date this sentence gives, if any
	Described string // how the affected is described here: "French national", «دبلوماسي فرنسي»
	Gloss     string // the description in English: "national", "diplomat", "ambassador"
	// Affected is the people acted on as this sentence describes them, in
	// English: "a French diplomat" where another report says "a French
	// national". Empty when the sentence does not describe them.
	Affected    string
	Quantities  []Quantity
	Attribution string // who says so: "a French diplomatic source told AFP"
	Modality    string
	Background  bool // reported as history, not as the news of the article
	// Rules name the extractor's rules that made this mention, in order
	// ("trigger/verb/expel", "source/subject", …): a build-time record for
	// the JSON export's debug field (mkdataset -debug) and make eval's -v.
	// The binary dataset leaves it out.
	Rules []string
}

// Story groups the language versions of one news story.
type Story struct {
	ID       string
	Title    string   // English title built from the headline event
	Headline string   // event id of the headline event
	Versions []string // article ids whose main subject this story is
	Related  []string // article ids that report its events only as background
	// Duplicates are article ids that republish a version's text.
	Duplicates []string
	// Unanalysed are article ids in a language the extractors do not
	// read that report the story's news, found by the entities, days and
	// figures of their headline and lede: versions shown "not analysed".
	Unanalysed  []string
	Events      []string // event ids, in date order
	Differences []Difference
	// Possible are the sentences of versions that report none of an
	// event's mentions but may tell it all the same: its parties with a
	// word of its type, its parties beyond the story's own, or its
	// figure or day. A cell with one says "possibly mentioned", never
	// "not reported".
	Possible []Possible
}

// Why a sentence may report an event its version has no mention of.
const (
	PossibleTrigger = "trigger" // the parties of the event and a word of its type
	PossibleParties = "parties" // every party of the event, one beyond the story's headline
	PossibleNumber  = "number"  // the event's figure
	PossibleDate    = "date"    // the event's day
)

// Possible is one sentence that may report an event.
type Possible struct {
	Event     string
	Article   string
	Paragraph int
	Sentence  Span
	Reason    string // PossibleTrigger, PossibleParties, PossibleNumber or PossibleDate
}

// Difference kinds.
const (
	DiffQuantity    = "quantity"
	DiffDate        = "date"
	DiffPlace       = "place"
	DiffDescription = "description"
)

// Difference is a point where the versions of a story disagree about one
// event.
type Difference struct {
	Event  string
	Kind   string
	Values []DiffValue
}

// DiffValue is what one article says on a point of difference.
type DiffValue struct {
	Article string
	Value   string // as written in the article
	Gloss   string // in English
}

// Severity of a diagnostic.
const (
	Error   = "error"   // the file could not be used
	Warning = "warning" // the file was used, but something is off
)

// Diagnostic is one problem with one input file. Every file that is skipped
// has one, so nothing is dropped silently.
type Diagnostic struct {
	File     string
	Line     int // 0 when the problem is with the whole file
	Severity string
	Code     string // stable machine name: "invalid-utf8", "empty", "duplicate", …
	Message  string
}
