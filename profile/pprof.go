package profile

import (
	"bytes"
	"io"
	"time"

	"github.com/google/pprof/profile"
)

// pprof sample value indexes, in SampleType order.
const (
	pprofSamples = iota
	pprofCPU
	pprofWall
)

// Pprof converts the profile to pprof's format: sample types samples/count,
// cpu/nanoseconds and wall/nanoseconds (the default); period type
// cpu/nanoseconds with the period from the rate; one Location per
// (function, line); and labels per sample: tier and jit for the innermost
// frame, and state (cpu, io or sleep).
func (p *Profile) Pprof() *profile.Profile {
	out := &profile.Profile{
		SampleType: []*profile.ValueType{
			{Type: "samples", Unit: "count"},
			{Type: "cpu", Unit: "nanoseconds"},
			{Type: "wall", Unit: "nanoseconds"},
		},
		DefaultSampleType: "wall",
		PeriodType:        &profile.ValueType{Type: "cpu", Unit: "nanoseconds"},
		TimeNanos:         p.Start.UnixNano(),
		DurationNanos:     p.Duration.Nanoseconds(),
	}
	if p.Rate > 0 {
		out.Period = (time.Second / time.Duration(p.Rate)).Nanoseconds()
	}
	if p.Start.IsZero() {
		out.TimeNanos = 0
	}
	// One mapping that says every location is already symbolized, so that
	// pprof never tries to look addresses up in a binary.
	mapping := &profile.Mapping{
		ID:              1,
		File:            "python",
		HasFunctions:    true,
		HasFilenames:    true,
		HasLineNumbers:  true,
		HasInlineFrames: true,
	}
	out.Mapping = []*profile.Mapping{mapping}

	funcs := make([]*profile.Function, len(p.Functions))
	for i, f := range p.Functions {
		funcs[i] = &profile.Function{
			ID:   uint64(i + 1),
			Name: f.Name,
			// A SystemName unlike Name tells pprof the name is already
			// demangled; otherwise its C++ heuristics strip "<module>".
			SystemName: f.File + ":" + f.Name,
			Filename:   f.File,
			StartLine:  int64(f.StartLine),
		}
	}
	locs := make([]*profile.Location, len(p.Locations))
	for i, l := range p.Locations {
		locs[i] = &profile.Location{
			ID:      uint64(i + 1),
			Mapping: mapping,
			Line:    []profile.Line{{Function: funcs[l.Function], Line: int64(l.Line)}},
		}
	}
	out.Function, out.Location = funcs, locs

	for _, s := range p.Stacks {
		sample := &profile.Sample{
			Value: []int64{pprofSamples: s.Value.Samples, pprofCPU: s.Value.CPU.Nanoseconds(), pprofWall: s.Value.Wall.Nanoseconds()},
			Label: map[string][]string{"state": {s.State.String()}},
		}
		// pprof wants the innermost location first.
		for i := len(s.Frames) - 1; i >= 0; i-- {
			sample.Location = append(sample.Location, locs[s.Frames[i].Location])
		}
		if n := len(s.Frames); n > 0 {
			leaf := s.Frames[n-1]
			sample.Label["tier"] = []string{leaf.Tier.String()}
			sample.Label["jit"] = []string{leaf.JIT.String()}
		}
		out.Sample = append(out.Sample, sample)
	}
	return out
}

// WritePprof writes the profile as a gzipped pprof protocol buffer (the
// .pb.gz that go tool pprof and other viewers read); a small profile is
// stored in the gzip stream uncompressed (see storedMax).
func (p *Profile) WritePprof(w io.Writer) error {
	pp := p.Pprof()
	if err := pp.CheckValid(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := pp.WriteUncompressed(&buf); err != nil {
		return err
	}
	return writeGzip(w, buf.Bytes())
}
