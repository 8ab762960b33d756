package analysis

import (
	"fmt"
	"strings"

	"jitlens/analysis/syntax"
)

// Blocker is a construct that keeps a compiler (Numba's nopython mode or
// Cython's C level) from compiling a function.
type Blocker struct {
	Construct string     // a short category, e.g. "dict", "f-string", "class"
	Message   string     // a sentence a person understands
	Pos       syntax.Pos // the construct's span
}

// Compat says whether Numba's nopython mode could compile a function.
type Compat struct {
	Blockers []Blocker
	// Callees are the module's own functions this one calls: Numba needs
	// them compiled too, so an @njit fix decorates them as well.
	Callees []string
}

// OK reports whether nothing blocks compilation.
func (c Compat) OK() bool { return len(c.Blockers) == 0 }

// numbaBuiltins are the builtins Numba's nopython mode supports (with
// positional arguments).
var numbaBuiltins = map[string]bool{
	"abs": true, "bool": true, "complex": true, "divmod": true, "enumerate": true, "float": true,
	"int": true, "len": true, "max": true, "min": true, "print": true, "range": true, "round": true,
	"sum": true, "zip": true, "pow": true, "list": true, "tuple": true, "sorted": true, "iter": true,
	"next": true, "hash": true, "chr": true, "ord": true, "str": true, "reversed": true,
}

// numbaModules are the modules whose functions Numba compiles.
var numbaModules = []string{"math.", "cmath.", "numba.", "random.", "numpy.", "operator."}

// listMethods and strMethods are the methods Numba supports on typed lists
// and unicode strings.
var listMethods = map[string]bool{
	"append": true, "extend": true, "insert": true, "pop": true, "remove": true, "clear": true,
	"copy": true, "count": true, "index": true, "reverse": true, "sort": true,
}

// dictMethods are the methods of Numba's typed dict.
var dictMethods = map[string]bool{
	"get": true, "keys": true, "values": true, "items": true, "pop": true, "popitem": true,
	"setdefault": true, "clear": true, "copy": true,
}

var strMethods = map[string]bool{
	"split": true, "rsplit": true, "strip": true, "lstrip": true, "rstrip": true, "join": true,
	"startswith": true, "endswith": true, "find": true, "rfind": true, "index": true, "count": true,
	"upper": true, "lower": true, "replace": true, "isdigit": true, "isalpha": true, "isspace": true,
	"center": true, "ljust": true, "rjust": true, "zfill": true, "splitlines": true, "partition": true,
}

// numbaCompat lists every construct of fn that Numba's nopython mode rejects.
func (f *File) numbaCompat(fn *Func) Compat {
	return f.numbaCompatVisiting(fn, map[*Func]bool{})
}

func (f *File) numbaCompatVisiting(fn *Func, visiting map[*Func]bool) Compat {
	visiting[fn] = true
	var c Compat
	add := func(construct string, pos *syntax.Pos, format string, args ...any) {
		c.Blockers = append(c.Blockers, Blocker{Construct: construct, Message: fmt.Sprintf(format, args...), Pos: *pos})
	}
	d := fn.Def
	if fn.Class != "" {
		add("method", d.Loc(), "`%s` is a method of class `%s`: Numba compiles plain functions, not methods", fn.Name, fn.Class)
	}
	if fn.Nested {
		add("closure", d.Loc(), "`%s` is defined inside another function", fn.Name)
	}
	if d.Args.Kwarg != nil {
		add("**kwargs", d.Args.Kwarg.Loc(), "`**%s` parameters are not supported by Numba", d.Args.Kwarg.Arg)
	}
	// variables that hold values of incompatible types
	for _, v := range fn.SortedVars() {
		first, changed, ok := v.Change()
		// numbers unify; None and a value become an optional (real
		// Numba 0.56 compiles `best = None` ... `best = steps`)
		if ok && !(numericKind(first.Type.Kind) && numericKind(changed.Type.Kind)) &&
			first.Type.Kind != NoneKind && changed.Type.Kind != NoneKind {
			add("type change", &changed.Pos, "`%s` is %s at line %d and %s at line %d: Numba needs one type per variable",
				v.Name, first.Type, first.Pos.Lineno, changed.Type, changed.Pos.Lineno)
		}
	}
	callees := map[string]bool{}
	var visit func(n syntax.Node) bool
	visit = func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.AsyncFunctionDef:
			add("closure", n.Loc(), "a nested async function")
			return false
		case *syntax.FunctionDef, *syntax.Lambda:
			// Numba inlines nested functions and lambdas (captures and
			// `nonlocal` included): what they contain is what matters
		case *syntax.ClassDef:
			add("class", n.Loc(), "a class definition")
			return false
		case *syntax.YieldFrom:
			// plain `yield` generators compile; `yield from` does not
			add("generator", n.Loc(), "`yield from` is not supported in nopython mode")
		case *syntax.TryStar:
			add("try/except", n.Loc(), "`except*` is not supported in nopython mode")
		case *syntax.Try:
			if h := unsupportedHandler(n); h != nil {
				add("try/except", n.Loc(), "`%s`: nopython mode only catches with a bare `except:` or `except Exception:`, without `as`", f.Text(h.Loc()))
			}
		case *syntax.With, *syntax.AsyncWith:
			add("with", n.(syntax.Positioned).Loc(), "`with` blocks are not supported in nopython mode")
		case *syntax.Global:
			add("global state", n.Loc(), "`global %s`: Numba cannot write module globals", strings.Join(n.Names, ", "))
		case *syntax.Import, *syntax.ImportFrom:
			add("import", n.(syntax.Positioned).Loc(), "an import inside the function")
		case *syntax.Match:
			for _, c := range n.Cases {
				if !literalPattern(c.Pattern) {
					add("match", n.Loc(), "`match` with patterns other than literals: Numba compiles only what reduces to comparisons")
					break
				}
			}
		case *syntax.JoinedStr:
			if !f.simpleFString(fn, n) {
				add("string formatting", n.Loc(), "f-strings with a format spec, a conversion or a non-str, non-int value are not supported in nopython mode")
			}
			return false
		case *syntax.GeneratorExp:
			add("generator", n.Loc(), "a generator expression (`%s`)", f.Text(n.Loc()))
			return false
		case *syntax.SetComp:
			// dict comprehensions compile (real Numba 0.56); set ones do not
			add("comprehension", n.Loc(), "set comprehensions are not supported in nopython mode")
			return false
		case *syntax.Dict:
			f.checkDict(n, add)
		case *syntax.List:
			if n.Ctx == syntax.Load && len(n.Elts) > 1 && f.exprTypeIn(fn, n).Elem == Unknown && f.mixedElements(fn, n.Elts) {
				add("mixed list", n.Loc(), "a list whose elements have different types")
			}
		case *syntax.Subscript:
			if name := f.nestedListParam(fn, n); name != "" {
				add("nested list", n.Loc(), "`%s` indexes `%s` as a list of lists: Numba cannot pass nested Python lists to compiled code (a flat list, or a NumPy 2-D array, can be)", f.Text(n.Loc()), name)
			}
		case *syntax.Starred:
			if n.Ctx == syntax.Store {
				add("starred assignment", n.Loc(), "starred assignment (`%s`)", f.Text(n.Loc()))
			}
		case *syntax.BinOp:
			if n.Op == syntax.Mod && f.isStrExpr(fn, n.Left) {
				add("string formatting", n.Loc(), "%%-formatting of strings is not supported in nopython mode")
			}
		case *syntax.Call:
			f.checkCall(fn, n, add, callees, visiting)
			// the callee itself was judged by checkCall: visit only
			// what it is called on and the arguments
			switch callee := n.Func.(type) {
			case *syntax.Attribute:
				syntax.Inspect(callee.Value, visit)
			case *syntax.Name:
			default:
				syntax.Inspect(callee, visit)
			}
			for _, a := range n.Args {
				syntax.Inspect(a, visit)
			}
			for _, k := range n.Keywords {
				syntax.Inspect(k.Value, visit)
			}
			return false
		case *syntax.Attribute:
			f.checkAttribute(fn, n, add)
		case *syntax.Name:
			if n.Ctx == syntax.Load {
				f.checkGlobalRead(fn, n, add)
			}
		}
		return true
	}
	for _, s := range d.Body {
		syntax.Inspect(s, visit)
	}
	c.Callees = sortedKeys(callees)
	return c
}

// nestedListParam returns the parameter that a subscript shows to be a list
// of lists (`p[i][j]`, or `row = p[i]` then `row[j]`), or "". Numba types
// such an argument as a reflected list of reflected lists, which it cannot
// reflect back.
func (f *File) nestedListParam(fn *Func, sub *syntax.Subscript) string {
	if _, isSlice := sub.Slice.(*syntax.Slice); isSlice {
		return ""
	}
	elementOf := func(e syntax.Expr) string {
		inner, ok := e.(*syntax.Subscript)
		if !ok {
			return ""
		}
		if _, isSlice := inner.Slice.(*syntax.Slice); isSlice {
			return ""
		}
		if p, ok := inner.Value.(*syntax.Name); ok {
			if v := fn.Vars[p.Id]; v != nil && v.Param && v.Declared.Kind != Str && v.Declared.Kind != Dict {
				return p.Id
			}
		}
		return ""
	}
	if p := elementOf(sub.Value); p != "" {
		return p
	}
	// a local that holds an element of a parameter
	if n, ok := sub.Value.(*syntax.Name); ok {
		if v := fn.Vars[n.Id]; v != nil && !v.Param {
			for _, a := range v.Assigns {
				if p := elementOf(a.Value); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// unsupportedHandler returns the first except clause nopython mode rejects:
// it accepts only `except:` and `except Exception:` without `as`.
func unsupportedHandler(t *syntax.Try) *syntax.ExceptHandler {
	for _, h := range t.Handlers {
		if h.Name != "" {
			return h
		}
		if h.Type == nil {
			continue
		}
		if n, ok := h.Type.(*syntax.Name); ok && (n.Id == "Exception" || n.Id == "BaseException") {
			continue
		}
		return h
	}
	return nil
}

// literalPattern reports whether a match pattern is a literal, a wildcard
// or an alternative of those: what compiles to comparisons.
func literalPattern(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.MatchValue:
		_, ok := p.Value.(*syntax.Constant)
		return ok
	case *syntax.MatchSingleton:
		return true
	case *syntax.MatchAs:
		return p.Pattern == nil && p.Name == ""
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			if !literalPattern(q) {
				return false
			}
		}
		return true
	}
	return false
}

// simpleFString reports whether every field of an f-string is a str or an
// int without format spec or conversion: all real Numba 0.56 formats.
func (f *File) simpleFString(fn *Func, j *syntax.JoinedStr) bool {
	for _, v := range j.Values {
		fv, ok := v.(*syntax.FormattedValue)
		if !ok {
			continue
		}
		if fv.Conversion != -1 || fv.FormatSpec != nil {
			return false
		}
		if k := f.exprTypeIn(fn, fv.Value).Kind; k != Str && k != Int {
			return false
		}
	}
	return true
}

func numericKind(k Kind) bool { return k == Int || k == Float || k == Bool }

// mixedElements reports whether a list display holds elements of types
// Numba cannot unify: numbers unify with each other (int and float become
// float), anything else must match exactly. Unknown elements are not held
// against the list.
func (f *File) mixedElements(fn *Func, elts []syntax.Expr) bool {
	var kinds = map[Kind]bool{}
	for _, e := range elts {
		k := f.exprTypeIn(fn, e).Kind
		switch {
		case k == Unknown:
			continue
		case numericKind(k):
			k = Float
		}
		kinds[k] = true
	}
	return len(kinds) > 1
}

// checkDict rejects the dict displays Numba cannot type: `**` unpacking and
// values of different, non-numeric types.
func (f *File) checkDict(d *syntax.Dict, add func(string, *syntax.Pos, string, ...any)) {
	// An empty dict is typed from its first use, and str keys are
	// supported: real Numba 0.56 compiles both.
	var vk Kind
	for i, k := range d.Keys {
		if k == nil {
			add("dict", d.Loc(), "a dict display with `**` unpacking")
			return
		}
		vt := f.exprType(d.Values[i], nil, nil)
		if i == 0 {
			vk = vt.Kind
		} else if vt.Kind != vk && !(numericKind(vt.Kind) && numericKind(vk)) {
			add("dict", d.Loc(), "a dict whose values have mixed types")
			return
		}
	}
}

func (f *File) isStrExpr(fn *Func, e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.Constant:
		_, ok := e.Value.(string)
		return ok
	case *syntax.JoinedStr:
		return true
	case *syntax.Name:
		if v, ok := fn.Vars[e.Id]; ok {
			return v.Type().Kind == Str
		}
	}
	return false
}

func (f *File) checkCall(fn *Func, c *syntax.Call, add func(string, *syntax.Pos, string, ...any), callees map[string]bool, visiting map[*Func]bool) {
	if q := f.resolve(c.Func); q != "" {
		for _, m := range numbaModules {
			if strings.HasPrefix(q, m) {
				return
			}
		}
		add("unsupported call", c.Loc(), "a call to `%s`, which Numba does not support", q)
		return
	}
	switch callee := c.Func.(type) {
	case *syntax.Name:
		name := callee.Id
		if v, ok := fn.Vars[name]; ok && !v.Param {
			if v.Type().Kind != Function { // nested defs and lambdas are inlined
				add("unknown call", c.Loc(), "a call to `%s`, a local value Numba cannot type", name)
			}
			return
		}
		if g := f.FuncByName(name); g != nil && !g.Nested && g.Class == "" {
			if g == fn || visiting[g] {
				return // recursion: Numba types it from the non-recursive path
			}
			callees[name] = true
			gc := f.numbaCompatVisiting(g, visiting)
			if !gc.OK() {
				b := gc.Blockers[0]
				add("unknown call", c.Loc(), "a call to `%s`, which Numba cannot compile (line %d: %s)", name, b.Pos.Lineno, b.Message)
			}
			for _, cc := range gc.Callees {
				callees[cc] = true
			}
			return
		}
		if _, ok := f.Classes[name]; ok {
			add("class", c.Loc(), "creates an instance of the class `%s`: Numba needs @jitclass for classes", name)
			return
		}
		if numbaBuiltins[name] {
			if (name == "int" || name == "float") && len(c.Args) == 1 && f.exprTypeIn(fn, c.Args[0]).Kind == Str {
				add("string conversion", c.Loc(), "`%s` converts a string: nopython mode does not parse numbers from strings", f.Text(c.Loc()))
				return
			}
			for _, k := range c.Keywords {
				if name == "sorted" && k.Arg == "key" {
					continue // sorted(key=...) compiles
				}
				if name == "print" || k.Arg == "key" || k.Arg == "default" || k.Arg == "" {
					add("keyword argument", k.Loc(), "`%s(%s=...)`: Numba does not support this keyword argument", name, keywordName(k))
					return
				}
			}
			return
		}
		switch name {
		case "open", "input":
			add("I/O", c.Loc(), "file and console input (`%s`) are not supported in nopython mode", name)
		default:
			add("unknown call", c.Loc(), "a call to `%s`, which Numba cannot see into", name)
		}
	case *syntax.Attribute:
		recv := f.exprTypeIn(fn, callee.Value)
		switch {
		case recv.Kind == List && listMethods[callee.Attr]:
		case recv.Kind == Str && strMethods[callee.Attr]:
		case recv.Kind == Dict && dictMethods[callee.Attr]:
		case recv.Kind == Str && callee.Attr == "format":
			add("string formatting", c.Loc(), "`str.format` is not supported in nopython mode")
		case recv.Kind == Complex && callee.Attr == "conjugate":
		case recv.Kind == Unknown && (listMethods[callee.Attr] || strMethods[callee.Attr] || dictMethods[callee.Attr]):
			// a value of unknown type used as a list, str or dict: fine
			// when it is one (the JIT's evidence tells)
		default:
			add("object method", c.Loc(), "a call to the method `%s` of an object Numba cannot type", f.Text(callee.Loc()))
		}
	default:
		add("unknown call", c.Loc(), "a call through a computed expression")
	}
}

func keywordName(k *syntax.Keyword) string {
	if k.Arg == "" {
		return "**"
	}
	return k.Arg
}

// exprTypeIn types an expression with the function's final variable types.
func (f *File) exprTypeIn(fn *Func, e syntax.Expr) Type {
	env := map[string]Type{}
	for n, v := range fn.Vars {
		env[n] = v.Type()
	}
	return f.exprType(e, nil, env)
}

func (f *File) checkAttribute(fn *Func, a *syntax.Attribute, add func(string, *syntax.Pos, string, ...any)) {
	if f.resolve(a) != "" {
		return // a module attribute such as math.pi
	}
	switch a.Attr {
	case "real", "imag", "shape", "size", "ndim", "dtype", "T":
		return
	}
	if base, ok := a.Value.(*syntax.Name); ok {
		if t := f.exprTypeIn(fn, base); t.Kind == List || t.Kind == Str {
			return // method lookups on these are checked at the call
		}
	}
	add("object attribute", a.Loc(), "the object attribute `%s`: Numba compiles numbers and arrays, not objects", f.Text(a.Loc()))
}

// checkGlobalRead flags reads of mutable module globals: Numba freezes
// globals as compile-time constants.
func (f *File) checkGlobalRead(fn *Func, n *syntax.Name, add func(string, *syntax.Pos, string, ...any)) {
	if _, local := fn.Vars[n.Id]; local {
		return
	}
	t, ok := f.Globals[n.Id]
	if !ok {
		return
	}
	switch t.Kind {
	case List, Dict, Set, Object:
		add("global state", n.Loc(), "reads the global %s `%s`: Numba freezes globals as constants when it compiles, and cannot use a mutable one", t.Kind, n.Id)
	}
}
