package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"parallax/dataset"
	"parallax/dataset/internal/build"
	"parallax/dataset/internal/build/read"
)

// source is one article file found under the corpus root, not yet read:
// workers read it, so that the raw bytes of the whole corpus are never in
// memory at once.
type source struct {
	rel     string // path relative to the root, forward slashes
	path    string // on disk
	meta    string // its NAME.meta.json on disk, "" when none
	metaRel string
}

// collected is what the walk of a corpus found.
type collected struct {
	sources []source
	diags   []dataset.Diagnostic
	hidden  []string
}

// collect lists every article under root with its sidecar. Files it cannot
// use are diagnostics, never skipped silently: other types, files over
// maxSize (found from their size, without reading them), links that lead
// nowhere or to folders, pipes and devices, folders that cannot be listed,
// sidecars without an article, links that lead out of the corpus, and the
// folder's documentation (README, LICENSE…, any name in capitals). Only hidden files and folders
// (".git", ".DS_Store") are passed over, and counted.
func collect(root string, maxSize int) (collected, error) {
	var c collected
	if st, err := os.Stat(root); err != nil {
		return c, err
	} else if !st.IsDir() {
		return c, fmt.Errorf("%s: not a folder", root)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return c, err
	}
	if realRoot, err = filepath.Abs(realRoot); err != nil {
		return c, err
	}
	metas := map[string]string{} // article path without extension → sidecar's rel
	problem := func(rel, severity, code, format string, args ...any) {
		c.diags = append(c.diags, dataset.Diagnostic{File: rel, Severity: severity, Code: code, Message: fmt.Sprintf(format, args...)})
	}
	err = filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		rel := relPath(root, p)
		if err != nil {
			// A folder that cannot be listed (WalkDir then skips it) or an
			// entry that vanished.
			problem(rel, dataset.Error, "unreadable", "cannot be read: %v", cause(err))
			return nil
		}
		if p != root && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				c.hidden = append(c.hidden, rel+"/")
				return filepath.SkipDir
			}
			c.hidden = append(c.hidden, rel)
			return nil
		}
		if e.IsDir() {
			return nil
		}
		info, err := e.Info()
		if err != nil {
			problem(rel, dataset.Error, "unreadable", "cannot be read: %v", cause(err))
			return nil
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			// Links to files in the corpus are followed; links to folders
			// are not, since they can loop; links out of the corpus are
			// refused: a corpus publishes what is in its folder, not
			// whatever on the disk a link points at.
			if where, inside := insideRoot(realRoot, p); !inside {
				dest, _ := os.Readlink(p)
				problem(rel, dataset.Error, "outside-corpus", "a link to %s, outside the corpus folder (%s); not read", safeName(dest), where)
				return nil
			}
			target, err := os.Stat(p)
			switch {
			case err != nil:
				dest, _ := os.Readlink(p)
				problem(rel, dataset.Error, "unreadable", "a link to %s, which cannot be read: %v", dest, cause(err))
				return nil
			case target.IsDir():
				problem(rel, dataset.Warning, "unsupported-type", "a link to a folder; links to folders are not followed")
				return nil
			}
			info = target
		}
		if !info.Mode().IsRegular() {
			problem(rel, dataset.Error, "unreadable", "not a regular file (%s)", fileKind(info.Mode()))
			return nil
		}
		if strings.HasSuffix(e.Name(), read.MetaSuffix) {
			metas[strings.TrimSuffix(rel, read.MetaSuffix)] = rel
			return nil
		}
		if kind := documentation(e.Name()); kind != "" && read.FormatOf(rel) != read.FormatUnknown {
			problem(rel, dataset.Warning, "documentation", "%s; skipped (rename it to build it as an article)", kind)
			return nil
		}
		if read.FormatOf(rel) == read.FormatUnknown {
			problem(rel, dataset.Warning, "unsupported-type", "not an article file (%s are read); skipped", strings.Join(read.Extensions, ", "))
			return nil
		}
		if info.Size() > int64(maxSize) {
			p := read.TooLarge(info.Size(), maxSize)
			problem(rel, dataset.Error, p.Code, "%s", p.Message)
			return nil
		}
		c.sources = append(c.sources, source{rel: rel, path: p})
		return nil
	})
	if err != nil {
		return c, err
	}
	// Sidecars go with every article of their name; one with none is a typo
	// in a file name.
	used := map[string]bool{}
	for i := range c.sources {
		s := &c.sources[i]
		base := strings.TrimSuffix(s.rel, path.Ext(s.rel))
		if m, ok := metas[base]; ok {
			s.metaRel, s.meta = m, filepath.Join(root, filepath.FromSlash(m))
			used[m] = true
		}
	}
	for base, m := range metas {
		if !used[m] {
			problem(m, dataset.Warning, "orphan-metadata", "metadata for an article that does not exist (expected %s.txt, .md or .html next to it)", path.Base(base))
		}
	}
	return c, nil
}

// insideRoot resolves a link and says whether it leads inside the corpus
// root (itself resolved); when not, where it leads, or why it leads
// nowhere that can be told.
func insideRoot(realRoot, link string) (string, bool) {
	target, err := filepath.EvalSymlinks(link)
	if err != nil {
		// A broken link or a loop: it leads nowhere, which the caller
		// reports as unreadable.
		return "", true
	}
	target, err = filepath.Abs(target)
	if err != nil {
		return err.Error(), false
	}
	rel, err := filepath.Rel(realRoot, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return safeName(target), false
	}
	return "", true
}

// documentation says what a file is when its name is that of a folder's
// documentation (README.md, LICENSE.txt, CHANGELOG.md, an INDEX.md in
// capitals), "" when it is not: those are not articles. A lower-case
// index.md is a Hugo page bundle's article.
func documentation(name string) string {
	stem := strings.TrimSuffix(name, path.Ext(name))
	upper := strings.ToUpper(stem)
	for _, doc := range []string{"README", "LICENSE", "LICENCE", "CHANGELOG"} {
		if upper == doc || strings.HasPrefix(upper, doc) && strings.ContainsRune(".-_ ", rune(upper[len(doc)])) {
			return fmt.Sprintf("%s reads as the folder's documentation (%s), not an article", safeName(name), strings.ToLower(doc))
		}
	}
	if stem == "INDEX" {
		return fmt.Sprintf("%s in capitals reads as the folder's index, not an article (a lower-case index.md is read)", safeName(name))
	}
	if read.Notes(name) {
		// FORMAT.md, NOTES.txt, CONTRIBUTING.md: a name all in capitals is
		// the folder's notes, as make eval GOLD=… reads it too.
		return fmt.Sprintf("%s, a name in capitals, reads as the folder's notes, not an article", safeName(name))
	}
	return ""
}

// cause is an error without the path that the report already gives.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

func relPath(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// process runs the per-article stages on a pool of workers sharing one
// detector. Each worker reads its file, so that only the files in hand are
// in memory; results come back in the sources' order.
func process(sources []source, env *build.Env, opt build.Options, workers int, bar *progress) []build.Result {
	results := make([]build.Result, len(sources))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for i := range next {
				results[i] = processOne(sources[i], env, opt)
				bar.add()
			}
		})
	}
	for i := range sources {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func processOne(s source, env *build.Env, opt build.Options) build.Result {
	raw, err := readAtMost(s.path, opt.MaxSize)
	if err != nil {
		return build.Result{File: s.rel, Diagnostics: []dataset.Diagnostic{{File: s.rel, Severity: dataset.Error, Code: "unreadable", Message: fmt.Sprintf("cannot be read: %v", cause(err))}}}
	}
	in := build.Input{File: s.rel, Raw: raw}
	var diags []dataset.Diagnostic
	if s.meta != "" {
		// Read past the sidecar limit by a byte, for the build to report
		// a sidecar over it as such.
		if in.Meta, err = readAtMost(s.meta, read.MaxMetaSize); err != nil {
			diags = append(diags, dataset.Diagnostic{File: s.metaRel, Severity: dataset.Warning, Code: "unreadable", Message: fmt.Sprintf("cannot be read: %v; the article is built without it", cause(err))})
		}
	}
	r := build.Article(in, env, opt)
	r.Diagnostics = append(diags, r.Diagnostics...)
	return r
}

// readAtMost reads a file, but never more than limit+1 bytes: a file that
// grew past the limit since it was listed is still refused by size, without
// being read whole.
func readAtMost(name string, limit int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, int64(limit)+1))
}

func sortDiagnostics(ds []dataset.Diagnostic) []dataset.Diagnostic {
	slices.SortStableFunc(ds, func(a, b dataset.Diagnostic) int {
		if a.File != b.File {
			return strings.Compare(a.File, b.File)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Code, b.Code)
	})
	return ds
}
