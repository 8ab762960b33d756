package syntax

// Subtrees moved by a number of lines, for Reparse: statements after an
// edit keep their shape but not their lines. A statement someone else may
// still be reading (another snapshot) is copied and its original left
// untouched; one its caller owns alone (ReparseOwned) is moved in place,
// which allocates nothing.

// shifter deep-copies nodes, adding d to every line number, or with
// inPlace changes the nodes themselves. A parsed tree is a tree (no node
// is reachable twice: TestParseTreeNotShared), so each node moves once.
// The copies of the common nodes and the slices come from small slabs: a
// copy is thousands of nodes, and one allocation per node was most of its
// time. Slabs are kept small because one live node keeps its whole slab
// alive.
type shifter struct {
	d int
	// inPlace: the nodes are the caller's to change; they are moved
	// where they are instead of copied.
	inPlace bool

	names       slab[Name]
	constants   slab[Constant]
	calls       slab[Call]
	binOps      slab[BinOp]
	assigns     slab[Assign]
	attributes  slab[Attribute]
	subscripts  slab[Subscript]
	compares    slab[Compare]
	unaryOps    slab[UnaryOp]
	tuples      slab[Tuple]
	lists       slab[List]
	joinedStrs  slab[JoinedStr]
	formatted   slab[FormattedValue]
	keywordN    slab[Keyword]
	argN        slab[Arg]
	argumentsN  slab[Arguments]
	funcDefs    slab[FunctionDef]
	fors        slab[For]
	ifs         slab[If]
	augAssigns  slab[AugAssign]
	returns     slab[Return]
	exprStmts   slab[ExprStmt]
	exprBuf     sliceSlab[Expr]
	stmtBuf     sliceSlab[Stmt]
	keywordsBuf sliceSlab[*Keyword]
	argsBuf     sliceSlab[*Arg]
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

// clone returns a copy of *n from the slab.
func clone[T any](s *shifter, sl *slab[T], n *T) *T {
	if s.inPlace {
		return n
	}
	c := sl.alloc()
	*c = *n
	return c
}

// dup returns a copy of *n, or n itself when shifting in place.
func dup[T any](s *shifter, n *T) *T {
	if s.inPlace {
		return n
	}
	c := *n
	return &c
}

// take returns a slice for the shifted elements of old: old itself when
// shifting in place.
func take[T any](s *shifter, b *sliceSlab[T], old []T) []T {
	if s.inPlace {
		return old
	}
	return b.take(len(old))
}

// fresh returns a new slice for the shifted elements of old (rare kinds,
// not worth a slab): old itself when shifting in place.
func fresh[T any](s *shifter, old []T) []T {
	if s.inPlace {
		return old
	}
	return make([]T, len(old))
}

// sliceSlab hands out short slices of one element type from shared
// arrays. A slice has capacity equal to its length, so an append by a
// user of the tree cannot reach a neighbour's elements; a long one gets
// its own array.
type sliceSlab[T any] struct{ buf []T }

func (b *sliceSlab[T]) take(n int) []T {
	if n > slabSize {
		return make([]T, n)
	}
	if len(b.buf) < n {
		b.buf = make([]T, 4*slabSize)
	}
	out := b.buf[:n:n]
	b.buf = b.buf[n:]
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
	out := take(s, &s.stmtBuf, ss)
	for i, st := range ss {
		out[i] = s.stmt(st)
	}
	return out
}

func (s *shifter) exprs(es []Expr) []Expr {
	if es == nil {
		return nil
	}
	out := take(s, &s.exprBuf, es)
	for i, e := range es {
		out[i] = s.expr(e) // nil stays nil (Dict.Keys, KwDefaults)
	}
	return out
}

func (s *shifter) patterns(ps []Pattern) []Pattern {
	if ps == nil {
		return nil
	}
	out := fresh(s, ps)
	for i, p := range ps {
		out[i] = s.pattern(p)
	}
	return out
}

func (s *shifter) typeParams(ps []TypeParam) []TypeParam {
	if ps == nil {
		return nil
	}
	out := fresh(s, ps)
	for i, p := range ps {
		switch p := p.(type) {
		case *TypeVar:
			c := dup(s, p)
			c.Pos = s.pos(p.Pos)
			c.Bound = s.expr(p.Bound)
			out[i] = c
		case *ParamSpec:
			c := dup(s, p)
			c.Pos = s.pos(p.Pos)
			out[i] = c
		case *TypeVarTuple:
			c := dup(s, p)
			c.Pos = s.pos(p.Pos)
			out[i] = c
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
	out := take(s, &s.keywordsBuf, ks)
	for i, k := range ks {
		c := clone(s, &s.keywordN, k)
		c.Pos = s.pos(k.Pos)
		c.Value = s.expr(k.Value)
		out[i] = c
	}
	return out
}

func (s *shifter) aliases(as []*Alias) []*Alias {
	if as == nil {
		return nil
	}
	out := fresh(s, as)
	for i, a := range as {
		c := dup(s, a)
		c.Pos = s.pos(a.Pos)
		out[i] = c
	}
	return out
}

func (s *shifter) generators(gs []*Comprehension) []*Comprehension {
	if gs == nil {
		return nil
	}
	out := fresh(s, gs)
	for i, g := range gs {
		c := dup(s, g)
		c.Target = s.expr(g.Target)
		c.Iter = s.expr(g.Iter)
		c.Ifs = s.exprs(g.Ifs)
		out[i] = c
	}
	return out
}

func (s *shifter) arg(a *Arg) *Arg {
	if a == nil {
		return nil
	}
	c := clone(s, &s.argN, a)
	c.Pos = s.pos(a.Pos)
	c.Annotation = s.expr(a.Annotation)
	return c
}

func (s *shifter) args(as []*Arg) []*Arg {
	if as == nil {
		return nil
	}
	out := take(s, &s.argsBuf, as)
	for i, a := range as {
		out[i] = s.arg(a)
	}
	return out
}

func (s *shifter) arguments(a *Arguments) *Arguments {
	if a == nil {
		return nil
	}
	c := a
	if !s.inPlace {
		c = s.argumentsN.alloc()
	}
	*c = Arguments{
		Posonlyargs: s.args(a.Posonlyargs),
		Args:        s.args(a.Args),
		Vararg:      s.arg(a.Vararg),
		Kwonlyargs:  s.args(a.Kwonlyargs),
		KwDefaults:  s.exprs(a.KwDefaults),
		Kwarg:       s.arg(a.Kwarg),
		Defaults:    s.exprs(a.Defaults),
	}
	return c
}

func (s *shifter) funcDef(n *FunctionDef) *FunctionDef {
	c := clone(s, &s.funcDefs, n)
	c.Pos = s.pos(n.Pos)
	c.Args = s.arguments(n.Args)
	c.Body = s.stmts(n.Body)
	c.DecoratorList = s.exprs(n.DecoratorList)
	c.Returns = s.expr(n.Returns)
	c.TypeParams = s.typeParams(n.TypeParams)
	return c
}

func (s *shifter) forStmt(n *For) *For {
	c := clone(s, &s.fors, n)
	c.Pos = s.pos(n.Pos)
	c.Target = s.expr(n.Target)
	c.Iter = s.expr(n.Iter)
	c.Body = s.stmts(n.Body)
	c.Orelse = s.stmts(n.Orelse)
	return c
}

func (s *shifter) with(n *With) *With {
	c := dup(s, n)
	c.Pos = s.pos(n.Pos)
	if items := n.Items; items != nil {
		c.Items = make([]*WithItem, len(items))
		for i, it := range items {
			c.Items[i] = &WithItem{ContextExpr: s.expr(it.ContextExpr), OptionalVars: s.expr(it.OptionalVars)}
		}
	}
	c.Body = s.stmts(n.Body)
	return c
}

func (s *shifter) try(n *Try) *Try {
	c := dup(s, n)
	c.Pos = s.pos(n.Pos)
	c.Body = s.stmts(n.Body)
	if handlers := n.Handlers; handlers != nil {
		c.Handlers = make([]*ExceptHandler, len(handlers))
		for i, h := range handlers {
			hc := dup(s, h)
			hc.Pos = s.pos(h.Pos)
			hc.Type = s.expr(h.Type)
			hc.Body = s.stmts(h.Body)
			c.Handlers[i] = hc
		}
	}
	c.Orelse = s.stmts(n.Orelse)
	c.Finalbody = s.stmts(n.Finalbody)
	return c
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
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Bases = s.exprs(n.Bases)
		c.Keywords = s.keywords(n.Keywords)
		c.Body = s.stmts(n.Body)
		c.DecoratorList = s.exprs(n.DecoratorList)
		c.TypeParams = s.typeParams(n.TypeParams)
		return c
	case *Return:
		c := clone(s, &s.returns, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Delete:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Targets = s.exprs(n.Targets)
		return c
	case *Assign:
		c := clone(s, &s.assigns, n)
		c.Pos = s.pos(n.Pos)
		c.Targets = s.exprs(n.Targets)
		c.Value = s.expr(n.Value)
		return c
	case *TypeAlias:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Name = s.expr(n.Name)
		c.TypeParams = s.typeParams(n.TypeParams)
		c.Value = s.expr(n.Value)
		return c
	case *AugAssign:
		c := clone(s, &s.augAssigns, n)
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Value = s.expr(n.Value)
		return c
	case *AnnAssign:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Annotation = s.expr(n.Annotation)
		c.Value = s.expr(n.Value)
		return c
	case *For:
		return s.forStmt(n)
	case *AsyncFor:
		return (*AsyncFor)(s.forStmt((*For)(n)))
	case *While:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.stmts(n.Body)
		c.Orelse = s.stmts(n.Orelse)
		return c
	case *If:
		c := clone(s, &s.ifs, n)
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.stmts(n.Body)
		c.Orelse = s.stmts(n.Orelse)
		return c
	case *With:
		return s.with(n)
	case *AsyncWith:
		return (*AsyncWith)(s.with((*With)(n)))
	case *Match:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Subject = s.expr(n.Subject)
		if cases := n.Cases; cases != nil {
			c.Cases = make([]*MatchCase, len(cases))
			for i, mc := range cases {
				c.Cases[i] = &MatchCase{Pattern: s.pattern(mc.Pattern), Guard: s.expr(mc.Guard), Body: s.stmts(mc.Body)}
			}
		}
		return c
	case *Raise:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Exc = s.expr(n.Exc)
		c.Cause = s.expr(n.Cause)
		return c
	case *Try:
		return s.try(n)
	case *TryStar:
		return (*TryStar)(s.try((*Try)(n)))
	case *Assert:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Msg = s.expr(n.Msg)
		return c
	case *Import:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Names = s.aliases(n.Names)
		return c
	case *ImportFrom:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Names = s.aliases(n.Names)
		return c
	case *Global:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *Nonlocal:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *ExprStmt:
		c := clone(s, &s.exprStmts, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Pass:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *Break:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *Continue:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	}
	panic("syntax: shift of an unknown statement node")
}

func (s *shifter) expr(n Expr) Expr {
	switch n := n.(type) {
	case nil:
		return nil
	case *BoolOp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Values = s.exprs(n.Values)
		return c
	case *NamedExpr:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Target = s.expr(n.Target)
		c.Value = s.expr(n.Value)
		return c
	case *BinOp:
		c := clone(s, &s.binOps, n)
		c.Pos = s.pos(n.Pos)
		c.Left = s.expr(n.Left)
		c.Right = s.expr(n.Right)
		return c
	case *UnaryOp:
		c := clone(s, &s.unaryOps, n)
		c.Pos = s.pos(n.Pos)
		c.Operand = s.expr(n.Operand)
		return c
	case *Lambda:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Args = s.arguments(n.Args)
		c.Body = s.expr(n.Body)
		return c
	case *IfExp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Test = s.expr(n.Test)
		c.Body = s.expr(n.Body)
		c.Orelse = s.expr(n.Orelse)
		return c
	case *Dict:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Keys = s.exprs(n.Keys)
		c.Values = s.exprs(n.Values)
		return c
	case *Set:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return c
	case *ListComp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return c
	case *SetComp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return c
	case *DictComp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Key = s.expr(n.Key)
		c.Value = s.expr(n.Value)
		c.Generators = s.generators(n.Generators)
		return c
	case *GeneratorExp:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Elt = s.expr(n.Elt)
		c.Generators = s.generators(n.Generators)
		return c
	case *Await:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Yield:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *YieldFrom:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Compare:
		c := clone(s, &s.compares, n)
		c.Pos = s.pos(n.Pos)
		c.Left = s.expr(n.Left)
		c.Comparators = s.exprs(n.Comparators)
		return c // Ops is never written to: shared
	case *Call:
		c := clone(s, &s.calls, n)
		c.Pos = s.pos(n.Pos)
		c.Func = s.expr(n.Func)
		c.Args = s.exprs(n.Args)
		c.Keywords = s.keywords(n.Keywords)
		return c
	case *FormattedValue:
		c := clone(s, &s.formatted, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		c.FormatSpec = s.expr(n.FormatSpec)
		return c
	case *JoinedStr:
		c := clone(s, &s.joinedStrs, n)
		c.Pos = s.pos(n.Pos)
		c.Values = s.exprs(n.Values)
		return c
	case *Constant:
		c := clone(s, &s.constants, n)
		c.Pos = s.pos(n.Pos)
		return c // Value is immutable (a *big.Int is never written to)
	case *Attribute:
		c := clone(s, &s.attributes, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Subscript:
		c := clone(s, &s.subscripts, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		c.Slice = s.expr(n.Slice)
		return c
	case *Starred:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *Name:
		c := clone(s, &s.names, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *List:
		c := clone(s, &s.lists, n)
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return c
	case *Tuple:
		c := clone(s, &s.tuples, n)
		c.Pos = s.pos(n.Pos)
		c.Elts = s.exprs(n.Elts)
		return c
	case *Slice:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Lower = s.expr(n.Lower)
		c.Upper = s.expr(n.Upper)
		c.Step = s.expr(n.Step)
		return c
	}
	panic("syntax: shift of an unknown expression node")
}

func (s *shifter) pattern(n Pattern) Pattern {
	switch n := n.(type) {
	case nil:
		return nil
	case *MatchValue:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Value = s.expr(n.Value)
		return c
	case *MatchSingleton:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *MatchSequence:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Patterns = s.patterns(n.Patterns)
		return c
	case *MatchMapping:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Keys = s.exprs(n.Keys)
		c.Patterns = s.patterns(n.Patterns)
		return c
	case *MatchClass:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Cls = s.expr(n.Cls)
		c.Patterns = s.patterns(n.Patterns)
		c.KwdPatterns = s.patterns(n.KwdPatterns)
		return c // KwdAttrs is never written to: shared
	case *MatchStar:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		return c
	case *MatchAs:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Pattern = s.pattern(n.Pattern)
		return c
	case *MatchOr:
		c := dup(s, n)
		c.Pos = s.pos(n.Pos)
		c.Patterns = s.patterns(n.Patterns)
		return c
	}
	panic("syntax: shift of an unknown pattern node")
}
