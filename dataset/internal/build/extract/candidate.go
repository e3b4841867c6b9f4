package extract

import (
	"parallax/dataset"
	"parallax/dataset/internal/build/dates"
)

// Candidate is one sentence's report of an event, before the reports of
// the same event are merged.
type Candidate struct {
	Type      string
	Article   string
	Lang      string
	Paragraph int
	Sentence  dataset.Span
	Trigger   dataset.Span

	Source, Target []string // actor ids: states stand for their capitals
	Place          string

	Date        dates.Date // the sentence's date; a month alone when the year is unknown
	Described   string
	Gloss       string // the descriptor in English: "diplomat", "national"
	Quantities  []dataset.Quantity
	Attribution string
	Modality    string
	Background  bool
	Confidence  float64
	// Rules name the rules that made the candidate, in order: the trigger
	// found and the role rules that decided (roleRules), for -v and the
	// export's debug field.
	Rules []string

	// Charges are what an accusation or a denial is about ("espionage",
	// "interference"): accusations on different charges are different acts.
	Charges []string
	Ref     dates.Ref // the article's reference date, for dating undated news
	States  []string  // the states the sources belong to: France for its army
	// The people acted on, when described: whose they are (an actor id),
	// whether the possessive makes them the source's own, and their
	// grammatical number (One, Many).
	Owner  string
	own    bool
	Number Number
	// TargetStates are the states the targets belong to: two acts on
	// people of different states are two events.
	TargetStates []string
	srcNear      bool     // the source is named in the trigger's clause
	at           int      // the trigger's token in its sentence
	dateAt       int      // the token its date is read from: the trigger's, or a demand's saying
	people       [2]int   // tokens of the people acted on, when described
	others       []string // owners of the sentence's other groups of people
	alsoLeft     []string // the other countries of a list the forces leave
	// Anaphoric: the sentence names no one taking part ("the coup
	// halted the democratic process"): the mention belongs to the event of
	// that type the article reports nearby, if any.
	Anaphoric bool
	// headless: a headline's speech act with its speaker left to the
	// lead («Habla de "violación"…»); LeadSpeaks names it or drops it.
	headless bool
	// homeTarget: the target is the article's country, no one named in
	// the sentence.
	homeTarget bool
	Since      bool // the trigger's clause says "since"
	// Done: the text itself tells the act as done or under way ("French
	// troops withdrew", «انسحبت»), where a noun, or a verb after "announced
	// that", may be its announcement.
	Done bool
	// Final: the last of the forces move ("the last French soldiers left
	// Mali"): the end of a withdrawal, not its announcement.
	Final bool
}
