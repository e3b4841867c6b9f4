// Command genhostile writes the hostile input shapes of
// dataset/internal/hostile, each alone in a folder with ordinary prose of
// the same size beside them as the yardstick, and optionally times
// mkdataset on each:
//
//	genhostile -out DIR [-size 1000000] [-shapes a,b] [-time [-mkdataset BIN] [-timeout 120s]]
//
// DIR/<shape>/<shape>.<ext> is one shape; DIR/prose/prose.txt the prose.
// With -time, each folder is built alone with
// `mkdataset -q -langs en,fr,ar,hi,es,de -seeds DIR/<shape>` and a table of
// seconds, ratio to prose, and what the report said is printed
// (docs/hostile-input.md keeps the figures).
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"parallax/dataset/internal/hostile"
)

func main() {
	out := flag.String("out", "", "folder to write the shapes to (created; existing shape folders are replaced)")
	size := flag.Int("size", 1000000, "bytes per file")
	only := flag.String("shapes", "", "comma-separated shape names (default: all); -list lists them")
	list := flag.Bool("list", false, "list the shapes and exit")
	timeIt := flag.Bool("time", false, "build each folder alone with mkdataset and print the times")
	bin := flag.String("mkdataset", "", "mkdataset binary to time (default: built from this checkout into DIR)")
	timeout := flag.Duration("timeout", 120*time.Second, "with -time, kill a build that takes longer")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: genhostile -out DIR [-size N] [-shapes a,b] [-time]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *list {
		for _, s := range hostile.Shapes {
			fmt.Printf("%-22s %s\n", s.File(), s.What)
		}
		return
	}
	if *out == "" || *size < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, *size, *only, *timeIt, *bin, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "genhostile:", err)
		os.Exit(1)
	}
}

func run(out string, size int, only string, timeIt bool, bin string, timeout time.Duration) error {
	shapes, err := pick(only)
	if err != nil {
		return err
	}
	files := []struct{ name, file string }{{"prose", "prose.txt"}}
	for _, s := range shapes {
		files = append(files, struct{ name, file string }{s.Name, s.File()})
	}
	for i, f := range files {
		dir := filepath.Join(out, f.name)
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		b := hostile.Prose(size)
		if i > 0 {
			b = shapes[i-1].Gen(size)
		}
		if err := os.WriteFile(filepath.Join(dir, f.file), b, 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("genhostile: %d files of %d bytes in %s\n", len(files), size, out)
	if !timeIt {
		return nil
	}
	if bin == "" {
		bin = filepath.Join(out, "mkdataset")
		build := exec.Command("go", "build", "-o", bin, "./dataset/cmd/mkdataset")
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building mkdataset: %w", err)
		}
	}
	var prose timing
	fmt.Printf("| %-22s | %7s | %7s | %6s | %6s | %s |\n", "file", "wall s", "CPU s", "×prose", "×CPU", "report")
	fmt.Printf("|%s|--------:|--------:|-------:|-------:|---|\n", strings.Repeat("-", 24))
	for i, f := range files {
		tm, report, err := timeBuild(bin, filepath.Join(out, f.name), timeout)
		ratio, cpuRatio := "", ""
		if i == 0 {
			prose = tm
		} else if prose.wall > 0 && prose.cpu > 0 {
			ratio, cpuRatio = fmt.Sprintf("%.2f", tm.wall/prose.wall), fmt.Sprintf("%.2f", tm.cpu/prose.cpu)
		}
		if err != nil {
			report = err.Error()
		}
		fmt.Printf("| %-22s | %7.1f | %7.1f | %6s | %6s | %s |\n", f.file, tm.wall, tm.cpu, ratio, cpuRatio, report)
	}
	return nil
}

// timing is one build's wall-clock seconds (what /usr/bin/time -f %e
// prints) and CPU seconds (user and system, %U+%S), which other work on
// the machine hardly changes.
type timing struct{ wall, cpu float64 }

func pick(only string) ([]hostile.Shape, error) {
	if only == "" {
		return hostile.Shapes, nil
	}
	var out []hostile.Shape
	for _, name := range strings.Split(only, ",") {
		i := slices.IndexFunc(hostile.Shapes, func(s hostile.Shape) bool { return s.Name == strings.TrimSpace(name) })
		if i < 0 {
			return nil, fmt.Errorf("-shapes: no shape %q (-list lists them)", name)
		}
		out = append(out, hostile.Shapes[i])
	}
	return out, nil
}

// timeBuild builds one folder and returns the time it took and the
// codes of the problems the report gave.
func timeBuild(bin, dir string, timeout time.Duration) (timing, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-q", "-langs", "en,fr,ar,hi,es,de", "-seeds", dir, "-out", dir+".bin")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	tm := timing{wall: time.Since(start).Seconds()}
	if cmd.ProcessState != nil {
		tm.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return tm, "", fmt.Errorf("killed after %s", timeout)
	}
	var codes []string
	for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		if i := strings.LastIndex(l, " ["); i >= 0 && strings.HasSuffix(l, "]") {
			code := l[i+2 : len(l)-1]
			// How much the budget left out: "12 sentences in 3 paragraphs".
			if _, what, ok := strings.Cut(l, "events: "); ok && code == "too-slow" {
				if j := strings.Index(what, " (line"); j > 0 {
					code += ": " + what[:j]
				}
			}
			codes = append(codes, code)
		}
	}
	report := strings.Join(codes, ", ")
	if err != nil {
		report = strings.TrimSpace(report + " (build failed: " + lastLine(stderr.String()) + ")")
	}
	return tm, report, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
