//go:build !wasm

// Command audit runs the web platform's own audits on the generated site:
// Lighthouse (mobile preset) and axe-core, on the home page, the events
// view, a story and an article, and writes a summary.
//
//	make audit      (installs lighthouse and axe-core with npm in .cache/audit)
//	go run ./tools/audit -dist dist -tools .cache/audit -out docs/audit.md -runs 3
//
// Lighthouse's scores vary from run to run, more so on a shared machine:
// each page is audited -runs times and the run with the median performance
// score is reported, with the range. The summary replaces what lies between
// the audit markers of -out, so that notes around it stay.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"parallax/app/site"
	"parallax/tools/browser"
)

func main() {
	dist := flag.String("dist", "dist", "the generated site")
	tools := flag.String("tools", ".cache/audit", "folder with node_modules/lighthouse and node_modules/axe-core")
	out := flag.String("out", "docs/audit.md", "summary to write")
	reports := flag.String("reports", ".cache/audit/reports", "folder for the full Lighthouse reports")
	runs := flag.Int("runs", 3, "Lighthouse runs per page; the median run is reported")
	flag.Parse()
	if *runs < 1 {
		fmt.Fprintln(os.Stderr, "audit: -runs must be at least 1")
		os.Exit(2)
	}
	if err := run(*dist, *tools, *out, *reports, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

type page struct{ name, path string }

type result struct {
	page   page
	perf   []float64 // performance score of every run, sorted
	scores map[string]float64
	failed []string // Lighthouse audits below full marks that count
	metric map[string]string
	axe    []string // axe-core violations, per theme
}

func run(dist, tools, out, reports string, runs int) error {
	chrome, err := browser.FindChromium()
	if err != nil {
		return err
	}
	lighthouse := filepath.Join(tools, "node_modules", ".bin", "lighthouse")
	axeJS, err := os.ReadFile(filepath.Join(tools, "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return fmt.Errorf("axe-core: %w (make audit installs it)", err)
	}
	if _, err := os.Stat(lighthouse); err != nil {
		return fmt.Errorf("lighthouse: %w (make audit installs it)", err)
	}
	pages, err := pick(dist)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site.Server(dist, "/")}
	go srv.Serve(ln)
	defer srv.Close()
	origin := "http://" + ln.Addr().String()
	if err := os.MkdirAll(reports, 0o755); err != nil {
		return err
	}

	var results []result
	for _, p := range pages {
		var all []result
		for i := range runs {
			r := result{page: p, scores: map[string]float64{}, metric: map[string]string{}}
			report := filepath.Join(reports, fmt.Sprintf("%s-%d.json", p.name, i+1))
			cmd := exec.Command(lighthouse, origin+p.path, "--quiet", "--output=json", "--output-path="+report,
				"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run")
			cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				return fmt.Errorf("lighthouse %s: %w", p.path, err)
			}
			if err := readLighthouse(report, &r); err != nil {
				return err
			}
			r.metric["report"] = report
			fmt.Printf("%-8s run %d: performance %.0f, LCP %s, TBT %s\n", p.name, i+1, 100*r.scores["performance"],
				r.metric["largest-contentful-paint"], r.metric["total-blocking-time"])
			all = append(all, r)
		}
		slices.SortStableFunc(all, func(a, b result) int { return cmp.Compare(a.scores["performance"], b.scores["performance"]) })
		r := all[len(all)/2]
		for _, a := range all {
			r.perf = append(r.perf, a.scores["performance"])
		}
		// The median run's report under the page's own name.
		if b, err := os.ReadFile(r.metric["report"]); err != nil {
			return err
		} else if err := os.WriteFile(filepath.Join(reports, p.name+".json"), b, 0o644); err != nil {
			return err
		}
		for _, dark := range []bool{false, true} {
			vs, err := runAxe(chrome, origin+p.path, string(axeJS), dark)
			if err != nil {
				return fmt.Errorf("axe %s: %w", p.path, err)
			}
			theme := "light"
			if dark {
				theme = "dark"
			}
			for _, v := range vs {
				r.axe = append(r.axe, theme+": "+v)
			}
		}
		fmt.Printf("%-8s %v %v axe:%d\n", p.name, r.scores, r.metric, len(r.axe))
		results = append(results, r)
	}
	return writeSummary(out, summary(results, runs))
}

// The summary goes between these markers of the output file.
const beginMark, endMark = "<!-- audit:begin (written by make audit) -->", "<!-- audit:end -->"

// writeSummary puts s between the markers of file, or makes s the file
// when it has none.
func writeSummary(file, s string) error {
	old, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	text := string(old)
	i, j := strings.Index(text, beginMark), strings.Index(text, endMark)
	if i < 0 || j < i {
		return os.WriteFile(file, []byte(beginMark+"\n"+s+endMark+"\n"), 0o644)
	}
	return os.WriteFile(file, []byte(text[:i+len(beginMark)]+"\n"+s+text[j:]), 0o644)
}

// pick chooses the pages: home, events, the first story and the first
// article (in the order their files sort).
func pick(dist string) ([]page, error) {
	pages := []page{{"home", "/"}, {"events", "/events/"}}
	for _, kind := range []string{"story", "article"} {
		files, _ := filepath.Glob(filepath.Join(dist, kind, "*", "index.html"))
		if len(files) == 0 {
			return nil, fmt.Errorf("%s has no %s page: run make site", dist, kind)
		}
		slices.Sort(files)
		pages = append(pages, page{kind, "/" + kind + "/" + filepath.Base(filepath.Dir(files[0])) + "/"})
	}
	return pages, nil
}

func readLighthouse(file string, r *result) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var rep struct {
		Version    string `json:"lighthouseVersion"`
		Categories map[string]struct {
			Score float64
			Refs  []struct{ ID string } `json:"auditRefs"`
		}
		Audits map[string]struct {
			Title        string
			Score        *float64
			Mode         string `json:"scoreDisplayMode"`
			DisplayValue string
		}
	}
	if err := json.Unmarshal(b, &rep); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	r.metric["version"] = rep.Version
	for k, c := range rep.Categories {
		r.scores[k] = c.Score
		if k == "performance" {
			continue
		}
		for _, ref := range c.Refs {
			a := rep.Audits[ref.ID]
			if a.Score != nil && *a.Score < 1 && a.Mode == "binary" {
				r.failed = append(r.failed, k+": "+a.Title)
			}
		}
	}
	for _, m := range []string{"first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"} {
		r.metric[m] = rep.Audits[m].DisplayValue
	}
	slices.Sort(r.failed)
	return nil
}

// runAxe loads a page in Chromium, waits for the app, injects axe-core
// and returns its violations, one line each.
func runAxe(chrome, url, axeJS string, dark bool) ([]string, error) {
	dir, err := os.MkdirTemp("", "parallax-axe-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	actx, cancelA := chromedp.NewExecAllocator(ctx, browser.AllocatorOptions(chrome, dir, 1280, 900)...)
	defer cancelA()
	tab, cancelT := chromedp.NewContext(actx)
	defer cancelT()
	scheme := "light"
	if dark {
		scheme = "dark"
	}
	if _, err := chromedp.Call(tab, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	}); err != nil {
		return nil, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if err := browser.WaitReady(tab, 30*time.Second); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](axeJS+";true")); err != nil {
		return nil, err
	}
	return chromedp.Run(tab, chromedp.Evaluate[[]string](`axe.run(document, {resultTypes: ['violations']}).then(r =>
		r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.length + ' node(s): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')))`, chromedp.EvalAwaitPromise))
}

func summary(results []result, runs int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Lighthouse %s (mobile preset: simulated slow 4G, 4× CPU slowdown) and axe-core, both driving\n"+
		"Debian's Chromium against `dist/` on loopback; %d Lighthouse runs per page, the run with the median\n"+
		"performance score shown (the range of the runs in brackets). Full reports: `.cache/audit/reports/`.\n\n",
		results[0].metric["version"], runs)
	b.WriteString("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | axe violations |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range results {
		perf := fmt.Sprintf("%.0f", 100*r.scores["performance"])
		if len(r.perf) > 1 {
			perf += fmt.Sprintf(" (%.0f–%.0f)", 100*r.perf[0], 100*r.perf[len(r.perf)-1])
		}
		fmt.Fprintf(&b, "| %s `%s` | %s | %.0f | %.0f | %.0f | %s | %s | %s | %s | %d |\n", r.page.name, r.page.path,
			perf, 100*r.scores["accessibility"], 100*r.scores["best-practices"], 100*r.scores["seo"],
			r.metric["first-contentful-paint"], r.metric["largest-contentful-paint"], r.metric["total-blocking-time"], r.metric["cumulative-layout-shift"], len(r.axe))
	}
	for _, r := range results {
		if len(r.failed)+len(r.axe) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### %s\n\n", r.page.name)
		for _, f := range r.failed {
			fmt.Fprintf(&b, "- Lighthouse %s\n", f)
		}
		for _, v := range r.axe {
			fmt.Fprintf(&b, "- axe %s\n", v)
		}
	}
	return b.String()
}
