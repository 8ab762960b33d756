package jitcore

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// twoLines is a loop whose line 6 costs several times line 5.
const twoLines = `import math
def kernel(n):
    t = 0.0
    for i in range(n):
        t = t + 0.5
        t = math.sqrt(t * 1.0001) + math.sqrt(t + 1.0) + math.sqrt(t + 2.0) + math.sqrt(t + 3.0)
    return t
try:
    kernel(10**12)
except KeyboardInterrupt:
    print("interrupted")
`

// Samples taken while native code runs land on the lines it runs, most
// on the costly one, whether the tick reads the engine thread's
// instruction pointer (where it can) or the marks native code stores.
func TestNativeSamplesByLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.py")
	if err := os.WriteFile(path, []byte(twoLines), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, byMarks := range []bool{false, true} {
		name := map[bool]string{false: "instruction pointer", true: "marks"}[byMarks]
		t.Run(name, func(t *testing.T) {
			sampleByMarks = byMarks
			defer func() { sampleByMarks = false }()
			const want = 60
			lines := map[int]int{}
			native := 0
			var pcs bool
			stop := make(chan struct{})
			defer close(stop)
			setup := func(vm *VM) {
				vm.Sample = func(f *Frame) {
					pcs = vm.jit.pcs != nil
					if n, _ := vm.FrameTier(f); !n {
						return
					}
					native++
					lines[f.Line()]++
					if native == want {
						vm.Interrupt()
					}
				}
				go func() {
					for {
						select {
						case <-stop:
							return
						case <-time.After(time.Millisecond):
							vm.RequestSample()
						}
					}
				}()
			}
			out, errs, status := runJIT(t, path, &JITOptions{Threshold: 0}, setup)
			if out != "interrupted\n" || status != 0 {
				t.Fatalf("status %d, stdout %q, stderr %s", status, out, errs)
			}
			if pcs == byMarks {
				t.Fatalf("instruction pointer samples %v, want %v", pcs, !byMarks)
			}
			t.Logf("native samples by line: %v", lines)
			for l := range lines {
				if l < 4 || l > 6 {
					t.Errorf("a sample at line %d, outside the loop (4-6)", l)
				}
			}
			if lines[6] < want/2 || lines[6] <= lines[5] {
				t.Errorf("samples by line %v: want most at line 6", lines)
			}
		})
	}
}
