//go:build !(linux && amd64)

package native

import (
	"errors"
	"sync/atomic"
	"time"
)

// ThreadPC samples a thread's instruction pointer; only on linux/amd64.
type ThreadPC struct{}

// NewThreadPC fails here: callers fall back to marks.
func NewThreadPC() (*ThreadPC, error) {
	return nil, errors.New("instruction pointer sampling needs linux/amd64")
}

// Signal does nothing.
func (t *ThreadPC) Signal() error { return errors.New("unsupported") }

// Take returns nothing.
func (t *ThreadPC) Take() (uintptr, bool) { return 0, false }

// TimerTargets are the flags a sampling timer raises; only on linux/amd64.
type TimerTargets struct {
	Flag      *atomic.Int32
	FlagValue int32
	Due       *atomic.Uint32
	Active    *atomic.Pointer[Frame]
}

// StartTimer fails here: callers keep a timer goroutine.
func (t *ThreadPC) StartTimer(period time.Duration, to TimerTargets) error {
	return errors.New("sampling timers need linux/amd64")
}

// StopTimer does nothing.
func (t *ThreadPC) StopTimer() uint64 { return 0 }
