package gold

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Stage copies the files the gold covers, each with its sidecar, from
// root to out (which must not exist or be empty), at the same relative
// paths: a corpus of the annotated articles and nothing else. Built with
// the real pipeline, it gives an export whose file names are the gold's.
// The annotators' notes stay out: an INDEX.md that summarises every
// event of a folder would be built as an article, share their events, and
// join stories that the articles alone keep apart.
func Stage(g *Gold, root, out string) error {
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s: not empty; the staged corpus goes to a new folder", out)
	}
	for _, f := range g.Folders {
		for _, file := range f.Files {
			names := []string{file}
			meta := strings.TrimSuffix(file, path.Ext(file)) + metaSuffix
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(meta))); err == nil {
				names = append(names, meta)
			}
			for _, n := range names {
				if err := copyFile(filepath.Join(root, filepath.FromSlash(n)), filepath.Join(out, filepath.FromSlash(n))); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
