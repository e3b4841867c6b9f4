// Command explain runs the whole pipeline on one text from standard input
// and prints each event it finds with the rules that made it: how to see
// why the extractor reads a sentence as it does.
//
//	echo "France expelled two Malian diplomats on Friday." | go run ./dataset/cmd/explain -published 2025-09-12
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/langid"
)

func main() {
	pub := flag.String("published", "2025-01-15", "publication date")
	marks := flag.Bool("marks", false, "also print the entities and dates found in each paragraph")
	flag.Parse()
	if err := run(*pub, *marks, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "explain:", err)
		os.Exit(1)
	}
}

func run(published string, marks bool, r io.Reader, w io.Writer) error {
	text, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	det, err := langid.New("en", "fr", "es", "de", "ar", "hi")
	if err != nil {
		return err
	}
	env, err := build.LoadEnv(det)
	if err != nil {
		return err
	}
	in := build.Input{File: "stdin.txt", Raw: text, Meta: fmt.Appendf(nil, `{"published": %q}`, published)}
	res := build.Article(in, env, build.Options{})
	for _, x := range res.Diagnostics {
		fmt.Fprintf(w, "%s: %s\n", x.Severity, x.Message)
	}
	if !res.OK {
		return fmt.Errorf("the text cannot be built")
	}
	d := build.Assemble([]build.Result{res}, env)
	if marks {
		// What the roles had to work with: a missing or misread name
		// explains most missing events.
		for _, p := range d.Articles[0].Paragraphs {
			for _, m := range p.Marks {
				fmt.Fprintf(w, "mark %s %s%s «%s»\n", m.Kind, m.Entity, m.Date, p.Text[m.Start:m.End])
			}
		}
	}
	for _, e := range d.Events {
		for _, m := range e.Mentions {
			p := d.Articles[0].Paragraphs[m.Paragraph].Text
			fmt.Fprintf(w, "%s %v -> %v %s [%s] «%s»\n    %s\n", e.Type, e.Source, e.Target, e.Date, m.Modality, p[m.Trigger.Start:m.Trigger.End], strings.Join(m.Rules, " > "))
		}
	}
	return nil
}
