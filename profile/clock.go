package profile

import "time"

// Clock gives the sampler its two time sources. Tests inject a fake one.
type Clock interface {
	// Now is monotonic time since an arbitrary fixed origin.
	Now() time.Duration
	// CPU is the CPU time (user + system) the process has consumed so far.
	CPU() time.Duration
}

// systemClock reads Go's monotonic clock and the process CPU clock.
type systemClock struct{ origin time.Time }

func newSystemClock() *systemClock { return &systemClock{origin: time.Now()} }

func (c *systemClock) Now() time.Duration { return time.Since(c.origin) }

func (c *systemClock) CPU() time.Duration { return processCPUTime() }
