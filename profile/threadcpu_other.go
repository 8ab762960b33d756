//go:build !linux

package profile

import "time"

// threadCPUTime is unavailable here: samples weigh wall time alone.
func threadCPUTime() (int, time.Duration, bool) { return 0, 0, false }

func threadCPUTimeOf(int) (time.Duration, bool) { return 0, false }
