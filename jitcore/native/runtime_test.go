package native

import (
	"errors"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// xorLoop builds: s = 0; i = 0; while i < n: s ^= i; i += 1; return s.
func xorLoop() (f *Func, n, i Reg) {
	f = NewFunc("xorloop")
	n = f.NewParam(Int)
	s, one, c := f.NewReg(Int), f.NewReg(Int), f.NewReg(Bool)
	i = f.NewReg(Int)
	head, body, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	e := f.Entry()
	e.ConstInt(s, 0)
	e.ConstInt(i, 0)
	e.ConstInt(one, 1)
	e.Jump(head, 1)
	head.Compare(OpCmpInt, LT, c, i, n)
	head.Branch(c, body, done, 2)
	body.Binary(OpXorInt, s, s, i, 3)
	body.Binary(OpAddInt, i, i, one, 4)
	body.Jump(head, 5)
	done.Return(s)
	return f, n, i
}

// TestRuntimeNotStalled runs a native loop that would take many seconds
// and shows that a runtime.GC() from another goroutine and a stream of
// profiler ticks (interrupts) from a third are all served while the loop's
// counter is still far from its end; then it cancels the loop.
func TestRuntimeNotStalled(t *testing.T) {
	const n = 20_000_000_000 // about 10 s at 2 iterations per ns
	const ticks = 20
	f, nReg, iReg := xorLoop()
	code, err := Compile(f)
	if err != nil {
		t.Fatal(err)
	}
	fr := code.NewFrame()
	fr.SetInt(nReg, n)

	var gcDone, ticksSent atomic.Int64
	started := make(chan struct{})
	go func() { // the garbage collector needs every goroutine at a safe point
		<-started
		runtime.GC()
		gcDone.Store(1)
		fr.Interrupt()
	}()
	go func() { // the profiler's tick
		<-started
		tk := time.NewTicker(time.Millisecond)
		defer tk.Stop()
		for k := 0; k < ticks; k++ {
			<-tk.C
			ticksSent.Add(1)
			fr.Interrupt()
		}
	}()

	var polls int
	var gcSeenAt, lastTickAt int64 = -1, -1
	stop := errors.New("stop")
	close(started)
	begin := time.Now()
	e, err := fr.Run(&Hooks{Poll: func(id int32) error {
		polls++
		at := fr.Get(iReg).Int() // the loop counter, saved at the poll exit
		if gcSeenAt < 0 && gcDone.Load() == 1 {
			gcSeenAt = at
		}
		if ticksSent.Load() == ticks && lastTickAt < 0 {
			lastTickAt = at
		}
		if gcSeenAt >= 0 && lastTickAt >= 0 {
			return stop // cancellation: the loop ends early
		}
		return nil
	}})
	elapsed := time.Since(begin)
	if !errors.Is(err, stop) || e.Kind != ExitPoll {
		t.Fatalf("run ended with %v, %v; want the cancellation", e, err)
	}
	if gcSeenAt < 0 || gcSeenAt > n/4 {
		t.Fatalf("GC finished when the counter was at %d of %d", gcSeenAt, n)
	}
	if lastTickAt < 0 || lastTickAt > n/4 || polls < 1 {
		t.Fatalf("%d ticks served by %d (of %d), %d polls", ticks, lastTickAt, n, polls)
	}
	t.Logf("GC done at iteration %d, %d ticks by iteration %d, %d interrupt polls, cancelled after %v (of %d iterations)",
		gcSeenAt, ticks, lastTickAt, polls, elapsed, int64(n))
}
