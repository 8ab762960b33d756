package jitcore

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestSkidLeavesSpecializationAlone checks that skidded samples do not make
// the interpreter specialize again what it specialized already: the slow
// mode runs the generic instructions, whose countdowns a specialization
// spent. A run that takes a sample at every back-edge specializes exactly
// as often as one without a profiler.
func TestSkidLeavesSpecializationAlone(t *testing.T) {
	src := `class P:
    def __init__(self, x):
        self.x = x

def work(n):
    ps = [P(i) for i in range(10)]
    s = 0
    f = 0.5
    for i in range(n):
        p = ps[i % 10]
        s += p.x * 2 + i
        f = f * 1.0001 + 0.25
        if s > 1000000:
            s -= 1000000
    return s, round(f, 3)

print(work(3000))
`
	path := filepath.Join(t.TempDir(), "spec.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(sampled bool) (specStats, int, string) {
		var vm *VM
		samples := 0
		var out, errOut bytes.Buffer
		status := Run(Options{Script: path, Stdout: &out, Stderr: &errOut, JIT: &JITOptions{Off: true}, Setup: func(v *VM) {
			vm = v
			if sampled {
				v.Sample = func(*Frame) {
					samples++
					v.RequestSample() // the next back-edge skids again
				}
				v.RequestSample()
			}
		}})
		if status != 0 {
			t.Fatalf("exit status %d: %s", status, errOut.String())
		}
		return vm.spec.stats, samples, out.String()
	}
	plain, _, want := run(false)
	sampled, samples, got := run(true)
	if got != want {
		t.Fatalf("sampled output %q, want %q", got, want)
	}
	if samples < 100 {
		t.Fatalf("only %d samples: the test does not exercise the slow mode", samples)
	}
	if sampled.specialized != plain.specialized {
		for op := range plain.specialized {
			if a, b := plain.specialized[op], sampled.specialized[op]; a != b {
				t.Errorf("opcode %d specialized %d times under the profiler, %d without", op, b, a)
			}
		}
	}
}
