package profile

import (
	"cmp"
	"slices"
	"time"
)

// Time is the time charged to a function or a line, split by how it ran.
// Native, IO and Sleep are parts of Wall.
type Time struct {
	Samples int64
	CPU     time.Duration
	Wall    time.Duration
	Native  time.Duration // wall time while the frame ran in the native tier
	IO      time.Duration // wall time blocked in I/O
	Sleep   time.Duration // wall time sleeping
}

func (t *Time) add(v Value, tier Tier, state State) {
	t.Samples += v.Samples
	t.CPU += v.CPU
	t.Wall += v.Wall
	if tier == TierNative {
		t.Native += v.Wall
	}
	switch state {
	case StateIO:
		t.IO += v.Wall
	case StateSleep:
		t.Sleep += v.Wall
	}
}

// share returns part/whole, or 0 when whole is 0.
func share(part, whole time.Duration) float64 {
	if whole <= 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// NativeShare is the fraction of wall time spent in native code.
func (t Time) NativeShare() float64 { return share(t.Native, t.Wall) }

// InterpreterShare is the fraction of wall time spent in the interpreter
// (blocked time included: native code never blocks).
func (t Time) InterpreterShare() float64 { return share(t.Wall-t.Native, t.Wall) }

// IOShare is the fraction of wall time blocked in I/O.
func (t Time) IOShare() float64 { return share(t.IO, t.Wall) }

// SleepShare is the fraction of wall time spent sleeping.
func (t Time) SleepShare() float64 { return share(t.Sleep, t.Wall) }

// FunctionStats is the time of one function. Self is time with the function
// innermost; Total is time with it anywhere on the stack, counted once per
// sample however deep it recurses.
type FunctionStats struct {
	Function
	Self, Total Time
}

// LineStats is the time of one line of one function. Self is time with the
// line executing in the innermost frame; Total also counts the line as a
// call site further up, once per sample.
type LineStats struct {
	Function
	Line        int
	Self, Total Time
}

// Totals sums every sample of the profile.
func (p *Profile) Totals() Time {
	var t Time
	for _, s := range p.Stacks {
		tier := TierInterpreter
		if n := len(s.Frames); n > 0 {
			tier = s.Frames[n-1].Tier
		}
		t.add(s.Value, tier, s.State)
	}
	return t
}

// FunctionStats returns the time of every sampled function, by decreasing
// self time, then total time, then name, file and start line.
func (p *Profile) FunctionStats() []FunctionStats {
	out := make([]FunctionStats, len(p.Functions))
	for i, f := range p.Functions {
		out[i].Function = f
	}
	seen := make([]int, len(p.Functions)) // stack number + 1 that last counted it
	for si, s := range p.Stacks {
		// Innermost first, so recursion counts the innermost occurrence's tier.
		for i := len(s.Frames) - 1; i >= 0; i-- {
			fr := s.Frames[i]
			fn := p.Locations[fr.Location].Function
			if i == len(s.Frames)-1 {
				out[fn].Self.add(s.Value, fr.Tier, s.State)
			}
			if seen[fn] != si+1 {
				seen[fn] = si + 1
				out[fn].Total.add(s.Value, fr.Tier, s.State)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b FunctionStats) int {
		return cmpStats(a.Self, a.Total, b.Self, b.Total, a.Function, b.Function, 0, 0)
	})
	return out
}

// LineStats returns the time of every sampled line, by decreasing self
// time, then total time, then function, file and line.
func (p *Profile) LineStats() []LineStats {
	out := make([]LineStats, len(p.Locations))
	for i, l := range p.Locations {
		out[i].Function = p.Functions[l.Function]
		out[i].Line = l.Line
	}
	seen := make([]int, len(p.Locations))
	for si, s := range p.Stacks {
		for i := len(s.Frames) - 1; i >= 0; i-- {
			fr := s.Frames[i]
			if i == len(s.Frames)-1 {
				out[fr.Location].Self.add(s.Value, fr.Tier, s.State)
			}
			if seen[fr.Location] != si+1 {
				seen[fr.Location] = si + 1
				out[fr.Location].Total.add(s.Value, fr.Tier, s.State)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b LineStats) int {
		return cmpStats(a.Self, a.Total, b.Self, b.Total, a.Function, b.Function, a.Line, b.Line)
	})
	return out
}

// cmpStats orders by decreasing self wall, total wall, then by identity.
func cmpStats(aSelf, aTotal, bSelf, bTotal Time, af, bf Function, aLine, bLine int) int {
	if c := cmp.Compare(bSelf.Wall, aSelf.Wall); c != 0 {
		return c
	}
	if c := cmp.Compare(bTotal.Wall, aTotal.Wall); c != 0 {
		return c
	}
	if c := cmp.Compare(af.Name, bf.Name); c != 0 {
		return c
	}
	if c := cmp.Compare(af.File, bf.File); c != 0 {
		return c
	}
	if c := cmp.Compare(af.StartLine, bf.StartLine); c != 0 {
		return c
	}
	return cmp.Compare(aLine, bLine)
}
