package jitcore

import (
	"os"
	"path/filepath"
	"runtime"
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
	for _, way := range []string{"instruction pointer", "marks", "kernel timer"} {
		byMarks := way == "marks"
		t.Run(way, func(t *testing.T) {
			sampleByMarks = byMarks
			defer func() { sampleByMarks = false }()
			var timerVM *VM
			if way == "kernel timer" { // the run's thread is this one, ticked by the kernel
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
			}
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
				if way == "kernel timer" {
					if !vm.StartSampleTimer(time.Millisecond, nil) {
						t.Errorf("StartSampleTimer failed on linux/amd64")
					}
					timerVM = vm
					return
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
			if timerVM != nil {
				if ticks := timerVM.StopSampleTimer(); ticks < want {
					t.Errorf("the timer ticked %d times for %d samples", ticks, want)
				}
			}
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
