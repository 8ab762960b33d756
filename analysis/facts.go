package analysis

import (
	"sort"
	"strings"

	"jitlens/analysis/syntax"
)

// File holds the facts about one Python source file.
type File struct {
	Name      string
	Module    *syntax.Module
	Functions []*Func // every function definition, in source order
	// Imports maps each name bound by a module-level import to what it
	// refers to, e.g. "np" -> "numpy", "njit" -> "numba.njit", "sqrt" -> "math.sqrt".
	Imports map[string]string
	// Globals maps module-level variables to the type of their first
	// assignment (Unknown if not inferable).
	Globals map[string]Type
	// Classes holds the names of module-level classes.
	Classes map[string]*syntax.ClassDef

	src *source
}

// Func holds the facts about one function definition.
type Func struct {
	Def      *syntax.FunctionDef
	Name     string
	QualName string // Class.method, outer.<locals>.inner, as CPython's __qualname__
	Class    string // the enclosing class for a method, else ""
	Params   []string
	Vars     map[string]*Var // parameters and locals
	Order    []string        // variable names in order of first appearance
	Loops    []*Loop         // every loop of the body (not of nested functions), outermost first in source order
	Return   Type            // join of the returned values' types
	Numba    Compat          // could Numba's nopython mode compile it?
	Cython   CythonFacts     // what Cython pure mode could make of it
	JIT      Decoration      // numba / cython decorations already present
	Globals  map[string]bool // names declared `global`
	Nonlocal map[string]bool // names declared `nonlocal`
	Nested   bool            // defined inside another function
}

// Decoration records the compile decorators a function already carries.
type Decoration struct {
	Njit     bool // @njit, @numba.njit, @jit(nopython=True), @numba.jit(...)
	Parallel bool // parallel=True among the decorator's keywords
	Cython   bool // @cython.locals, @cython.cfunc, @cython.ccall, or cython-typed annotations
	Pos      *syntax.Pos
}

// Var is a parameter or local variable of a function.
type Var struct {
	Name     string
	Param    bool
	Declared Type        // from an annotation or @cython.locals; Unknown if none
	DeclPos  *syntax.Pos // where it was declared, if it was
	Assigns  []Assign    // every assignment, in source order
}

// Assign is one assignment to a variable and the type of the value.
type Assign struct {
	Pos   syntax.Pos // the assigning statement's span
	Type  Type
	Text  string      // source text of the statement (first line)
	Value syntax.Expr // the assigned expression, for `name = value`; else nil
	Loop  *Loop       // innermost loop containing it, or nil
}

// Types returns the distinct known types assigned to v, in order of first
// appearance (the declared or parameter type is not included).
func (v *Var) Types() []Type {
	var out []Type
	for _, a := range v.Assigns {
		if !a.Type.Known() {
			continue
		}
		seen := false
		for _, t := range out {
			if t == a.Type {
				seen = true
			}
		}
		if !seen {
			out = append(out, a.Type)
		}
	}
	return out
}

// Type returns v's single type if every known assignment (and its
// declaration) agrees, else Unknown.
func (v *Var) Type() Type {
	if v.Declared.Known() {
		return v.Declared
	}
	ts := v.Types()
	if len(ts) == 1 {
		return ts[0]
	}
	return Type{}
}

// Change returns the first assignment and the first later assignment whose
// known type differs from it: the evidence that v is type-unstable.
func (v *Var) Change() (first, changed *Assign, ok bool) {
	for i := range v.Assigns {
		a := &v.Assigns[i]
		if !a.Type.Known() {
			continue
		}
		if first == nil {
			first = a
			continue
		}
		if a.Type != first.Type {
			return first, a, true
		}
	}
	return nil, nil, false
}

// Analyze derives the facts of a parsed module. src is the file's text,
// used to quote code in messages.
func Analyze(name string, src []byte, mod *syntax.Module) *File {
	f := &File{
		Name:    name,
		Module:  mod,
		Imports: map[string]string{},
		Globals: map[string]Type{},
		Classes: map[string]*syntax.ClassDef{},
		src:     newSource(src),
	}
	f.collectModule(mod.Body)
	f.collectFuncs(mod.Body, "", "", false)
	// Return types feed call types and call types feed return types:
	// iterate to a fixed point (bounded; each round can only refine).
	for round := 0; round < 4; round++ {
		changed := false
		for _, fn := range f.Functions {
			old := fn.Return
			f.infer(fn)
			if fn.Return != old {
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for _, fn := range f.Functions {
		fn.Numba = f.numbaCompat(fn)
		fn.Cython = f.cythonFacts(fn)
		for _, l := range fn.Loops {
			f.checkIndependent(fn, l)
		}
	}
	return f
}

// Func returns the function whose definition contains the 1-based line,
// innermost first, or nil.
func (f *File) Func(line int) *Func {
	var best *Func
	for _, fn := range f.Functions {
		p := fn.Def.Loc()
		if p.Lineno <= line && line <= p.EndLineno {
			if best == nil || p.Lineno >= best.Def.Lineno {
				best = fn
			}
		}
	}
	return best
}

// FuncByName returns the function with the qualified name, or nil.
func (f *File) FuncByName(qual string) *Func {
	for _, fn := range f.Functions {
		if fn.QualName == qual {
			return fn
		}
	}
	return nil
}

// Text returns the source text of a span (first line only, "..." marks more).
func (f *File) Text(p *syntax.Pos) string { return f.src.text(p) }

// Line returns the text of a 1-based source line.
func (f *File) Line(n int) string { return f.src.line(n) }

// Indent returns the leading white space of a 1-based source line.
func (f *File) Indent(n int) string { return f.src.indent(n) }

// collectModule records imports, classes and global variables.
func (f *File) collectModule(body []syntax.Stmt) {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.Import:
			for _, a := range s.Names {
				if a.Asname != "" {
					f.Imports[a.Asname] = a.Name
				} else {
					top, _, _ := strings.Cut(a.Name, ".")
					f.Imports[top] = top
				}
			}
		case *syntax.ImportFrom:
			for _, a := range s.Names {
				bound := a.Name
				if a.Asname != "" {
					bound = a.Asname
				}
				f.Imports[bound] = s.Module + "." + a.Name
			}
		case *syntax.ClassDef:
			f.Classes[s.Name] = s
		case *syntax.Assign:
			t := f.exprType(s.Value, nil, nil)
			for _, tg := range s.Targets {
				if n, ok := tg.(*syntax.Name); ok {
					if _, seen := f.Globals[n.Id]; !seen {
						f.Globals[n.Id] = t
					}
				}
			}
		case *syntax.AnnAssign:
			if n, ok := s.Target.(*syntax.Name); ok {
				if _, seen := f.Globals[n.Id]; !seen {
					f.Globals[n.Id] = annotationType(f.Text(s.Annotation.Loc()))
				}
			}
		case *syntax.If:
			f.collectModule(s.Body)
			f.collectModule(s.Orelse)
		case *syntax.Try:
			f.collectModule(s.Body)
		}
	}
}

// collectFuncs finds every function definition, with CPython's qualified names.
func (f *File) collectFuncs(body []syntax.Stmt, prefix, class string, nested bool) {
	for _, s := range body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch d := n.(type) {
			case *syntax.FunctionDef:
				f.addFunc(d, prefix, class, nested)
				return false
			case *syntax.AsyncFunctionDef:
				f.addFunc((*syntax.FunctionDef)(d), prefix, class, nested)
				return false
			case *syntax.ClassDef:
				f.collectFuncs(d.Body, prefix+d.Name+".", d.Name, nested)
				return false
			case *syntax.Lambda:
				return false
			}
			return true
		})
	}
}

func (f *File) addFunc(d *syntax.FunctionDef, prefix, class string, nested bool) {
	fn := &Func{
		Def:      d,
		Name:     d.Name,
		QualName: prefix + d.Name,
		Class:    class,
		Vars:     map[string]*Var{},
		Globals:  map[string]bool{},
		Nonlocal: map[string]bool{},
		Nested:   nested,
	}
	f.Functions = append(f.Functions, fn)
	fn.JIT = f.decoration(d)
	a := d.Args
	var params []*syntax.Arg
	params = append(params, a.Posonlyargs...)
	params = append(params, a.Args...)
	if a.Vararg != nil {
		params = append(params, a.Vararg)
	}
	params = append(params, a.Kwonlyargs...)
	if a.Kwarg != nil {
		params = append(params, a.Kwarg)
	}
	for _, p := range params {
		v := fn.variable(p.Arg)
		v.Param = true
		fn.Params = append(fn.Params, p.Arg)
		if p.Annotation != nil {
			v.Declared = annotationType(f.Text(p.Annotation.Loc()))
			v.DeclPos = p.Loc()
			f.noteCythonAnnotation(fn, p.Annotation)
		}
	}
	if d.Returns != nil {
		f.noteCythonAnnotation(fn, d.Returns)
	}
	f.cythonLocals(fn, d)
	f.collectFuncs(d.Body, fn.QualName+".<locals>.", "", true)
}

func (fn *Func) variable(name string) *Var {
	v, ok := fn.Vars[name]
	if !ok {
		v = &Var{Name: name}
		fn.Vars[name] = v
		fn.Order = append(fn.Order, name)
	}
	return v
}

// decoration recognises numba and cython decorators.
func (f *File) decoration(d *syntax.FunctionDef) Decoration {
	var dec Decoration
	for _, e := range d.DecoratorList {
		call, _ := e.(*syntax.Call)
		target := e
		if call != nil {
			target = call.Func
		}
		switch f.resolve(target) {
		case "numba.njit":
			dec.Njit = true
		case "numba.jit":
			// @jit is nopython by default since Numba 0.59
			dec.Njit = true
		case "cython.locals", "cython.cfunc", "cython.ccall", "cython.inline", "cython.returns":
			dec.Cython = true
		default:
			continue
		}
		dec.Pos = e.Loc()
		if call != nil {
			for _, k := range call.Keywords {
				if c, ok := k.Value.(*syntax.Constant); ok && k.Arg == "parallel" && c.Value == true {
					dec.Parallel = true
				}
			}
		}
	}
	return dec
}

// resolve turns a name or dotted attribute into the imported thing it
// refers to ("numba.njit" for `njit` after `from numba import njit`), or ""
// when it is not an import.
func (f *File) resolve(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Name:
		return f.Imports[e.Id]
	case *syntax.Attribute:
		base := f.resolve(e.Value)
		if base == "" {
			return ""
		}
		return base + "." + e.Attr
	}
	return ""
}

// noteCythonAnnotation marks fn as typed for Cython when an annotation
// names a Cython type (`n: cython.int`): pure-mode annotations are an
// existing Cython decoration, like @cython.locals.
func (f *File) noteCythonAnnotation(fn *Func, ann syntax.Expr) {
	if strings.HasPrefix(f.resolve(ann), "cython.") {
		fn.JIT.Cython = true
	}
}

// cythonLocals reads @cython.locals(name=cython.type, ...) declarations.
func (f *File) cythonLocals(fn *Func, d *syntax.FunctionDef) {
	for _, e := range d.DecoratorList {
		call, ok := e.(*syntax.Call)
		if !ok || f.resolve(call.Func) != "cython.locals" {
			continue
		}
		for _, k := range call.Keywords {
			v := fn.variable(k.Arg)
			v.Declared = annotationType(f.Text(k.Value.Loc()))
			v.DeclPos = k.Loc()
		}
	}
}

// SortedVars returns the function's variables in order of first appearance.
func (fn *Func) SortedVars() []*Var {
	out := make([]*Var, 0, len(fn.Order))
	for _, n := range fn.Order {
		out = append(out, fn.Vars[n])
	}
	return out
}

// LoopAt returns the innermost loop whose span contains the 1-based line.
func (fn *Func) LoopAt(line int) *Loop {
	var best *Loop
	for _, l := range fn.Loops {
		p := l.Node.Loc()
		if p.Lineno <= line && line <= p.EndLineno && (best == nil || l.Depth > best.Depth) {
			best = l
		}
	}
	return best
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
