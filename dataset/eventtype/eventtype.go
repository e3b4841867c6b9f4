// Package eventtype is the one home of Parallax's event types: for each, its
// id, the words readers see, the English verb forms titles and glosses use,
// its PLOVER type and mode, and the properties that the extractor and the
// merger reason with. Both sides of the wasm boundary read it: the build
// stages, the lexicons' validation, and the app's labels and timeline.
//
// Adding a type is one entry in the table in types.go, its triggers in each
// language's lexicon, and eval cases; the tests say what is missing.
package eventtype

import "strings"

// Type is one kind of event.
type Type struct {
	ID    string // stable machine name: "arrest", "withdraw-forces"
	Label string // reader's name of the event, as a noun: "Arrest", "Forces withdrawn"

	// Verb is the English verb phrase in the three forms titles use:
	// present as headlines write it ("France expels …"), past for what
	// happened before the news ("after Mali arrested …"), base for what
	// will or may happen ("France to withdraw forces from Mali"). An empty
	// form is one no title uses.
	Verb Verb

	// Phrase says the event in an English sentence with its parties: both
	// named, no source (the target first, headline style), no target. Each
	// %s is a name.
	Phrase Phrase

	Plover     string // PLOVER event type, "" where PLOVER has none
	PloverMode string // PLOVER mode, "" where none applies
	PloverNote string // why the mapping is what it is

	Props Props
}

// Verb is a verb phrase in the three forms titles use.
type Verb struct{ Present, Past, Base string }

// Phrase is a sentence pattern with its parties' names as %s.
type Phrase struct{ Both, NoSource, NoTarget string }

// Props are the properties the stages reason with, as bits.
type Props uint32

const (
	// StateAct: done by a state's institutions ("the authorities
	// arrested"): a bare institution word names the state of the article.
	StateAct Props = 1 << iota
	// Forces: moves armed forces; a diplomatic staff withdrawn is a
	// reduction of presence, not forces withdrawn.
	Forces
	// Absorbing: takes the act it introduces as its content ("threatened
	// to expel", «طالبت بالإفراج», "denied arresting"): only it is an event.
	Absorbing
	// Mutual: a tie between two parties (cooperation, talks, aid): the one
	// named with it ("with France", "to Mali") is the other party.
	Mutual
	// Symmetric: either party may be named first ("talks between A and
	// B"); merging ignores which is source and which target.
	Symmetric
	// Attemptable: may be tried and fail; an attempt is not the act.
	Attemptable
	// GroupAct: armed groups do it (attacks, blockades, kidnappings): a
	// group named near it is its agent.
	GroupAct
	// Internal: happens within one country and has no target state.
	Internal
	// AtHome: happens somewhere: with no place named it is in the country
	// the article is about.
	AtHome
	// OwnPresence: the source acts on its own people or forces abroad
	// (withdraw, deploy, reduce, advise against travel).
	OwnPresence
	// AffectsPeople: acts on people, who may be counted and described ("two
	// diplomats", «مواطن فرنسي»).
	AffectsPeople
	// Durative: lasts, so reports months apart can be the same event.
	Durative
)

// Has reports whether p holds every property in q.
func (p Props) Has(q Props) bool { return p&q == q }

var byID = func() map[string]*Type {
	m := make(map[string]*Type, len(types))
	for i := range types {
		m[types[i].ID] = &types[i]
	}
	return m
}()

// All lists every type, in the order the app lists them and the timeline
// stacks them. The caller must not modify it.
func All() []Type { return types }

// IDs lists every type's id, in the order of All.
func IDs() []string {
	ids := make([]string, len(types))
	for i, t := range types {
		ids[i] = t.ID
	}
	return ids
}

// Lookup returns the type with the given id.
func Lookup(id string) (Type, bool) {
	if t := byID[id]; t != nil {
		return *t, true
	}
	return Type{}, false
}

// Is reports whether the type id has every property in p; unknown ids have
// none.
func Is(id string, p Props) bool {
	t := byID[id]
	return t != nil && t.Props.Has(p)
}

// Label is a type's name for readers; an unknown id is shown as it is.
func Label(id string) string {
	if t := byID[id]; t != nil {
		return t.Label
	}
	return id
}

// Other is the type of an event that fits none of the others.
const Other = "other"

// Plover returns the PLOVER type and mode of a type, ok false where PLOVER
// has none.
func Plover(id string) (typ, mode string, ok bool) {
	if t := byID[id]; t != nil && t.Plover != "" {
		return t.Plover, t.PloverMode, true
	}
	return "", "", false
}

// PloverLabel names a PLOVER type for readers: "COERCE" is "Coercion".
func PloverLabel(plover string) string {
	if l, ok := ploverLabels[plover]; ok {
		return l
	}
	return strings.ToLower(plover)
}
