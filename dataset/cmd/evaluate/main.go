// Command evaluate scores the event extractor. By default on the
// hand-written evaluation corpus: precision and recall per language and
// per event type, and how often dates, quantities and roles come out
// right. With -gold, a built corpus (its JSON export) against the gold
// annotations of its articles (docs/evaluation.md); make eval GOLD=DIR
// builds DIR and runs this.
//
//	go run ./dataset/cmd/evaluate [-v] [-lang ar] [-run 'ar/4[0-9]']
//	go run ./dataset/cmd/evaluate -gold DIR -stage NEWDIR
//	go run ./dataset/cmd/evaluate -gold DIR -export FILE.json [-v]
package main

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"

	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/langid"
	"parallax/dataset/internal/eval/cases"
)

// evalCorpus is the hand-written evaluation corpus, from the module's root.
const evalCorpus = "dataset/internal/eval/cases/testdata"

func main() {
	dir := flag.String("dir", evalCorpus, "the evaluation corpus")
	verbose := flag.Bool("v", false, "list every missed and spurious event")
	lang := flag.String("lang", "", "score one language only")
	only := flag.String("run", "", "score only the cases whose path (lang/name) matches this regular expression")
	goldDir := flag.String("gold", "", "score a built corpus against the gold.json files under this folder (needs -export)")
	export := flag.String("export", "", "with -gold: the corpus's JSON export, built from the gold's folder (mkdataset -json)")
	stage := flag.String("stage", "", "with -gold: copy the articles the gold covers, with their sidecars, to this new folder, to build them (make eval GOLD=DIR does)")
	flag.Parse()
	if *goldDir != "" || *export != "" || *stage != "" {
		if *goldDir == "" || (*export == "") == (*stage == "") || *lang != "" || *only != "" {
			fmt.Fprintln(os.Stderr, "evaluate: -gold goes with -export or with -stage, without -lang or -run")
			os.Exit(2)
		}
		var err error
		if *stage != "" {
			err = stageGold(*goldDir, *stage)
		} else {
			err = runGold(os.Stdout, *goldDir, *export, *verbose)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate:", err)
			os.Exit(1)
		}
		return
	}
	var match *regexp.Regexp
	if *only != "" {
		re, err := regexp.Compile(*only)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evaluate: -run:", err)
			os.Exit(2)
		}
		match = re
	}
	if err := run(*dir, *lang, match, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "evaluate:", err)
		os.Exit(1)
	}
}

func run(dir, lang string, match *regexp.Regexp, verbose bool) error {
	results, err := score(dir, lang, match)
	if err != nil {
		return err
	}
	fmt.Printf("%d cases from %s\n\n", len(results), dir)
	cases.Report(os.Stdout, results, verbose)
	return nil
}

// score runs the pipeline on every hand-written case under dir (of one
// language, and matching match, when given) and scores it.
func score(dir, lang string, match *regexp.Regexp) ([]cases.Result, error) {
	all, err := cases.Load(dir)
	if err != nil {
		return nil, err
	}
	det, err := langid.New()
	if err != nil {
		return nil, err
	}
	env, err := build.LoadEnv(det)
	if err != nil {
		return nil, err
	}
	var results []cases.Result
	for _, c := range all {
		if lang != "" && c.Lang != lang || match != nil && !match.MatchString(c.File) {
			continue
		}
		results = append(results, cases.Score(c, Extract(env, c)))
	}
	if len(results) == 0 {
		return nil, fmt.Errorf("no cases in %s", dir)
	}
	return results, nil
}

// Extract runs the whole pipeline on one case, as if it were a corpus of
// one article with the case's sidecar, if it has one.
func Extract(env *build.Env, c cases.Case) []cases.Expected {
	in := build.Input{File: c.File, Raw: []byte(c.Input), Meta: c.Sidecar()}
	d := build.Assemble([]build.Result{build.Article(in, env, build.Options{})}, env)
	var out []cases.Expected
	for _, e := range d.Events {
		x := cases.Expected{Type: e.Type, Source: sorted(e.Source), Target: sorted(e.Target), Date: e.Date, DateSource: e.DateSource,
			Who: e.Affected.Noun, Modality: e.Modality}
		if len(e.Quantities) > 0 {
			x.Qty = e.Quantities[0].Value
		}
		out = append(out, x)
	}
	return out
}

func sorted(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}
