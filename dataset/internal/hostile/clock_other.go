//go:build !linux

package hostile

import "time"

// cpuClock times f by the wall clock where the thread's CPU time is not
// at hand.
func cpuClock(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
