//go:build !wasm

// Command audit runs the web platform's own audits on the generated site:
// Lighthouse (mobile preset) and axe-core, on the home page, the events
// view, a story and an article, and writes a summary.
//
//	make audit      (installs lighthouse and axe-core with npm in .cache/audit)
//	go run ./app/e2e/audit -dist dist -tools .cache/audit -out docs/audit.md
package main

import (
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

	"parallax/app/e2e"
	"parallax/app/site"
)

func main() {
	dist := flag.String("dist", "dist", "the generated site")
	tools := flag.String("tools", ".cache/audit", "folder with node_modules/lighthouse and node_modules/axe-core")
	out := flag.String("out", "docs/audit.md", "summary to write")
	reports := flag.String("reports", ".cache/audit/reports", "folder for the full Lighthouse reports")
	flag.Parse()
	if err := run(*dist, *tools, *out, *reports); err != nil {
		fmt.Fprintln(os.Stderr, "audit:", err)
		os.Exit(1)
	}
}

type page struct{ name, path string }

type result struct {
	page   page
	scores map[string]float64
	failed []string // Lighthouse audits below full marks that count
	metric map[string]string
	axe    []string // axe-core violations, per theme
}

func run(dist, tools, out, reports string) error {
	chrome, err := e2e.FindChromium()
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
		r := result{page: p, scores: map[string]float64{}, metric: map[string]string{}}
		report := filepath.Join(reports, p.name+".json")
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
	return os.WriteFile(out, []byte(summary(results)), 0o644)
}

// pick chooses the pages: home, events, the first story and the first
// article (in the order their files sort).
func pick(dist string) ([]page, error) {
	pages := []page{{"home", "/"}, {"events", "/events"}}
	for _, kind := range []string{"story", "article"} {
		files, _ := filepath.Glob(filepath.Join(dist, kind, "*.html"))
		if len(files) == 0 {
			return nil, fmt.Errorf("%s has no %s page: run make site", dist, kind)
		}
		slices.Sort(files)
		pages = append(pages, page{kind, "/" + kind + "/" + strings.TrimSuffix(filepath.Base(files[0]), ".html")})
	}
	return pages, nil
}

func readLighthouse(file string, r *result) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var rep struct {
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
	actx, cancelA := chromedp.NewExecAllocator(ctx, e2e.AllocatorOptions(chrome, dir, 1280, 900)...)
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
	if err := e2e.WaitReady(tab, 30*time.Second); err != nil {
		return nil, err
	}
	if _, err := chromedp.Run(tab, chromedp.Evaluate[bool](axeJS+";true")); err != nil {
		return nil, err
	}
	return chromedp.Run(tab, chromedp.Evaluate[[]string](`axe.run(document, {resultTypes: ['violations']}).then(r =>
		r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.length + ' node(s): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')))`, chromedp.EvalAwaitPromise))
}

func summary(results []result) string {
	var b strings.Builder
	b.WriteString("# Audits\n\nWritten by `make audit` (Lighthouse, mobile preset, and axe-core, both driving Debian's\nChromium against `dist/` on loopback). Full Lighthouse reports: `.cache/audit/reports/`.\n\n")
	b.WriteString("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | axe violations |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range results {
		fmt.Fprintf(&b, "| %s `%s` | %.0f | %.0f | %.0f | %.0f | %s | %s | %s | %s | %d |\n", r.page.name, r.page.path,
			100*r.scores["performance"], 100*r.scores["accessibility"], 100*r.scores["best-practices"], 100*r.scores["seo"],
			r.metric["first-contentful-paint"], r.metric["largest-contentful-paint"], r.metric["total-blocking-time"], r.metric["cumulative-layout-shift"], len(r.axe))
	}
	for _, r := range results {
		if len(r.failed)+len(r.axe) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n\n", r.page.name)
		for _, f := range r.failed {
			fmt.Fprintf(&b, "- Lighthouse %s\n", f)
		}
		for _, v := range r.axe {
			fmt.Fprintf(&b, "- axe %s\n", v)
		}
	}
	return b.String()
}
