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

// threadCPUTimeOf returns the CPU time of thread tid of this process: one
// system call, where threadCPUTime needs two (the vDSO serves neither).
// The clock id is the kernel's per-thread CPU clock of tid (what glibc's
// pthread_getcpuclockid makes): the complemented id, shifted, with the
// per-thread bit and the scheduler clock's number.
func threadCPUTimeOf(tid int) (time.Duration, bool) {
	const perThread, schedClock = 4, 2
	var ts unix.Timespec
	if err := unix.ClockGettime(int32(^tid<<3|perThread|schedClock), &ts); err != nil {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}
