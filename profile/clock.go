package profile

import "time"

// Clock gives the sampler its two time sources. Tests inject a fake one.
type Clock interface {
	// Now is monotonic time since an arbitrary fixed origin.
	Now() time.Duration
	// CPU is the CPU time (user + system) the process has consumed so far.
	CPU() time.Duration
}

// ThreadClock is a Clock that can also read the CPU time of the calling OS
// thread. With it, a sampler bound to the engine's thread (BindEngineThread)
// charges each sample of running code with the time that thread ran, not
// with the wall time since the previous sample: on a loaded machine the OS
// may leave the engine waiting for a core for milliseconds, and that wait
// belongs to no line of the script.
type ThreadClock interface {
	Clock
	// ThreadCPU returns an identifier of the calling OS thread and the CPU
	// time it has consumed so far; ok is false where the platform cannot tell.
	ThreadCPU() (thread int, cpu time.Duration, ok bool)
}

// systemClock reads Go's monotonic clock and the process CPU clock.
type systemClock struct{ origin time.Time }

func newSystemClock() *systemClock { return &systemClock{origin: time.Now()} }

func (c *systemClock) Now() time.Duration { return time.Since(c.origin) }

func (c *systemClock) CPU() time.Duration { return processCPUTime() }

func (c *systemClock) ThreadCPU() (int, time.Duration, bool) { return threadCPUTime() }

// threadCPUOf reads the CPU time of a given thread, which spares the
// engine's samples the system call that tells which thread they run on.
func (c *systemClock) threadCPUOf(tid int) (time.Duration, bool) { return threadCPUTimeOf(tid) }

// threadClockOf is a ThreadClock that can also read another thread's clock.
type threadClockOf interface {
	threadCPUOf(tid int) (time.Duration, bool)
}
