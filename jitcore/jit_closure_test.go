package jitcore

import (
	"os"
	"path/filepath"
	"testing"
)

// TestJITClosureCalls runs testdata/jit/closure.py with the JIT off, on and
// compiling at once: every mode prints CPython's output, and at once the
// loops calling a straight-line closure compile (again when a cell holds
// another number), while the closures the loop cannot inline (a cell
// stored into, a rebound local, a free variable that is not a number)
// leave their loop interpreted.
func TestJITClosureCalls(t *testing.T) {
	path := filepath.Join("testdata", "jit", "closure.py")
	want, err := os.ReadFile(filepath.Join("testdata", "jit", "closure.stdout"))
	if err != nil {
		t.Fatal(err)
	}
	log := &JITLog{}
	for _, mode := range []struct {
		name string
		opts *JITOptions
	}{{"off", &JITOptions{Off: true}}, {"default", nil}, {"threshold 0", &JITOptions{Threshold: 0, Log: log}}} {
		out, errs, status := runJIT(t, path, mode.opts, nil)
		if out != string(want) || status != 0 {
			t.Errorf("%s: status %d\n got: %q\nwant: %q\nstderr: %s", mode.name, status, out, want, errs)
		}
	}
	compiled, deopts := map[string]int{}, map[string]int{}
	for _, e := range log.Events {
		switch e.Kind {
		case EventCompiled:
			compiled[e.Function]++
		case EventDeoptimized:
			deopts[e.Function]++
		}
	}
	for _, tt := range []struct {
		function          string
		compiled, deopted bool
		atLeast           int
	}{
		{"integrate", true, false, 1},
		{"rescaled", true, false, 2}, // compiled again for the new number in the cell
		{"overflow", true, true, 1},
		{"setter", false, false, 0},
		{"rebound", false, false, 0},
		{"holds_list", false, false, 0},
	} {
		if got := compiled[tt.function]; (got > 0) != tt.compiled || got < tt.atLeast {
			t.Errorf("%s: compiled %d times, want compiled=%v (at least %d)", tt.function, got, tt.compiled, tt.atLeast)
		}
		if got := deopts[tt.function] > 0; got != tt.deopted {
			t.Errorf("%s: deoptimized=%v, want %v", tt.function, got, tt.deopted)
		}
	}
}
