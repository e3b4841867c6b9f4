package gold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// GoldFile is the name of a folder's annotations.
const GoldFile = "gold.json"

// metaSuffix ends an article's sidecar, which is not an article.
const metaSuffix = ".meta.json"

// Load reads every gold.json under root, each annotating the files of its
// own folder, and checks it against them: each file it names exists (by
// its name, with or without extension), each quote is an exact substring
// of its file, and event ids are unique across the tree. types are the
// event types a gold may use. Every problem is reported, each naming its
// file and event.
//
// A folder's articles are its files except gold.json, sidecars
// (NAME.meta.json), hidden files and the annotators' notes: files whose
// name is in capitals (README.md, INDEX.md, FORMAT.md). Folders without a
// gold.json are not part of the gold.
func Load(root string, types []string) (*Gold, error) {
	var g Gold
	var errs []error
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		f, ok, err := loadFolder(root, p, types)
		if err != nil {
			errs = append(errs, err)
		}
		if ok {
			g.Folders = append(g.Folders, f)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(g.Folders) == 0 {
		return nil, fmt.Errorf("%s: no %s in it or under it", root, GoldFile)
	}
	seen := map[string]string{}
	for _, f := range g.Folders {
		for _, e := range f.Events {
			if other, ok := seen[e.ID]; ok {
				errs = append(errs, fmt.Errorf("%s: event %s: the id is used in %s too; ids are unique across the gold", goldPath(f.Path), e.ID, goldPath(other)))
			}
			seen[e.ID] = f.Path
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &g, nil
}

// goldPath is the gold.json of a folder, relative to the root.
func goldPath(folder string) string { return path.Join(folder, GoldFile) }

// loadFolder reads dir's gold.json, if it has one, and resolves the names
// it gives to files relative to root.
func loadFolder(root, dir string, types []string) (Folder, bool, error) {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return Folder{}, false, err
	}
	rel = filepath.ToSlash(rel)
	if rel == "." {
		rel = ""
	}
	b, err := os.ReadFile(filepath.Join(dir, GoldFile))
	if errors.Is(err, fs.ErrNotExist) {
		return Folder{}, false, nil
	}
	name := goldPath(rel)
	if err != nil {
		return Folder{}, false, fmt.Errorf("%s: %w", name, err)
	}
	f, err := Parse(name, b, types)
	if err != nil {
		return Folder{}, false, err
	}
	f.Path = rel
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Folder{}, false, fmt.Errorf("%s: %w", rel, err)
	}
	r := resolver{folder: rel, dir: dir, gold: name, byName: map[string][]string{}, notes: map[string][]string{},
		texts: map[string]string{}, unreadable: map[string]bool{}}
	for _, e := range entries {
		n := e.Name()
		switch {
		case e.IsDir(), strings.HasPrefix(n, "."), n == GoldFile, strings.HasSuffix(n, metaSuffix):
		case isNotes(n):
			addName(r.notes, n)
		default:
			addName(r.byName, n)
			f.Files = append(f.Files, path.Join(rel, n))
		}
	}
	for i := range f.Events {
		r.event(&f.Events[i])
	}
	for i, s := range f.Stories {
		for j, n := range s {
			f.Stories[i][j] = r.resolve(fmt.Sprintf("stories[%d]", i), n)
		}
	}
	return f, true, errors.Join(r.errs...)
}

// isNotes says whether a file is the annotators' notes rather than an
// article: its name before the extension has letters, all capitals. It is
// the build's read.Notes, kept apart because the gold reads nothing of the
// build (TestImportPolicy); TestNotesAgreesWithTheBuild holds them equal.
func isNotes(name string) bool {
	base := strings.TrimSuffix(name, path.Ext(name))
	letters := false
	for _, r := range base {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// resolver turns the names a gold gives into files of its folder.
type resolver struct {
	folder, dir, gold string
	// byName maps each file's name, with and without its extension, to
	// the files of that name; notes likewise for the notes files.
	byName, notes map[string][]string
	texts         map[string]string // file name → contents, read once
	unreadable    map[string]bool
	errs          []error
}

func (r *resolver) problem(format string, args ...any) {
	r.errs = append(r.errs, fmt.Errorf("%s: "+format, append([]any{r.gold}, args...)...))
}

// event resolves an event's files and checks its quotes.
func (r *resolver) event(e *Event) {
	who := "event " + e.ID
	for i, n := range e.Articles {
		e.Articles[i] = r.resolve(who+": articles", n)
	}
	for i, n := range e.Optional {
		e.Optional[i] = r.resolve(who+": optional", n)
	}
	// Two names of one file ("x" and "x.txt") are one file listed twice.
	seen := map[string]bool{}
	for _, f := range slices.Concat(e.Articles, e.Optional) {
		if seen[f] {
			r.problem("%s: %s is listed twice among articles and optional", who, path.Base(f))
		}
		seen[f] = true
	}
	for i := range e.Mentions {
		m := &e.Mentions[i]
		base := m.File
		m.File = r.resolve(fmt.Sprintf("%s: mentions[%d]", who, i), base)
		text, ok := r.texts[path.Base(m.File)]
		if ok && !strings.Contains(text, m.Quote) {
			r.problem("%s: mentions[%d]: the quote is not in %s as written there (copy it exactly): %q", who, i, path.Base(m.File), m.Quote)
		}
	}
}

// resolve finds the file a name means: the file of that name, or the one
// file whose name without its extension it is. It reads the file, for the
// quotes.
func (r *resolver) resolve(where, name string) string {
	found := r.byName[name]
	switch len(found) {
	case 0:
		if notes := r.notes[name]; len(notes) > 0 {
			r.problem("%s: %s is the annotators' notes (a name in capitals), not an article", where, notes[0])
			return name
		}
		r.problem("%s: no file %s in %s", where, name, folderName(r.folder))
		return name
	case 1:
	default:
		found = slices.Sorted(slices.Values(found))
		r.problem("%s: %q could be %s: give the extension", where, name, strings.Join(found, " or "))
		return name
	}
	f := found[0]
	if _, ok := r.texts[f]; !ok && !r.unreadable[f] {
		b, err := os.ReadFile(filepath.Join(r.dir, f))
		if err != nil {
			r.problem("%s: %v", where, err)
			r.unreadable[f] = true
		} else {
			r.texts[f] = string(b)
		}
	}
	return path.Join(r.folder, f)
}

// addName files n under its name and its name without extension.
func addName(m map[string][]string, n string) {
	m[n] = append(m[n], n)
	if base := strings.TrimSuffix(n, path.Ext(n)); base != n {
		m[base] = append(m[base], n)
	}
}

func folderName(rel string) string {
	if rel == "" {
		return "the gold's folder"
	}
	return rel + "/"
}
