package compile

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

func (c *compiler) expr(e syntax.Expr) {
	old := c.setLoc(e)
	defer func() { c.u.loc = old }()
	switch n := e.(type) {
	case *syntax.Constant:
		c.loadConst(n.Value)
	case *syntax.Name:
		c.nameOp(n.Id, n.Ctx)
	case *syntax.BinOp:
		c.expr(n.Left)
		c.expr(n.Right)
		c.binLoc(n)
		c.emit(bc.BINARY_OP, int(n.Op))
	case *syntax.UnaryOp:
		c.expr(n.Operand)
		c.setLoc(n)
		c.emit(bc.UNARY_OP, int(n.Op))
	case *syntax.BoolOp:
		end := c.newLabel()
		op := bc.JUMP_IF_FALSE_OR_POP
		if n.Op == syntax.Or {
			op = bc.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				c.jump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(n)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.condJump(n.Test, false, orelse)
		c.expr(n.Body)
		c.jump(bc.JUMP, end)
		c.bind(orelse)
		c.expr(n.Orelse)
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(n.Value)
		c.emit(bc.DUP_TOP, 0)
		c.store(n.Target)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.LOAD_ATTR, c.u.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.subscrLoc(n)
		c.emit(bc.BINARY_SUBSCR, 0)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{n.Lower, n.Upper} {
			if x != nil {
				c.expr(x)
			} else {
				c.loadConst(syntax.None)
			}
		}
		if n.Step != nil {
			c.expr(n.Step)
			c.emit(bc.BUILD_SLICE, 3)
		} else {
			c.emit(bc.BUILD_SLICE, 2)
		}
	case *syntax.Call:
		c.call(n)
	case *syntax.Tuple:
		if n.Ctx != syntax.Load {
			c.errorAt(n, "internal: store context in load")
		}
		if c.starredSeq(n.Elts) {
			c.emit(bc.LIST_TO_TUPLE, 0)
		} else {
			c.emit(bc.BUILD_TUPLE, len(n.Elts))
		}
	case *syntax.List:
		if !c.starredSeq(n.Elts) {
			c.emit(bc.BUILD_LIST, len(n.Elts))
		}
	case *syntax.Set:
		if hasStar(n.Elts) {
			c.emit(bc.BUILD_SET, 0)
			for _, x := range n.Elts {
				if s, ok := x.(*syntax.Starred); ok {
					c.expr(s.Value)
					c.emit(bc.SET_UPDATE, 1)
				} else {
					c.expr(x)
					c.emit(bc.SET_ADD, 1)
				}
			}
		} else if k, ok := constElts(n.Elts); ok && len(n.Elts) > 2 {
			c.emit(bc.BUILD_SET, 0)
			c.loadConst(bc.ConstFrozenSet(k))
			c.emit(bc.SET_UPDATE, 1)
		} else {
			for _, x := range n.Elts {
				c.expr(x)
			}
			c.emit(bc.BUILD_SET, len(n.Elts))
		}
	case *syntax.Dict:
		c.dict(n)
	case *syntax.JoinedStr:
		c.joinedStr(n)
	case *syntax.FormattedValue:
		c.formatted(n)
	case *syntax.Lambda:
		c.lambda(n)
	case *syntax.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *syntax.Yield:
		if c.u.scope.kind != functionScope {
			c.errorAt(n, "'yield' outside function")
		}
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(syntax.None)
		}
		c.setLoc(n)
		c.emit(bc.YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		if c.u.scope.kind != functionScope {
			c.errorAt(n, "'yield from' outside function")
		}
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.GET_YIELD_FROM_ITER, 0)
		c.loadConst(syntax.None)
		c.emit(bc.YIELD_FROM, 0)
	case *syntax.Await:
		c.errorAt(n, "jitlens does not support 'await' (coroutines)")
	case *syntax.Starred:
		c.errorAt(n, "can't use starred expression here")
	default:
		c.errorAt(e, "jitlens does not support this expression")
	}
}

// constElts returns the values of elts when all are constants.
func constElts(elts []syntax.Expr) ([]any, bool) {
	out := make([]any, len(elts))
	for i, e := range elts {
		k, ok := foldConst(e)
		if !ok {
			return nil, false
		}
		out[i] = k
	}
	return out, true
}

// foldConst evaluates the constant expressions CPython's AST optimizer
// folds before code generation: literals, signs of numbers, tuples of
// constants.
func foldConst(e syntax.Expr) (any, bool) {
	switch n := e.(type) {
	case *syntax.Constant:
		return n.Value, true
	case *syntax.UnaryOp:
		k, ok := foldConst(n.Operand)
		if !ok {
			return nil, false
		}
		switch v := k.(type) {
		case int64:
			switch n.Op {
			case syntax.USub:
				if v != -1<<63 {
					return -v, true
				}
			case syntax.UAdd:
				return v, true
			case syntax.Invert:
				return ^v, true
			}
		case float64:
			switch n.Op {
			case syntax.USub:
				return -v, true
			case syntax.UAdd:
				return v, true
			}
		}
	case *syntax.Tuple:
		items, ok := constElts(n.Elts)
		if ok {
			return bc.ConstTuple(items), true
		}
	}
	return nil, false
}

func hasStar(elts []syntax.Expr) bool {
	for _, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// starredSeq builds a list when elts contain a starred item and reports
// whether it did; otherwise it only pushes the elements.
func (c *compiler) starredSeq(elts []syntax.Expr) bool {
	if !hasStar(elts) {
		for _, x := range elts {
			c.expr(x)
		}
		return false
	}
	c.emit(bc.BUILD_LIST, 0)
	for _, x := range elts {
		if s, ok := x.(*syntax.Starred); ok {
			inCall := c.inCall
			c.expr(s.Value)
			if inCall {
				c.emit(bc.LIST_EXTEND, 1|256)
			} else {
				c.emit(bc.LIST_EXTEND, 1)
			}
			c.inCall = inCall
		} else {
			c.expr(x)
			c.emit(bc.LIST_APPEND, 1)
		}
	}
	return true
}

func (c *compiler) dict(n *syntax.Dict) {
	pending := 0
	built := false
	flush := func() {
		if pending > 0 || !built {
			c.emit(bc.BUILD_MAP, pending)
			if built {
				c.emit(bc.DICT_UPDATE, 1)
			}
			built = true
			pending = 0
		}
	}
	for i, k := range n.Keys {
		if k == nil {
			flush()
			c.expr(n.Values[i])
			c.emit(bc.DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(n.Values[i])
		pending++
	}
	if pending > 0 || !built {
		flush()
	}
}

func (c *compiler) binLoc(n *syntax.BinOp) {
	c.setLoc(n)
	l, r := n.Left.Loc(), n.Right.Loc()
	if l.EndLineno == r.Lineno && n.Lineno == n.EndLineno {
		c.u.loc.AnchorKind = 1
		c.u.loc.AnchorLeft = int32(l.EndColOffset)
		c.u.loc.AnchorRight = int32(r.ColOffset)
	}
}

func (c *compiler) subscrLoc(n *syntax.Subscript) {
	c.setLoc(n)
	v, s := n.Value.Loc(), n.Slice.Loc()
	if n.Lineno == n.EndLineno {
		c.u.loc.AnchorKind = 2
		c.u.loc.AnchorLeft = int32(v.EndColOffset)
		c.u.loc.AnchorRight = int32(s.EndColOffset)
	}
}

func (c *compiler) compare(n *syntax.Compare) {
	c.expr(n.Left)
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.setLoc(n)
		c.cmpOp(n.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		c.setLoc(n)
		if i < len(n.Ops)-1 {
			c.emit(bc.DUP_TOP, 0)
			c.emit(bc.ROT_THREE, 0)
			c.cmpOp(op)
			c.jump(bc.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.cmpOp(op)
		}
	}
	c.jump(bc.JUMP, end)
	c.bind(cleanup)
	c.emit(bc.ROT_TWO, 0)
	c.emit(bc.POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) cmpOp(op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		c.emit(bc.IS_OP, 0)
	case syntax.IsNot:
		c.emit(bc.IS_OP, 1)
	case syntax.In:
		c.emit(bc.CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(bc.CONTAINS_OP, 1)
	default:
		c.emit(bc.COMPARE_OP, int(op))
	}
}

// condJump evaluates e and jumps to target when its truth equals jumpIf.
func (c *compiler) condJump(e syntax.Expr, jumpIf bool, target int) {
	switch n := e.(type) {
	case *syntax.UnaryOp:
		if n.Op == syntax.Not {
			c.condJump(n.Operand, !jumpIf, target)
			return
		}
	case *syntax.BoolOp:
		isAnd := n.Op == syntax.And
		if isAnd == !jumpIf {
			// and+jumpIfFalse / or+jumpIfTrue: any operand decides
			for _, v := range n.Values {
				c.condJump(v, jumpIf, target)
			}
			return
		}
		skip := c.newLabel()
		for i, v := range n.Values {
			if i < len(n.Values)-1 {
				c.condJump(v, !jumpIf, skip)
			} else {
				c.condJump(v, jumpIf, target)
			}
		}
		c.bind(skip)
		return
	}
	c.expr(e)
	c.setLoc(e)
	if jumpIf {
		c.jump(bc.POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(bc.POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) call(n *syntax.Call) {
	complex := hasStar(n.Args)
	for _, k := range n.Keywords {
		if k.Arg == "" {
			complex = true
		}
	}
	if complex {
		c.emit(bc.PUSH_NULL, 0)
		c.expr(n.Func)
		c.inCall = true
		starred := c.starredSeq(n.Args)
		c.inCall = false
		if !starred {
			c.emit(bc.BUILD_TUPLE, len(n.Args))
		} else {
			c.emit(bc.LIST_TO_TUPLE, 0)
		}
		if len(n.Keywords) > 0 {
			c.emit(bc.BUILD_MAP, 0)
			for _, k := range n.Keywords {
				if k.Arg != "" {
					c.loadConst(k.Arg)
					c.expr(k.Value)
					c.emit(bc.BUILD_MAP, 1)
				} else {
					c.expr(k.Value)
				}
				c.setLoc(n)
				c.emit(bc.DICT_MERGE, 1)
			}
			c.setLoc(n)
			c.emit(bc.CALL_EX, 1)
		} else {
			c.setLoc(n)
			c.emit(bc.CALL_EX, 0)
		}
		return
	}
	if a, ok := n.Func.(*syntax.Attribute); ok {
		c.expr(a.Value)
		c.setLoc(a)
		c.emit(bc.LOAD_METHOD, c.u.nameIndex(c.mangle(a.Attr)))
	} else {
		c.emit(bc.PUSH_NULL, 0)
		c.expr(n.Func)
	}
	for _, a := range n.Args {
		c.expr(a)
	}
	if len(n.Keywords) == 0 {
		c.setLoc(n)
		c.emit(bc.CALL, len(n.Args))
		return
	}
	names := make(bc.ConstTuple, len(n.Keywords))
	seen := map[string]bool{}
	for i, k := range n.Keywords {
		if seen[k.Arg] {
			c.errorAt(k, "keyword argument repeated: "+k.Arg)
		}
		seen[k.Arg] = true
		c.expr(k.Value)
		names[i] = k.Arg
	}
	c.loadConst(names)
	c.setLoc(n)
	c.emit(bc.CALL_KW, len(n.Args)+len(n.Keywords))
}

func (c *compiler) joinedStr(n *syntax.JoinedStr) {
	if len(n.Values) == 1 {
		if k, ok := n.Values[0].(*syntax.Constant); ok {
			c.loadConst(k.Value)
			return
		}
	}
	if len(n.Values) == 0 {
		c.loadConst("")
		return
	}
	for _, v := range n.Values {
		c.expr(v)
	}
	c.setLoc(n)
	c.emit(bc.BUILD_STRING, len(n.Values))
}

func (c *compiler) formatted(n *syntax.FormattedValue) {
	c.expr(n.Value)
	flags := 0
	switch n.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if n.FormatSpec != nil {
		c.expr(n.FormatSpec)
		flags |= 4
	}
	c.setLoc(n)
	c.emit(bc.FORMAT_VALUE, flags)
}

// qualName computes the qualified name of a new scope called name.
func (c *compiler) qualName(name string) string {
	u := c.u
	switch u.scope.kind {
	case moduleScope:
		return name
	case classScope:
		return u.code.QualName + "." + name
	}
	return u.code.QualName + ".<locals>." + name
}

// makeClosure pushes the closure tuple (if any) and the code, then emits
// MAKE_FUNCTION with the given flags.
func (c *compiler) makeFunction(code *bc.Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			idx, ok := c.u.cells[name]
			if !ok {
				panic(&Error{Msg: "internal: no cell for " + name, Line: code.FirstLine})
			}
			c.emit(bc.LOAD_CLOSURE, idx)
		}
		c.emit(bc.BUILD_TUPLE, len(code.FreeVars))
		flags |= bc.FuncClosure
	}
	c.loadConst(code)
	c.loadConst(code.QualName)
	c.emit(bc.MAKE_FUNCTION, flags)
}

// defaults pushes the default tuple and keyword default dict.
func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emit(bc.BUILD_TUPLE, len(a.Defaults))
		flags |= bc.FuncDefaults
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadConst(a.Kwonlyargs[i].Arg)
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(bc.BUILD_MAP, n)
		flags |= bc.FuncKwDefaults
	}
	return flags
}

// annotations pushes the dict of parameter and return annotations, if any.
func (c *compiler) annotations(a *syntax.Arguments, n syntax.Stmt) int {
	count := 0
	add := func(x *syntax.Arg) {
		if x != nil && x.Annotation != nil {
			c.loadConst(x.Arg)
			c.annotation(x.Annotation)
			count++
		}
	}
	for _, x := range a.Posonlyargs {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	add(a.Vararg)
	for _, x := range a.Kwonlyargs {
		add(x)
	}
	add(a.Kwarg)
	if fd, ok := n.(*syntax.FunctionDef); ok && fd.Returns != nil {
		c.loadConst("return")
		c.annotation(fd.Returns)
		count++
	}
	if count == 0 {
		return 0
	}
	c.emit(bc.BUILD_MAP, count)
	return bc.FuncAnnotations
}

func (c *compiler) setArgCounts(code *bc.Code, a *syntax.Arguments) {
	code.ArgCount = len(a.Posonlyargs) + len(a.Args)
	code.PosOnlyCount = len(a.Posonlyargs)
	code.KwOnlyCount = len(a.Kwonlyargs)
	if a.Vararg != nil {
		code.Flags |= bc.FlagVarargs
	}
	if a.Kwarg != nil {
		code.Flags |= bc.FlagVarkw
	}
}

func (c *compiler) funcDef(n syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, async bool) {
	for _, d := range decos {
		c.emit(bc.PUSH_NULL, 0)
		c.expr(d)
	}
	flags := c.defaults(args)
	flags |= c.annotations(args, n)
	s := c.st.scopes[n]
	first := n.Loc().Lineno
	if len(decos) > 0 {
		first = decos[0].Loc().Lineno
	}
	c.enterUnit(s, name, c.qualName(name), first)
	c.setArgCounts(c.u.code, args)
	c.u.docstring(body)
	c.stmts(body)
	c.loadConst(syntax.None)
	c.emit(bc.RETURN_VALUE, 0)
	code := c.leaveUnit()
	c.setLoc(n)
	c.makeFunction(code, flags)
	for range decos {
		c.emit(bc.CALL, 1)
	}
	c.nameOp(name, syntax.Store)
}

func (c *compiler) lambda(n *syntax.Lambda) {
	flags := c.defaults(n.Args)
	c.enterUnit(c.st.scopes[n], "<lambda>", c.qualName("<lambda>"), n.Lineno)
	c.setArgCounts(c.u.code, n.Args)
	c.setLoc(n.Body)
	c.expr(n.Body)
	c.emit(bc.RETURN_VALUE, 0)
	code := c.leaveUnit()
	c.makeFunction(code, flags)
}

func (c *compiler) classDef(n *syntax.ClassDef) {
	for _, d := range n.DecoratorList {
		c.emit(bc.PUSH_NULL, 0)
		c.expr(d)
	}
	c.setLoc(n)
	c.emit(bc.PUSH_NULL, 0)
	c.emit(bc.LOAD_BUILD_CLASS, 0)
	s := c.st.scopes[n]
	first := n.Lineno
	if len(n.DecoratorList) > 0 {
		first = n.DecoratorList[0].Loc().Lineno
	}
	c.enterUnit(s, n.Name, c.qualName(n.Name), first)
	c.classNames = append(c.classNames, n.Name)
	c.setLoc(n)
	c.u.loc.EndLine, c.u.loc.EndCol = c.u.loc.Line, c.u.loc.Col
	c.nameOp("__name__", syntax.Load)
	c.nameOp("__module__", syntax.Store)
	c.loadConst(c.u.code.QualName)
	c.nameOp("__qualname__", syntax.Store)
	c.u.docstring(n.Body)
	if c.u.code.Docstring != nil {
		c.loadConst(c.u.code.Docstring)
		c.nameOp("__doc__", syntax.Store)
	}
	if hasAnnotations(n.Body) {
		c.emit(bc.SETUP_ANNOTATIONS, 0)
	}
	c.stmts(n.Body)
	if idx, ok := c.u.cells["__class__"]; ok && s.hasClassCell {
		c.emit(bc.LOAD_CLOSURE, idx)
	} else {
		c.loadConst(syntax.None)
	}
	c.emit(bc.RETURN_VALUE, 0)
	c.classNames = c.classNames[:len(c.classNames)-1]
	code := c.leaveUnit()
	c.setLoc(n)
	c.makeFunction(code, 0)
	c.loadConst(n.Name)
	simple := true
	for _, b := range n.Bases {
		if _, ok := b.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range n.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		for _, b := range n.Bases {
			c.expr(b)
		}
		c.setLoc(n)
		if len(n.Keywords) == 0 {
			c.emit(bc.CALL, 2+len(n.Bases))
		} else {
			names := make(bc.ConstTuple, len(n.Keywords))
			for i, k := range n.Keywords {
				c.expr(k.Value)
				names[i] = k.Arg
			}
			c.loadConst(names)
			c.setLoc(n)
			c.emit(bc.CALL_KW, 2+len(n.Bases)+len(n.Keywords))
		}
	} else {
		c.emit(bc.BUILD_LIST, 2)
		for _, b := range n.Bases {
			if s, ok := b.(*syntax.Starred); ok {
				c.expr(s.Value)
				c.emit(bc.LIST_EXTEND, 1)
			} else {
				c.expr(b)
				c.emit(bc.LIST_APPEND, 1)
			}
		}
		c.emit(bc.LIST_TO_TUPLE, 0)
		c.emit(bc.BUILD_MAP, 0)
		for _, k := range n.Keywords {
			if k.Arg != "" {
				c.loadConst(k.Arg)
				c.expr(k.Value)
				c.emit(bc.BUILD_MAP, 1)
			} else {
				c.expr(k.Value)
			}
			c.emit(bc.DICT_MERGE, 1)
		}
		c.setLoc(n)
		c.emit(bc.CALL_EX, 1)
	}
	for range n.DecoratorList {
		c.emit(bc.CALL, 1)
	}
	c.nameOp(n.Name, syntax.Store)
}

// hasAnnotations reports whether a module or class body has an annotated
// assignment at its own level (which needs __annotations__).
func hasAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch n := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(n.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(n.Body) || hasAnnotations(n.Orelse) || hasAnnotations(n.Finalbody) {
				return true
			}
			for _, h := range n.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) comprehension(n syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			c.errorAt(n, "jitlens does not support asynchronous comprehensions")
		}
	}
	s := c.st.scopes[n]
	c.enterUnit(s, name, c.qualName(name), n.Loc().Lineno)
	c.u.code.ArgCount = 1
	c.setLoc(n)
	switch name {
	case "<listcomp>":
		c.emit(bc.BUILD_LIST, 0)
	case "<setcomp>":
		c.emit(bc.BUILD_SET, 0)
	case "<dictcomp>":
		c.emit(bc.BUILD_MAP, 0)
	}
	c.compLoop(n, name, gens, 0, elt, value)
	if name == "<genexpr>" {
		c.loadConst(syntax.None)
	}
	c.emit(bc.RETURN_VALUE, 0)
	code := c.leaveUnit()
	c.setLoc(n)
	c.emit(bc.PUSH_NULL, 0)
	c.makeFunction(code, 0)
	c.expr(gens[0].Iter)
	c.setLoc(n)
	c.emit(bc.GET_ITER, 0)
	c.emit(bc.CALL, 1)
}

func (c *compiler) compLoop(n syntax.Expr, name string, gens []*syntax.Comprehension, i int, elt, value syntax.Expr) {
	g := gens[i]
	top, end := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(bc.LOAD_FAST, c.u.varIndex(".0"))
	} else {
		c.expr(g.Iter)
		c.setLoc(g.Iter)
		c.emit(bc.GET_ITER, 0)
	}
	c.bind(top)
	// CPython 3.11 locates a comprehension's FOR_ITER at the whole
	// comprehension (compiler_visit_expr restores the location after the
	// iterable)
	c.setLoc(n)
	c.jump(bc.FOR_ITER, end)
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.condJump(cond, false, top)
	}
	if i+1 < len(gens) {
		c.compLoop(n, name, gens, i+1, elt, value)
	} else {
		depth := len(gens) + 1
		switch name {
		case "<listcomp>":
			c.expr(elt)
			c.setLoc(n)
			c.emit(bc.LIST_APPEND, depth)
		case "<setcomp>":
			c.expr(elt)
			c.setLoc(n)
			c.emit(bc.SET_ADD, depth)
		case "<dictcomp>":
			c.expr(elt)
			c.expr(value)
			c.setLoc(n)
			c.emit(bc.MAP_ADD, depth)
		default:
			c.expr(elt)
			c.setLoc(n)
			c.emit(bc.YIELD_VALUE, 0)
			c.emit(bc.POP_TOP, 0)
		}
	}
	c.setLoc(g.Iter)
	c.jump(bc.JUMP, top)
	c.bind(end)
}
