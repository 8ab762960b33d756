//go:build linux && amd64

package native

import (
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"
)

// The handler reads the slot and a frame's context at fixed offsets.
func TestThreadPCHandlerOffsets(t *testing.T) {
	var s pcSlot
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"pc", unsafe.Offsetof(s.pc), 0},
		{"seen", unsafe.Offsetof(s.seen), 8},
		{"flag", unsafe.Offsetof(s.flag), 16},
		{"flagValue", unsafe.Offsetof(s.flagValue), 24},
		{"due", unsafe.Offsetof(s.due), 32},
		{"active", unsafe.Offsetof(s.active), 40},
		{"ctxOff", unsafe.Offsetof(s.ctxOff), 48},
		{"ctx[ctxInterrupt]", ctxInterrupt * 8, 24},
	} {
		if c.got != c.want {
			t.Errorf("offset of %s is %d; the handler (threadpc_linux_amd64.s) uses %d", c.name, c.got, c.want)
		}
	}
	var p atomic.Pointer[Frame]
	fr := new(Frame)
	p.Store(fr)
	if *(*uintptr)(unsafe.Pointer(&p)) != uintptr(unsafe.Pointer(fr)) {
		t.Errorf("an atomic.Pointer's first word is not its pointer: the handler reads Active there")
	}
}

// A timer's signal notes the instruction pointer of the native loop it
// interrupts, raises the flags and makes the running frame leave at its
// next back-edge: sampling with no goroutine of ours involved.
func TestThreadPCTimerSamplesNativeLines(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := NewThreadPC()
	if err != nil {
		t.Fatalf("NewThreadPC: %v", err)
	}
	f, n := markedLoop(true)
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetInt(n, 1<<50)
	var flag atomic.Int32
	var due atomic.Uint32
	var active atomic.Pointer[Frame]
	active.Store(fr)
	if err := tp.StartTimer(time.Millisecond, TimerTargets{Flag: &flag, FlagValue: 2, Due: &due, Active: &active}); err != nil {
		t.Fatalf("StartTimer: %v", err)
	}
	if err := tp.StartTimer(time.Millisecond, TimerTargets{}); err == nil {
		t.Errorf("a second StartTimer succeeded")
	}
	const want = 40
	counts := map[int32]int{}
	samples, unknown, flagged := 0, 0, 0
	stop := errors.New("enough")
	_, err = fr.Run(&Hooks{Poll: func(id int32) error {
		// a poll comes only from a raised interrupt word or fuel
		if flag.Swap(0) == 2 && due.Swap(0) == 1 {
			flagged++
		}
		pc, ok := tp.Take()
		if !ok {
			return nil
		}
		samples++
		if m, ok := code.MarkAt(pc); ok {
			counts[m]++
		} else {
			unknown++
		}
		if samples == want {
			return stop
		}
		return nil
	}})
	seen := tp.StopTimer()
	if !errors.Is(err, stop) {
		t.Fatalf("run: %v", err)
	}
	t.Logf("samples by mark %v (%d unknown), %d with both flags raised, %d signals", counts, unknown, flagged, seen)
	if counts[20] <= counts[30] || counts[20] < want/2 {
		t.Errorf("samples by mark %v (%d unknown): want most at the costly line 20", counts, unknown)
	}
	if flagged < want/2 {
		t.Errorf("only %d of %d samples came with the flag and the due word raised", flagged, want)
	}
	if seen < want {
		t.Errorf("StopTimer reports %d signals, fewer than the %d samples", seen, want)
	}
	// stopped: no more signals, and the targets are let go
	flag.Store(0)
	time.Sleep(20 * time.Millisecond)
	if after := tp.StopTimer(); after != seen {
		t.Errorf("%d signals after StopTimer", after-seen)
	}
	if flag.Load() != 0 {
		t.Errorf("the flag was raised after StopTimer")
	}
	if err := tp.StartTimer(time.Millisecond, TimerTargets{}); err != nil {
		t.Errorf("StartTimer after StopTimer: %v", err)
	}
	tp.StopTimer()
}

// A timer keeps ticking while its thread sleeps in the kernel: the
// signals interrupt the wait (Go resumes it) and raise the flag, and the
// sleep still lasts as long as asked.
func TestThreadPCTimerWhileBlocked(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := NewThreadPC()
	if err != nil {
		t.Fatalf("NewThreadPC: %v", err)
	}
	var due atomic.Uint32
	if err := tp.StartTimer(time.Millisecond, TimerTargets{Due: &due}); err != nil {
		t.Fatalf("StartTimer: %v", err)
	}
	t0 := time.Now()
	time.Sleep(30 * time.Millisecond)
	slept := time.Since(t0)
	seen := tp.StopTimer()
	if slept < 30*time.Millisecond {
		t.Errorf("slept %v of 30ms", slept)
	}
	if due.Load() != 1 || seen == 0 {
		t.Errorf("no tick while blocked (due %d, %d signals)", due.Load(), seen)
	}
}
