package server

import (
	"jitlens/analysis"
	"jitlens/hints"
	"jitlens/profile"
)

// results is what one profile of a document found, kept in the document's
// current coordinates: each edit shifts the lines after it, and marks
// stale the functions (and the hints and lines in them) it touches.
type results struct {
	report  *profile.RunReport
	pprof   []byte
	summary runSummary
	funcs   []*funcResult
	lines   []*lineResult
	hints   []*hintResult
}

// funcResult is a profiled function of the file.
type funcResult struct {
	qualName   string
	startLine  int // first line of the definition, decorators included
	defLine    int // the `def` line
	endLine    int
	time       profile.TimeReport // inclusive
	self       profile.TimeReport
	jit        string // what the JIT did, in words; "" if unknown
	tier       string
	failed     []failedSpec
	stale      bool
	lineShares map[int]bool
}

// failedSpec is a failed specialization inside a function.
type failedSpec struct {
	kind  string
	line  int
	count int64
}

// lineResult is a sampled line.
type lineResult struct {
	line     int
	function string
	time     profile.TimeReport // self time of the line
	fn       *funcResult        // the enclosing profiled function, if any
	stale    bool
}

// hintResult is a hint of the profile.
type hintResult struct {
	hints.Hint
	fn    *funcResult
	stale bool
}

// isStale reports whether the hint's code changed since the profile.
func (h *hintResult) isStale() bool { return h.stale || h.fn != nil && h.fn.stale }

// newResults indexes a run report against the analysis of the profiled text.
func newResults(r *profile.RunReport, pprof []byte, f *analysis.File, hs []hints.Hint, path string, sum runSummary) *results {
	res := &results{report: r, pprof: pprof, summary: sum}
	sameFile := func(p string) bool { return reportFileMatches(p, path) }
	byName := map[string]*funcResult{}
	compiled := map[string]profile.CompiledFunction{}
	for _, c := range r.JIT.Compiled {
		if sameFile(c.File) {
			compiled[c.Function] = c
		}
	}
	refused := map[string]profile.NotCompiled{}
	for _, c := range r.JIT.NotCompiled {
		if _, seen := refused[c.Function]; !seen && sameFile(c.File) {
			refused[c.Function] = c
		}
	}
	deopts := map[string]int64{}
	for _, d := range r.JIT.Deoptimized {
		if sameFile(d.File) {
			deopts[d.Function] += d.Count
		}
	}
	for _, ft := range r.Functions {
		if !sameFile(ft.File) || ft.Function == "<module>" {
			continue
		}
		fn := f.FuncByName(ft.Function)
		if fn == nil {
			continue
		}
		fr := &funcResult{
			qualName: ft.Function, defLine: fn.Def.Lineno, startLine: fn.Def.Lineno, endLine: fn.Def.EndLineno,
			time: ft.Total, self: ft.Self, tier: tierName(ft.Total),
		}
		for _, d := range fn.Def.DecoratorList {
			fr.startLine = min(fr.startLine, d.Loc().Lineno)
		}
		fr.jit = jitWords(compiled, refused, deopts, ft.Function)
		byName[ft.Function] = fr
		res.funcs = append(res.funcs, fr)
	}
	for _, fs := range r.FailedSpecializations {
		if fr := byName[fs.Function]; fr != nil && sameFile(fs.File) {
			fr.failed = append(fr.failed, failedSpec{kind: fs.Kind, line: fs.Span.Start.Line, count: fs.Count})
		}
	}
	for _, lt := range r.Lines {
		if !sameFile(lt.File) {
			continue
		}
		res.lines = append(res.lines, &lineResult{line: lt.Line, function: lt.Function, time: lt.Self, fn: byName[lt.Function]})
	}
	for _, h := range hs {
		hr := &hintResult{Hint: h}
		if h.Function != "" {
			hr.fn = byName[h.Function]
		}
		res.hints = append(res.hints, hr)
	}
	return res
}

// tierName says where a function's time went: "native", "interpreter" or
// "mixed" ("" with no samples).
func tierName(t profile.TimeReport) string {
	switch {
	case t.Samples == 0:
		return ""
	case t.NativeShare >= 0.9:
		return "native"
	case t.InterpreterShare >= 0.9:
		return "interpreter"
	}
	return "mixed"
}

// jitWords is a short account of what the JIT did with a function.
func jitWords(compiled map[string]profile.CompiledFunction, refused map[string]profile.NotCompiled, deopts map[string]int64, name string) string {
	if c, ok := compiled[name]; ok {
		s := "compiled"
		if c.Signature != "" {
			s += " as " + c.Signature
		}
		if n := deopts[name]; n > 0 {
			s += ", deoptimized " + plural(n, "time")
		}
		return s
	}
	if c, ok := refused[name]; ok {
		return "not compiled: " + c.Reason
	}
	return ""
}

// shift moves everything after an edit and marks stale what it touched.
func (res *results) shift(e lineEdit) {
	if e.whole {
		for _, f := range res.funcs {
			f.stale = true
		}
		for _, h := range res.hints {
			h.stale = true
		}
		for _, l := range res.lines {
			l.stale = true
		}
		return
	}
	d := e.delta()
	touches := func(start, end int) bool { return start <= e.endLine && e.startLine <= end }
	move := func(line *int) {
		if *line > e.endLine {
			*line += d
		}
	}
	for _, f := range res.funcs {
		if touches(f.startLine, f.endLine) {
			f.stale = true
		}
		move(&f.startLine)
		move(&f.defLine)
		if f.endLine >= e.startLine {
			f.endLine = max(f.endLine+d, f.startLine)
		}
		for i := range f.failed {
			move(&f.failed[i].line)
		}
	}
	for _, l := range res.lines {
		if touches(l.line, l.line) {
			l.stale = true
		}
		move(&l.line)
	}
	for _, h := range res.hints {
		lo, hi := h.Range.Start.Line, h.Range.End.Line
		for _, fx := range h.Fixes {
			for _, ed := range fx.Edits {
				lo, hi = min(lo, ed.Range.Start.Line), max(hi, ed.Range.End.Line)
			}
		}
		if touches(lo, hi) {
			h.stale = true
		}
		shiftRange(&h.Range, move)
		for i := range h.Related {
			shiftRange(&h.Related[i].Range, move)
		}
		fixes := make([]hints.Fix, len(h.Fixes))
		for i, fx := range h.Fixes {
			edits := make([]hints.Edit, len(fx.Edits))
			for j, ed := range fx.Edits {
				shiftRange(&ed.Range, move)
				edits[j] = ed
			}
			fx.Edits = edits
			fixes[i] = fx
		}
		h.Fixes = fixes
	}
}

func shiftRange(r *hints.Range, move func(*int)) {
	move(&r.Start.Line)
	move(&r.End.Line)
}
