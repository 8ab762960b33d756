//go:build linux

package profile

import (
	"runtime"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// What one sample costs the engine in system calls, each on its own, and
// Record as the profiled engine calls it: the figures of
// bench/PROFILER-OVERHEAD.md's decomposition.
//
//	go test -run XXX -bench 'Clock|Gettid|RecordBound' ./profile

// BenchmarkClockNow is the monotonic clock (the vDSO serves it).
func BenchmarkClockNow(b *testing.B) {
	c := newSystemClock()
	var d time.Duration
	for b.Loop() {
		d += c.Now()
	}
	_ = d
}

// BenchmarkClockProcessCPU is getrusage(2), a system call.
func BenchmarkClockProcessCPU(b *testing.B) {
	var d time.Duration
	for b.Loop() {
		d += processCPUTime()
	}
	_ = d
}

// BenchmarkClockThreadCPU is the engine thread's clock and id: two system
// calls (the vDSO does not serve CLOCK_THREAD_CPUTIME_ID).
func BenchmarkClockThreadCPU(b *testing.B) {
	var d time.Duration
	for b.Loop() {
		_, t, _ := threadCPUTime()
		d += t
	}
	_ = d
}

// BenchmarkGettid is the cheapest system call there is: the floor.
func BenchmarkGettid(b *testing.B) {
	s := 0
	for b.Loop() {
		s += unix.Gettid()
	}
	_ = s
}

// boundSampler starts a sampler (with its timer when timer is set) bound
// to the calling, locked thread, and returns it with a ten-frame stack.
func boundSampler(b *testing.B, timer bool) (*Sampler, []Frame) {
	s, err := NewSampler(Options{})
	if err != nil {
		b.Fatal(err)
	}
	if timer {
		err = s.Start()
	} else {
		err = s.begin(false)
	}
	if err != nil {
		b.Fatal(err)
	}
	if !s.BindEngineThread() {
		s.Stop()
		b.Skip("skipped: this thread's CPU clock (clock_gettime with CLOCK_THREAD_CPUTIME_ID) cannot be read here, " +
			"so a bound sample cannot be measured; it runs wherever Linux lets a thread read that clock")
	}
	st := []Frame{{Function: "<module>", File: "bench.py", Line: 90, StartLine: 1}}
	for i := 1; i < 10; i++ {
		st = append(st, Frame{Function: "Solver.step", File: "bench.py", Line: 10 + i, StartLine: 10})
	}
	return s, st
}

// BenchmarkRecordBound is one sample as the profiled engine takes it: a
// ten-frame stack, the system clocks, the engine's thread bound.
func BenchmarkRecordBound(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	s, st := boundSampler(b, true)
	defer s.Stop()
	i := 0
	for b.Loop() {
		st[9].Line = 10 + i%20
		i++
		s.Record(st)
	}
}

// BenchmarkRecordAfterTick is a sample as the profiled engine takes it
// after a tick of the timer, which read the CPU clocks: it reports the
// engine's share (engine-ns/op, the Record call) apart from the timer's
// (tick-ns/op), the clock reads included.
func BenchmarkRecordAfterTick(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	s, st := boundSampler(b, false) // no timer: the loop ticks
	defer s.Stop()
	var engine, timer time.Duration
	i := 0
	for b.Loop() {
		st[9].Line = 10 + i%20
		i++
		t0 := time.Now()
		s.tick()
		t1 := time.Now()
		s.Record(st)
		t2 := time.Now()
		timer += t1.Sub(t0)
		engine += t2.Sub(t1)
	}
	b.ReportMetric(float64(engine.Nanoseconds())/float64(b.N), "engine-ns/op")
	b.ReportMetric(float64(timer.Nanoseconds())/float64(b.N), "tick-ns/op")
}

// BenchmarkClockThreadCPUOf is the engine thread's clock read by its id,
// what a bound sampler's samples pay: one system call.
func BenchmarkClockThreadCPUOf(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tid := unix.Gettid()
	var d time.Duration
	for b.Loop() {
		t, _ := threadCPUTimeOf(tid)
		d += t
	}
	_ = d
}

// TestThreadCPUTimeOf checks that a thread's clock read by its id is the
// clock the thread reads as its own: it lies between two such reads.
func TestThreadCPUTimeOf(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tid, before, ok := threadCPUTime()
	if !ok {
		t.Fatal("CLOCK_THREAD_CPUTIME_ID unreadable")
	}
	of, ok := threadCPUTimeOf(tid)
	if !ok {
		t.Fatal("the thread's clock by id unreadable")
	}
	_, after, _ := threadCPUTime()
	if of < before || of > after {
		t.Errorf("clock by id = %v, not within the thread's own reads %v .. %v", of, before, after)
	}
	if _, ok := threadCPUTimeOf(1<<22 + 12345); ok { // above the kernel's largest thread id
		t.Error("read the clock of a thread that does not exist")
	}
}
