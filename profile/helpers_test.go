package profile

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fakeClock is a Clock the test moves by hand.
type fakeClock struct{ now, cpu time.Duration }

func (c *fakeClock) Now() time.Duration { return c.now }
func (c *fakeClock) CPU() time.Duration { return c.cpu }

// advance moves wall time by wall and CPU time by cpu.
func (c *fakeClock) advance(wall, cpu time.Duration) {
	c.now += wall
	c.cpu += cpu
}

// startLines gives the def line of the test script's functions.
var startLines = map[string]int{"<module>": 1, "main": 3, "fib": 10, "Body.advance": 20, "load": 30, "outer.<locals>.inner": 40}

// fr is a frame of work.py in the interpreter.
func fr(fn string, line int) Frame {
	return Frame{Function: fn, File: "work.py", Line: line, StartLine: startLines[fn]}
}

// native is fr running native code compiled by the JIT.
func native(fn string, line int) Frame {
	f := fr(fn, line)
	f.Tier, f.JIT = TierNative, JITCompiled
	return f
}

func stack(frames ...Frame) []Frame { return frames }

// checkGolden compares got with testdata/name, rewriting it under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s--- want\n%s", name, got, want)
	}
}

const ms = time.Millisecond
