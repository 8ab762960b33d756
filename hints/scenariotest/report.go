package scenariotest

import (
	"os"
	"path/filepath"
	"sort"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/profile"
)

// RecordedReport reads the run report regen.sh recorded for the scenario
// with `jitlens profile --report`.
func (s *Scenario) RecordedReport() (*profile.RunReport, error) {
	f, err := os.Open(s.Path(".report.json"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return profile.ReadRunReport(f)
}

// Report returns the run report the scenario's measured hints rest on: the
// recorded one for scripts the engine runs, else a synthetic profile of
// its Hot functions; either way with the declared JIT and I/O evidence.
func (s *Scenario) Report(f *analysis.File) (*profile.RunReport, error) {
	var r *profile.RunReport
	if s.EngineRuns() {
		var err error
		if r, err = s.RecordedReport(); err != nil {
			return nil, err
		}
	} else {
		r = s.SyntheticReport(f)
	}
	s.Overlay(r, f)
	return r, nil
}

// SyntheticReport is a one-second profile in which the Hot functions share
// the run equally, each spreading its time evenly over its statements.
func (s *Scenario) SyntheticReport(f *analysis.File) *profile.RunReport {
	r := profile.NewRunReport(nil)
	r.Script = s.File
	r.Argv = []string{s.File}
	r.DurationNS = 1e9
	r.SampleRateHz = profile.DefaultRate
	share := 1 / float64(len(s.Hot))
	for _, name := range s.Hot {
		fn := f.FuncByName(name)
		if fn == nil {
			continue
		}
		t := timeReport(share)
		r.Functions = append(r.Functions, profile.FunctionTime{Function: name, File: s.File, StartLine: fn.Def.Lineno, Self: t, Total: t})
		lines := statementLines(fn.Def.Body)
		for _, line := range lines {
			lt := timeReport(share / float64(len(lines)))
			r.Lines = append(r.Lines, profile.LineTime{File: s.File, Line: line, Function: name, Self: lt, Total: lt})
		}
	}
	r.Samples = profile.SampleCounts{Total: 1000, CPU: 1000, WallNS: 1e9}
	return r
}

func timeReport(share float64) profile.TimeReport {
	return profile.TimeReport{Samples: int64(share * 1000), WallNS: int64(share * 1e9), CPUNS: int64(share * 1e9),
		Share: share, InterpreterShare: 1}
}

// statementLines are the first lines of the statements of a body, nested
// ones included, sorted.
func statementLines(body []syntax.Stmt) []int {
	seen := map[int]bool{}
	for _, st := range body {
		syntax.Inspect(st, func(n syntax.Node) bool {
			if s, ok := n.(syntax.Stmt); ok {
				seen[s.Loc().Lineno] = true
			}
			return true
		})
	}
	var out []int
	for l := range seen {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}

// Overlay adds the evidence the scenario declares and the engine cannot
// produce yet: a compiled event for each JIT function, and I/O waiting for
// the time of the IO lines (and its part of their functions' time).
func (s *Scenario) Overlay(r *profile.RunReport, f *analysis.File) {
	file := s.reportFile(r)
	for _, name := range s.JIT {
		if fn := f.FuncByName(name); fn != nil && !compiled(r, name) {
			r.JIT.Compiled = append(r.JIT.Compiled, profile.CompiledFunction{Function: name, File: file, StartLine: fn.Def.Lineno})
		}
	}
	if len(s.IO) == 0 {
		return
	}
	ioWall := map[string]int64{} // by function: self wall time of its I/O lines
	for i := range r.Lines {
		lt := &r.Lines[i]
		if filepath.Base(lt.File) != s.File || !s.ioLine(lt.Line) {
			continue
		}
		lt.Self.IOShare, lt.Total.IOShare = 1, 1
		ioWall[lt.Function] += lt.Self.WallNS
	}
	for i := range r.Functions {
		ft := &r.Functions[i]
		if w := ioWall[ft.Function]; w > 0 && filepath.Base(ft.File) == s.File {
			ft.Self.IOShare = ratio(w, ft.Self.WallNS)
			ft.Total.IOShare = ratio(w, ft.Total.WallNS)
		}
	}
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return min(1, float64(a)/float64(b))
}

func (s *Scenario) ioLine(line int) bool {
	for _, sp := range s.IO {
		if sp.First <= line && line <= sp.Last {
			return true
		}
	}
	return false
}

// reportFile is the script's path as the report's frames name it.
func (s *Scenario) reportFile(r *profile.RunReport) string {
	for _, ft := range r.Functions {
		if filepath.Base(ft.File) == s.File {
			return ft.File
		}
	}
	if r.Script != "" {
		return r.Script
	}
	return s.File
}

func compiled(r *profile.RunReport, name string) bool {
	for _, c := range r.JIT.Compiled {
		if c.Function == name {
			return true
		}
	}
	return false
}
