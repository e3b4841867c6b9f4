//go:build !wasm

// Command benchscale measures Parallax at scale, for `make bench`: it
// generates corpora of 100, 1,000 and 10,000 articles (dataset/cmd/gencorpus),
// builds each with mkdataset (all languages, and restricted with -langs),
// and measures build throughput and peak memory, the dataset's size against
// the brotli size of the raw text, the wasm's size and the time until the
// app is ready in headless Chromium against a go-app hello world built with
// the same flags in the same run, and the events view's filter latency at
// the largest size, natively and in wasm. It prints a Markdown report and
// writes it to OUT/report.md.
//
//	make bench
//	go run ./tools/benchscale -out .cache/bench [-sizes 100,1000,10000] [-runs 5]
//
// The sites it measures prerender the home page, the events view and the
// 404 page only: start-up is measured on the home page, and the page count
// does not change what it loads.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"parallax/app/site"
	"parallax/app/views"
	"parallax/dataset"
)

func main() {
	// Run as the site generator of one bench site: the binary is then built
	// with the site's dataset overlaid on the embedded one.
	if len(os.Args) > 1 && os.Args[1] == "site" {
		if err := generateSite(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "benchscale site:", err)
			os.Exit(1)
		}
		return
	}
	var o options
	flag.StringVar(&o.out, "out", ".cache/bench", "working folder (corpora, datasets, sites, logs)")
	sizes := flag.String("sizes", "100,1000,10000", "corpus sizes, in articles")
	flag.StringVar(&o.langs, "langs", "en,ar,hi,fr,es,de", "the restricted build's -langs")
	flag.IntVar(&o.runs, "runs", 5, "page loads per site and mode")
	flag.Uint64Var(&o.seed, "seed", 1, "gencorpus seed")
	flag.StringVar(&o.seeds, "seeds", "seeds", "the seed articles")
	flag.Parse()
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "benchscale: -sizes: %q is not a size\n", s)
			os.Exit(2)
		}
		o.sizes = append(o.sizes, n)
	}
	slices.Sort(o.sizes)
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchscale:", err)
		os.Exit(1)
	}
}

type options struct {
	out, langs, seeds string
	sizes             []int
	runs              int
	seed              uint64
}

// build is one mkdataset run.
type build struct {
	articles, files int
	wall, cpu       time.Duration // cpu: user and system time, all threads
	rss             int64         // peak resident set, bytes
	analyse, link   string
	load            string // the load average when it started
}

// corpus is what is measured of one corpus size.
type corpus struct {
	name                string
	n                   int
	all, restricted     build
	rawBytes, rawBrotli int64 // the article files as given
	textBytes, textBr   int64 // the cleaned text of the dataset's articles
	datasetBytes        int64
	payloadBrotli       int64 // the dataset's payload, uncompressed, then compressed with brotli
}

// app is one built site.
type app struct {
	name               string
	wasm, gzip, brotli int64
	cold, warm         float64 // ms until ready
	compile            float64 // ms to fetch and compile the wasm alone
}

func run(o options) error {
	start := time.Now()
	loads := map[string]string{"start": loadavg()}
	if err := os.MkdirAll(filepath.Join(o.out, "logs"), 0o755); err != nil {
		return err
	}
	out, err := filepath.Abs(o.out)
	if err != nil {
		return err
	}
	o.out = out
	for _, tool := range []string{"brotli", "gzip", "node"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is needed (make bench installs it on Debian)", tool)
		}
	}
	bin := filepath.Join(o.out, "bin")
	step("building the tools")
	for _, t := range []struct{ name, pkg string }{{"gencorpus", "./dataset/cmd/gencorpus"}, {"mkdataset", "./dataset/cmd/mkdataset"}} {
		if err := sh("build-"+t.name, o, nil, goTool, "build", "-o", filepath.Join(bin, t.name), t.pkg); err != nil {
			return err
		}
	}

	var corpora []*corpus
	for _, n := range o.sizes {
		c := &corpus{name: strconv.Itoa(n), n: n}
		dir := filepath.Join(o.out, "corpus-"+c.name)
		step("generating %d articles", n)
		if err := sh("gencorpus-"+c.name, o, nil, filepath.Join(bin, "gencorpus"), "-n", c.name, "-seed", fmt.Sprint(o.seed), "-seeds", o.seeds, "-force", "-out", dir); err != nil {
			return err
		}
		step("building %d articles with all languages", n)
		if c.all, err = mkdataset(o, c.name, dir, filepath.Join(o.out, c.name+".bin"), ""); err != nil {
			return err
		}
		step("building %d articles with -langs %s", n, o.langs)
		if c.restricted, err = mkdataset(o, c.name+"-langs", dir, filepath.Join(o.out, c.name+"-langs.bin"), o.langs); err != nil {
			return err
		}
		if err := c.sizes(o, dir); err != nil {
			return err
		}
		corpora = append(corpora, c)
	}
	step("building the seeds")
	seeds := &corpus{name: "seeds"}
	if seeds.all, err = mkdataset(o, "seeds", o.seeds, filepath.Join(o.out, "seeds.bin"), ""); err != nil {
		return err
	}
	if err := seeds.sizes(o, o.seeds); err != nil {
		return err
	}

	// The apps: the hello world, then Parallax on the seeds and on the
	// largest corpus, built with the same flags.
	step("building the hello world")
	hello := &app{name: "hello"}
	helloSite := filepath.Join(o.out, "site-hello")
	os.RemoveAll(helloSite)
	if err := sh("site-hello", o, nil, goTool, "run", "./tools/helloworld", "-out", helloSite); err != nil {
		return err
	}
	if err := wasmBuild(o, "hello", "", filepath.Join(helloSite, "web", "app.wasm"), "./tools/helloworld"); err != nil {
		return err
	}
	// Parallax's sites carry NAME.br and NAME.gz, which the server sends:
	// the hello world must be served the same way.
	if err := precompress(helloSite); err != nil {
		return err
	}
	apps := []*app{hello}
	sites := []string{"hello=" + helloSite}
	largest := corpora[len(corpora)-1].name
	names := []string{"seeds"}
	for _, c := range corpora {
		names = append(names, c.name)
	}
	for _, name := range names {
		step("building the app and its site on %s", name)
		a, dir, err := parallaxSite(o, name)
		if err != nil {
			return err
		}
		apps = append(apps, a)
		sites = append(sites, name+"="+dir)
	}
	for _, a := range apps {
		if err := a.measureSize(o); err != nil {
			return err
		}
	}

	loads["ready"] = loadavg()
	step("timing start-up in Chromium (%d loads per site and mode)", o.runs)
	var benchOut bytes.Buffer
	env := []string{"PARALLAX_BENCH_SITES=" + strings.Join(sites, ",")}
	if err := shTee("ready", o, env, &benchOut, goTool, "test", "-count=1", "-timeout", "60m", "-run", "^$", "-bench", "^BenchmarkReadyScale$", "-benchtime", fmt.Sprintf("%dx", o.runs), "./app/e2e/"); err != nil {
		return err
	}
	for _, a := range apps {
		a.cold = metric(benchOut.String(), `BenchmarkReadyScale/site=`+regexp.QuoteMeta(a.name)+`/cold\S*\s.*?([\d.]+) ms/ready`)
		a.warm = metric(benchOut.String(), `BenchmarkReadyScale/site=`+regexp.QuoteMeta(a.name)+`/warm\S*\s.*?([\d.]+) ms/ready`)
		a.compile = metric(benchOut.String(), `BenchmarkReadyScale/site=`+regexp.QuoteMeta(a.name)+`/compile\S*\s.*?([\d.]+) ms/compile`)
	}

	step("timing the events view's queries on %s articles, native and wasm", largest)
	qenv := []string{"PARALLAX_BENCH_DATASET=" + filepath.Join(o.out, largest+".bin")}
	var native, wasm bytes.Buffer
	if err := shTee("query-native", o, qenv, &native, goTool, "test", "-count=1", "-timeout", "60m", "-run", "^$", "-bench", "^BenchmarkScale", "./app/e2e/"); err != nil {
		return err
	}
	goroot, err := output(goTool, "env", "GOROOT")
	if err != nil {
		return err
	}
	wenv := append(qenv, "GOOS=js", "GOARCH=wasm")
	if err := shTee("query-wasm", o, wenv, &wasm, goTool, "test", "-count=1", "-timeout", "60m", "-run", "^$", "-bench", "^BenchmarkScale",
		"-exec", filepath.Join(strings.TrimSpace(goroot), "lib", "wasm", "go_js_wasm_exec"), "./app/e2e/"); err != nil {
		return err
	}

	loads["end"] = loadavg()
	report := writeReport(o, corpora, seeds, apps, native.String(), wasm.String(), time.Since(start), loads)
	fmt.Println()
	fmt.Print(report)
	return os.WriteFile(filepath.Join(o.out, "report.md"), []byte(report), 0o644)
}

// goTool is the go command the Makefile uses.
var goTool = cmp.Or(os.Getenv("GO"), "go")

func step(format string, args ...any) {
	fmt.Printf("benchscale: "+format+" (load %s)\n", append(args, loadavg())...)
}

// loadavg is the machine's load average over 1, 5 and 15 minutes, from
// /proc/loadavg: the figures are only comparable at a similar load.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// mkdataset builds one dataset and measures it: wall time, peak RSS (from
// the kernel's rusage, the figure /usr/bin/time -v prints as "Maximum
// resident set size"), and what the report says.
func mkdataset(o options, name, seeds, out, langs string) (build, error) {
	args := []string{"-seeds", seeds, "-out", out}
	if langs != "" {
		args = append(args, "-langs", langs)
	}
	logName := filepath.Join(o.out, "logs", "mkdataset-"+name+".log")
	log, err := os.Create(logName)
	if err != nil {
		return build{}, err
	}
	defer log.Close()
	var report bytes.Buffer
	cmd := exec.Command(filepath.Join(o.out, "bin", "mkdataset"), args...)
	cmd.Stdout, cmd.Stderr = log, io.MultiWriter(log, &report)
	b := build{load: loadavg()}
	t := time.Now()
	err = cmd.Run()
	b.wall = time.Since(t)
	if err != nil {
		return b, fmt.Errorf("mkdataset %s: %v (see %s)", strings.Join(args, " "), err, logName)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		b.rss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	b.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	r := report.String()
	if m := regexp.MustCompile(`mkdataset: ([\d,]+) articles from ([\d,]+) files`).FindStringSubmatch(r); m != nil {
		b.articles, b.files = atoi(m[1]), atoi(m[2])
	}
	if m := regexp.MustCompile(`time: (\S+) reading and analysing articles, (\S+) linking`).FindStringSubmatch(r); m != nil {
		b.analyse, b.link = m[1], m[2]
	}
	return b, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
	return n
}

// sizes measures the corpus and its dataset: the article files as given
// and the cleaned text, each alone and compressed with brotli -q 11, and
// the dataset file.
func (c *corpus) sizes(o options, dir string) error {
	var raw bytes.Buffer
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".md", ".markdown", ".html", ".htm":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	slices.Sort(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		raw.Write(b)
		raw.WriteByte('\n')
	}
	c.rawBytes = int64(raw.Len())
	if c.rawBrotli, err = brotli(raw.Bytes()); err != nil {
		return err
	}
	bin, err := os.ReadFile(filepath.Join(o.out, c.name+".bin"))
	if err != nil {
		return err
	}
	c.datasetBytes = int64(len(bin))
	payload, err := payloadOf(bin)
	if err != nil {
		return err
	}
	if c.payloadBrotli, err = brotli(payload); err != nil {
		return err
	}
	ds, err := dataset.Decode(bin)
	if err != nil {
		return err
	}
	var text bytes.Buffer
	for _, a := range ds.Articles {
		for _, p := range a.Paragraphs {
			text.WriteString(p.Text)
			text.WriteString("\n\n")
		}
	}
	c.textBytes = int64(text.Len())
	c.textBr, err = brotli(text.Bytes())
	return err
}

func brotli(b []byte) (int64, error) { return compressed(b, "brotli", "-q", "11", "-c") }

// payloadOf is the dataset's payload as the codec wrote it before
// compressing it (see dataset/codec.go: magic, version, compression byte,
// payload): what brotli on the wire would make of an uncompressed embed.
func payloadOf(bin []byte) ([]byte, error) {
	if len(bin) < 6 || string(bin[:4]) != "PRLX" {
		return nil, fmt.Errorf("not a dataset")
	}
	_, n := binary.Uvarint(bin[4:])
	if n <= 0 || len(bin) < 5+n {
		return nil, fmt.Errorf("not a dataset")
	}
	switch rest := bin[4+n:]; rest[0] {
	case 0:
		return rest[1:], nil
	case 1:
		return io.ReadAll(flate.NewReader(bytes.NewReader(rest[1:])))
	default:
		return nil, fmt.Errorf("dataset: unknown compression %d", rest[0])
	}
}

// precompress writes NAME.br and NAME.gz next to the files of a site, at
// the levels and for the types that app/site's generator does.
func precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".wasm", ".js", ".css", ".html", ".webmanifest", ".svg", ".json":
		default:
			return nil
		}
		for _, c := range []struct {
			ext  string
			argv []string
		}{{".br", []string{"brotli", "-q", "11", "-c", p}}, {".gz", []string{"gzip", "-9", "-n", "-c", p}}} {
			out, err := exec.Command(c.argv[0], c.argv[1:]...).Output()
			if err != nil {
				return fmt.Errorf("%s %s: %w", c.argv[0], p, err)
			}
			if err := os.WriteFile(p+c.ext, out, 0o644); err != nil {
				return err
			}
		}
		return nil
	})
}

// compressed is the size of b compressed by a command-line tool.
func compressed(b []byte, tool string, args ...string) (int64, error) {
	cmd := exec.Command(tool, args...)
	cmd.Stdin = bytes.NewReader(b)
	var n countWriter
	cmd.Stdout = &n
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%s: %w", tool, err)
	}
	return int64(n), nil
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// wasmBuild compiles a wasm the way the Makefile does; datasetFile, when
// set, replaces the embedded dataset through an overlay, so that the
// working tree's dataset is never touched.
func wasmBuild(o options, name, datasetFile, out, pkg string) error {
	args := []string{"build", "-trimpath", "-ldflags=-s -w", "-o", out}
	if datasetFile != "" {
		overlay, err := overlayFor(o, name, datasetFile)
		if err != nil {
			return err
		}
		args = append(args, "-overlay", overlay)
	}
	return sh("wasm-"+name, o, []string{"GOOS=js", "GOARCH=wasm"}, goTool, append(args, pkg)...)
}

func overlayFor(o options, name, datasetFile string) (string, error) {
	embedded, err := filepath.Abs(filepath.FromSlash("dataset/" + dataset.EmbeddedFile))
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(map[string]map[string]string{"Replace": {embedded: datasetFile}})
	if err != nil {
		return "", err
	}
	name = filepath.Join(o.out, "overlay-"+name+".json")
	return name, os.WriteFile(name, b, 0o644)
}

// parallaxSite builds the app with a dataset and writes its bench site.
func parallaxSite(o options, name string) (*app, string, error) {
	data := filepath.Join(o.out, name+".bin")
	web := filepath.Join(o.out, "web-"+name)
	dir := filepath.Join(o.out, "site-"+name)
	os.RemoveAll(web)
	if err := site.CopyTree("web", web, func(name string) bool { return name == "app.wasm" }); err != nil {
		return nil, "", err
	}
	if err := wasmBuild(o, name, data, filepath.Join(web, "app.wasm"), "./app"); err != nil {
		return nil, "", err
	}
	// This command, built with the dataset overlaid, writes the site.
	overlay, err := overlayFor(o, name, data)
	if err != nil {
		return nil, "", err
	}
	gen := filepath.Join(o.out, "bin", "site-"+name)
	if err := sh("site-build-"+name, o, nil, goTool, "build", "-overlay", overlay, "-o", gen, "./tools/benchscale"); err != nil {
		return nil, "", err
	}
	if err := sh("site-"+name, o, nil, gen, "site", "-out", dir, "-web", web); err != nil {
		return nil, "", err
	}
	return &app{name: name}, dir, nil
}

// generateSite writes a site of the embedded dataset with the home page,
// the events view and the 404 page.
func generateSite(args []string) error {
	fset := flag.NewFlagSet("site", flag.ExitOnError)
	out := fset.String("out", "", "folder to write the site to")
	web := fset.String("web", "web", "the web/ folder with app.wasm")
	fset.Parse(args)
	views.Register()
	return site.Generate(*out, site.Options{Web: *web, Base: "/", Pages: []string{views.EventsPath}, NotFound: views.NotFoundPath})
}

func (a *app) measureSize(o options) error {
	name := filepath.Join(o.out, "site-"+a.name, "web", "app.wasm")
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	a.wasm = int64(len(b))
	if a.gzip, err = compressed(b, "gzip", "-9", "-c"); err != nil {
		return err
	}
	a.brotli, err = brotli(b)
	return err
}

// sh runs a command with its output in OUT/logs/NAME.log.
func sh(name string, o options, env []string, prog string, args ...string) error {
	return shTee(name, o, env, nil, prog, args...)
}

// shTee is sh that also copies standard output to tee.
func shTee(name string, o options, env []string, tee io.Writer, prog string, args ...string) error {
	logName := filepath.Join(o.out, "logs", name+".log")
	log, err := os.Create(logName)
	if err != nil {
		return err
	}
	defer log.Close()
	cmd := exec.Command(prog, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = log, log
	if tee != nil {
		cmd.Stdout = io.MultiWriter(log, tee)
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s: %v; its output is in %s:\n%s", prog, strings.Join(args, " "), err, logName, tail(logName, 20))
	}
	return nil
}

func tail(name string, n int) string {
	b, _ := os.ReadFile(name)
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func output(prog string, args ...string) (string, error) {
	b, err := exec.Command(prog, args...).Output()
	return string(b), err
}

// metric finds the first number a pattern captures in benchmark output, 0
// when it is missing.
func metric(out, pattern string) float64 {
	m := regexp.MustCompile(pattern).FindStringSubmatch(out)
	if m == nil {
		return 0
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}

// machine describes where the figures come from.
func machine() string {
	cpu, mem, osName := "unknown CPU", "", runtime.GOOS
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				cpu = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		if m := regexp.MustCompile(`MemTotal:\s+(\d+) kB`).FindSubmatch(b); m != nil {
			kb, _ := strconv.ParseFloat(string(m[1]), 64)
			mem = fmt.Sprintf(", %.0f GB of memory", kb/(1<<20))
		}
	}
	if b, err := os.ReadFile("/etc/os-release"); err == nil {
		if m := regexp.MustCompile(`PRETTY_NAME="([^"]+)"`).FindSubmatch(b); m != nil {
			osName = string(m[1])
		}
	}
	chrome := "Chromium"
	for _, c := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if c == "" {
			continue
		}
		if v, err := output(c, "--version"); err == nil {
			chrome = strings.TrimSpace(v)
			break
		}
	}
	node, _ := output("node", "--version")
	return fmt.Sprintf("%s, %d cores%s, %s, %s, %s, Node %s", cpu, runtime.NumCPU(), mem, osName, runtime.Version(), chrome, strings.TrimSpace(node))
}

func mb(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func verdict(ok bool) string {
	if ok {
		return "**met**"
	}
	return "**missed**"
}

func writeReport(o options, corpora []*corpus, seeds *corpus, apps []*app, native, wasm string, took time.Duration, loads map[string]string) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("Measured by `make bench` (%s) on: %s.\n", took.Round(time.Minute), machine())
	w("Load average (1, 5, 15 min): %s at the start, %s before the start-up timings, %s at the end.\n\n", loads["start"], loads["ready"], loads["end"])

	w("### Build throughput and peak memory\n\n")
	w("| articles | languages | wall time | articles/s | CPU time | peak RSS | analysing | linking | load at start |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n")
	for _, c := range corpora {
		for _, v := range []struct {
			label string
			b     build
		}{{"all 75", c.all}, {o.langs, c.restricted}} {
			w("| %s | %s | %.1f s | %.0f | %.1f s | %.0f MB | %s | %s | %s |\n", number(c.n), v.label, v.b.wall.Seconds(),
				float64(v.b.files)/v.b.wall.Seconds(), v.b.cpu.Seconds(), float64(v.b.rss)/(1<<20), v.b.analyse, v.b.link, v.b.load)
		}
	}
	w("\n### Dataset size\n\n")
	w("`parallax.bin` is what the wasm embeds, uncompressed: the host serves the wasm with brotli, which compresses it better than the codec could, and the app does not inflate it at start-up. \"brotli\" is `parallax.bin` under brotli -q 11: what the dataset adds to the download.\n\n")
	w("| corpus | article files | brotli -q 11 | cleaned text | brotli -q 11 | `parallax.bin` | brotli | dataset vs brotli of the files |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, c := range append([]*corpus{seeds}, corpora...) {
		w("| %s | %s | %s | %s | %s | %s | %s | %s |\n", c.name, mb(c.rawBytes), mb(c.rawBrotli), mb(c.textBytes), mb(c.textBr), mb(c.datasetBytes), mb(c.payloadBrotli),
			ratio(float64(c.payloadBrotli), float64(c.rawBrotli)))
	}
	w("\n### Wasm size and start-up\n\n")
	w("Every site is served by app/site's server with its precompressed files (brotli), from loopback. Ready: from navigation start to go-app removing its loader; first visit in a fresh profile, second visit served by the service worker; compile: fetching and compiling the wasm alone.\n\n")
	w("| app | wasm | gzip -9 | brotli -q 11 | compile | ready, first visit | ready, second visit | vs hello world (first, second) |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	hello := apps[0]
	for _, a := range apps {
		w("| %s | %s | %s | %s | %.0f ms | %.0f ms | %.0f ms | %s, %s |\n", a.name, mb(a.wasm), mb(a.gzip), mb(a.brotli), a.compile, a.cold, a.warm, ratio(a.cold, hello.cold), ratio(a.warm, hello.warm))
	}
	w("\n### Queries at %s articles\n\n", corpora[len(corpora)-1].name)
	w("| | native | wasm (Node) |\n| --- | ---: | ---: |\n")
	for _, q := range []struct{ label, name string }{
		{"decode the dataset", "Decode"}, {"index it (lookups, at start-up)", "Index"}, {"the events view's index (on first use)", "Explorer"},
		{"filter: two types, one language, a date range, all counts", "Filter"}, {"search: two words by prefix", "Search"},
		{"the first search of a visit (builds the search index)", "FirstSearch"},
	} {
		pat := `BenchmarkScale` + q.name + `\S*\s+\d+\s+([\d.]+) ns/op`
		w("| %s | %s | %s |\n", q.label, ms(metric(native, pat)), ms(metric(wasm, pat)))
	}

	big := corpora[len(corpora)-1]
	w("\n### Targets\n\n")
	w("- ≥ 50 articles/s at %s articles: %s with all 75 languages (%.0f/s), %s with -langs %s (%.0f/s).\n", number(big.n),
		verdict(float64(big.all.files)/big.all.wall.Seconds() >= 50), float64(big.all.files)/big.all.wall.Seconds(),
		verdict(float64(big.restricted.files)/big.restricted.wall.Seconds() >= 50), o.langs, float64(big.restricted.files)/big.restricted.wall.Seconds())
	for _, c := range append([]*corpus{seeds}, corpora...) {
		r := float64(c.payloadBrotli) / float64(c.rawBrotli)
		w("- dataset ≤ 1.5× the brotli size of the raw text, %s: %s (%.2f×, both under brotli -q 11).\n", c.name, verdict(r <= 1.5), r)
	}
	for _, a := range apps[1:] {
		limit := 0.0
		switch a.name {
		case "seeds":
			limit = 1.3
		case big.name:
			limit = 3
		default:
			continue
		}
		w("- ready ≤ %.1f× the hello world, %s: first visit %s (%s), second visit %s (%s).\n", limit, a.name,
			verdict(a.cold <= limit*hello.cold), ratio(a.cold, hello.cold), verdict(a.warm <= limit*hello.warm), ratio(a.warm, hello.warm))
	}
	return b.String()
}

func ms(ns float64) string {
	if ns == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f ms", ns/1e6)
}

// number writes an integer with thousands separators.
func number(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
