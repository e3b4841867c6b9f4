package hostile

import (
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// cpuClock times f by the CPU time of the thread running it, so that
// waiting for a core on a busy machine is not counted as work.
func cpuClock(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before, ok := threadTime()
	start := time.Now()
	f()
	if after, ok2 := threadTime(); ok && ok2 {
		return after - before
	}
	return time.Since(start)
}

func threadTime() (time.Duration, bool) {
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID: nanoseconds, not ticks
	var ts syscall.Timespec
	if _, _, errno := syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
