package profile

import (
	"encoding/binary"
	"fmt"
	"time"
)

// Profile holds the samples of one run, aggregated per distinct stack.
// Build one with a Sampler, or directly with NewProfile and Add. A Profile is
// not safe for concurrent use; the Sampler serializes its writes, and hands
// the profile over when it stops.
type Profile struct {
	// Rate is the sampling rate in Hz.
	Rate int
	// Start is the wall-clock time the run started.
	Start time.Time
	// Duration is the monotonic time from start to stop.
	Duration time.Duration
	// CPUTime is the process CPU time consumed from start to stop.
	CPUTime time.Duration
	// Functions are the distinct functions seen, in order of first sight.
	Functions []Function
	// Locations are the distinct (function, line) pairs seen.
	Locations []Location
	// Stacks are the distinct sampled stacks with their accumulated values.
	Stacks []Stack

	funcIndex  map[funcKey]int
	locIndex   map[locKey]int
	stackIndex map[string]int
	keyBuf     []byte
	// prev caches the last stack's frames and location indexes: consecutive
	// samples share most of their frames, which then skip the map lookups.
	prevFrames []Frame
	prevLocs   []int
}

// Function is one Python function (or module body) seen in samples.
type Function struct {
	Name      string // qualified name
	File      string
	StartLine int
}

// Location is one (function, line) pair; Function indexes Profile.Functions.
type Location struct {
	Function int
	Line     int
}

// Stack is one distinct sampled stack with the samples that hit it.
type Stack struct {
	// Frames run from the outermost (<module>) to the innermost.
	Frames []StackFrame
	// State is the same for every sample of the stack.
	State State
	Value Value
}

// StackFrame is a frame of a Stack: a location plus how it was running.
type StackFrame struct {
	Location int // index into Profile.Locations
	Tier     Tier
	JIT      JITState
}

// Value is what samples accumulate: a count and their wall and CPU weights.
type Value struct {
	Samples int64
	CPU     time.Duration
	Wall    time.Duration
}

// add accumulates o into v.
func (v *Value) add(o Value) {
	v.Samples += o.Samples
	v.CPU += o.CPU
	v.Wall += o.Wall
}

type funcKey struct {
	name, file string
	start      int
}

type locKey struct{ fn, line int }

// NewProfile returns an empty profile for samples taken at rate Hz.
func NewProfile(rate int) *Profile {
	return &Profile{
		Rate:       rate,
		funcIndex:  map[funcKey]int{},
		locIndex:   map[locKey]int{},
		stackIndex: map[string]int{},
	}
}

// Add records a sample (or several, per v.Samples) of stack in state.
// stack runs from the outermost frame to the innermost; Add does not keep it.
func (p *Profile) Add(stack []Frame, state State, v Value) {
	if p.stackIndex == nil {
		p.reindex()
	}
	locs := p.locations(stack)
	key := p.keyBuf[:0]
	for i, f := range stack {
		key = appendFrameKey(key, StackFrame{Location: locs[i], Tier: f.Tier, JIT: f.JIT})
	}
	key = append(key, byte(state))
	p.keyBuf = key
	idx, ok := p.stackIndex[string(key)]
	if !ok {
		frames := make([]StackFrame, len(stack))
		for i, f := range stack {
			frames[i] = StackFrame{Location: locs[i], Tier: f.Tier, JIT: f.JIT}
		}
		idx = len(p.Stacks)
		p.Stacks = append(p.Stacks, Stack{Frames: frames, State: state})
		p.stackIndex[string(key)] = idx
	}
	p.Stacks[idx].Value.add(v)
}

// reindex builds the lookup maps of a Profile made without NewProfile.
func (p *Profile) reindex() {
	p.funcIndex = make(map[funcKey]int, len(p.Functions))
	for i, f := range p.Functions {
		p.funcIndex[funcKey{f.Name, f.File, f.StartLine}] = i
	}
	p.locIndex = make(map[locKey]int, len(p.Locations))
	for i, l := range p.Locations {
		p.locIndex[locKey{l.Function, l.Line}] = i
	}
	p.stackIndex = make(map[string]int, len(p.Stacks))
	for i, s := range p.Stacks {
		key := p.keyBuf[:0]
		for _, f := range s.Frames {
			key = appendFrameKey(key, f)
		}
		p.stackIndex[string(append(key, byte(s.State)))] = i
	}
}

// appendFrameKey appends a frame's part of a stack key.
func appendFrameKey(key []byte, f StackFrame) []byte {
	key = binary.LittleEndian.AppendUint32(key, uint32(f.Location))
	return append(key, byte(f.Tier)<<4|byte(f.JIT))
}

// locations interns every frame's (function, line) and returns their
// indexes in a buffer reused by the next call.
func (p *Profile) locations(stack []Frame) []int {
	for i := range stack {
		f := &stack[i]
		if i < len(p.prevFrames) {
			// Write only what changed: copying frames costs write barriers.
			if !sameLocation(&p.prevFrames[i], f) {
				p.prevFrames[i] = *f
				p.prevLocs[i] = p.intern(f)
			}
			continue
		}
		p.prevFrames = append(p.prevFrames, *f)
		p.prevLocs = append(p.prevLocs, p.intern(f))
	}
	p.prevFrames, p.prevLocs = p.prevFrames[:len(stack)], p.prevLocs[:len(stack)]
	return p.prevLocs
}

func sameLocation(a, b *Frame) bool {
	return a.Line == b.Line && a.StartLine == b.StartLine && a.Function == b.Function && a.File == b.File
}

// intern returns the index of f's location, adding it (and its function) if new.
func (p *Profile) intern(f *Frame) int {
	fk := funcKey{f.Function, f.File, f.StartLine}
	fn, ok := p.funcIndex[fk]
	if !ok {
		fn = len(p.Functions)
		p.Functions = append(p.Functions, Function{Name: f.Function, File: f.File, StartLine: f.StartLine})
		p.funcIndex[fk] = fn
	}
	lk := locKey{fn, f.Line}
	loc, ok := p.locIndex[lk]
	if !ok {
		loc = len(p.Locations)
		p.Locations = append(p.Locations, Location{Function: fn, Line: f.Line})
		p.locIndex[lk] = loc
	}
	return loc
}

// Merge adds every sample of o to p, as if p's run had gone on to do o's
// work too: stacks, durations and CPU times add up. Profiles of repeated
// runs of one script merge into one with more samples and less noise.
// Both profiles must have the same rate; o is not modified.
func (p *Profile) Merge(o *Profile) error {
	if o.Rate != p.Rate {
		return fmt.Errorf("profile: merging a %d Hz profile into a %d Hz one", o.Rate, p.Rate)
	}
	p.Duration += o.Duration
	p.CPUTime += o.CPUTime
	var frames []Frame
	for _, s := range o.Stacks {
		frames = frames[:0]
		for _, sf := range s.Frames {
			loc := o.Locations[sf.Location]
			fn := o.Functions[loc.Function]
			frames = append(frames, Frame{
				Function: fn.Name, File: fn.File, StartLine: fn.StartLine,
				Line: loc.Line, Tier: sf.Tier, JIT: sf.JIT,
			})
		}
		p.Add(frames, s.State, s.Value)
	}
	return nil
}
