package hostile

import (
	"testing"
	"time"
)

// MaxRatio is the largest time ratio between an input four times as large
// and the input that CheckLinear accepts: linear work gives 4, n log n a
// little more, quadratic work 16.
const MaxRatio = 8.0

// CheckLinear fails t unless run's time grows linearly with size: it
// times run at a base size (doubled from n until a run takes a few
// milliseconds, so that the clock's resolution does not decide) and at
// four times that, keeps the fastest of three runs of each, and compares.
// A ratio over MaxRatio is measured again, twice, before it fails the
// test: other work on the machine can slow one measurement, not three in
// a row.
func CheckLinear(t testing.TB, n int, run func(size int)) {
	t.Helper()
	const minBase = 3 * time.Millisecond
	base := n
	for fastest(run, base) < minBase && base < 64*n {
		base *= 2
	}
	var ratio float64
	for range 3 {
		small, large := fastest(run, base), fastest(run, 4*base)
		ratio = float64(large) / float64(max(small, time.Microsecond))
		if ratio <= MaxRatio {
			return
		}
	}
	t.Errorf("time grows faster than the input: ×%.1f for 4× the size (from %d bytes), over ×%.0f", ratio, base, MaxRatio)
}

func fastest(run func(int), size int) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		run(size)
		best = min(best, time.Since(start))
	}
	return best
}
