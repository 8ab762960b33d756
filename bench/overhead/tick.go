package main

import (
	"runtime"
	"sort"
	"sync/atomic"
	"time"

	"jitlens/jitcore/native"
	"jitlens/profile"
)

// calibrateTick measures what one tick of the profiler's timer costs
// outside the engine: the timer goroutine's thread sleeping and waking up
// at the given rate, which on a virtual machine is mostly kernel time. A
// spinning goroutine on a thread of its own plays the engine (it only
// clears the sampler's flag); the CPU time of the process's other threads
// with a running sampler, less their CPU time without one, divided by the
// ticks, is the cost per tick. With bind, the spinning thread is bound as
// the engine's (Sampler.BindEngineThread), as under `jitlens profile`: each
// tick then also reads that thread's CPU clock. It returns the median of
// three rounds, or 0 where the platform cannot read a thread's CPU time.
func calibrateTick(rate int, bind bool) time.Duration {
	var costs []time.Duration
	for range 3 {
		idle, _, ok := otherThreadsCPU(0, false)
		if !ok {
			return 0
		}
		busy, ticks, _ := otherThreadsCPU(rate, bind)
		if ticks > 0 {
			costs = append(costs, max(busy-idle, 0)/time.Duration(ticks))
		}
	}
	if len(costs) == 0 {
		return 0
	}
	sort.Slice(costs, func(i, j int) bool { return costs[i] < costs[j] })
	return costs[len(costs)/2]
}

var spinSink float64

// otherThreadsCPU spins on a locked thread for a second of its CPU time,
// with a sampler at rate (none when 0), and returns the CPU time the
// process's other threads used meanwhile and the sampler's ticks.
func otherThreadsCPU(rate int, bind bool) (time.Duration, int64, bool) {
	var ticks atomic.Int64
	var flag *atomic.Uint32
	var s *profile.Sampler
	if rate > 0 {
		var err error
		s, err = profile.NewSampler(profile.Options{Rate: rate, OnTick: func() { ticks.Add(1) }})
		if err != nil {
			return 0, 0, false
		}
		flag = s.Flag()
	} else {
		flag = new(atomic.Uint32)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0, ok := threadCPU()
	if !ok {
		return 0, 0, false
	}
	if s != nil {
		if bind {
			s.BindEngineThread()
		}
		if err := s.Start(); err != nil {
			return 0, 0, false
		}
	}
	p0 := processCPU()
	x := 1.0
	for i := 0; ; i++ {
		x = x*1.0000001 + 0.5
		if flag.Load() != 0 {
			flag.Store(0)
		}
		if i%65536 == 0 {
			if t, _ := threadCPU(); t-t0 >= time.Second {
				break
			}
		}
	}
	spinSink = x
	p1 := processCPU()
	t1, _ := threadCPU()
	if s != nil {
		s.Stop()
	}
	return (p1 - p0) - (t1 - t0), ticks.Load(), true
}

// calibrateSignal measures what one tick of a kernel timer (`jitlens
// profile` on linux/amd64: native.ThreadPC.StartTimer) costs the thread it
// signals: the interrupt, the signal's delivery, the handler and the
// return. A locked thread spins through the same work with and without a
// timer at rate (high, so that the difference stands out of the noise);
// the extra CPU time divided by the ticks is the cost per tick. It returns
// the median of five rounds, or 0 where the platform has no such timer.
func calibrateSignal(rate int) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tp, err := native.NewThreadPC()
	if err != nil {
		return 0
	}
	spin := func() (time.Duration, bool) {
		t0, ok := threadCPU()
		x := 1.0
		for range 200_000_000 {
			x = x*1.0000001 + 0.5
		}
		spinSink = x
		t1, _ := threadCPU()
		return t1 - t0, ok
	}
	var costs []time.Duration
	for range 5 {
		quiet, ok := spin()
		if !ok {
			return 0
		}
		var due atomic.Uint32
		if tp.StartTimer(time.Second/time.Duration(rate), native.TimerTargets{Due: &due}) != nil {
			return 0
		}
		seen0 := tp.StopTimer() // the signals handled so far (none): a baseline
		if tp.StartTimer(time.Second/time.Duration(rate), native.TimerTargets{Due: &due}) != nil {
			return 0
		}
		ticked, _ := spin()
		ticks := tp.StopTimer() - seen0
		if ticks > 0 {
			costs = append(costs, max(ticked-quiet, 0)/time.Duration(ticks))
		}
	}
	if len(costs) == 0 {
		return 0
	}
	sort.Slice(costs, func(i, j int) bool { return costs[i] < costs[j] })
	return costs[len(costs)/2]
}
