package main

import (
	"fmt"
	"io"
	"os"

	"parallax/dataset/eventtype"
	"parallax/dataset/internal/eval/gold"
)

// stageGold copies the articles the gold under dir covers, with their
// sidecars, to out: the corpus make eval GOLD=DIR builds, without the
// annotators' notes and the folders no gold covers.
func stageGold(dir, out string) error {
	g, err := gold.Load(dir, eventtype.IDs())
	if err != nil {
		return err
	}
	return gold.Stage(g, dir, out)
}

// runGold scores the export of a corpus against the gold under dir.
func runGold(w io.Writer, dir, export string, verbose bool) error {
	g, err := gold.Load(dir, eventtype.IDs())
	if err != nil {
		return err
	}
	f, err := os.Open(export)
	if err != nil {
		return err
	}
	defer f.Close()
	x, err := gold.ReadExport(f)
	if err != nil {
		return fmt.Errorf("%s: %w", export, err)
	}
	r, err := gold.Score(g, x)
	if err != nil {
		return fmt.Errorf("%s against %s: %w", export, dir, err)
	}
	fmt.Fprintf(w, "gold %s, export %s\n", dir, export)
	gold.Report(w, r, verbose)
	return nil
}
