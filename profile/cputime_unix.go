//go:build unix

package profile

import (
	"syscall"
	"time"
)

// processCPUTime returns user + system CPU time of the whole process from
// getrusage(2). It includes the sampler's own goroutine and the garbage
// collector, which is what the user pays for too.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
