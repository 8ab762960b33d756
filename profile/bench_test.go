package profile_test

import (
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"jitlens/profile"
)

// benchStack is a ten-frame stack, like a script a few calls deep.
func benchStack() []profile.Frame {
	st := []profile.Frame{{Function: "<module>", File: "bench.py", Line: 90, StartLine: 1}}
	for i := 1; i < 10; i++ {
		st = append(st, profile.Frame{Function: "Solver.step", File: "bench.py", Line: 10 + i, StartLine: 10})
	}
	return st
}

var sink float64

// BenchmarkFlagCheck is the engine's per back-edge cost when no sample is
// due: one load and a branch that is never taken.
func BenchmarkFlagCheck(b *testing.B) {
	s, err := profile.NewSampler(profile.Options{})
	if err != nil {
		b.Fatal(err)
	}
	flag := s.Flag()
	st := benchStack()
	x := 1.0
	for b.Loop() {
		x = x*1.0000001 + 0.5
		if flag.Load() != 0 {
			s.Record(st)
		}
	}
	sink = x
}

// BenchmarkNoCheck is BenchmarkFlagCheck's loop without the check.
func BenchmarkNoCheck(b *testing.B) {
	x := 1.0
	for b.Loop() {
		x = x*1.0000001 + 0.5
	}
	sink = x
}

// BenchmarkRecord is one sample of a ten-frame stack whose innermost line
// changes from sample to sample.
func BenchmarkRecord(b *testing.B) {
	s, err := profile.NewSampler(profile.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(); err != nil {
		b.Fatal(err)
	}
	defer s.Stop()
	st := benchStack()
	i := 0
	for b.Loop() {
		st[9].Line = 10 + i%20
		i++
		s.Record(st)
	}
}

// workload is a fixed interpreter-like loop (about 20ms here) that polls
// the flag at every back-edge.
func workload(flag *atomic.Uint32, s *profile.Sampler, st []profile.Frame) {
	x := 1.0
	for i := 0; i < 10_000_000; i++ {
		x = x*1.0000001 + 0.5
		if x > 1e9 {
			x = 1
		}
		if flag.Load() != 0 {
			st[9].Line = 10 + i%20
			s.Record(st)
		}
	}
	sink = x
}

// BenchmarkOverhead1000Hz runs the workload alternately without a sampler
// and with one at 1000 Hz and reports the profiler's overhead as the median
// of the pairs' slowdowns, which filters out other load on the machine.
func BenchmarkOverhead1000Hz(b *testing.B) {
	st := benchStack()
	var never atomic.Uint32 // an engine without a profiler polls a flag nobody raises
	s, err := profile.NewSampler(profile.Options{Rate: 1000})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.Start(); err != nil {
		b.Fatal(err)
	}
	var slowdowns []float64
	for b.Loop() {
		t0 := time.Now()
		workload(&never, nil, st)
		t1 := time.Now()
		workload(s.Flag(), s, st)
		t2 := time.Now()
		slowdowns = append(slowdowns, float64(t2.Sub(t1))/float64(t1.Sub(t0))-1)
	}
	p := s.Stop()
	slices.Sort(slowdowns)
	b.ReportMetric(100*slowdowns[len(slowdowns)/2], "overhead-%")
	b.ReportMetric(float64(p.Totals().Samples)/float64(b.N), "samples/op")
}
