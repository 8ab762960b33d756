//go:build !(linux && amd64)

package native

import "errors"

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
