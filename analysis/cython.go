package analysis

import (
	"fmt"

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
