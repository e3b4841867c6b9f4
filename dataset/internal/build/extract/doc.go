// Package extract finds event candidates in a paragraph: the words that
// name an event of a type the lexicon knows (triggers), then, for each, who
// acted and on whom (roles), whether the text says it happened (modality),
// when (the sentence's date), how many and who were affected (people,
// quantity), and who says so (attribution). Each candidate is one
// sentence's report; package merge joins the reports of one event.
//
// The files follow the steps: kit.go compiles a language's lexicon;
// paragraph.go cuts a paragraph into sentences and builds each one's
// context (sentence.go: tokens, actors, descriptors, dates); actors.go
// tells what each named actor's neighbours say of its role; triggers.go
// finds the triggers; events.go turns them into candidates; roles.go,
// agents.go and targets.go assign source and target; modality.go,
// when.go, quantity.go, people.go and attribution.go fill the rest.
package extract
