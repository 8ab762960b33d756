package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"jitlens/jitcore"
	"jitlens/profile"
)

// jitFlags are the native tier's command-line flags, shared by run and
// profile.
type jitFlags struct {
	off, on, report *bool
	threshold       *int
	reportJSON      *string
	opts            *jitcore.JITOptions
	defaultOn       bool
}

// addJITFlags declares the flags; defaultOn says whether the JIT runs
// when neither --jit nor --no-jit is given.
func addJITFlags(fs *flag.FlagSet, defaultOn bool) *jitFlags {
	return &jitFlags{
		defaultOn:  defaultOn,
		off:        fs.Bool("no-jit", false, "run on the interpreter alone"),
		on:         fs.Bool("jit", false, "use the native tier (overrides --no-jit)"),
		report:     fs.Bool("jit-report", false, "print what the JIT compiled, refused and deoptimized, and the top failed specializations, after the run"),
		threshold:  fs.Int("jit-threshold", jitcore.DefaultJITThreshold, "back-edges of a loop before it is compiled (0: at once)"),
		reportJSON: fs.String("jit-report-json", "", "write what the JIT compiled (code size, compile time), refused and deoptimized to `FILE` as JSON after the run (the run report's \"jit\" section)"),
	}
}

// options returns the JIT options the flags ask for, with a log to read
// after the run.
func (j *jitFlags) options() *jitcore.JITOptions {
	if j.opts == nil {
		on := *j.on || (j.defaultOn && !*j.off)
		j.opts = &jitcore.JITOptions{Off: !on, Threshold: *j.threshold, Log: &jitcore.JITLog{}}
	}
	return j.opts
}

// printReport prints the JIT's table when --jit-report was given, and
// writes its events when --jit-report-json was.
func (j *jitFlags) printReport(w io.Writer) {
	if *j.reportJSON != "" {
		ev := jitEvents(j.options().Log)
		// empty lists, not nulls, for the tools that read it
		if ev.Compiled == nil {
			ev.Compiled = []profile.CompiledFunction{}
		}
		if ev.NotCompiled == nil {
			ev.NotCompiled = []profile.NotCompiled{}
		}
		if ev.Deoptimized == nil {
			ev.Deoptimized = []profile.Deoptimization{}
		}
		data, err := json.MarshalIndent(ev, "", "  ")
		if err == nil {
			err = os.WriteFile(*j.reportJSON, append(data, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(w, "jitlens: --jit-report-json: %v\n", err)
		}
	}
	if !*j.report {
		return
	}
	if o := j.options(); o.Off {
		fmt.Fprintln(w, "jitlens: the JIT is off (--no-jit)")
	} else {
		o.Log.WriteTable(w)
	}
	// the interpreter specializes with the JIT on or off
	fmt.Fprintln(w)
	j.options().Log.WriteSpecializationTable(w, topFailedSpecializations)
}

// topFailedSpecializations is how many failed specializations
// --jit-report lists.
const topFailedSpecializations = 10

// failedSpecializations converts the interpreter's failed specializations
// into the run report's section.
func failedSpecializations(log *jitcore.JITLog) []profile.FailedSpecialization {
	out := []profile.FailedSpecialization{}
	if log == nil {
		return out
	}
	for _, f := range log.TopFailedSpecializations(0) {
		out = append(out, profile.FailedSpecialization{Kind: f.Kind, Function: f.Function, File: f.File,
			Span: validSpan(profile.Span{
				Start: profile.Position{Line: int(f.Span.Line), Column: int(f.Span.Col)},
				End:   profile.Position{Line: int(f.Span.EndLine), Column: int(f.Span.EndCol)},
			}, f.StartLine), Count: f.Count})
	}
	return out
}

// validSpan makes the span of a compiler-made instruction (no line, or no
// columns) a valid one for the run report: the function's first line, or
// an empty range at the start.
func validSpan(s profile.Span, startLine int) profile.Span {
	if s.Start.Line < 1 {
		s.Start = profile.Position{Line: max(startLine, 1)}
	}
	s.Start.Column = max(s.Start.Column, 0)
	if s.End.Line < s.Start.Line || s.End.Column < 0 || (s.End.Line == s.Start.Line && s.End.Column < s.Start.Column) {
		s.End = s.Start
	}
	return s
}

// markTiers sets the tier and JIT state of a sampled stack; st runs from
// the outermost frame to f.
func markTiers(vm *jitcore.VM, st []profile.Frame, f *jitcore.Frame) []profile.Frame {
	for i := len(st) - 1; i >= 0 && f != nil; i, f = i-1, f.Back() {
		native, state := vm.FrameTier(f)
		if native {
			st[i].Tier = profile.TierNative
		}
		st[i].JIT = jitStates[state]
	}
	return st
}

var jitStates = map[jitcore.JITCodeState]profile.JITState{
	jitcore.JITInterpreted: profile.JITInterpreted,
	jitcore.JITCompiled:    profile.JITCompiled,
	jitcore.JITNotCompiled: profile.JITNotCompiled,
	jitcore.JITDeoptimized: profile.JITDeoptimized,
}

// jitEvents converts the JIT's log into the run report's section.
func jitEvents(log *jitcore.JITLog) profile.JITEvents {
	var out profile.JITEvents
	if log == nil {
		return out
	}
	for _, e := range log.Events {
		span := profile.Span{
			Start: profile.Position{Line: int(e.Span.Line), Column: int(e.Span.Col)},
			End:   profile.Position{Line: int(e.Span.EndLine), Column: int(e.Span.EndCol)},
		}
		switch e.Kind {
		case jitcore.EventCompiled:
			out.Compiled = append(out.Compiled, profile.CompiledFunction{Function: e.Function, File: e.File, StartLine: e.StartLine,
				Signature: e.Signature, CodeSizeBytes: e.CodeSize, CompileNS: e.CompileTime.Nanoseconds()})
		case jitcore.EventNotCompiled:
			out.NotCompiled = append(out.NotCompiled, profile.NotCompiled{Function: e.Function, File: e.File, StartLine: e.StartLine,
				Reason: e.Reason, Span: span})
		case jitcore.EventDeoptimized:
			out.Deoptimized = append(out.Deoptimized, profile.Deoptimization{Function: e.Function, File: e.File, StartLine: e.StartLine,
				Guard: e.Guard, Span: span, Count: e.Count})
		}
	}
	return out
}
