package hints

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"jitlens/analysis"
	"jitlens/analysis/syntax"
	"jitlens/profile"
)

// Thresholds of measured weight.
const (
	// HotShare is the share of the run a function must hold to be worth a
	// hint about compiling it.
	HotShare = 0.10
	// MinShare is the least share of the run a hint about types needs.
	MinShare = 0.05
	// IOLineShare is the least share of the run a line waiting on I/O needs
	// to be reported.
	IOLineShare = 0.05
	// IODominates is the part of a function's or line's time spent waiting
	// from which it counts as I/O-bound.
	IODominates = 0.5
	// MaxHotSpots bounds the hot-spot hints of one file.
	MaxHotSpots = 5
)

// Input is what the advisor knows about one script.
type Input struct {
	File *analysis.File
	// Report is the run report of a profiled run, or nil for static hints.
	Report *profile.RunReport
	// Path is the script's path as the report names it (it is compared by
	// cleaned absolute path, falling back to the base name).
	Path string
}

// advisor carries the lookups the rules share.
type advisor struct {
	in       Input
	f        *analysis.File
	r        *profile.RunReport
	funcs    map[string]*profile.FunctionTime // by qualified name, this file only
	lines    map[int][]*profile.LineTime      // by line, this file only
	compiled map[string]*profile.CompiledFunction
	refused  map[string][]*profile.NotCompiled
	deopts   map[string][]*profile.Deoptimization
	jitRan   bool // the report holds JIT events at all
	hints    []Hint
	njit     map[*analysis.Func]bool // functions given an njit-candidate hint
}

// Advise returns the hints for a script, most important first.
func Advise(in Input) []Hint {
	a := &advisor{in: in, f: in.File, r: in.Report, njit: map[*analysis.Func]bool{}}
	a.index()
	if a.r == nil {
		a.static()
	} else {
		a.hotSpots()
		a.ioBound()
		for _, fn := range a.f.Functions {
			if a.ioBoundFunc(fn) {
				continue // waiting dominates: nothing that compiles will help
			}
			a.typeUnstable(fn)
			a.njitCandidate(fn)
			a.parallelCandidate(fn)
			a.numbaBlocker(fn)
			a.cythonCandidate(fn)
		}
	}
	sort.SliceStable(a.hints, func(i, j int) bool {
		hi, hj := a.hints[i], a.hints[j]
		if hi.Evidence.Share != hj.Evidence.Share {
			return hi.Evidence.Share > hj.Evidence.Share
		}
		if hi.Range.Start.Line != hj.Range.Start.Line {
			return hi.Range.Start.Line < hj.Range.Start.Line
		}
		return kindOrder(hi.Kind) < kindOrder(hj.Kind)
	})
	return a.hints
}

func kindOrder(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

func (a *advisor) index() {
	a.funcs = map[string]*profile.FunctionTime{}
	a.lines = map[int][]*profile.LineTime{}
	a.compiled = map[string]*profile.CompiledFunction{}
	a.refused = map[string][]*profile.NotCompiled{}
	a.deopts = map[string][]*profile.Deoptimization{}
	if a.r == nil {
		return
	}
	for i := range a.r.Functions {
		ft := &a.r.Functions[i]
		if a.sameFile(ft.File) {
			a.funcs[ft.Function] = ft
		}
	}
	for i := range a.r.Lines {
		lt := &a.r.Lines[i]
		if a.sameFile(lt.File) {
			a.lines[lt.Line] = append(a.lines[lt.Line], lt)
		}
	}
	j := &a.r.JIT
	a.jitRan = len(j.Compiled)+len(j.NotCompiled)+len(j.Deoptimized) > 0
	for i := range j.Compiled {
		if c := &j.Compiled[i]; a.sameFile(c.File) {
			a.compiled[c.Function] = c
		}
	}
	for i := range j.NotCompiled {
		if c := &j.NotCompiled[i]; a.sameFile(c.File) {
			a.refused[c.Function] = append(a.refused[c.Function], c)
		}
	}
	for i := range j.Deoptimized {
		if c := &j.Deoptimized[i]; a.sameFile(c.File) {
			a.deopts[c.Function] = append(a.deopts[c.Function], c)
		}
	}
}

func (a *advisor) sameFile(p string) bool {
	if a.in.Path == "" {
		return true
	}
	x, err1 := filepath.Abs(p)
	y, err2 := filepath.Abs(a.in.Path)
	if err1 == nil && err2 == nil && x == y {
		return true
	}
	return filepath.Base(p) == filepath.Base(a.in.Path) && !filepath.IsAbs(p)
}

// share is the function's inclusive share of the run (0 when not sampled).
func (a *advisor) share(fn *analysis.Func) float64 {
	if ft := a.funcs[fn.QualName]; ft != nil {
		return ft.Total.Share
	}
	return 0
}

// ownShare is the share of the run spent on fn's own lines, callees
// excluded: what compiling or retyping fn itself could speed up. A driver
// whose time is all in the functions it calls gets no advice of its own.
func (a *advisor) ownShare(fn *analysis.Func) float64 {
	if ft := a.funcs[fn.QualName]; ft != nil {
		return ft.Self.Share
	}
	return 0
}

// spanShare is the part of fn's time spent on the lines of a span.
func (a *advisor) spanShare(fn *analysis.Func, p *syntax.Pos) (ofRun, ofFunc float64) {
	ft := a.funcs[fn.QualName]
	if ft == nil || ft.Total.WallNS == 0 {
		return 0, 0
	}
	var wall int64
	for line := p.Lineno; line <= p.EndLineno; line++ {
		for _, lt := range a.lines[line] {
			if lt.Function == fn.QualName {
				wall += lt.Total.WallNS
			}
		}
	}
	wall = min(wall, ft.Total.WallNS)
	return ft.Total.Share * float64(wall) / float64(ft.Total.WallNS), float64(wall) / float64(ft.Total.WallNS)
}

func severity(share float64) Severity {
	switch {
	case share >= 0.30:
		return Warning
	case share >= HotShare:
		return Information
	}
	return Hinted
}

func tier(t profile.TimeReport) string {
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

func pct(x float64) string {
	p := x * 100
	if p > 0 && p < 1 {
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", p)
}

// header is the range of a function's `def name(...)` line.
func (a *advisor) header(fn *analysis.Func) Range {
	d := fn.Def
	text := strings.TrimRight(a.f.Line(d.Lineno), " \t")
	return Range{Start: Point{d.Lineno, d.ColOffset}, End: Point{d.Lineno, max(len(text), d.ColOffset)}}
}

// lineRange is the range of a source line's text without its indentation.
func (a *advisor) lineRange(line int) Range {
	text := a.f.Line(line)
	ind := len(a.f.Indent(line))
	return Range{Start: Point{line, ind}, End: Point{line, len(strings.TrimRight(text, " \t"))}}
}

// jitState describes what the JIT did with a function, for messages and
// evidence; "" when the run says nothing about it.
func (a *advisor) jitState(fn *analysis.Func) string {
	if c := a.compiled[fn.QualName]; c != nil {
		s := "compiled it to native code"
		if c.Signature != "" {
			s += " as " + c.Signature
		}
		if d := a.deopts[fn.QualName]; len(d) > 0 {
			var n int64
			for _, x := range d {
				n += x.Count
			}
			s += fmt.Sprintf(", deoptimized %d times (%s)", n, d[0].Guard)
		}
		return s
	}
	if rs := a.refused[fn.QualName]; len(rs) > 0 {
		return fmt.Sprintf("did not compile it: %s (line %d)", rs[0].Reason, rs[0].Span.Start.Line)
	}
	if a.jitRan {
		return "did not compile it (it did not become hot enough)"
	}
	return ""
}

// jitVerified reports whether the JIT compiled fn entirely and it never
// deoptimized: the observed types are numbers and homogeneous lists, which
// is what Numba needs too.
func (a *advisor) jitVerified(fn *analysis.Func) bool {
	return a.compiled[fn.QualName] != nil && len(a.refused[fn.QualName]) == 0 && len(a.deopts[fn.QualName]) == 0
}

func (a *advisor) add(h Hint) { a.hints = append(a.hints, h) }

// ---- rules ----

// static gives the hints that need no run: code the user already marked
// for Numba or Cython.
func (a *advisor) static() {
	for _, fn := range a.f.Functions {
		if !fn.JIT.Njit && !fn.JIT.Cython {
			continue
		}
		if fn.JIT.Njit && !fn.Numba.OK() {
			a.add(a.blockerHint(fn, 0, Warning,
				fmt.Sprintf("Numba's nopython mode will not compile `%s`:", fn.Name)))
		}
		for _, v := range fn.SortedVars() {
			if first, changed, ok := v.Change(); ok && changed.Loop != nil {
				a.add(a.typeHint(fn, v, first, changed, 0, 0))
			}
		}
		if fn.JIT.Njit && !fn.JIT.Parallel && fn.Numba.OK() {
			for _, l := range fn.Loops {
				if l.Depth == 0 && l.Independent && !a.isPrange(l) {
					a.add(a.parallelHint(fn, l, 0, 0))
				}
			}
		}
	}
}

func (a *advisor) hotSpots() {
	type hot struct {
		fn *analysis.Func
		ft *profile.FunctionTime
	}
	var hs []hot
	for _, fn := range a.f.Functions {
		if ft := a.funcs[fn.QualName]; ft != nil && ft.Total.Share >= HotShare {
			hs = append(hs, hot{fn, ft})
		}
	}
	sort.SliceStable(hs, func(i, j int) bool { return hs[i].ft.Total.Share > hs[j].ft.Total.Share })
	if len(hs) > MaxHotSpots {
		hs = hs[:MaxHotSpots]
	}
	for _, h := range hs {
		fn, ft := h.fn, h.ft
		var b strings.Builder
		fmt.Fprintf(&b, "`%s` takes %s of the run time", fn.QualName, pct(ft.Total.Share))
		if ft.Total.Share-ft.Self.Share >= MinShare {
			// its callees hold a part of its time worth mentioning
			fmt.Fprintf(&b, " (%s in its own lines)", pct(ft.Self.Share))
		}
		t := tier(ft.Self)
		if ft.Self.Share < MinShare {
			// a driver whose time is in its callees: where its own few
			// samples ran says nothing
			t = ""
		}
		switch t {
		case "native":
			b.WriteString("; it ran as native code")
		case "interpreter":
			b.WriteString("; it ran in the interpreter")
		case "mixed":
			fmt.Fprintf(&b, "; it ran %s as native code", pct(ft.Self.NativeShare))
		}
		js := a.jitState(fn)
		if js != "" {
			b.WriteString("; the JIT " + js)
		}
		if l, lshare := a.hottestLoop(fn); l != nil && lshare >= 0.5 {
			fmt.Fprintf(&b, ". %s of its time is in the loop at line %d", pct(lshare), l.Pos().Lineno)
		}
		if line, lt := a.hottestLine(fn); lt != nil {
			fmt.Fprintf(&b, ". Hottest line: %d `%s` (%s of the run)", line, strings.TrimSpace(a.f.Line(line)), pct(lt.Total.Share))
		}
		a.add(Hint{
			Kind: HotSpot, Severity: severity(ft.Total.Share), Range: a.header(fn), Function: fn.QualName,
			Message: b.String(),
			Evidence: Evidence{Share: ft.Total.Share, Samples: ft.Total.Samples, Tier: t, JIT: js, Measured: true,
				IOShare: ft.Total.IOShare + ft.Total.SleepShare},
		})
	}
}

// hottestLoop is fn's outermost loop with the largest part of fn's time.
func (a *advisor) hottestLoop(fn *analysis.Func) (*analysis.Loop, float64) {
	var best *analysis.Loop
	var bestShare float64
	for _, l := range fn.Loops {
		if l.Depth != 0 {
			continue
		}
		if _, s := a.spanShare(fn, l.Pos()); s > bestShare {
			best, bestShare = l, s
		}
	}
	return best, bestShare
}

// hottestLine is the line of fn with the most time (callees included).
func (a *advisor) hottestLine(fn *analysis.Func) (int, *profile.LineTime) {
	var best *profile.LineTime
	d := fn.Def
	for line := d.Lineno + 1; line <= d.EndLineno; line++ {
		for _, lt := range a.lines[line] {
			if lt.Function == fn.QualName && (best == nil || lt.Total.WallNS > best.Total.WallNS) {
				best = lt
			}
		}
	}
	if best == nil {
		return 0, nil
	}
	return best.Line, best
}

func (a *advisor) ioBound() {
	for line, lts := range a.lines {
		var share, ioShare float64
		var fnName string
		for _, lt := range lts {
			share += lt.Self.Share
			ioShare += lt.Self.Share * (lt.Self.IOShare + lt.Self.SleepShare)
			fnName = lt.Function
		}
		if share < IOLineShare || ioShare < IODominates*share {
			continue
		}
		what := "waiting for input or output"
		var sleep float64
		for _, lt := range lts {
			sleep += lt.Self.Share * lt.Self.SleepShare
		}
		if sleep > ioShare/2 {
			what = "sleeping"
		}
		a.add(Hint{
			Kind: IOBound, Severity: severity(share), Range: a.lineRange(line), Function: fnName,
			Message: fmt.Sprintf("Line %d spends %s of the run %s (%s of this line's time). A JIT or a compiler cannot make waiting faster: read or write in larger batches, cache what is read again, or overlap the waiting with other work.",
				line, pct(ioShare), what, pct(ioShare/share)),
			Evidence: Evidence{Share: share, IOShare: ioShare / share, Measured: true},
		})
	}
}

// ioBoundFunc reports whether waiting dominates fn's measured time.
func (a *advisor) ioBoundFunc(fn *analysis.Func) bool {
	ft := a.funcs[fn.QualName]
	return ft != nil && ft.Total.IOShare+ft.Total.SleepShare >= IODominates
}

func (a *advisor) typeUnstable(fn *analysis.Func) {
	share := a.share(fn)
	if a.ownShare(fn) < MinShare {
		return
	}
	for _, v := range fn.SortedVars() {
		first, changed, ok := v.Change()
		if !ok {
			continue
		}
		var loopShare float64
		if changed.Loop != nil {
			_, loopShare = a.spanShare(fn, changed.Loop.Pos())
		}
		a.add(a.typeHint(fn, v, first, changed, share, loopShare))
	}
}

// typeHint explains a variable that changes type, with the fix of a
// consistent initial value where the first value is a literal.
func (a *advisor) typeHint(fn *analysis.Func, v *analysis.Var, first, changed *analysis.Assign, share, loopShare float64) Hint {
	var b strings.Builder
	fmt.Fprintf(&b, "`%s` starts as %s (line %d) and becomes %s at line %d (`%s`)",
		v.Name, first.Type, first.Pos.Lineno, changed.Type, changed.Pos.Lineno, changed.Text)
	measured := a.r != nil
	switch {
	case measured && changed.Loop != nil && loopShare > 0:
		fmt.Fprintf(&b, "; %s of this function's time is in that loop", pct(loopShare))
	case measured:
		fmt.Fprintf(&b, "; this function takes %s of the run", pct(share))
	}
	b.WriteString(". A variable that changes type keeps the JIT from specializing the code that uses it")
	h := Hint{
		Kind: TypeUnstable, Severity: severity(share), Range: span(&first.Pos), Function: fn.QualName,
		Evidence: Evidence{Share: share, FunctionShare: loopShare, Measured: measured,
			Types: []string{fmt.Sprintf("%s (line %d)", first.Type, first.Pos.Lineno), fmt.Sprintf("%s (line %d)", changed.Type, changed.Pos.Lineno)}},
		Related: []Related{{Range: span(&changed.Pos), Message: fmt.Sprintf("`%s` becomes %s here", v.Name, changed.Type)}},
	}
	if !measured {
		h.Severity = Hinted
	}
	if spec := a.failedSpecialization(&changed.Pos); spec != "" {
		h.Evidence.Specialized = spec
	}
	if c, ok := first.Value.(*syntax.Constant); ok && first.Type.Kind == analysis.Int && changed.Type.Kind == analysis.Float {
		lit := a.f.Text(c.Loc())
		if isPlainIntLiteral(lit) {
			newLit := strings.ReplaceAll(lit, "_", "") + ".0"
			b.WriteString(fmt.Sprintf(". Start it as a float: `%s = %s`", v.Name, newLit))
			h.Fixes = []Fix{{
				Title: fmt.Sprintf("Start `%s` as a float: `%s = %s`", v.Name, v.Name, newLit),
				Safe:  measured,
				Edits: []Edit{replaceSpan(c.Loc(), newLit)},
			}}
		}
	}
	h.Message = b.String()
	return h
}

func isPlainIntLiteral(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// failedSpecialization describes the run's failed specializations on the
// lines of a span.
func (a *advisor) failedSpecialization(p *syntax.Pos) string {
	if a.r == nil {
		return ""
	}
	for _, fs := range a.r.FailedSpecializations {
		if a.sameFile(fs.File) && fs.Span.Start.Line >= p.Lineno && fs.Span.Start.Line <= p.EndLineno {
			return fmt.Sprintf("%s (%d times)", fs.Kind, fs.Count)
		}
	}
	return ""
}

// canNjit reports whether an @njit fix for fn is both possible and backed
// by the run: a plain function, hot, accepted by the Numba check, and
// compiled entirely by the JIT (which only compiles numbers and homogeneous
// lists, the types Numba needs).
func (a *advisor) canNjit(fn *analysis.Func) bool {
	return fn.Class == "" && !fn.Nested && fn.Numba.OK() && a.jitVerified(fn)
}

func (a *advisor) njitCandidate(fn *analysis.Func) {
	share := a.share(fn)
	if share < HotShare || fn.JIT.Njit || fn.JIT.Cython || !a.canNjit(fn) {
		return
	}
	a.njit[fn] = true
	plan := importNames(a.f, "numba", "njit")
	edits := a.njitEdits(fn, plan.refs["njit"], "")
	edits = merge(edits, plan)
	msg := fmt.Sprintf("`%s` takes %s of the run and the JIT %s. Numba's nopython mode accepts it too: decorate it with `@njit`",
		fn.Name, pct(share), a.jitState(fn))
	if cs := a.undecoratedCallees(fn); len(cs) > 0 {
		msg += fmt.Sprintf(" (and the functions it calls: %s)", strings.Join(quoteAll(cs), ", "))
	}
	a.add(Hint{
		Kind: NjitCandidate, Severity: severity(share), Range: a.header(fn), Function: fn.QualName,
		Message:  msg + " to run it as machine code under CPython as well.",
		Evidence: Evidence{Share: share, JIT: a.jitState(fn), Tier: tier(a.funcs[fn.QualName].Self), Measured: true},
		Fixes: []Fix{{
			Title: fmt.Sprintf("Compile `%s` with Numba: add `@%s`", fn.Name, plan.refs["njit"]),
			Safe:  true,
			Edits: edits,
		}},
	})
}

// njitEdits decorates fn (with decorator text, "" for plain @njit) and the
// module functions it calls that are not decorated yet.
func (a *advisor) njitEdits(fn *analysis.Func, ref, args string) []Edit {
	edits := []Edit{addDecorator(a.f, fn, ref+args)}
	for _, name := range a.undecoratedCallees(fn) {
		edits = append(edits, addDecorator(a.f, a.f.FuncByName(name), ref))
	}
	return edits
}

func (a *advisor) undecoratedCallees(fn *analysis.Func) []string {
	var out []string
	for _, name := range fn.Numba.Callees {
		if g := a.f.FuncByName(name); g != nil && !g.JIT.Njit && g != fn {
			out = append(out, name)
		}
	}
	return out
}

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "`" + n + "`"
	}
	return out
}

func (a *advisor) isPrange(l *analysis.Loop) bool {
	if f, ok := l.Node.(*syntax.For); ok {
		if c, ok := f.Iter.(*syntax.Call); ok {
			return a.f.Text(c.Func.Loc()) != "range"
		}
	}
	return false
}

func (a *advisor) parallelCandidate(fn *analysis.Func) {
	share := a.share(fn)
	if share < HotShare || fn.JIT.Parallel || !(fn.JIT.Njit && fn.Numba.OK() || a.canNjit(fn)) {
		return
	}
	for _, l := range fn.Loops {
		if l.Depth != 0 || !l.Independent || a.isPrange(l) {
			continue
		}
		ofRun, ofFunc := a.spanShare(fn, l.Pos())
		if ofFunc < 0.5 {
			continue
		}
		a.add(a.parallelHint(fn, l, ofRun, ofFunc))
	}
}

// parallelHint proposes prange for an independent loop.
func (a *advisor) parallelHint(fn *analysis.Func, l *analysis.Loop, ofRun, ofFunc float64) Hint {
	measured := a.r != nil
	// a function decorated already needs only prange
	plan := importNames(a.f, "numba", "prange")
	if !fn.JIT.Njit {
		plan = importNames(a.f, "numba", "njit", "prange")
	}
	var edits []Edit
	if fn.JIT.Njit {
		edits = append(edits, a.parallelDecorator(fn))
	} else {
		edits = a.njitEdits(fn, plan.refs["njit"], "(parallel=True)")
	}
	loop := l.Node.(*syntax.For)
	call := loop.Iter.(*syntax.Call)
	edits = append(edits, replaceSpan(call.Func.Loc(), plan.refs["prange"]))
	edits = merge(edits, plan)
	var b strings.Builder
	fmt.Fprintf(&b, "The iterations of the loop at line %d are independent", l.Pos().Lineno)
	fmt.Fprintf(&b, " (each writes only at its own index `[%s]`", l.Target)
	if len(l.Reductions) > 0 {
		fmt.Fprintf(&b, " and sums into %s", strings.Join(quoteAll(l.Reductions), ", "))
	}
	b.WriteString(")")
	if measured {
		fmt.Fprintf(&b, "; it holds %s of `%s`'s time", pct(ofFunc), fn.Name)
	}
	b.WriteString(". With `@njit(parallel=True)` and `prange`, Numba runs it on all cores.")
	// floating-point reductions summed in another order can round differently
	safe := measured && len(l.Reductions) == 0
	if !safe && len(l.Reductions) > 0 {
		b.WriteString(" A parallel sum adds in a different order, so float results may differ in the last digits.")
	}
	return Hint{
		Kind: ParallelCandidate, Severity: severity(ofRun), Range: span(l.Pos()), Function: fn.QualName,
		Message:  b.String(),
		Evidence: Evidence{Share: ofRun, FunctionShare: ofFunc, Measured: measured},
		Fixes: []Fix{{
			Title: fmt.Sprintf("Run the loop at line %d in parallel with `prange`", l.Pos().Lineno),
			Safe:  safe,
			Edits: edits,
		}},
	}
}

// parallelDecorator rewrites fn's existing njit/jit decorator to add
// parallel=True, keeping its other arguments.
func (a *advisor) parallelDecorator(fn *analysis.Func) Edit {
	for _, d := range fn.Def.DecoratorList {
		switch d := d.(type) {
		case *syntax.Call:
			if a.isNumbaJit(d.Func) {
				end := d.Loc()
				// insert before the closing parenthesis
				pos := Point{end.EndLineno, end.EndColOffset - 1}
				sep := ", "
				if len(d.Args) == 0 && len(d.Keywords) == 0 {
					sep = ""
				}
				return Edit{Range: Range{Start: pos, End: pos}, NewText: sep + "parallel=True"}
			}
		default:
			if a.isNumbaJit(d) {
				end := d.Loc()
				pos := Point{end.EndLineno, end.EndColOffset}
				return Edit{Range: Range{Start: pos, End: pos}, NewText: "(parallel=True)"}
			}
		}
	}
	return addDecorator(a.f, fn, "njit(parallel=True)")
}

func (a *advisor) isNumbaJit(e syntax.Expr) bool {
	switch resolvedName(a.f, e) {
	case "numba.njit", "numba.jit":
		return true
	}
	return false
}

func resolvedName(f *analysis.File, e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		return f.Imports[e.Id]
	case *syntax.Attribute:
		if base := resolvedName(f, e.Value); base != "" {
			return base + "." + e.Attr
		}
	}
	return ""
}

func (a *advisor) numbaBlocker(fn *analysis.Func) {
	share := a.share(fn)
	if a.ownShare(fn) < HotShare || fn.Numba.OK() || fn.JIT.Cython {
		return
	}
	a.add(a.blockerHint(fn, share, severity(share),
		fmt.Sprintf("`%s` takes %s of the run, but Numba's nopython mode could not compile it:", fn.Name, pct(share))))
}

// blockerHint lists each construct that blocks Numba on its own line.
func (a *advisor) blockerHint(fn *analysis.Func, share float64, sev Severity, intro string) Hint {
	var b strings.Builder
	b.WriteString(intro)
	h := Hint{Kind: NumbaBlocker, Severity: sev, Range: a.header(fn), Function: fn.QualName,
		Evidence: Evidence{Share: share, Measured: a.r != nil}}
	for _, bl := range fn.Numba.Blockers {
		fmt.Fprintf(&b, "\n- line %d: %s", bl.Pos.Lineno, bl.Message)
		p := bl.Pos
		h.Related = append(h.Related, Related{Range: span(&p), Message: bl.Message})
		h.Evidence.Blockers = append(h.Evidence.Blockers, bl.Construct)
	}
	h.Message = b.String()
	return h
}

func (a *advisor) cythonCandidate(fn *analysis.Func) {
	share := a.share(fn)
	if a.ownShare(fn) < HotShare || fn.JIT.Cython || fn.JIT.Njit || a.njit[fn] || len(fn.Cython.Blockers) > 0 || len(fn.Loops) == 0 {
		return
	}
	if len(fn.Cython.JITBlockers) > 0 {
		// jitlens's JIT honours the declarations, but would still not
		// compile these loops: the fix would change nothing under jitlens
		return
	}
	typed := loopTyped(fn)
	if len(typed) == 0 {
		return
	}
	plan := importModule(a.f, "cython")
	cy := plan.refs["cython"]
	var decls []string
	for _, tv := range typed {
		decls = append(decls, tv.Name+"="+strings.Replace(tv.CType, "cython.", cy+".", 1))
	}
	edits := merge([]Edit{addDecorator(a.f, fn, cy+".locals("+strings.Join(decls, ", ")+")")}, plan)
	var names []string
	for _, tv := range typed {
		names = append(names, fmt.Sprintf("`%s` (%s)", tv.Name, tv.Kind))
	}
	a.add(Hint{
		Kind: CythonCandidate, Severity: severity(share), Range: a.header(fn), Function: fn.QualName,
		Message: fmt.Sprintf("`%s` takes %s of the run and its loop variables keep one type: %s. Declared with Cython's pure-mode types, Cython compiles these loops to C.",
			fn.Name, pct(share), strings.Join(names, ", ")),
		Evidence: Evidence{Share: share, JIT: a.jitState(fn), Measured: true},
		Fixes: []Fix{{
			Title: "Declare C types for Cython: add `@" + cy + ".locals(...)`",
			// C integers wrap where Python's grow: safe only when the JIT
			// ran the same code on machine integers without overflowing.
			Safe:  a.jitVerified(fn),
			Edits: edits,
		}},
	})
}

// loopTyped are fn's typeable locals that live in its loops: loop
// variables and the values assigned inside loops.
func loopTyped(fn *analysis.Func) []analysis.TypedVar {
	var out []analysis.TypedVar
	for _, tv := range fn.Cython.Typed {
		if tv.Param {
			continue
		}
		v := fn.Vars[tv.Name]
		inLoop := false
		for _, as := range v.Assigns {
			if as.Loop != nil {
				inLoop = true
			}
		}
		if inLoop {
			out = append(out, tv)
		}
	}
	return out
}
