package e2e

import (
	"os"
	"testing"

	q "parallax/app/query"
	"parallax/dataset"
)

// The scale benchmarks measure the app's work on a built dataset, not a
// synthetic one: decoding it at start-up, indexing it, and the events
// view's filters. make bench builds a 10,000-article dataset and points
// PARALLAX_BENCH_DATASET at it; they run natively and, under Node, as wasm:
//
//	PARALLAX_BENCH_DATASET=$PWD/.cache/bench/10000.bin go test -run '^$' -bench Scale ./app/e2e/
//	PARALLAX_BENCH_DATASET=... GOOS=js GOARCH=wasm go test -run '^$' -bench Scale \
//	  -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./app/e2e/

// benchDataset reads the dataset named by PARALLAX_BENCH_DATASET.
func benchDataset(b *testing.B) []byte {
	b.Helper()
	name := os.Getenv("PARALLAX_BENCH_DATASET")
	if name == "" {
		b.Skip("PARALLAX_BENCH_DATASET names no dataset (make bench sets it)")
	}
	raw, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	return raw
}

func decodeBench(b *testing.B) *dataset.Dataset {
	b.Helper()
	ds, err := dataset.Decode(benchDataset(b))
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

// BenchmarkScaleDecode is the start-up cost of the embedded dataset, and a
// little more: dataset.Decode checks every reference, which the app skips
// for the dataset mkdataset checked before it wrote it (about a quarter of
// the time).
func BenchmarkScaleDecode(b *testing.B) {
	raw := benchDataset(b)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := dataset.Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScaleIndex builds the lookups every view uses (query.New, at
// start-up).
func BenchmarkScaleIndex(b *testing.B) {
	ds := decodeBench(b)
	for b.Loop() {
		q.New(ds)
	}
}

// BenchmarkScaleExplorer builds the events view's index (on first use).
func BenchmarkScaleExplorer(b *testing.B) {
	ix := q.New(decodeBench(b))
	for b.Loop() {
		q.NewExplorer(ix)
	}
}

// BenchmarkScaleFilter is one click in the events view: two types, one
// language and a date range, every facet count recomputed.
func BenchmarkScaleFilter(b *testing.B) {
	ex := q.NewExplorer(q.New(decodeBench(b)))
	f := q.Filter{Values: map[string][]string{q.FacetType: {"expel", "arrest"}, q.FacetLang: {"fr"}}, From: "2022-01", To: "2025-06"}
	b.ReportMetric(float64(len(ex.Run(f).Events)), "events")
	for b.Loop() {
		ex.Run(f)
	}
}

// BenchmarkScaleSearch is one keystroke in the search box: two words by
// prefix, across scripts, once the search index exists.
func BenchmarkScaleSearch(b *testing.B) {
	ex := q.NewExplorer(q.New(decodeBench(b)))
	ex.Run(q.Filter{Q: "mali"}) // builds the search index
	for b.Loop() {
		ex.Run(q.Filter{Q: "mali dipl"})
	}
}

// BenchmarkScaleFirstSearch is the first keystroke of a visit: the same
// search, building the search index first.
func BenchmarkScaleFirstSearch(b *testing.B) {
	ix := q.New(decodeBench(b))
	for b.Loop() {
		b.StopTimer()
		ex := q.NewExplorer(ix)
		b.StartTimer()
		ex.Run(q.Filter{Q: "mali dipl"})
	}
}
