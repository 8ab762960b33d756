//go:build linux

package profile

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPUTime returns the calling thread's id and its CPU time from
// CLOCK_THREAD_CPUTIME_ID, which counts only the time the thread ran.
func threadCPUTime() (int, time.Duration, bool) {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0, 0, false
	}
	return unix.Gettid(), time.Duration(ts.Nano()), true
}
