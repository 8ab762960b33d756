package syntax

// Inspect traverses the tree rooted at n in source order, calling f for
// each node. When f returns false, Inspect does not descend into that
// node's children. Nil children are skipped.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	Children(n, func(c Node) { Inspect(c, f) })
}

// isNilNode reports whether n is an interface holding a nil pointer.
func isNilNode(n Node) bool {
	switch v := n.(type) {
	case *Arguments:
		return v == nil
	case *Arg:
		return v == nil
	case *Keyword:
		return v == nil
	case *Comprehension:
		return v == nil
	case *ExceptHandler:
		return v == nil
	case *WithItem:
		return v == nil
	case *MatchCase:
		return v == nil
	case *Alias:
		return v == nil
	}
	return false
}

// Children calls f for each direct child of n, in field order.
func Children(n Node, f func(Node)) {
	exprs := func(es []Expr) {
		for _, e := range es {
			if e != nil {
				f(e)
			}
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			f(s)
		}
	}
	opt := func(e Expr) {
		if e != nil {
			f(e)
		}
	}
	patterns := func(ps []Pattern) {
		for _, p := range ps {
			f(p)
		}
	}
	typeParams := func(ps []TypeParam) {
		for _, p := range ps {
			f(p)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *Interactive:
		stmts(n.Body)
	case *Expression:
		opt(n.Body)
	case *FunctionType:
		exprs(n.Argtypes)
		opt(n.Returns)

	case *FunctionDef:
		exprs(n.DecoratorList)
		typeParams(n.TypeParams)
		f(n.Args)
		opt(n.Returns)
		stmts(n.Body)
	case *AsyncFunctionDef:
		Children((*FunctionDef)(n), f)
	case *ClassDef:
		exprs(n.DecoratorList)
		typeParams(n.TypeParams)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			f(k)
		}
		stmts(n.Body)
	case *Return:
		opt(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		opt(n.Value)
	case *TypeAlias:
		opt(n.Name)
		typeParams(n.TypeParams)
		opt(n.Value)
	case *AugAssign:
		opt(n.Target)
		opt(n.Value)
	case *AnnAssign:
		opt(n.Target)
		opt(n.Annotation)
		opt(n.Value)
	case *For:
		opt(n.Target)
		opt(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *AsyncFor:
		Children((*For)(n), f)
	case *While:
		opt(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		opt(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			f(it)
		}
		stmts(n.Body)
	case *AsyncWith:
		Children((*With)(n), f)
	case *Match:
		opt(n.Subject)
		for _, c := range n.Cases {
			f(c)
		}
	case *Raise:
		opt(n.Exc)
		opt(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			f(h)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *TryStar:
		Children((*Try)(n), f)
	case *Assert:
		opt(n.Test)
		opt(n.Msg)
	case *Import:
		for _, a := range n.Names {
			f(a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			f(a)
		}
	case *ExprStmt:
		opt(n.Value)

	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		opt(n.Target)
		opt(n.Value)
	case *BinOp:
		opt(n.Left)
		opt(n.Right)
	case *UnaryOp:
		opt(n.Operand)
	case *Lambda:
		f(n.Args)
		opt(n.Body)
	case *IfExp:
		opt(n.Test)
		opt(n.Body)
		opt(n.Orelse)
	case *Dict:
		for i := range n.Values {
			if i < len(n.Keys) && n.Keys[i] != nil {
				f(n.Keys[i])
			}
			opt(n.Values[i])
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		opt(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *SetComp:
		opt(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *DictComp:
		opt(n.Key)
		opt(n.Value)
		for _, g := range n.Generators {
			f(g)
		}
	case *GeneratorExp:
		opt(n.Elt)
		for _, g := range n.Generators {
			f(g)
		}
	case *Await:
		opt(n.Value)
	case *Yield:
		opt(n.Value)
	case *YieldFrom:
		opt(n.Value)
	case *Compare:
		opt(n.Left)
		exprs(n.Comparators)
	case *Call:
		opt(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			f(k)
		}
	case *FormattedValue:
		opt(n.Value)
		opt(n.FormatSpec)
	case *JoinedStr:
		exprs(n.Values)
	case *Attribute:
		opt(n.Value)
	case *Subscript:
		opt(n.Value)
		opt(n.Slice)
	case *Starred:
		opt(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		opt(n.Lower)
		opt(n.Upper)
		opt(n.Step)

	case *Comprehension:
		opt(n.Target)
		opt(n.Iter)
		exprs(n.Ifs)
	case *ExceptHandler:
		opt(n.Type)
		stmts(n.Body)
	case *Arguments:
		for _, a := range n.Posonlyargs {
			f(a)
		}
		for _, a := range n.Args {
			f(a)
		}
		if n.Vararg != nil {
			f(n.Vararg)
		}
		for _, a := range n.Kwonlyargs {
			f(a)
		}
		exprs(n.KwDefaults)
		if n.Kwarg != nil {
			f(n.Kwarg)
		}
		exprs(n.Defaults)
	case *Arg:
		opt(n.Annotation)
	case *Keyword:
		opt(n.Value)
	case *WithItem:
		opt(n.ContextExpr)
		opt(n.OptionalVars)
	case *MatchCase:
		if n.Pattern != nil {
			f(n.Pattern)
		}
		opt(n.Guard)
		stmts(n.Body)

	case *MatchValue:
		opt(n.Value)
	case *MatchSequence:
		patterns(n.Patterns)
	case *MatchMapping:
		exprs(n.Keys)
		patterns(n.Patterns)
	case *MatchClass:
		opt(n.Cls)
		patterns(n.Patterns)
		patterns(n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			f(n.Pattern)
		}
	case *MatchOr:
		patterns(n.Patterns)
	case *TypeVar:
		opt(n.Bound)
	}
}
