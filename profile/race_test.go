package profile_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"jitlens/profile"
)

// TestSamplerConcurrent runs recorders, a goroutine that blocks and
// unblocks, and a fast timer together; run it with -race.
func TestSamplerConcurrent(t *testing.T) {
	s, err := profile.NewSampler(profile.Options{Rate: 20_000})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	flag := s.Flag()
	var records atomic.Int64
	var wg sync.WaitGroup
	for g := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := []profile.Frame{
				{Function: "<module>", File: "race.py", Line: 1, StartLine: 1},
				{Function: "worker", File: "race.py", Line: 10 + g, StartLine: 9},
			}
			for i := range 200_000 {
				st[1].Line = 10 + g + i%3 // the engine reuses its frames
				if flag.Load() != 0 || i%1000 == 0 {
					s.Record(st)
					records.Add(1)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		st := []profile.Frame{{Function: "<module>", File: "race.py", Line: 30, StartLine: 1}}
		for i := range 20_000 {
			kind := profile.StateIO
			if i%2 == 1 {
				kind = profile.StateSleep
			}
			s.EnterBlocking(kind, st)
			for range 100 {
				_ = flag.Load()
			}
			s.LeaveBlocking()
		}
	}()
	wg.Wait()
	p := s.Stop()
	tot := p.Totals()
	var cpu int64
	for _, st := range p.Stacks {
		if st.State == profile.StateCPU {
			cpu += st.Value.Samples
		}
	}
	if cpu < records.Load() {
		t.Errorf("%d CPU samples, but Record was called %d times", cpu, records.Load())
	}
	if tot.Wall > p.Duration {
		t.Errorf("samples weigh %v, more than the run's %v", tot.Wall, p.Duration)
	}
}
