package syntax

// Copies of subtrees moved by a number of lines, for Reparse: statements
// after an edit keep their shape but not their lines, and the tree they
// come from stays untouched (another snapshot may still be reading it).

// shifter deep-copies nodes, adding d to every line number. The most
// common nodes and the slices come from small slabs: a copy is thousands
// of nodes, and one allocation per node was most of its time. Slabs are
// kept small because one live node keeps its whole slab alive.
type shifter struct {
	d int

	names     slab[Name]
	constants slab[Constant]
	calls     slab[Call]
	binOps    slab[BinOp]
	assigns   slab[Assign]
	exprBuf   []Expr
	stmtBuf   []Stmt
}

// slabSize is the number of nodes a slab holds.
const slabSize = 32

// slab hands out nodes of one type from arrays of slabSize.
type slab[T any] struct{ free []T }

func (s *slab[T]) alloc() *T {
	if len(s.free) == 0 {
		s.free = make([]T, slabSize)
	}
	p := &s.free[0]
	s.free = s.free[1:]
	return p
}

// exprSlice returns a slice of n expressions (capacity n: an append by a
// user of the tree cannot reach a neighbour's elements).
func (s *shifter) exprSlice(n int) []Expr {
	if n > slabSize {
		return make([]Expr, n)
	}
	if len(s.exprBuf) < n {
		s.exprBuf = make([]Expr, 4*slabSize)
	}
	out := s.exprBuf[:n:n]
	s.exprBuf = s.exprBuf[n:]
	return out
}

// stmtSlice is exprSlice for statements.
func (s *shifter) stmtSlice(n int) []Stmt {
	if n > slabSize {
		return make([]Stmt, n)
	}
	if len(s.stmtBuf) < n {
		s.stmtBuf = make([]Stmt, 2*slabSize)
	}
	out := s.stmtBuf[:n:n]
	s.stmtBuf = s.stmtBuf[n:]
	return out
}

func (s *shifter) pos(p Pos) Pos {
	p.Lineno += s.d
	p.EndLineno += s.d
	return p
}

func (s *shifter) stmts(ss []Stmt) []Stmt {
	if ss == nil {
		return nil
	}
	out := s.stmtSlice(len(ss))
	for i, st := range ss {
		out[i] = s.stmt(st)
	}
	return out
}

func (s *shifter) exprs(es []Expr) []Expr {
	if es == nil {
		return nil
	}
	out := s.exprSlice(len(es))
	for i, e := range es {
		out[i] = s.expr(e) // nil stays nil (Dict.Keys, KwDefaults)
	}
	return out
}

func (s *shifter) patterns(ps []Pattern) []Pattern {
	if ps == nil {
		return nil
	}
	out := make([]Pattern, len(ps))
	for i, p := range ps {
		out[i] = s.pattern(p)
	}
	return out
}

func (s *shifter) typeParams(ps []TypeParam) []TypeParam {
	if ps == nil {
		return nil
	}
	out := make([]TypeParam, len(ps))
	for i, p := range ps {
		switch p := p.(type) {
		case *TypeVar:
			c := *p
			c.Pos = s.pos(p.Pos)
			c.Bound = s.expr(p.Bound)
			out[i] = &c
		case *ParamSpec:
			c := *p
			c.Pos = s.pos(p.Pos)
			out[i] = &c
		case *TypeVarTuple:
			c := *p
			c.Pos = s.pos(p.Pos)
			out[i] = &c
		default:
			panic("syntax: shift of an unknown type parameter node")
		}
	}
	return out
}

func (s *shifter) keywords(ks []*Keyword) []*Keyword {
	if ks == nil {
		return nil
	}
	out := make([]*Keyword, len(ks))
	for i, k := range ks {
		c := *k
		c.Pos = s.pos(k.Pos)
		c.Value = s.expr(k.Value)
		out[i] = &c
	}
	return out
}

func (s *shifter) aliases(as []*Alias) []*Alias {
	if as == nil {
		return nil
	}
	out := make([]*Alias, len(as))
	for i, a := range as {
		c := *a
		c.Pos = s.pos(a.Pos)
		out[i] = &c
	}
	return out
}

func (s *shifter) generators(gs []*Comprehension) []*Comprehension {
	if gs == nil {
		return nil
	}
	out := make([]*Comprehension, len(gs))
	for i, g := range gs {
		c := *g
		c.Target = s.expr(g.Target)
		c.Iter = s.expr(g.Iter)
		c.Ifs = s.exprs(g.Ifs)
		out[i] = &c
	}
	return out
}

func (s *shifter) arg(a *Arg) *Arg {
	if a == nil {
		return nil
	}
	c := *a
	c.Pos = s.pos(a.Pos)
	c.Annotation = s.expr(a.Annotation)
	return &c
}

func (s *shifter) args(as []*Arg) []*Arg {
	if as == nil {
		return nil
	}
	out := make([]*Arg, len(as))
	for i, a := range as {
		out[i] = s.arg(a)
	}
	return out
}

func (s *shifter) arguments(a *Arguments) *Arguments {
	if a == nil {
		return nil
	}
	return &Arguments{
		Posonlyargs: s.args(a.Posonlyargs),
		Args:        s.args(a.Args),
		Vararg:      s.arg(a.Vararg),
		Kwonlyargs:  s.args(a.Kwonlyargs),
		KwDefaults:  s.exprs(a.KwDefaults),
		Kwarg:       s.arg(a.Kwarg),
		Defaults:    s.exprs(a.Defaults),
	}
}

func (s *shifter) funcDef(n *FunctionDef) *FunctionDef {
	c := *n
	c.Pos = s.pos(n.Pos)
	c.Args = s.arguments(n.Args)
	c.Body = s.stmts(n.Body)
	c.DecoratorList = s.exprs(n.DecoratorList)
	c.Returns = s.expr(n.Returns)
	c.TypeParams = s.typeParams(n.TypeParams)
	return &c
}

func (s *shifter) forStmt(n *For) *For {
	c := *n
	c.Pos = s.pos(n.Pos)
	c.Target = s.expr(n.Target)
	c.Iter = s.expr(n.Iter)
	c.Body = s.stmts(n.Body)
	c.Orelse = s.stmts(n.Orelse)
	return &c
}

func (s *shifter) with(n *With) *With {
	c := *n
	c.Pos = s.pos(n.Pos)
	if n.Items != nil {
		c.Items = make([]*WithItem, len(n.Items))
		for i, it := range n.Items {
			c.Items[i] = &WithItem{ContextExpr: s.expr(it.ContextExpr), OptionalVars: s.expr(it.OptionalVars)}
		}
	}
	c.Body = s.stmts(n.Body)
	return &c
}

func (s *shifter) try(n *Try) *Try {
	c := *n
	c.Pos = s.pos(n.Pos)
	c.Body = s.stmts(n.Body)
	if n.Handlers != nil {
		c.Handlers = make([]*ExceptHandler, len(n.Handlers))
		for i, h := range n.Handlers {
			hc := *h
			hc.Pos = s.pos(h.Pos)
			hc.Type = s.expr(h.Type)
			hc.Body = s.stmts(h.Body)
			c.Handlers[i] = &hc
		}
	}
	c.Orelse = s.stmts(n.Orelse)
	c.Finalbody = s.stmts(n.Finalbody)
	return &c
}

func (s *shifter) stmt(n Stmt) Stmt {
	switch n := n.(type) {
	case nil:
		return nil
	case *FunctionDef:
		return s.funcDef(n)
	case *AsyncFunctionDef:
		return (*AsyncFunctionDef)(s.funcDef((*FunctionDef)(n)))
	case *ClassDef:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Bases = s.exprs(n.Bases)
		c.Keywords = s.keywords(n.Keywords)
		c.Body = s.stmts(n.Body)
		c.DecoratorList = s.exprs(n.DecoratorList)
		c.TypeParams = s.typeParams(n.TypeParams)
		return &c
	case *Return:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Delete:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Targets = s.exprs(n.Targets)
		return &c
	case *Assign:
		c := s.assigns.alloc()
		*c = *n
		c.Pos = s.pos(n.Pos)
		c.Targets = s.exprs(n.Targets)
		c.Value = s.expr(n.Value)
		return c
	case *TypeAlias:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Name = s.expr(n.Name)
		c.TypeParams = s.typeParams(n.TypeParams)
		c.Value = s.expr(n.Value)
		return &c
	case *AugAssign:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Value = s.expr(n.Value)
		return &c
	case *AnnAssign:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Annotation = s.expr(n.Annotation)
		c.Value = s.expr(n.Value)
		return &c
	case *For:
		return s.forStmt(n)
	case *AsyncFor:
		return (*AsyncFor)(s.forStmt((*For)(n)))
	case *While:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.stmts(n.Body)
		c.Orelse = s.stmts(n.Orelse)
		return &c
	case *If:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.stmts(n.Body)
		c.Orelse = s.stmts(n.Orelse)
		return &c
	case *With:
		return s.with(n)
	case *AsyncWith:
		return (*AsyncWith)(s.with((*With)(n)))
	case *Match:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Subject = s.expr(n.Subject)
		if n.Cases != nil {
			c.Cases = make([]*MatchCase, len(n.Cases))
			for i, mc := range n.Cases {
				c.Cases[i] = &MatchCase{Pattern: s.pattern(mc.Pattern), Guard: s.expr(mc.Guard), Body: s.stmts(mc.Body)}
			}
		}
		return &c
	case *Raise:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Exc = s.expr(n.Exc)
		c.Cause = s.expr(n.Cause)
		return &c
	case *Try:
		return s.try(n)
	case *TryStar:
		return (*TryStar)(s.try((*Try)(n)))
	case *Assert:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Msg = s.expr(n.Msg)
		return &c
	case *Import:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Names = s.aliases(n.Names)
		return &c
	case *ImportFrom:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Names = s.aliases(n.Names)
		return &c
	case *Global:
		c := *n
		c.Pos = s.pos(n.Pos)
		return &c
	case *Nonlocal:
		c := *n
		c.Pos = s.pos(n.Pos)
		return &c
	case *ExprStmt:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Pass:
		return &Pass{s.pos(n.Pos)}
	case *Break:
		return &Break{s.pos(n.Pos)}
	case *Continue:
		return &Continue{s.pos(n.Pos)}
	}
	panic("syntax: shift of an unknown statement node")
}

func (s *shifter) expr(n Expr) Expr {
	switch n := n.(type) {
	case nil:
		return nil
	case *BoolOp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Values = s.exprs(n.Values)
		return &c
	case *NamedExpr:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Value = s.expr(n.Value)
		return &c
	case *BinOp:
		c := s.binOps.alloc()
		*c = *n
		c.Pos = s.pos(n.Pos)
		c.Left = s.expr(n.Left)
		c.Right = s.expr(n.Right)
		return c
	case *UnaryOp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Operand = s.expr(n.Operand)
		return &c
	case *Lambda:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Args = s.arguments(n.Args)
		c.Body = s.expr(n.Body)
		return &c
	case *IfExp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.expr(n.Body)
		c.Orelse = s.expr(n.Orelse)
		return &c
	case *Dict:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Keys = s.exprs(n.Keys)
		c.Values = s.exprs(n.Values)
		return &c
	case *Set:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return &c
	case *ListComp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return &c
	case *SetComp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return &c
	case *DictComp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Key = s.expr(n.Key)
		c.Value = s.expr(n.Value)
		c.Generators = s.generators(n.Generators)
		return &c
	case *GeneratorExp:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return &c
	case *Await:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Yield:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *YieldFrom:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Compare:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Left = s.expr(n.Left)
		c.Comparators = s.exprs(n.Comparators)
		return &c // Ops is never written to: shared
	case *Call:
		c := s.calls.alloc()
		*c = *n
		c.Pos = s.pos(n.Pos)
		c.Func = s.expr(n.Func)
		c.Args = s.exprs(n.Args)
		c.Keywords = s.keywords(n.Keywords)
		return c
	case *FormattedValue:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		c.FormatSpec = s.expr(n.FormatSpec)
		return &c
	case *JoinedStr:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Values = s.exprs(n.Values)
		return &c
	case *Constant:
		c := s.constants.alloc()
		*c = *n
		c.Pos = s.pos(n.Pos)
		return c // Value is immutable (a *big.Int is never written to)
	case *Attribute:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Subscript:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		c.Slice = s.expr(n.Slice)
		return &c
	case *Starred:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *Name:
		c := s.names.alloc()
		*c = *n
		c.Pos = s.pos(n.Pos)
		return c
	case *List:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return &c
	case *Tuple:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return &c
	case *Slice:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Lower = s.expr(n.Lower)
		c.Upper = s.expr(n.Upper)
		c.Step = s.expr(n.Step)
		return &c
	}
	panic("syntax: shift of an unknown expression node")
}

func (s *shifter) pattern(n Pattern) Pattern {
	switch n := n.(type) {
	case nil:
		return nil
	case *MatchValue:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return &c
	case *MatchSingleton:
		c := *n
		c.Pos = s.pos(n.Pos)
		return &c
	case *MatchSequence:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Patterns = s.patterns(n.Patterns)
		return &c
	case *MatchMapping:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Keys = s.exprs(n.Keys)
		c.Patterns = s.patterns(n.Patterns)
		return &c
	case *MatchClass:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Cls = s.expr(n.Cls)
		c.Patterns = s.patterns(n.Patterns)
		c.KwdPatterns = s.patterns(n.KwdPatterns)
		return &c // KwdAttrs is never written to: shared
	case *MatchStar:
		c := *n
		c.Pos = s.pos(n.Pos)
		return &c
	case *MatchAs:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Pattern = s.pattern(n.Pattern)
		return &c
	case *MatchOr:
		c := *n
		c.Pos = s.pos(n.Pos)
		c.Patterns = s.patterns(n.Patterns)
		return &c
	}
	panic("syntax: shift of an unknown pattern node")
}
