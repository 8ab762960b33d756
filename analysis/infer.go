package analysis

import (
	"math/big"

	"jitlens/analysis/syntax"
)

// inferrer walks one function body in source order, keeping the type each
// local currently holds, and records every assignment and loop.
type inferrer struct {
	f         *File
	fn        *Func
	env       map[string]Type
	loop      *Loop
	stmt      syntax.Stmt // the statement being walked, for assignment records
	sawReturn bool
}

// infer (re)computes the assignments, loops and return type of fn.
func (f *File) infer(fn *Func) {
	for _, v := range fn.Vars {
		v.Assigns = nil
	}
	fn.Loops = nil
	in := &inferrer{f: f, fn: fn, env: map[string]Type{}}
	for _, name := range fn.Params {
		in.env[name] = fn.Vars[name].Declared
	}
	a := fn.Def.Args
	if a.Vararg != nil {
		in.env[a.Vararg.Arg] = Type{Kind: Tuple}
	}
	if a.Kwarg != nil {
		in.env[a.Kwarg.Arg] = Type{Kind: Dict}
	}
	fn.Return = Type{}
	in.block(fn.Def.Body)
	if !in.sawReturn {
		fn.Return = Type{Kind: NoneKind}
	}
}

func (in *inferrer) block(body []syntax.Stmt) {
	for _, s := range body {
		in.statement(s)
	}
}

func (in *inferrer) statement(s syntax.Stmt) {
	prev := in.stmt
	in.stmt = s
	defer func() { in.stmt = prev }()
	switch s := s.(type) {
	case *syntax.Assign:
		t := in.expr(s.Value)
		for _, tg := range s.Targets {
			in.assignTarget(tg, s.Value, t)
		}
	case *syntax.AugAssign:
		rt := in.expr(s.Value)
		if n, ok := s.Target.(*syntax.Name); ok {
			in.record(n.Id, binopType(in.lookup(n.Id), s.Op, rt, s.Value))
		} else {
			in.expr(s.Target)
		}
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			v := in.fn.variable(n.Id)
			v.Declared = annotationType(in.f.Text(s.Annotation.Loc()))
			v.DeclPos = s.Loc()
			in.f.noteCythonAnnotation(in.fn, s.Annotation)
			if s.Value != nil {
				in.recordValue(n.Id, in.expr(s.Value), s.Value)
			}
		} else if s.Value != nil {
			in.expr(s.Value)
		}
	case *syntax.For:
		it := in.expr(s.Iter)
		l := in.enterLoop(s)
		if n, ok := s.Target.(*syntax.Name); ok {
			l.Target = n.Id
		}
		l.Range = isRangeCall(in.f, s.Iter)
		// the loop variable is assigned by the loop itself
		saved := in.loop
		in.loop = l
		in.assignTarget(s.Target, nil, elemType(it))
		in.loop = saved
		in.loopBody(l, s.Body)
		in.block(s.Orelse)
	case *syntax.AsyncFor:
		in.statement((*syntax.For)(s))
	case *syntax.While:
		in.expr(s.Test)
		l := in.enterLoop(s)
		in.loopBody(l, s.Body)
		in.block(s.Orelse)
	case *syntax.If:
		in.expr(s.Test)
		before := copyEnv(in.env)
		in.block(s.Body)
		afterBody := in.env
		in.env = before
		in.block(s.Orelse)
		in.env = joinEnv(afterBody, in.env)
	case *syntax.With:
		for _, it := range s.Items {
			in.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				in.assignTarget(it.OptionalVars, nil, Type{})
			}
		}
		in.block(s.Body)
	case *syntax.AsyncWith:
		in.statement((*syntax.With)(s))
	case *syntax.Try:
		in.block(s.Body)
		for _, h := range s.Handlers {
			if h.Name != "" {
				in.record(h.Name, Type{Kind: Object})
			}
			in.block(h.Body)
		}
		in.block(s.Orelse)
		in.block(s.Finalbody)
	case *syntax.TryStar:
		in.statement((*syntax.Try)(s))
	case *syntax.Match:
		in.expr(s.Subject)
		for _, c := range s.Cases {
			in.block(c.Body)
		}
	case *syntax.Return:
		t := Type{Kind: NoneKind}
		if s.Value != nil {
			t = in.expr(s.Value)
		}
		if in.sawReturn {
			in.fn.Return = join(in.fn.Return, t)
		} else {
			in.fn.Return = t
			in.sawReturn = true
		}
	case *syntax.ExprStmt:
		in.expr(s.Value)
	case *syntax.Raise:
		if s.Exc != nil {
			in.expr(s.Exc)
		}
	case *syntax.Assert:
		in.expr(s.Test)
	case *syntax.Delete:
		for _, t := range s.Targets {
			if n, ok := t.(*syntax.Name); ok {
				delete(in.env, n.Id)
			}
		}
	case *syntax.Global:
		for _, n := range s.Names {
			in.fn.Globals[n] = true
		}
	case *syntax.Nonlocal:
		for _, n := range s.Names {
			in.fn.Nonlocal[n] = true
		}
	case *syntax.FunctionDef:
		in.record(s.Name, Type{Kind: Function})
	case *syntax.AsyncFunctionDef:
		in.record(s.Name, Type{Kind: Function})
	case *syntax.ClassDef:
		in.record(s.Name, Type{Kind: Object})
	case *syntax.Import:
		for _, a := range s.Names {
			in.record(boundName(a), Type{Kind: Object})
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			in.record(boundName(a), Type{})
		}
	}
}

func boundName(a *syntax.Alias) string {
	if a.Asname != "" {
		return a.Asname
	}
	return a.Name
}

// loopBody walks a loop body once, with the types that enter the loop:
// that walk is what shows a variable changing type inside the loop (an int
// accumulator that becomes a float). After the loop, a variable has the
// join of its entry type and its type at the end of the body.
func (in *inferrer) loopBody(l *Loop, body []syntax.Stmt) {
	saved := in.loop
	in.loop = l
	entry := copyEnv(in.env)
	in.block(body)
	in.env = joinEnv(entry, in.env)
	in.loop = saved
}

func (in *inferrer) enterLoop(s syntax.Stmt) *Loop {
	l := &Loop{Node: s, Parent: in.loop}
	if in.loop != nil {
		l.Depth = in.loop.Depth + 1
	}
	in.fn.Loops = append(in.fn.Loops, l)
	return l
}

// record notes that name is assigned a value of type t by the current statement.
func (in *inferrer) record(name string, t Type) { in.recordValue(name, t, nil) }

// recordValue is record for `name = value`, keeping the value expression.
func (in *inferrer) recordValue(name string, t Type, value syntax.Expr) {
	v := in.fn.variable(name)
	a := Assign{Type: t, Loop: in.loop, Value: value}
	if in.stmt != nil {
		a.Pos = *in.stmt.Loc()
		a.Text = in.f.Text(in.stmt.Loc())
	}
	v.Assigns = append(v.Assigns, a)
	in.env[name] = t
}

// assignTarget binds a target expression to a value of type t; value is the
// assigned expression when known, to pair tuple targets with tuple values.
func (in *inferrer) assignTarget(target, value syntax.Expr, t Type) {
	switch tg := target.(type) {
	case *syntax.Name:
		in.recordValue(tg.Id, t, value)
	case *syntax.Tuple, *syntax.List:
		elts := targetElts(tg)
		var vals []syntax.Expr
		switch v := value.(type) {
		case *syntax.Tuple:
			vals = v.Elts
		case *syntax.List:
			vals = v.Elts
		}
		for i, e := range elts {
			if len(vals) == len(elts) {
				in.assignTarget(e, vals[i], in.expr(vals[i]))
			} else if t.Kind == List || t.Kind == Set {
				in.assignTarget(e, nil, Type{Kind: t.Elem})
			} else {
				in.assignTarget(e, nil, Type{})
			}
		}
	case *syntax.Starred:
		in.assignTarget(tg.Value, nil, Type{Kind: List})
	default:
		in.expr(target)
	}
}

func targetElts(e syntax.Expr) []syntax.Expr {
	switch e := e.(type) {
	case *syntax.Tuple:
		return e.Elts
	case *syntax.List:
		return e.Elts
	}
	return nil
}

func (in *inferrer) lookup(name string) Type {
	if t, ok := in.env[name]; ok {
		return t
	}
	if v, ok := in.fn.Vars[name]; ok && v.Declared.Known() {
		return v.Declared
	}
	return in.f.Globals[name]
}

func (in *inferrer) expr(e syntax.Expr) Type { return in.f.exprType(e, in, in.env) }

// exprType infers the type of an expression. in may be nil (module level),
// in which case walrus targets are not recorded.
func (f *File) exprType(e syntax.Expr, in *inferrer, env map[string]Type) Type {
	sub := func(x syntax.Expr) Type {
		if x == nil {
			return Type{}
		}
		return f.exprType(x, in, env)
	}
	switch e := e.(type) {
	case *syntax.Constant:
		return constType(e.Value)
	case *syntax.Name:
		if in != nil {
			return in.lookup(e.Id)
		}
		if t, ok := env[e.Id]; ok {
			return t
		}
		return f.Globals[e.Id]
	case *syntax.NamedExpr:
		t := sub(e.Value)
		if n, ok := e.Target.(*syntax.Name); ok && in != nil {
			in.record(n.Id, t)
		}
		return t
	case *syntax.BinOp:
		return binopType(sub(e.Left), e.Op, sub(e.Right), e.Right)
	case *syntax.UnaryOp:
		t := sub(e.Operand)
		switch e.Op {
		case syntax.Not:
			return Type{Kind: Bool}
		case syntax.Invert:
			if t.Kind == Int || t.Kind == Bool {
				return Type{Kind: Int}
			}
		default:
			if t.Kind == Bool {
				return Type{Kind: Int}
			}
			if t.Kind == Int || t.Kind == Float || t.Kind == Complex {
				return t
			}
		}
		return Type{}
	case *syntax.BoolOp:
		var t Type
		for i, v := range e.Values {
			vt := sub(v)
			if i == 0 {
				t = vt
			} else {
				t = join(t, vt)
			}
		}
		return t
	case *syntax.Compare:
		sub(e.Left)
		for _, c := range e.Comparators {
			sub(c)
		}
		return Type{Kind: Bool}
	case *syntax.IfExp:
		sub(e.Test)
		return join(sub(e.Body), sub(e.Orelse))
	case *syntax.Call:
		return f.callType(e, sub)
	case *syntax.Attribute:
		sub(e.Value)
		switch f.resolve(e) {
		case "math.pi", "math.e", "math.tau", "math.inf", "math.nan":
			return Type{Kind: Float}
		}
		return Type{}
	case *syntax.Subscript:
		vt := sub(e.Value)
		sub(e.Slice)
		if _, isSlice := e.Slice.(*syntax.Slice); isSlice {
			if vt.Kind == List || vt.Kind == Str || vt.Kind == Bytes || vt.Kind == Tuple {
				return vt
			}
			return Type{}
		}
		switch vt.Kind {
		case List:
			return Type{Kind: vt.Elem}
		case Str:
			return vt
		case Bytes:
			return Type{Kind: Int}
		}
		return Type{}
	case *syntax.List:
		return Type{Kind: List, Elem: eltsKind(e.Elts, sub)}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			sub(x)
		}
		return Type{Kind: Tuple}
	case *syntax.Set:
		return Type{Kind: Set, Elem: eltsKind(e.Elts, sub)}
	case *syntax.Dict:
		for i := range e.Values {
			if e.Keys[i] != nil {
				sub(e.Keys[i])
			}
			sub(e.Values[i])
		}
		return Type{Kind: Dict}
	case *syntax.ListComp:
		return Type{Kind: List, Elem: f.compType(e.Elt, e.Generators, in, env).Kind}
	case *syntax.SetComp:
		return Type{Kind: Set, Elem: f.compType(e.Elt, e.Generators, in, env).Kind}
	case *syntax.DictComp:
		return Type{Kind: Dict}
	case *syntax.GeneratorExp:
		return Type{Kind: Object}
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			sub(v)
		}
		return Type{Kind: Str}
	case *syntax.FormattedValue:
		sub(e.Value)
		return Type{Kind: Str}
	case *syntax.Lambda:
		return Type{Kind: Function}
	}
	return Type{}
}

// compType types a comprehension's element with the comprehension's own
// bindings, without leaking them into the function's environment.
func (f *File) compType(elt syntax.Expr, gens []*syntax.Comprehension, in *inferrer, env map[string]Type) Type {
	inner := copyEnv(env)
	for _, g := range gens {
		it := f.exprType(g.Iter, nil, inner)
		if n, ok := g.Target.(*syntax.Name); ok {
			inner[n.Id] = elemType(it)
		}
	}
	if in != nil {
		// the comprehension's variables must shadow the function's locals
		saved := in.env
		in.env = inner
		defer func() { in.env = saved }()
		return in.expr(elt)
	}
	return f.exprType(elt, nil, inner)
}

func eltsKind(elts []syntax.Expr, sub func(syntax.Expr) Type) Kind {
	var k Kind
	for i, x := range elts {
		t := sub(x)
		if i == 0 {
			k = t.Kind
		} else if t.Kind != k {
			k = Unknown
		}
	}
	return k
}

// callType types calls to builtins, math functions and the module's own
// functions and classes.
func (f *File) callType(c *syntax.Call, sub func(syntax.Expr) Type) Type {
	var args []Type
	for _, a := range c.Args {
		args = append(args, sub(a))
	}
	for _, k := range c.Keywords {
		sub(k.Value)
	}
	arg := func(i int) Type {
		if i < len(args) {
			return args[i]
		}
		return Type{}
	}
	if q := f.resolve(c.Func); q != "" {
		switch q {
		case "math.floor", "math.ceil", "math.trunc", "math.factorial", "math.gcd", "math.lcm",
			"math.comb", "math.perm", "math.isqrt":
			return Type{Kind: Int}
		case "math.isnan", "math.isinf", "math.isfinite", "math.isclose":
			return Type{Kind: Bool}
		case "math.sqrt", "math.sin", "math.cos", "math.tan", "math.exp", "math.log", "math.log2",
			"math.log10", "math.atan", "math.atan2", "math.asin", "math.acos", "math.hypot",
			"math.fabs", "math.pow", "math.sinh", "math.cosh", "math.tanh", "math.fsum", "math.copysign",
			"math.degrees", "math.radians", "math.fmod", "math.expm1", "math.log1p":
			return Type{Kind: Float}
		case "numba.prange":
			return Type{Kind: Range}
		}
		return Type{}
	}
	switch fn := c.Func.(type) {
	case *syntax.Name:
		if callee := f.FuncByName(fn.Id); callee != nil {
			return callee.Return
		}
		if _, ok := f.Classes[fn.Id]; ok {
			return Type{Kind: Object}
		}
		switch fn.Id {
		case "int", "len", "ord", "hash":
			return Type{Kind: Int}
		case "float":
			return Type{Kind: Float}
		case "bool", "isinstance", "issubclass", "callable", "any", "all":
			return Type{Kind: Bool}
		case "complex":
			return Type{Kind: Complex}
		case "str", "repr", "chr", "hex", "oct", "bin", "format", "ascii":
			return Type{Kind: Str}
		case "abs":
			if a := arg(0); a.Kind == Bool {
				return Type{Kind: Int}
			} else if a.Kind == Int || a.Kind == Float {
				return a
			} else if a.Kind == Complex {
				return Type{Kind: Float}
			}
		case "round":
			if len(args) == 1 && (arg(0).Kind == Float || arg(0).Kind == Int) {
				return Type{Kind: Int}
			}
			if len(args) == 2 && arg(0).Kind == Float {
				return Type{Kind: Float}
			}
		case "min", "max":
			if len(args) == 1 && arg(0).Kind == List {
				return Type{Kind: arg(0).Elem}
			}
			if len(args) >= 2 {
				t := args[0]
				for _, a := range args[1:] {
					t = join(t, a)
				}
				return t
			}
		case "sum":
			if len(args) == 1 && arg(0).Kind == List && (arg(0).Elem == Int || arg(0).Elem == Float) {
				return Type{Kind: arg(0).Elem}
			}
		case "range":
			return Type{Kind: Range}
		case "list", "sorted":
			if a := arg(0); a.Kind == List {
				return a
			} else if a.Kind == Range {
				return Type{Kind: List, Elem: Int}
			}
			return Type{Kind: List}
		case "tuple", "divmod":
			return Type{Kind: Tuple}
		case "dict":
			return Type{Kind: Dict}
		case "set", "frozenset":
			return Type{Kind: Set}
		case "print":
			return Type{Kind: NoneKind}
		}
	case *syntax.Attribute:
		switch recv := sub(fn.Value); recv.Kind {
		case Str:
			switch fn.Attr {
			case "split", "rsplit", "splitlines":
				return Type{Kind: List, Elem: Str}
			case "find", "rfind", "index", "rindex", "count":
				return Type{Kind: Int}
			case "startswith", "endswith", "isdigit", "isalpha", "isspace", "isupper", "islower", "isalnum":
				return Type{Kind: Bool}
			case "encode":
				return Type{Kind: Bytes}
			default:
				return Type{Kind: Str}
			}
		case List:
			switch fn.Attr {
			case "pop":
				return Type{Kind: recv.Elem}
			case "index", "count":
				return Type{Kind: Int}
			case "copy":
				return recv
			case "append", "extend", "insert", "sort", "reverse", "clear", "remove":
				return Type{Kind: NoneKind}
			}
		}
	}
	return Type{}
}

// binopType is the type of `l op r`; rexpr is the right operand, used to
// see that `x ** 2` stays an int.
func binopType(l Type, op syntax.Operator, r Type, rexpr syntax.Expr) Type {
	if k := numeric(l.Kind, r.Kind); k != Unknown {
		switch op {
		case syntax.Div:
			if k == Int {
				return Type{Kind: Float}
			}
			return Type{Kind: k}
		case syntax.Pow:
			if k == Int {
				if c, ok := rexpr.(*syntax.Constant); ok {
					if n, ok := c.Value.(int64); ok && n >= 0 {
						return Type{Kind: Int}
					}
				}
				return Type{}
			}
			return Type{Kind: k}
		case syntax.LShift, syntax.RShift:
			if k == Int {
				return Type{Kind: Int}
			}
			return Type{}
		case syntax.BitAnd, syntax.BitOr, syntax.BitXor:
			if l.Kind == Bool && r.Kind == Bool {
				return Type{Kind: Bool}
			}
			if k == Int {
				return Type{Kind: Int}
			}
			return Type{}
		case syntax.MatMult:
			return Type{}
		}
		return Type{Kind: k}
	}
	switch {
	case l.Kind == Str && op == syntax.Add && r.Kind == Str:
		return l
	case l.Kind == Str && op == syntax.Mod:
		return l
	case (l.Kind == Str || l.Kind == List || l.Kind == Tuple) && op == syntax.Mult && (r.Kind == Int || r.Kind == Bool):
		return l
	case (r.Kind == Str || r.Kind == List) && op == syntax.Mult && l.Kind == Int:
		return r
	case l.Kind == List && op == syntax.Add && r.Kind == List:
		return join(l, r)
	}
	return Type{}
}

func constType(v any) Type {
	switch v.(type) {
	case bool:
		return Type{Kind: Bool}
	case int64, *big.Int:
		return Type{Kind: Int}
	case float64:
		return Type{Kind: Float}
	case complex128:
		return Type{Kind: Complex}
	case string:
		return Type{Kind: Str}
	case syntax.Bytes:
		return Type{Kind: Bytes}
	case syntax.NoneType:
		return Type{Kind: NoneKind}
	}
	return Type{}
}

// elemType is the type of the items produced by iterating over t.
func elemType(t Type) Type {
	switch t.Kind {
	case Range:
		return Type{Kind: Int}
	case List, Set:
		return Type{Kind: t.Elem}
	case Str:
		return t
	case Bytes:
		return Type{Kind: Int}
	}
	return Type{}
}

func isRangeCall(f *File, e syntax.Expr) bool {
	c, ok := e.(*syntax.Call)
	if !ok {
		return false
	}
	if n, ok := c.Func.(*syntax.Name); ok && n.Id == "range" && f.Imports["range"] == "" {
		return true
	}
	return f.resolve(c.Func) == "numba.prange"
}

func copyEnv(m map[string]Type) map[string]Type {
	out := make(map[string]Type, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// joinEnv merges the environments of two paths: a variable bound on only
// one path keeps that path's type (it may be unbound on the other, which
// Python reports at run time, not a type change).
func joinEnv(a, b map[string]Type) map[string]Type {
	out := make(map[string]Type, len(a)+len(b))
	for k, v := range a {
		if w, ok := b[k]; ok {
			out[k] = join(v, w)
		} else {
			out[k] = v
		}
	}
	for k, v := range b {
		if _, ok := a[k]; !ok {
			out[k] = v
		}
	}
	return out
}
