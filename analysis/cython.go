package analysis

import (
	"fmt"
	"strings"

	"jitlens/analysis/syntax"
)

// CythonFacts says what Cython's pure Python mode could make of a function.
type CythonFacts struct {
	// Typed lists the variables whose every assignment has one scalar type,
	// so that a C type declaration (`@cython.locals`) is safe: the value
	// never needs to be a Python object.
	Typed []TypedVar
	// Blockers are constructs inside the function's loops that stay at the
	// Python object level even with typed locals.
	Blockers []Blocker
	// JITBlockers are constructs that keep jitlens's own JIT from
	// compiling the function's loops whatever types are declared
	// (jitlens honours Cython's declarations as type facts): there a
	// Cython fix would not make the code faster under jitlens.
	JITBlockers []Blocker
}

// TypedVar is a variable with the C type Cython would give it.
type TypedVar struct {
	Name  string
	Kind  Kind
	CType string // the pure-mode type, e.g. "cython.double"
	Param bool
}

// CType returns the Cython pure-mode type for a scalar kind, or "". Ints
// become 64-bit C integers: a 32-bit cython.int would overflow where
// Python's ints do not.
func CType(k Kind) string {
	switch k {
	case Int:
		return "cython.longlong"
	case Float:
		return "cython.double"
	case Bool:
		return "cython.bint"
	}
	return ""
}

// capturedNames are the names used inside the lambdas, nested functions
// and generator expressions of a body: those become closure variables.
func capturedNames(body []syntax.Stmt) map[string]bool {
	out := map[string]bool{}
	collect := func(n syntax.Node) {
		syntax.Inspect(n, func(m syntax.Node) bool {
			if nm, ok := m.(*syntax.Name); ok {
				out[nm.Id] = true
			}
			return true
		})
	}
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.Lambda, *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.GeneratorExp:
				collect(n)
				return false
			}
			return true
		})
	}
	return out
}

// cythonFacts finds the typeable variables and the object-level constructs
// of fn's loops.
func (f *File) cythonFacts(fn *Func) CythonFacts {
	var cf CythonFacts
	captured := capturedNames(fn.Def.Body)
	for _, v := range fn.SortedVars() {
		if v.Declared.Known() {
			continue // already typed by the user
		}
		if captured[v.Name] {
			// a C-typed local read by a lambda, nested function or
			// generator expression: real Cython (0.29) then computed
			// a wrong result (sort_with_key scenario)
			continue
		}
		t := v.Type()
		if !t.Scalar() {
			continue
		}
		if _, _, unstable := v.Change(); unstable {
			continue
		}
		if fn.Globals[v.Name] || fn.Nonlocal[v.Name] {
			continue
		}
		cf.Typed = append(cf.Typed, TypedVar{Name: v.Name, Kind: t.Kind, CType: CType(t.Kind), Param: v.Param})
	}
	add := func(construct string, pos *syntax.Pos, format string, args ...any) {
		cf.Blockers = append(cf.Blockers, Blocker{Construct: construct, Message: fmt.Sprintf(format, args...), Pos: *pos})
	}
	cf.JITBlockers = f.cythonJITBlockers(fn)
	for _, l := range fn.Loops {
		if l.Depth != 0 {
			continue // inner loops are inspected with their outer loop
		}
		for _, s := range l.Body() {
			syntax.Inspect(s, func(n syntax.Node) bool {
				switch n := n.(type) {
				case *syntax.Dict, *syntax.DictComp:
					add("dict", n.(syntax.Positioned).Loc(), "a dict: its lookups go through Python objects")
				case *syntax.JoinedStr:
					add("string formatting", n.Loc(), "string formatting builds Python objects")
					return false
				case *syntax.Attribute:
					if f.resolve(n) == "" {
						add("object attribute", n.Loc(), "the attribute `%s` is looked up on a Python object", f.Text(n.Loc()))
					}
				case *syntax.Call:
					if name, ok := n.Func.(*syntax.Name); ok {
						if g := f.FuncByName(name.Id); g != nil && !g.JIT.Cython {
							add("python call", n.Loc(), "a call to the Python function `%s` (make it a `@cython.cfunc` to call it at C speed)", name.Id)
						}
					}
				}
				return true
			})
		}
	}
	return cf
}

// cythonJITBlockers lists what jitlens's JIT does not compile in fn's
// loops, declared types or not: a generator's body, exception handlers,
// functions made or called through a local, and values other than
// numbers and lists of one kind of number (str, None-or-number, objects).
func (f *File) cythonJITBlockers(fn *Func) []Blocker {
	var out []Blocker
	add := func(construct string, pos *syntax.Pos, format string, args ...any) {
		out = append(out, Blocker{Construct: construct, Message: fmt.Sprintf(format, args...), Pos: *pos})
	}
	for _, s := range fn.Def.Body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.Lambda, *syntax.ClassDef:
				return false // their own code
			case *syntax.Yield:
				add("generator", n.Loc(), "`%s` is a generator: jitlens's JIT compiles no generator", fn.Name)
				return false
			case *syntax.YieldFrom:
				add("generator", n.Loc(), "`%s` is a generator: jitlens's JIT compiles no generator", fn.Name)
				return false
			}
			return true
		})
	}
	env := map[string]Type{}
	for n, v := range fn.Vars {
		env[n] = v.Type()
	}
	seen := map[string]bool{}
	for _, l := range fn.Loops {
		if l.Depth != 0 {
			continue // inner loops are inspected with their outer loop
		}
		for _, s := range l.Body() {
			syntax.Inspect(s, func(n syntax.Node) bool {
				switch n := n.(type) {
				case *syntax.Try:
					add("try/except", n.Loc(), "a `try` statement: jitlens's JIT does not compile exception handlers")
				case *syntax.TryStar:
					add("try/except", n.Loc(), "a `try` statement: jitlens's JIT does not compile exception handlers")
				case *syntax.Lambda, *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.GeneratorExp,
					*syntax.ListComp, *syntax.SetComp, *syntax.DictComp:
					add("closure", n.(syntax.Positioned).Loc(), "`%s` makes a function object at each iteration, which jitlens's JIT does not compile",
						firstLine(f.Text(n.(syntax.Positioned).Loc())))
					return false
				case *syntax.Call:
					if name, ok := n.Func.(*syntax.Name); ok {
						if v := fn.Vars[name.Id]; v != nil && !v.Param && !f.inlinableClosure(fn, v) {
							add("closure call", n.Loc(), "a call of `%s`, a function kept in a local variable: jitlens's JIT inlines only a nested function that returns arithmetic on its parameters and numbers", name.Id)
						}
					}
				case *syntax.List:
					if n.Ctx == syntax.Load && !nativeElements(f, env, n.Elts) {
						add("mixed list", n.Loc(), "a list that does not hold only ints, only floats or only bools: jitlens's JIT keeps lists of one kind of number native")
					}
				case *syntax.Name:
					v := fn.Vars[n.Id]
					if v == nil || seen[n.Id] {
						break
					}
					if why := nonNative(v); why != "" {
						seen[n.Id] = true
						add("object", n.Loc(), "`%s` %s: jitlens's JIT keeps only numbers and lists of numbers native", n.Id, why)
					}
				}
				return true
			})
		}
	}
	return out
}

// nonNative says why the values v holds are not ones jitlens's JIT keeps
// native ("is a str", "is None or an int"), or "" when they may be.
func nonNative(v *Var) string {
	ts := v.Types()
	if v.Declared.Known() {
		ts = []Type{v.Declared}
	}
	for _, t := range ts {
		if t.Kind == NoneKind && len(ts) > 1 {
			var other []string
			for _, u := range ts {
				if u.Kind != NoneKind {
					other = append(other, withArticle(u.String()))
				}
			}
			return "is None or " + strings.Join(other, " or ")
		}
	}
	for _, t := range ts {
		switch t.Kind {
		case Str, Bytes, Complex, Dict, Set, Object, NoneKind:
			return "is " + withArticle(t.Kind.String())
		case List:
			switch t.Elem {
			case Unknown, Int, Float, Bool:
			default:
				return "is a list of " + t.Elem.String() + " values"
			}
		}
	}
	return ""
}

// nativeElements reports whether a list display may hold one kind of
// number (unknown elements are not held against it).
func nativeElements(f *File, env map[string]Type, elts []syntax.Expr) bool {
	kind := Unknown
	for _, e := range elts {
		k := f.exprType(e, nil, env).Kind
		switch {
		case k == Unknown:
			continue
		case k != Int && k != Float && k != Bool:
			return false
		case kind != Unknown && k != kind:
			return false
		}
		kind = k
	}
	return true
}

// withArticle puts "a" or "an" before a type name.
func withArticle(s string) string {
	if s == "None" {
		return s
	}
	if strings.ContainsAny(s[:1], "aeiou") {
		return "an " + s
	}
	return "a " + s
}

// firstLine is the first line of a piece of source text.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}

// inlinableClosure reports whether v, a local of fn, is a function defined
// once in fn, outside its loops, whose body is `return` of arithmetic on
// its parameters, constants and fn's number variables: jitlens's JIT
// inlines a call of such a closure (reading the variables' cells once).
func (f *File) inlinableClosure(fn *Func, v *Var) bool {
	if len(v.Assigns) != 1 || v.Assigns[0].Loop != nil || v.Assigns[0].Type.Kind != Function {
		return false
	}
	var g *Func
	for _, h := range f.Functions {
		if h.Nested && h.QualName == fn.QualName+".<locals>."+v.Name {
			g = h
		}
	}
	if g == nil || len(g.Def.Body) != 1 || len(g.Def.DecoratorList) > 0 || len(g.Nonlocal) > 0 || len(g.Globals) > 0 {
		return false
	}
	ret, ok := g.Def.Body[0].(*syntax.Return)
	if !ok || ret.Value == nil {
		return false
	}
	params := map[string]bool{}
	for _, p := range g.Params {
		params[p] = true
	}
	pure := true
	syntax.Inspect(ret.Value, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.BinOp, *syntax.UnaryOp, *syntax.Compare, *syntax.Constant:
		case *syntax.Name:
			if !params[n.Id] {
				if w := fn.Vars[n.Id]; w == nil || !w.Type().Scalar() {
					pure = false
				}
			}
		default:
			pure = false
		}
		return pure
	})
	return pure
}
