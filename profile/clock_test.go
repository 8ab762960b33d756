package profile

import "testing"

// BenchmarkProcessCPUTime is the getrusage call each sample makes: most of
// Record's cost.
func BenchmarkProcessCPUTime(b *testing.B) {
	for b.Loop() {
		processCPUTime()
	}
}

func TestProcessCPUTimeAdvances(t *testing.T) {
	start := processCPUTime()
	x := 1.0
	for i := 0; processCPUTime() == start && i < 1e9; i++ {
		x = x*1.0000001 + 0.5
	}
	if processCPUTime() <= start {
		t.Errorf("process CPU time did not advance while spinning (x=%v)", x)
	}
}

// BenchmarkRecordNoClock is Record's own work, with the clocks faked: the
// stack interning and aggregation.
func BenchmarkRecordNoClock(b *testing.B) {
	s, err := NewSampler(Options{Clock: &fakeClock{}})
	if err != nil {
		b.Fatal(err)
	}
	if err := s.begin(false); err != nil {
		b.Fatal(err)
	}
	st := []Frame{fr("<module>", 90)}
	for i := 1; i < 10; i++ {
		st = append(st, fr("Body.advance", 20+i))
	}
	i := 0
	for b.Loop() {
		st[9].Line = 20 + i%20
		i++
		s.Record(st)
	}
}
