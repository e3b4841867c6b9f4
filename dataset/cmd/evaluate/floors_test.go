package main

import (
	"bufio"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parallax/dataset/internal/eval/cases"
)

// floorsFile records, per language, the F1 below which the hand-written
// evaluation may not fall.
const floorsFile = "testdata/floors.txt"

// TestF1Floors runs the hand-written evaluation (what make eval prints) and
// fails when a language's F1, or the whole corpus's, is below the floor
// recorded in testdata/floors.txt: a change to the extractor may not make
// the hand-written cases worse in any language.
func TestF1Floors(t *testing.T) {
	floors := readFloors(t)
	results, err := score("../../../"+evalCorpus, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*cases.Count{"all": {}}
	for _, r := range results {
		if got[r.Case.Lang] == nil {
			got[r.Case.Lang] = &cases.Count{}
		}
		for _, c := range []*cases.Count{got[r.Case.Lang], got["all"]} {
			c.TP += r.Count.TP
			c.FP += r.Count.FP
			c.FN += r.Count.FN
		}
	}
	for _, lang := range slices.Sorted(maps.Keys(got)) {
		c := got[lang]
		floor, ok := floors[lang]
		if !ok {
			t.Errorf("%s: no floor in %s; add one (its F1 is %.4f, rounded down to two decimals)", lang, floorsFile, c.F1())
			continue
		}
		switch f1 := c.F1(); {
		case f1 < floor:
			t.Errorf("%s: F1 %.4f (tp %d, fp %d, fn %d) is below its floor %.2f in %s: the change makes the hand-written cases worse (go run ./dataset/cmd/evaluate -v -lang %s lists the misses)",
				lang, f1, c.TP, c.FP, c.FN, floor, floorsFile, lang)
		case math.Floor(f1*100)/100 > floor:
			t.Logf("%s: F1 %.4f is above its floor %.2f: raise the floor in %s", lang, f1, floor, floorsFile)
		}
	}
	for _, lang := range slices.Sorted(maps.Keys(floors)) {
		if got[lang] == nil {
			t.Errorf("%s: a floor in %s, but no case in that language", lang, floorsFile)
		}
	}
}

// readFloors reads "LANG F1" lines; "#" starts a comment.
func readFloors(t *testing.T) map[string]float64 {
	t.Helper()
	f, err := os.Open(floorsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	floors := map[string]float64{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 2 {
			t.Fatalf("%s:%d: want LANG F1", floorsFile, n)
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil || v < 0 || v > 1 {
			t.Fatalf("%s:%d: F1 %q: want a number from 0 to 1", floorsFile, n, fields[1])
		}
		if _, dup := floors[fields[0]]; dup {
			t.Fatalf("%s:%d: %s twice", floorsFile, n, fields[0])
		}
		floors[fields[0]] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return floors
}
