package profile

import (
	"testing"
	"time"
)

// step is one event of a sampler scenario, on a sampler driven by hand.
type step func(s *Sampler, c *fakeClock)

func advance(wall, cpu time.Duration) step {
	return func(_ *Sampler, c *fakeClock) { c.advance(wall, cpu) }
}

func tick() step { return func(s *Sampler, _ *fakeClock) { s.tick() } }

// poll is the engine's check at a back-edge: record only if the flag is up.
func poll(st []Frame) step {
	return func(s *Sampler, _ *fakeClock) {
		if s.Flag().Load() != 0 {
			s.Record(st)
		}
	}
}

func enter(kind State, st []Frame) step {
	return func(s *Sampler, _ *fakeClock) { s.EnterBlocking(kind, st) }
}

func leave() step { return func(s *Sampler, _ *fakeClock) { s.LeaveBlocking() } }

// wantStack is one expected stack of the resulting profile.
type wantStack struct {
	leaf  string // innermost function
	line  int
	state State
	value Value
}

func TestSamplerWeighting(t *testing.T) {
	a := stack(fr("<module>", 5), fr("main", 4))
	b := stack(fr("<module>", 5), fr("main", 6))
	load := stack(fr("<module>", 7), fr("load", 31))
	tests := []struct {
		name  string
		steps []step
		want  []wantStack
		flag  uint32 // the flag after the scenario
	}{
		{
			name:  "a polled sample weighs the time since the start",
			steps: []step{advance(ms, ms), tick(), poll(a)},
			want:  []wantStack{{"main", 4, StateCPU, Value{1, ms, ms}}},
		},
		{
			name:  "no poll without a tick",
			steps: []step{advance(ms, ms), poll(a), advance(ms, ms), tick()},
			want:  nil,
			flag:  1,
		},
		{
			// A long builtin call: the engine polls only after 5 periods,
			// and the whole time is charged to the line that made the call.
			name: "a late poll is charged the whole interval",
			steps: []step{
				advance(ms, ms), tick(), poll(a),
				advance(ms, ms), tick(), advance(ms, ms), tick(), advance(3*ms, 3*ms), tick(), poll(b),
			},
			want: []wantStack{
				{"main", 4, StateCPU, Value{1, ms, ms}},
				{"main", 6, StateCPU, Value{1, 5 * ms, 5 * ms}},
			},
		},
		{
			name:  "same stack accumulates",
			steps: []step{advance(ms, ms), tick(), poll(a), advance(2*ms, ms), tick(), poll(a)},
			want:  []wantStack{{"main", 4, StateCPU, Value{2, 2 * ms, 3 * ms}}},
		},
		{
			// While blocked the timer samples the published stack itself,
			// marked as I/O, with the CPU time actually used (none here).
			name: "blocked in I/O: the timer samples",
			steps: []step{
				advance(ms, ms), tick(), poll(a),
				enter(StateIO, load), advance(ms, 0), tick(), advance(ms, 0), tick(), leave(),
				advance(ms, ms), tick(), poll(b),
			},
			want: []wantStack{
				{"main", 4, StateCPU, Value{1, ms, ms}},
				{"load", 31, StateIO, Value{2, 0, 2 * ms}},
				{"main", 6, StateCPU, Value{1, ms, ms}},
			},
		},
		{
			// No tick falls inside a short block: it is charged, exactly
			// and with no sample counted, when it ends; the next sample
			// weighs only the running time around it.
			name: "a block between ticks is charged exactly",
			steps: []step{
				advance(ms, ms), tick(), poll(a),
				advance(ms/4, ms/4), enter(StateIO, load), advance(ms/2, 0), leave(),
				advance(ms/4, ms/4), tick(), poll(b),
			},
			want: []wantStack{
				{"main", 4, StateCPU, Value{1, ms, ms}},
				{"load", 31, StateIO, Value{0, 0, ms / 2}},
				{"main", 6, StateCPU, Value{1, ms / 2, ms / 2}},
			},
		},
		{
			name: "the rest of a block after its last tick is charged when it ends",
			steps: []step{
				advance(ms, ms), tick(), poll(a),
				enter(StateIO, load), advance(ms, 0), tick(), advance(ms/2, 0), leave(),
				advance(ms, ms), tick(), poll(b),
			},
			want: []wantStack{
				{"main", 4, StateCPU, Value{1, ms, ms}},
				{"load", 31, StateIO, Value{1, 0, 3 * ms / 2}},
				{"main", 6, StateCPU, Value{1, ms, ms}},
			},
		},
		{
			name: "sleep is marked as sleep and does not raise the flag",
			steps: []step{
				enter(StateSleep, load), advance(ms, 0), tick(), advance(ms, 0), tick(),
			},
			want: []wantStack{{"load", 31, StateSleep, Value{2, 0, 2 * ms}}},
			flag: 0,
		},
		{
			// A tick that came while running is recorded, as CPU, at the
			// moment the engine blocks.
			name: "a due sample is recorded when blocking starts",
			steps: []step{
				advance(ms, ms), tick(), advance(ms/2, ms/2), enter(StateIO, load),
				advance(ms/2, 0), tick(), leave(),
			},
			want: []wantStack{
				{"load", 31, StateCPU, Value{1, 3 * ms / 2, 3 * ms / 2}},
				{"load", 31, StateIO, Value{1, 0, ms / 2}},
			},
		},
		{
			name:  "after LeaveBlocking ticks raise the flag again",
			steps: []step{enter(StateIO, load), leave(), advance(ms, ms), tick()},
			want:  nil,
			flag:  1,
		},
		{
			name:  "EnterBlocking with StateCPU is ignored",
			steps: []step{enter(StateCPU, load), advance(ms, ms), tick()},
			want:  nil,
			flag:  1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &fakeClock{now: time.Hour, cpu: time.Minute} // arbitrary origins
			s, err := NewSampler(Options{Clock: clock})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.begin(false); err != nil {
				t.Fatal(err)
			}
			for _, st := range tt.steps {
				st(s, clock)
			}
			if got := s.Flag().Load(); got != tt.flag {
				t.Errorf("flag = %d, want %d", got, tt.flag)
			}
			p := s.Stop()
			if len(p.Stacks) != len(tt.want) {
				t.Fatalf("got %d stacks, want %d: %+v", len(p.Stacks), len(tt.want), p.Stacks)
			}
			for i, w := range tt.want {
				got := p.Stacks[i]
				leaf := p.Locations[got.Frames[len(got.Frames)-1].Location]
				name := p.Functions[leaf.Function].Name
				if name != w.leaf || leaf.Line != w.line || got.State != w.state || got.Value != w.value {
					t.Errorf("stack %d: got %s:%d %v %+v, want %s:%d %v %+v",
						i, name, leaf.Line, got.State, got.Value, w.leaf, w.line, w.state, w.value)
				}
			}
		})
	}
}

func TestSamplerStop(t *testing.T) {
	clock := &fakeClock{}
	s, err := NewSampler(Options{Clock: clock, Rate: 250})
	if err != nil {
		t.Fatal(err)
	}
	if s.Stop() != nil {
		t.Error("Stop before Start returned a profile")
	}
	if err := s.begin(false); err != nil {
		t.Fatal(err)
	}
	if err := s.begin(false); err == nil {
		t.Error("starting twice did not fail")
	}
	clock.advance(10*ms, 7*ms)
	s.tick()
	p := s.Stop()
	if p.Duration != 10*ms || p.CPUTime != 7*ms || p.Rate != 250 {
		t.Errorf("Stop: duration %v, CPU %v, rate %d; want 10ms, 7ms, 250", p.Duration, p.CPUTime, p.Rate)
	}
	if s.Flag().Load() != 0 {
		t.Error("flag still raised after Stop")
	}
	s.Record(stack(fr("main", 4)))
	s.tick()
	if len(p.Stacks) != 0 {
		t.Errorf("samples recorded after Stop: %+v", p.Stacks)
	}
	if s.Stop() != p {
		t.Error("second Stop returned another profile")
	}
}

func TestNewSamplerRate(t *testing.T) {
	tests := []struct {
		rate, want int
		ok         bool
	}{
		{0, DefaultRate, true},
		{1, 1, true},
		{1000, 1000, true},
		{100_000, 100_000, true},
		{-1, 0, false},
		{100_001, 0, false},
	}
	for _, tt := range tests {
		s, err := NewSampler(Options{Rate: tt.rate})
		if (err == nil) != tt.ok {
			t.Errorf("rate %d: err = %v, want ok = %v", tt.rate, err, tt.ok)
			continue
		}
		if tt.ok && s.Rate() != tt.want {
			t.Errorf("rate %d: Rate() = %d, want %d", tt.rate, s.Rate(), tt.want)
		}
	}
}

func TestSamplerRealTimer(t *testing.T) {
	// The real timer goroutine raises the flag by itself; a generous wait
	// keeps this free of timing assumptions.
	s, err := NewSampler(Options{Rate: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for s.Flag().Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if s.Flag().Load() == 0 {
		t.Fatal("the timer never raised the flag")
	}
	s.Record(stack(fr("<module>", 2)))
	p := s.Stop()
	if got := p.Totals().Samples; got != 1 {
		t.Errorf("samples = %d, want 1", got)
	}
	if p.Duration <= 0 {
		t.Errorf("duration = %v, want > 0", p.Duration)
	}
}

// threadClock is a fakeClock that also has an engine thread, whose CPU time
// moves separately from the process's and the wall clock.
type threadClock struct {
	fakeClock
	thread    int // the thread the next call comes from
	threadCPU time.Duration
}

func (c *threadClock) ThreadCPU() (int, time.Duration, bool) { return c.thread, c.threadCPU, true }

func TestSamplerEngineThread(t *testing.T) {
	a := stack(fr("<module>", 5), fr("main", 4))
	load := stack(fr("<module>", 7), fr("load", 31))
	type ev struct {
		wall, threadCPU time.Duration
		thread          int // 0: the engine's thread (1)
		block           bool
	}
	tests := []struct {
		name   string
		events []ev
		want   []Value // per stack: a's, then load's
	}{
		{
			// The engine waited 9 ms for a core: the sample weighs the 1 ms it ran.
			name:   "a wait for a core is not charged",
			events: []ev{{wall: 10 * ms, threadCPU: ms}},
			want:   []Value{{1, ms, ms}},
		},
		{
			name:   "an unloaded machine charges the wall time",
			events: []ev{{wall: 2 * ms, threadCPU: 2 * ms}, {wall: 3 * ms, threadCPU: 3 * ms}},
			want:   []Value{{2, 5 * ms, 5 * ms}},
		},
		{
			// A sample from another thread cannot read the engine's clock.
			name:   "a sample from another thread weighs wall time",
			events: []ev{{wall: 4 * ms, threadCPU: ms, thread: 2}},
			want:   []Value{{1, ms, 4 * ms}},
		},
		{
			// Blocked samples weigh the wall time; the engine's thread did
			// not run meanwhile.
			name:   "blocked time stays wall time",
			events: []ev{{wall: ms, threadCPU: ms}, {wall: 5 * ms, block: true}, {wall: 2 * ms, threadCPU: ms}},
			want:   []Value{{2, 2 * ms, 2 * ms}, {1, 0, 5 * ms}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := &threadClock{fakeClock: fakeClock{now: time.Hour}, thread: 1, threadCPU: time.Second}
			s, err := NewSampler(Options{Clock: clock})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.begin(false); err != nil {
				t.Fatal(err)
			}
			if !s.BindEngineThread() {
				t.Fatal("BindEngineThread failed with a thread clock")
			}
			for _, e := range tt.events {
				if e.block {
					s.EnterBlocking(StateIO, load)
					clock.advance(e.wall, 0)
					s.tick()
					s.LeaveBlocking()
					continue
				}
				clock.thread = 1
				if e.thread != 0 {
					clock.thread = e.thread
				}
				clock.advance(e.wall, e.threadCPU)
				clock.threadCPU += e.threadCPU
				s.tick()
				s.Record(a)
			}
			p := s.Stop()
			if len(p.Stacks) != len(tt.want) {
				t.Fatalf("got %d stacks, want %d: %+v", len(p.Stacks), len(tt.want), p.Stacks)
			}
			for i, w := range tt.want {
				if got := p.Stacks[i].Value; got != w {
					t.Errorf("stack %d: value %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

func TestBindEngineThreadNeedsThreadClock(t *testing.T) {
	s, err := NewSampler(Options{Clock: &fakeClock{}})
	if err != nil {
		t.Fatal(err)
	}
	if s.BindEngineThread() {
		t.Error("bound an engine thread with a clock that cannot read one")
	}
}
