package profile_test

import (
	"fmt"
	"math"
	"testing"
	"time"

	"jitlens/profile"
)

// spin is the "bytecode" of the synthetic workload: some arithmetic the
// compiler cannot drop.
func spin(x float64) float64 {
	for i := 0; i < 50; i++ {
		x = x*1.0000001 + 0.5
		if x > 1e9 {
			x = math.Sqrt(x)
		}
	}
	return x
}

// runFor is one Python "function" of the workload: it spins for d,
// polling the flag at every back-edge like the interpreter, and returns the
// time it actually took.
func runFor(s *profile.Sampler, st []profile.Frame, d time.Duration, x *float64) time.Duration {
	flag := s.Flag()
	start := time.Now()
	for time.Since(start) < d {
		*x = spin(*x)
		if flag.Load() != 0 {
			s.Record(st)
		}
	}
	return time.Since(start)
}

// TestSyntheticShares profiles a workload that spends about 70% of its time
// in hot and 30% in cold, through the real sampler at 1000 Hz, and checks
// the reported shares against the time measured around each function.
// A shared machine can stall the timer goroutine for a long moment and
// charge one late sample to the wrong side of a switch, so the check gets
// three attempts: an accurate sampler passes one of them, a wrong one none.
func TestSyntheticShares(t *testing.T) {
	var problems []string
	for attempt := 1; attempt <= 3; attempt++ {
		problems = syntheticShares(t)
		if len(problems) == 0 {
			return
		}
		t.Logf("attempt %d: %v", attempt, problems)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

func syntheticShares(t *testing.T) []string {
	s, err := profile.NewSampler(profile.Options{Rate: 1000})
	if err != nil {
		t.Fatal(err)
	}
	hot := []profile.Frame{
		{Function: "<module>", File: "synthetic.py", Line: 10, StartLine: 1},
		{Function: "hot", File: "synthetic.py", Line: 3, StartLine: 2},
	}
	cold := []profile.Frame{
		{Function: "<module>", File: "synthetic.py", Line: 11, StartLine: 1},
		{Function: "cold", File: "synthetic.py", Line: 7, StartLine: 6},
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	var hotTime, coldTime time.Duration
	x := 1.0
	// Few, long phases: only the sample interval that straddles a switch
	// can be charged to the wrong function, so switches bound the error
	// even when a loaded machine delays the timer.
	for range 2 {
		hotTime += runFor(s, hot, 350*time.Millisecond, &x)
		coldTime += runFor(s, cold, 150*time.Millisecond, &x)
	}
	p := s.Stop()

	want := map[string]float64{
		"hot":  float64(hotTime) / float64(hotTime+coldTime),
		"cold": float64(coldTime) / float64(hotTime+coldTime),
	}
	var problems []string
	tot := p.Totals()
	for _, f := range p.FunctionStats() {
		if f.Name == "<module>" {
			continue
		}
		got := float64(f.Self.Wall) / float64(tot.Wall)
		t.Logf("%s: reported %.1f%%, measured %.1f%% (%d samples)", f.Name, 100*got, 100*want[f.Name], f.Self.Samples)
		if math.Abs(got-want[f.Name]) > 0.05 {
			problems = append(problems, fmt.Sprintf("%s: reported share %.1f%%, measured %.1f%%: more than 5 points apart", f.Name, 100*got, 100*want[f.Name]))
		}
		delete(want, f.Name)
	}
	if len(want) != 0 {
		problems = append(problems, fmt.Sprintf("functions never sampled: %v", want))
	}
	return problems
}
