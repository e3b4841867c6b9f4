package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"parallax/dataset"
)

// report prints every problem, one line each in the form editors and CI
// logs link to (file:line: severity: message [code]), then a summary of
// what was built: articles per language, events per type, stories, and
// problems per code. quiet leaves the summary out.
func report(w io.Writer, root string, d *dataset.Dataset, st buildStats, quiet bool) {
	for _, x := range d.Diagnostics {
		loc := safeName(path.Join(filepath.ToSlash(root), x.File))
		if x.Line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, x.Line)
		}
		fmt.Fprintf(w, "%s: %s: %s [%s]\n", loc, x.Severity, safeName(x.Message), x.Code)
	}
	if quiet {
		return
	}
	langs := map[string]int{}
	langOf := map[string]string{}
	for _, a := range d.Articles {
		langs[a.Lang]++
		langOf[a.ID] = a.Lang
	}
	rate := ""
	if secs := st.elapsed.Seconds(); secs > 0 {
		rate = fmt.Sprintf(" (%s articles/s with %d workers)", number(int(float64(st.files)/secs+0.5)), st.workers)
	}
	fmt.Fprintf(w, "mkdataset: %s articles from %s files in %s%s\n", number(len(d.Articles)), number(st.files), st.elapsed.Round(100*time.Millisecond), rate)
	if st.analyse > 0 {
		fmt.Fprintf(w, "  time: %s reading and analysing articles, %s linking events and stories\n",
			st.analyse.Round(100*time.Millisecond), st.link.Round(100*time.Millisecond))
	}
	fmt.Fprintf(w, "  languages: %s\n", counts(langs))
	types := map[string]int{}
	for _, e := range d.Events {
		types[e.Type]++
	}
	fmt.Fprintf(w, "  events: %s%s\n", number(len(d.Events)), parens(counts(types)))
	multi := 0
	for _, s := range d.Stories {
		seen := map[string]bool{}
		for _, id := range s.Versions {
			seen[langOf[id]] = true
		}
		if len(seen) > 1 {
			multi++
		}
	}
	fmt.Fprintf(w, "  stories: %s (%s told in more than one language)\n", number(len(d.Stories)), number(multi))
	for _, sev := range []string{dataset.Error, dataset.Warning} {
		codes := map[string]int{}
		for _, x := range d.Diagnostics {
			if x.Severity == sev {
				codes[x.Code]++
			}
		}
		fmt.Fprintf(w, "  %ss: %s%s\n", sev, number(count(d.Diagnostics, sev)), parens(counts(codes)))
	}
	if len(st.hidden) > 0 {
		names := st.hidden[:min(len(st.hidden), 4)]
		more := ""
		if len(st.hidden) > len(names) {
			more = ", …"
		}
		fmt.Fprintf(w, "  passed over %s hidden files and folders (%s%s)\n", number(len(st.hidden)), strings.Join(names, ", "), more)
	}
}

// safeName is a file name or message as the report prints it: characters
// that would reorder or hide what follows on a terminal (bidi embeddings,
// overrides and isolates, other invisible format characters) and control
// characters (a line break in a file name would forge a report line) are
// written as \u{…}. The joiners that Indic and Persian spelling needs are
// kept.
func safeName(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u{%04X}", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	if r == 0x200C || r == 0x200D {
		return false
	}
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError || r == 0x2028 || r == 0x2029
}

// counts lists a tally most frequent first: "en 12, ar 9, hi 3".
func counts(m map[string]int) string {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " " + number(m[k])
	}
	return strings.Join(parts, ", ")
}

func parens(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// number writes an integer with thousands separators: 10,000.
func number(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func count(diags []dataset.Diagnostic, severity string) int {
	n := 0
	for _, d := range diags {
		if d.Severity == severity {
			n++
		}
	}
	return n
}

// progress draws a progress bar on one terminal line, redrawn a few times
// a second. A nil *progress draws nothing, so callers need not check.
type progress struct {
	w     io.Writer
	mu    sync.Mutex
	label string
	total int
	count atomic.Int64
	begun time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
}

func newProgress(w io.Writer) *progress { return &progress{w: w} }

// start begins counting total items of what.
func (p *progress) start(what string, total int) {
	if p == nil {
		return
	}
	p.label, p.total, p.begun, p.stop = what, total, time.Now(), make(chan struct{})
	p.wg.Go(func() {
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-tick.C:
				p.draw()
			}
		}
	})
}

func (p *progress) add() {
	if p != nil {
		p.count.Add(1)
	}
}

// phase replaces the bar with a line saying what the build does now.
func (p *progress) phase(what string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.label, p.total = what, 0
	p.mu.Unlock()
	p.draw()
}

// done stops drawing and clears the line.
func (p *progress) done() {
	if p == nil || p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	fmt.Fprint(p.w, "\r\033[K")
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.total == 0 {
		fmt.Fprintf(p.w, "\r\033[K%s…", p.label)
		return
	}
	done := int(p.count.Load())
	const width = 30
	filled := width * done / p.total
	line := fmt.Sprintf("\r\033[K[%s%s] %s/%s %s", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), number(done), number(p.total), p.label)
	if secs := time.Since(p.begun).Seconds(); done > 0 && secs > 1 {
		rate := float64(done) / secs
		left := time.Duration(float64(p.total-done)/rate) * time.Second
		line += fmt.Sprintf("  %.0f/s  %s left", rate, left.Round(time.Second))
	}
	fmt.Fprint(p.w, line)
}
