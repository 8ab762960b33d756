package analysis

import (
	"fmt"

	"jitlens/analysis/syntax"
)

// Loop is a for or while loop of a function body.
type Loop struct {
	Node   syntax.Stmt // *syntax.For or *syntax.While
	Parent *Loop
	Depth  int    // 0 for an outermost loop
	Target string // the loop variable of `for NAME in ...`
	Range  bool   // iterates over range(...) or prange(...)

	// Independent is true when the iterations of a range loop do not depend
	// on each other: the loop only writes out[i] at its own index, private
	// temporaries, and reductions (s += ...), so it could run as a prange.
	Independent bool
	// Dependence says why a range loop is not independent, with the span of
	// the construct that links iterations.
	Dependence string
	DepPos     *syntax.Pos
	// Reductions lists the variables the loop reduces into (s += ...).
	Reductions []string
}

// Pos returns the loop statement's span.
func (l *Loop) Pos() *syntax.Pos { return l.Node.Loc() }

// Body returns the loop's body statements.
func (l *Loop) Body() []syntax.Stmt {
	switch n := l.Node.(type) {
	case *syntax.For:
		return n.Body
	case *syntax.While:
		return n.Body
	}
	return nil
}

// reduceOps are the augmented operators Numba's prange accepts as reductions.
var reduceOps = map[syntax.Operator]bool{syntax.Add: true, syntax.Sub: true, syntax.Mult: true}

// checkIndependent decides whether a range loop's iterations are
// independent, in the sense Numba's prange needs.
func (f *File) checkIndependent(fn *Func, l *Loop) {
	if !l.Range || l.Target == "" {
		return
	}
	fail := func(pos *syntax.Pos, format string, args ...any) {
		if l.Dependence == "" {
			l.Dependence = fmt.Sprintf(format, args...)
			l.DepPos = pos
		}
	}
	body := l.Body()
	// Pass 1: what the body writes.
	arraysWritten := map[string]bool{} // arrays stored into at [i]
	reductions := map[string]*syntax.AugAssign{}
	written := map[string]bool{} // scalar names assigned in the body
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FunctionDef, *syntax.ClassDef, *syntax.Lambda:
				fail(n.(syntax.Positioned).Loc(), "it defines a function or class")
				return false
			case *syntax.Break:
				fail(n.Loc(), "it can leave early with `break`")
			case *syntax.Return:
				fail(n.Loc(), "it can leave early with `return`")
			case *syntax.Yield, *syntax.YieldFrom:
				fail(n.(syntax.Positioned).Loc(), "it yields")
			case *syntax.Global, *syntax.Nonlocal:
				fail(n.(syntax.Positioned).Loc(), "it writes a global")
			case *syntax.Assign:
				for _, t := range n.Targets {
					f.noteWrite(t, l, written, arraysWritten, fail)
				}
			case *syntax.AnnAssign:
				f.noteWrite(n.Target, l, written, arraysWritten, fail)
			case *syntax.For:
				f.noteWrite(n.Target, l, written, arraysWritten, fail)
			case *syntax.NamedExpr:
				f.noteWrite(n.Target, l, written, arraysWritten, fail)
			case *syntax.AugAssign:
				if name, ok := n.Target.(*syntax.Name); ok {
					if reduceOps[n.Op] {
						reductions[name.Id] = n
					} else {
						fail(n.Loc(), "`%s` is updated with `%s=`, which is not a reduction prange supports", name.Id, n.Op.Symbol())
					}
				} else {
					f.noteWrite(n.Target, l, written, arraysWritten, fail)
				}
			case *syntax.Call:
				if why := f.impureCall(fn, n); why != "" {
					fail(n.Loc(), "%s", why)
				}
			}
			return true
		})
	}
	// A variable the body sets before any use (`s = 0.0` at the top of
	// the iteration) is a per-iteration temporary even when an inner loop
	// accumulates into it: not a reduction of this loop.
	for name := range reductions {
		if written[name] && setBeforeUse(body, name) {
			delete(reductions, name)
		}
	}
	// A reduction variable must not also be read or assigned otherwise in the body.
	for name, aug := range reductions {
		if written[name] {
			fail(aug.Loc(), "`%s` is both accumulated and assigned in the loop", name)
			continue
		}
		if pos := readOutside(body, name, aug); pos != nil {
			fail(pos, "`%s` is accumulated and also read inside the loop, so each iteration sees the previous one's value", name)
		}
	}
	// A scalar written in the body must be private: assigned before it is
	// read in every iteration (it is then a per-iteration temporary).
	for name := range written {
		if name == l.Target {
			continue
		}
		if pos := readBeforeWrite(body, name); pos != nil {
			fail(pos, "`%s` is read before it is assigned in the loop, so it carries a value from the previous iteration", name)
		}
	}
	// Arrays written at [i] may only be read at [i].
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			sub, ok := n.(*syntax.Subscript)
			if !ok || sub.Ctx != syntax.Load {
				return true
			}
			if base, ok := sub.Value.(*syntax.Name); ok && arraysWritten[base.Id] && !isName(sub.Slice, l.Target) {
				fail(sub.Loc(), "`%s` is written at index `%s` but read at another index (`%s`)", base.Id, l.Target, f.Text(sub.Loc()))
			}
			return true
		})
	}
	if l.Dependence == "" {
		l.Independent = true
		l.Reductions = sortedKeys(keysOf(reductions))
	}
}

func keysOf[T any](m map[string]T) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// noteWrite classifies one store target of a loop body.
func (f *File) noteWrite(t syntax.Expr, l *Loop, written, arrays map[string]bool, fail func(*syntax.Pos, string, ...any)) {
	switch t := t.(type) {
	case *syntax.Name:
		if t.Id == l.Target {
			fail(t.Loc(), "the loop variable `%s` is reassigned", t.Id)
		}
		written[t.Id] = true
	case *syntax.Tuple:
		for _, e := range t.Elts {
			f.noteWrite(e, l, written, arrays, fail)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			f.noteWrite(e, l, written, arrays, fail)
		}
	case *syntax.Subscript:
		base, ok := t.Value.(*syntax.Name)
		if !ok {
			fail(t.Loc(), "it writes `%s`, not a plain `array[%s]`", f.Text(t.Loc()), l.Target)
			return
		}
		if !isName(t.Slice, l.Target) {
			fail(t.Loc(), "it writes `%s` at an index other than the loop variable `%s`", f.Text(t.Loc()), l.Target)
			return
		}
		arrays[base.Id] = true
	case *syntax.Attribute:
		fail(t.Loc(), "it writes the attribute `%s`", f.Text(t.Loc()))
	case *syntax.Starred:
		f.noteWrite(t.Value, l, written, arrays, fail)
	}
}

// impureCall says why a call could make iterations interfere (output,
// mutation of a shared object, a function it cannot see into), or "".
func (f *File) impureCall(fn *Func, c *syntax.Call) string {
	switch callee := c.Func.(type) {
	case *syntax.Name:
		switch callee.Id {
		case "print", "input", "open":
			return fmt.Sprintf("it calls `%s`, whose effects must stay in order", callee.Id)
		}
		if pureBuiltins[callee.Id] {
			return ""
		}
		if g := f.FuncByName(callee.Id); g != nil && g != fn && g.Numba.OK() && !g.Nested {
			return ""
		}
		if q := f.Imports[callee.Id]; q != "" && isPureModuleFunc(q) {
			return ""
		}
		return fmt.Sprintf("it calls `%s`, which may have side effects", callee.Id)
	case *syntax.Attribute:
		if q := f.resolve(callee); q != "" && isPureModuleFunc(q) {
			return ""
		}
		switch callee.Attr {
		case "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update", "add", "discard", "setdefault":
			return fmt.Sprintf("it mutates a shared object with `.%s()`", callee.Attr)
		}
		return fmt.Sprintf("it calls `%s`, which may have side effects", f.Text(callee.Loc()))
	}
	return "it calls a computed function"
}

// pureBuiltins are builtins without side effects on their arguments.
var pureBuiltins = map[string]bool{
	"abs": true, "min": true, "max": true, "len": true, "int": true, "float": true, "bool": true,
	"round": true, "range": true, "sum": true, "divmod": true, "pow": true, "complex": true,
	"enumerate": true, "zip": true, "tuple": true, "ord": true, "chr": true,
}

func isPureModuleFunc(q string) bool {
	return len(q) > 5 && q[:5] == "math." || q == "numba.prange"
}

func isName(e syntax.Expr, id string) bool {
	n, ok := e.(*syntax.Name)
	return ok && n.Id == id
}

// readOutside returns the first load of name in body other than inside the
// reduction statement aug itself, or nil.
func readOutside(body []syntax.Stmt, name string, aug *syntax.AugAssign) *syntax.Pos {
	var found *syntax.Pos
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			if found != nil {
				return false
			}
			if a, ok := n.(*syntax.AugAssign); ok {
				if t, ok := a.Target.(*syntax.Name); ok && t.Id == name {
					syntax.Inspect(a.Value, func(m syntax.Node) bool {
						if nm, ok := m.(*syntax.Name); ok && nm.Id == name && found == nil {
							found = nm.Loc()
						}
						return true
					})
					return false
				}
			}
			if nm, ok := n.(*syntax.Name); ok && nm.Id == name && nm.Ctx == syntax.Load {
				found = nm.Loc()
			}
			return true
		})
	}
	return found
}

// readBeforeWrite returns the first load of name that can happen before the
// body assigns it in the same iteration, or nil. Statements are taken in
// order; an assignment inside a branch does not count as definite.
func readBeforeWrite(body []syntax.Stmt, name string) *syntax.Pos {
	for _, s := range body {
		if f, ok := s.(*syntax.For); ok && bindsName(f.Target, name) {
			// an inner loop's variable is assigned before its body runs:
			// only the iterable is evaluated before that
			return firstLoad(&syntax.ExprStmt{Value: f.Iter}, name)
		}
		if pos := firstLoad(s, name); pos != nil {
			return pos
		}
		if definitelyAssigns(s, name) {
			return nil
		}
	}
	return nil
}

// firstLoad finds a load of name in a statement that happens before the
// statement's own store (the right-hand side of an assignment is evaluated first).
func firstLoad(s syntax.Stmt, name string) *syntax.Pos {
	var found *syntax.Pos
	syntax.Inspect(s, func(n syntax.Node) bool {
		if found != nil {
			return false
		}
		if nm, ok := n.(*syntax.Name); ok && nm.Id == name && nm.Ctx == syntax.Load {
			found = nm.Loc()
		}
		return true
	})
	return found
}

// setBeforeUse reports whether the first top-level statement of body that
// mentions name assigns it without reading it.
func setBeforeUse(body []syntax.Stmt, name string) bool {
	for _, s := range body {
		mentions := false
		syntax.Inspect(s, func(n syntax.Node) bool {
			if nm, ok := n.(*syntax.Name); ok && nm.Id == name {
				mentions = true
			}
			return !mentions
		})
		if !mentions {
			continue
		}
		a, ok := s.(*syntax.Assign)
		return ok && definitelyAssigns(s, name) && firstLoad(&syntax.ExprStmt{Value: a.Value}, name) == nil
	}
	return false
}

func definitelyAssigns(s syntax.Stmt, name string) bool {
	switch s := s.(type) {
	case *syntax.Assign:
		for _, t := range s.Targets {
			if bindsName(t, name) {
				return true
			}
		}
	case *syntax.AnnAssign:
		return s.Value != nil && bindsName(s.Target, name)
	}
	return false
}

func bindsName(t syntax.Expr, name string) bool {
	switch t := t.(type) {
	case *syntax.Name:
		return t.Id == name
	case *syntax.Tuple:
		for _, e := range t.Elts {
			if bindsName(e, name) {
				return true
			}
		}
	case *syntax.List:
		for _, e := range t.Elts {
			if bindsName(e, name) {
				return true
			}
		}
	case *syntax.Starred:
		return bindsName(t.Value, name)
	}
	return false
}
