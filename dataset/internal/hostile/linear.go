package hostile

import (
	"runtime"
	"testing"
	"time"
)

// MaxRatio is the largest time ratio between an input four times as large
// and the input that CheckLinear accepts: linear work gives 4, n log n a
// little more, quadratic work 16; 10 leaves room for a busy machine (go test runs
// packages side by side), which made 8 fail on linear code now and then.
const MaxRatio = 10.0

// CheckLinear fails t unless run's time grows linearly with size: it
// times run at a base size (doubled from n until a run takes a few
// milliseconds, so that the clock's resolution does not decide, but no
// further than 128 KB, past which caches miss and memory bandwidth
// decides) and at
// four times that, alternately, keeps the fastest of five runs of each,
// and compares. A ratio over MaxRatio is measured again, twice, before it
// fails the test: other work on the machine (go test runs packages side
// by side) can slow some measurements, hardly the fastest of five three
// times over.
func CheckLinear(t testing.TB, n int, run func(size int)) {
	t.Helper()
	const minBase, maxBase = 5 * time.Millisecond, 128 << 10
	// Each size is run once untimed first: a caller may prepare its
	// inputs on a size's first run.
	base := n
	for run(base); timed(run, base) < minBase && base < maxBase; run(base) {
		base *= 2
	}
	run(4 * base)
	var ratio float64
	for range 3 {
		small, large := time.Duration(1<<63-1), time.Duration(1<<63-1)
		for range 5 {
			small = min(small, timed(run, base))
			large = min(large, timed(run, 4*base))
		}
		ratio = float64(large) / float64(max(small, time.Microsecond))
		if ratio <= MaxRatio {
			t.Logf("×%.1f for 4× the size (from %d bytes, %v)", ratio, base, small)
			return
		}
	}
	t.Errorf("time grows faster than the input: ×%.1f for 4× the size (from %d bytes), over ×%.0f", ratio, base, MaxRatio)
}

// timed is one run's time, on the CPU (cpuClock), from a collected heap
// so that the garbage of one run is not collected in the next one's time.
func timed(run func(int), size int) time.Duration {
	runtime.GC()
	return cpuClock(func() { run(size) })
}
