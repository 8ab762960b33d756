package profile

import (
	"testing"
	"time"
)

// sample is one Add call.
type sample struct {
	stack []Frame
	state State
	wall  time.Duration
}

func buildProfile(samples []sample) *Profile {
	p := NewProfile(1000)
	for _, s := range samples {
		p.Add(s.stack, s.state, Value{Samples: 1, Wall: s.wall, CPU: s.wall / 2})
	}
	return p
}

func TestFunctionStats(t *testing.T) {
	mod := fr("<module>", 50)
	tests := []struct {
		name    string
		samples []sample
		want    map[string][2]Time // function -> {self, total}
	}{
		{
			name: "caller and callee",
			samples: []sample{
				{stack(mod, fr("main", 4)), StateCPU, 3 * ms},
				{stack(mod, fr("main", 5), fr("fib", 11)), StateCPU, 2 * ms},
			},
			want: map[string][2]Time{
				"<module>": {{}, {Samples: 2, Wall: 5 * ms, CPU: 5 * ms / 2}},
				"main":     {{Samples: 1, Wall: 3 * ms, CPU: 3 * ms / 2}, {Samples: 2, Wall: 5 * ms, CPU: 5 * ms / 2}},
				"fib":      {{Samples: 1, Wall: 2 * ms, CPU: ms}, {Samples: 1, Wall: 2 * ms, CPU: ms}},
			},
		},
		{
			// fib is on the stack three times: its total counts each sample once.
			name: "recursion counts once per sample",
			samples: []sample{
				{stack(mod, fr("fib", 12), fr("fib", 12), fr("fib", 11)), StateCPU, 4 * ms},
				{stack(mod, fr("fib", 12), fr("fib", 13)), StateCPU, 2 * ms},
				{stack(mod, fr("fib", 12), fr("main", 4)), StateCPU, 2 * ms},
			},
			want: map[string][2]Time{
				"<module>": {{}, {Samples: 3, Wall: 8 * ms, CPU: 4 * ms}},
				"fib":      {{Samples: 2, Wall: 6 * ms, CPU: 3 * ms}, {Samples: 3, Wall: 8 * ms, CPU: 4 * ms}},
				"main":     {{Samples: 1, Wall: 2 * ms, CPU: ms}, {Samples: 1, Wall: 2 * ms, CPU: ms}},
			},
		},
		{
			name: "tiers and blocking",
			samples: []sample{
				{stack(mod, native("Body.advance", 22)), StateCPU, 6 * ms},
				{stack(mod, fr("Body.advance", 23)), StateCPU, 2 * ms},
				{stack(mod, fr("load", 31)), StateIO, 3 * ms},
				{stack(mod, fr("load", 32)), StateSleep, ms},
			},
			want: map[string][2]Time{
				"<module>": {{}, {Samples: 4, Wall: 12 * ms, CPU: 6 * ms, IO: 3 * ms, Sleep: ms}},
				"Body.advance": {
					{Samples: 2, Wall: 8 * ms, CPU: 4 * ms, Native: 6 * ms},
					{Samples: 2, Wall: 8 * ms, CPU: 4 * ms, Native: 6 * ms},
				},
				"load": {
					{Samples: 2, Wall: 4 * ms, CPU: 2 * ms, IO: 3 * ms, Sleep: ms},
					{Samples: 2, Wall: 4 * ms, CPU: 2 * ms, IO: 3 * ms, Sleep: ms},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stats := buildProfile(tt.samples).FunctionStats()
			if len(stats) != len(tt.want) {
				t.Fatalf("got %d functions, want %d", len(stats), len(tt.want))
			}
			for i, f := range stats {
				w, ok := tt.want[f.Name]
				if !ok {
					t.Errorf("unexpected function %q", f.Name)
					continue
				}
				if f.Self != w[0] || f.Total != w[1] {
					t.Errorf("%s: self %+v total %+v, want self %+v total %+v", f.Name, f.Self, f.Total, w[0], w[1])
				}
				if i > 0 && stats[i-1].Self.Wall < f.Self.Wall {
					t.Errorf("functions not sorted by self time: %s before %s", stats[i-1].Name, f.Name)
				}
			}
		})
	}
}

func TestLineStats(t *testing.T) {
	mod := fr("<module>", 50)
	p := buildProfile([]sample{
		{stack(mod, fr("fib", 12), fr("fib", 12), fr("fib", 11)), StateCPU, 4 * ms},
		{stack(mod, fr("fib", 12), native("fib", 11)), StateCPU, 2 * ms},
		{stack(mod, fr("fib", 13)), StateCPU, ms},
	})
	type key struct {
		fn   string
		line int
	}
	want := map[key][2]Time{
		{"fib", 11}:      {{Samples: 2, Wall: 6 * ms, CPU: 3 * ms, Native: 2 * ms}, {Samples: 2, Wall: 6 * ms, CPU: 3 * ms, Native: 2 * ms}},
		{"fib", 12}:      {{}, {Samples: 2, Wall: 6 * ms, CPU: 3 * ms}},
		{"fib", 13}:      {{Samples: 1, Wall: ms, CPU: ms / 2}, {Samples: 1, Wall: ms, CPU: ms / 2}},
		{"<module>", 50}: {{}, {Samples: 3, Wall: 7 * ms, CPU: 7 * ms / 2}},
	}
	stats := p.LineStats()
	if len(stats) != len(want) {
		t.Fatalf("got %d lines, want %d", len(stats), len(want))
	}
	for _, l := range stats {
		w := want[key{l.Name, l.Line}]
		if l.Self != w[0] || l.Total != w[1] {
			t.Errorf("%s:%d: self %+v total %+v, want self %+v total %+v", l.Name, l.Line, l.Self, l.Total, w[0], w[1])
		}
	}
	if stats[0].Name != "fib" || stats[0].Line != 11 {
		t.Errorf("hottest line = %s:%d, want fib:11", stats[0].Name, stats[0].Line)
	}
}

func TestProfileInterning(t *testing.T) {
	p := NewProfile(1000)
	a := stack(fr("<module>", 50), fr("main", 4))
	b := stack(fr("<module>", 50), fr("main", 5))
	for _, st := range [][]Frame{a, b, a, b, a} {
		p.Add(st, StateCPU, Value{Samples: 1, Wall: ms})
	}
	p.Add(a, StateIO, Value{Samples: 1, Wall: ms})
	p.Add(stack(fr("<module>", 50), native("main", 4)), StateCPU, Value{Samples: 1, Wall: ms})
	// Same name in another file is another function.
	other := fr("main", 4)
	other.File = "other.py"
	p.Add(stack(fr("<module>", 50), other), StateCPU, Value{Samples: 1, Wall: ms})

	if len(p.Functions) != 3 || len(p.Locations) != 4 {
		t.Errorf("got %d functions and %d locations, want 3 and 4", len(p.Functions), len(p.Locations))
	}
	// a, b, a in I/O, a native, other.
	if len(p.Stacks) != 5 {
		t.Fatalf("got %d stacks, want 5", len(p.Stacks))
	}
	if p.Stacks[0].Value.Samples != 3 || p.Stacks[1].Value.Samples != 2 {
		t.Errorf("stack samples = %d, %d; want 3, 2", p.Stacks[0].Value.Samples, p.Stacks[1].Value.Samples)
	}
	if tot := p.Totals(); tot.Samples != 8 || tot.Wall != 8*ms || tot.Native != ms || tot.IO != ms {
		t.Errorf("totals = %+v", tot)
	}
}

func TestProfileAddWithoutNewProfile(t *testing.T) {
	src := NewProfile(1000)
	a := stack(fr("<module>", 50), fr("main", 4))
	src.Add(a, StateCPU, Value{Samples: 1, Wall: ms})
	// A profile assembled from another's tables, as a decoder would.
	p := &Profile{Rate: 1000, Functions: src.Functions, Locations: src.Locations,
		Stacks: append([]Stack(nil), src.Stacks...)}
	p.Add(a, StateCPU, Value{Samples: 1, Wall: ms})
	p.Add(stack(fr("<module>", 51)), StateCPU, Value{Samples: 1, Wall: ms})
	if len(p.Stacks) != 2 || p.Stacks[0].Value.Samples != 2 || len(p.Functions) != 2 || len(p.Locations) != 3 {
		t.Errorf("got %d stacks (first %+v), %d functions, %d locations; want 2 (2 samples), 2, 3",
			len(p.Stacks), p.Stacks[0].Value, len(p.Functions), len(p.Locations))
	}
}

func TestMerge(t *testing.T) {
	a, b := NewProfile(1000), NewProfile(1000)
	a.Duration, b.Duration = 10*ms, 20*ms
	a.CPUTime, b.CPUTime = 9*ms, 18*ms
	a.Add(stack(fr("<module>", 5), fr("main", 4)), StateCPU, Value{1, ms, ms})
	b.Add(stack(fr("<module>", 7), fr("load", 31)), StateIO, Value{2, 0, 2 * ms})
	b.Add(stack(fr("<module>", 5), fr("main", 4)), StateCPU, Value{3, 3 * ms, 4 * ms})
	b.Add(stack(fr("<module>", 5), native("main", 4)), StateCPU, Value{1, ms, ms})
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	if a.Duration != 30*ms || a.CPUTime != 27*ms {
		t.Errorf("duration %v, CPU %v; want 30ms, 27ms", a.Duration, a.CPUTime)
	}
	type key struct {
		leaf  string
		line  int
		tier  Tier
		state State
	}
	want := map[key]Value{
		{"main", 4, TierInterpreter, StateCPU}: {4, 4 * ms, 5 * ms},
		{"load", 31, TierInterpreter, StateIO}: {2, 0, 2 * ms},
		{"main", 4, TierNative, StateCPU}:      {1, ms, ms},
	}
	if len(a.Stacks) != len(want) {
		t.Fatalf("%d stacks, want %d: %+v", len(a.Stacks), len(want), a.Stacks)
	}
	for _, s := range a.Stacks {
		leaf := s.Frames[len(s.Frames)-1]
		loc := a.Locations[leaf.Location]
		k := key{a.Functions[loc.Function].Name, loc.Line, leaf.Tier, s.State}
		if s.Value != want[k] {
			t.Errorf("%+v: %+v, want %+v", k, s.Value, want[k])
		}
	}
	if err := a.Merge(NewProfile(100)); err == nil {
		t.Error("merged profiles of different rates")
	}
}
