package compile

import (
	"jitlens/analysis/syntax"
	bc "jitlens/jitcore/bytecode"
)

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	old := c.setLoc(st)
	defer func() { c.u.loc = old }()
	switch n := st.(type) {
	case *syntax.ExprStmt:
		if k, ok := n.Value.(*syntax.Constant); ok {
			_ = k
			return // docstrings and constant statements do nothing
		}
		c.expr(n.Value)
		c.setLoc(st)
		c.emit(bc.POP_TOP, 0)
	case *syntax.Assign:
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(bc.DUP_TOP, 0)
			}
			c.store(t)
		}
	case *syntax.AugAssign:
		c.augAssign(n)
	case *syntax.AnnAssign:
		c.annAssign(n)
	case *syntax.Pass:
	case *syntax.If:
		c.ifStmt(n)
	case *syntax.While:
		c.whileStmt(n)
	case *syntax.For:
		c.forStmt(n)
	case *syntax.Break:
		c.breakStmt(n)
	case *syntax.Continue:
		c.continueStmt(n)
	case *syntax.Return:
		c.returnStmt(n)
	case *syntax.FunctionDef:
		c.funcDef(n, n.Name, n.Args, n.Body, n.DecoratorList, false)
	case *syntax.AsyncFunctionDef:
		c.errorAt(n, "jitlens does not support 'async def' (coroutines)")
	case *syntax.AsyncFor:
		c.errorAt(n, "jitlens does not support 'async for'")
	case *syntax.AsyncWith:
		c.errorAt(n, "jitlens does not support 'async with'")
	case *syntax.ClassDef:
		c.classDef(n)
	case *syntax.Delete:
		for _, t := range n.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Raise:
		argc := 0
		if n.Exc != nil {
			c.expr(n.Exc)
			argc = 1
			if n.Cause != nil {
				c.expr(n.Cause)
				argc = 2
			}
		}
		c.setLoc(n)
		c.emit(bc.RAISE_VARARGS, argc)
	case *syntax.Assert:
		end := c.newLabel()
		c.condJump(n.Test, true, end)
		c.setLoc(n.Test)
		c.emit(bc.LOAD_ASSERTION_ERROR, 0)
		if n.Msg != nil {
			c.emit(bc.PUSH_NULL, 0)
			c.emit(bc.ROT_TWO, 0)
			c.expr(n.Msg)
			c.setLoc(n.Test)
			c.emit(bc.CALL, 1)
		}
		c.setLoc(n.Test)
		c.emit(bc.RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Try:
		c.tryStmt(n)
	case *syntax.TryStar:
		c.tryStarStmt((*syntax.Try)(n))
	case *syntax.With:
		c.withStmt(n, 0)
	case *syntax.Import:
		c.importStmt(n)
	case *syntax.ImportFrom:
		c.importFrom(n)
	case *syntax.Match:
		c.matchStmt(n)
	case *syntax.TypeAlias:
		c.errorAt(n, "jitlens does not support the 'type' statement (Python 3.12)")
	default:
		c.errorAt(st, "jitlens does not support this statement")
	}
}

func (c *compiler) augAssign(n *syntax.AugAssign) {
	switch t := n.Target.(type) {
	case *syntax.Name:
		c.setLoc(t)
		c.nameOp(t.Id, syntax.Load)
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.BINARY_OP, int(n.Op)+bc.InplaceBase)
		c.setLoc(t)
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(bc.DUP_TOP, 0)
		c.setLoc(t)
		c.emit(bc.LOAD_ATTR, c.u.nameIndex(c.mangle(t.Attr)))
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.BINARY_OP, int(n.Op)+bc.InplaceBase)
		c.emit(bc.ROT_TWO, 0)
		c.setLoc(t)
		c.emit(bc.STORE_ATTR, c.u.nameIndex(c.mangle(t.Attr)))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(bc.DUP_TOP_TWO, 0)
		c.subscrLoc(t)
		c.emit(bc.BINARY_SUBSCR, 0)
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.BINARY_OP, int(n.Op)+bc.InplaceBase)
		c.emit(bc.ROT_THREE, 0)
		c.subscrLoc(t)
		c.emit(bc.STORE_SUBSCR, 0)
	default:
		c.errorAt(n, "'"+exprWord(n.Target)+"' is an illegal expression for augmented assignment")
	}
}

func (c *compiler) annAssign(n *syntax.AnnAssign) {
	if n.Value != nil {
		c.expr(n.Value)
		c.store(n.Target)
	}
	nm, ok := n.Target.(*syntax.Name)
	if c.u.scope.kind == functionScope || c.u.scope.kind == comprehensionScope {
		return
	}
	if ok && n.Simple == 1 {
		// __annotations__[name] = annotation
		c.annotation(n.Annotation)
		c.nameOp("__annotations__", syntax.Load)
		c.loadConst(c.mangle(nm.Id))
		c.emit(bc.STORE_SUBSCR, 0)
		return
	}
	if !ok {
		switch t := n.Target.(type) {
		case *syntax.Attribute:
			if n.Value == nil {
				c.expr(t.Value)
				c.emit(bc.POP_TOP, 0)
			}
		case *syntax.Subscript:
			if n.Value == nil {
				c.expr(t.Value)
				c.emit(bc.POP_TOP, 0)
				c.expr(t.Slice)
				c.emit(bc.POP_TOP, 0)
			}
		}
	}
	if !c.futureAnnotations { // a string annotation is not evaluated at all
		c.expr(n.Annotation)
		c.emit(bc.POP_TOP, 0)
	}
}

func (c *compiler) ifStmt(n *syntax.If) {
	end := c.newLabel()
	next := end
	if len(n.Orelse) > 0 {
		next = c.newLabel()
	}
	c.condJump(n.Test, false, next)
	c.stmts(n.Body)
	if len(n.Orelse) > 0 {
		c.jump(bc.JUMP, end)
		c.bind(next)
		c.stmts(n.Orelse)
	}
	c.bind(end)
}

func (c *compiler) whileStmt(n *syntax.While) {
	top, brk, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.condJump(n.Test, false, orelse)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, cont: top, brk: brk})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLoc(n.Test)
	c.jump(bc.JUMP, top)
	c.bind(orelse)
	c.stmts(n.Orelse)
	c.bind(brk)
}

func (c *compiler) forStmt(n *syntax.For) {
	top, brk, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(n.Iter)
	c.setLoc(n)
	c.emit(bc.GET_ITER, 0)
	c.bind(top)
	c.setLoc(n)
	c.jump(bc.FOR_ITER, orelse)
	c.store(n.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, cont: top, brk: brk})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLoc(n.Iter)
	c.jump(bc.JUMP, top)
	c.bind(orelse)
	c.stmts(n.Orelse)
	c.bind(brk)
}

// unwind emits the code that leaves fblock b; preserveTOS keeps a return
// value on top of the stack.
func (c *compiler) unwind(b fblock, preserveTOS bool) {
	switch b.kind {
	case fbFor:
		if preserveTOS {
			c.emit(bc.ROT_TWO, 0)
		}
		c.emit(bc.POP_TOP, 0)
	case fbTry, fbHandlerName:
		c.emit(bc.POP_BLOCK, 0)
		if b.kind == fbHandlerName {
			c.clearName(b.name)
		}
	case fbFinallyTry:
		c.emit(bc.POP_BLOCK, 0)
		saved := c.u.fblocks
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks):len(c.u.fblocks)]
		c.stmts(b.final)
		c.u.fblocks = saved
	case fbFinallyEnd, fbHandler:
		if preserveTOS {
			c.emit(bc.ROT_TWO, 0)
		}
		c.emit(bc.POP_TOP, 0)
		c.emit(bc.POP_EXCEPT, 0)
	case fbWith:
		c.emit(bc.POP_BLOCK, 0)
		if preserveTOS {
			c.emit(bc.ROT_TWO, 0)
		}
		c.emit(bc.WITH_EXIT, 0)
	}
}

func (c *compiler) clearName(name string) {
	c.loadConst(syntax.None)
	c.nameOp(name, syntax.Store)
	c.nameOp(name, syntax.Del)
}

func (c *compiler) breakStmt(n *syntax.Break) {
	fbs := c.u.fblocks
	for i := len(fbs) - 1; i >= 0; i-- {
		b := fbs[i]
		if b.kind == fbExceptStar {
			c.errorAt(n, errExceptStarJump)
			return
		}
		if b.kind == fbWhile || b.kind == fbFor {
			if b.kind == fbFor {
				c.emit(bc.POP_TOP, 0)
			}
			c.jump(bc.JUMP, b.brk)
			c.u.fblocks = fbs
			return
		}
		c.u.fblocks = fbs[:i]
		c.unwind(b, false)
	}
	c.u.fblocks = fbs
	c.errorAt(n, "'break' outside loop")
}

func (c *compiler) continueStmt(n *syntax.Continue) {
	fbs := c.u.fblocks
	for i := len(fbs) - 1; i >= 0; i-- {
		b := fbs[i]
		if b.kind == fbExceptStar {
			c.errorAt(n, errExceptStarJump)
			return
		}
		if b.kind == fbWhile || b.kind == fbFor {
			c.jump(bc.JUMP, b.cont)
			c.u.fblocks = fbs
			return
		}
		c.u.fblocks = fbs[:i]
		c.unwind(b, false)
	}
	c.u.fblocks = fbs
	c.errorAt(n, "'continue' not properly in loop")
}

func (c *compiler) returnStmt(n *syntax.Return) {
	if c.u.scope.kind != functionScope {
		c.errorAt(n, "'return' outside function")
	}
	for _, b := range c.u.fblocks {
		if b.kind == fbExceptStar {
			c.errorAt(n, errExceptStarJump)
			return
		}
	}
	if n.Value != nil {
		c.expr(n.Value)
	} else {
		c.loadConst(syntax.None)
	}
	fbs := c.u.fblocks
	for i := len(fbs) - 1; i >= 0; i-- {
		c.u.fblocks = fbs[:i]
		c.unwind(fbs[i], true)
	}
	c.u.fblocks = fbs
	c.setLoc(n)
	c.emit(bc.RETURN_VALUE, 0)
}

func (c *compiler) tryStmt(n *syntax.Try) {
	c.tryFinally(n, func() {
		if len(n.Handlers) > 0 {
			c.tryExcept(n)
		} else {
			c.stmts(n.Body)
		}
	})
}

// tryFinally compiles body (the try and its handlers) inside n's finally
// clause when it has one: the final body runs after it, and again on the
// exception path before the exception is raised again.
func (c *compiler) tryFinally(n *syntax.Try, body func()) {
	if len(n.Finalbody) == 0 {
		body()
		return
	}
	fin, end := c.newLabel(), c.newLabel()
	c.jump(bc.SETUP_EXCEPT, fin)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyTry, final: n.Finalbody})
	body()
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(bc.POP_BLOCK, 0)
	c.stmts(n.Finalbody)
	c.jump(bc.JUMP, end)
	c.bind(fin)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(n.Finalbody)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(bc.RERAISE, 0)
	c.bind(end)
}

// tryBody emits a try's body under SETUP_EXCEPT and its else clause, then
// binds the handler's label, where the caller emits the handlers; it
// returns the label after the whole statement.
func (c *compiler) tryBody(n *syntax.Try) int {
	handler, end := c.newLabel(), c.newLabel()
	c.jump(bc.SETUP_EXCEPT, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTry})
	c.stmts(n.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(bc.POP_BLOCK, 0)
	c.stmts(n.Orelse)
	c.jump(bc.JUMP, end)
	c.bind(handler)
	return end
}

func (c *compiler) tryExcept(n *syntax.Try) {
	end := c.tryBody(n)
	for i, h := range n.Handlers {
		c.setLoc(h)
		if h.Type == nil && i < len(n.Handlers)-1 {
			c.errorAt(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.setLoc(h)
			c.emit(bc.CHECK_EXC_MATCH, 0)
			c.jump(bc.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.emit(bc.DUP_TOP, 0)
			c.nameOp(h.Name, syntax.Store)
			cleanup := c.newLabel()
			c.jump(bc.SETUP_EXCEPT, cleanup)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler}, fblock{kind: fbHandlerName, name: h.Name})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-2]
			c.emit(bc.POP_BLOCK, 0)
			c.clearName(h.Name)
			c.emit(bc.POP_TOP, 0)
			c.emit(bc.POP_EXCEPT, 0)
			c.jump(bc.JUMP, end)
			c.bind(cleanup)
			c.clearName(h.Name)
			c.emit(bc.RERAISE, 0)
		} else {
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(bc.POP_TOP, 0)
			c.emit(bc.POP_EXCEPT, 0)
			c.jump(bc.JUMP, end)
		}
		c.bind(next)
	}
	c.emit(bc.RERAISE, 0)
	c.bind(end)
}

func (c *compiler) withStmt(n *syntax.With, i int) {
	item := n.Items[i]
	exc, end := c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setLoc(n)
	c.emit(bc.BEFORE_WITH, 0)
	c.jump(bc.SETUP_WITH, exc)
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(bc.POP_TOP, 0)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWith})
	if i+1 < len(n.Items) {
		c.withStmt(n, i+1)
	} else {
		c.stmts(n.Body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLoc(n)
	c.emit(bc.POP_BLOCK, 0)
	c.emit(bc.WITH_EXIT, 0)
	c.jump(bc.JUMP, end)
	c.bind(exc)
	// [exit exc]
	c.emit(bc.WITH_EXCEPT, 0)
	suppress := c.newLabel()
	c.jump(bc.POP_JUMP_IF_TRUE, suppress)
	c.emit(bc.RERAISE, 0)
	c.bind(suppress)
	c.emit(bc.POP_TOP, 0)
	c.emit(bc.POP_EXCEPT, 0)
	c.emit(bc.POP_TOP, 0)
	c.bind(end)
}

func (c *compiler) importStmt(n *syntax.Import) {
	for _, a := range n.Names { // CPython locates every import at the whole statement
		c.loadConst(int64(0))
		c.loadConst(syntax.None)
		c.emit(bc.IMPORT_NAME, c.u.nameIndex(a.Name))
		if a.Asname != "" {
			parts := splitDots(a.Name)
			for _, p := range parts[1:] {
				c.emit(bc.IMPORT_FROM, c.u.nameIndex(p))
				c.emit(bc.ROT_TWO, 0)
				c.emit(bc.POP_TOP, 0)
			}
			c.nameOp(a.Asname, syntax.Store)
		} else {
			c.nameOp(splitDots(a.Name)[0], syntax.Store)
		}
	}
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) importFrom(n *syntax.ImportFrom) {
	if n.Module == "__future__" && n.Level == 0 && !c.future[n] {
		c.errorAt(n, "from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(int64(n.Level))
	names := make(bc.ConstTuple, len(n.Names))
	for i, a := range n.Names {
		names[i] = a.Name
	}
	c.loadConst(names)
	c.emit(bc.IMPORT_NAME, c.u.nameIndex(n.Module))
	if len(n.Names) == 1 && n.Names[0].Name == "*" {
		c.emit(bc.IMPORT_STAR, 0)
		return
	}
	for _, a := range n.Names { // located at the whole statement, as CPython does
		c.emit(bc.IMPORT_FROM, c.u.nameIndex(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.nameOp(name, syntax.Store)
	}
	c.emit(bc.POP_TOP, 0)
}

// store emits the store of TOS into target.
func (c *compiler) store(t syntax.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch n := t.(type) {
	case *syntax.Name:
		c.nameOp(n.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.STORE_ATTR, c.u.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.subscrLoc(n)
		c.emit(bc.STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(n.Elts, t)
	case *syntax.List:
		c.unpack(n.Elts, t)
	case *syntax.Starred:
		c.errorAt(n, "starred assignment target must be in a list or tuple")
	default:
		c.errorAt(t, "cannot assign to "+exprWord(t))
	}
}

func (c *compiler) unpack(elts []syntax.Expr, t syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorAt(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	c.setLoc(t)
	if star < 0 {
		c.emit(bc.UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(bc.UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch n := t.(type) {
	case *syntax.Name:
		c.nameOp(n.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(n.Value)
		c.setLoc(n)
		c.emit(bc.DELETE_ATTR, c.u.nameIndex(c.mangle(n.Attr)))
	case *syntax.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.subscrLoc(n)
		c.emit(bc.DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.errorAt(t, "cannot delete "+exprWord(t))
	}
}

// exprWord names an expression kind as CPython's error messages do.
func exprWord(e syntax.Expr) string {
	switch n := e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		if n.Value == nil || n.Value == syntax.None {
			return "None"
		}
		if b, ok := n.Value.(bool); ok {
			if b {
				return "True"
			}
			return "False"
		}
		if n.Value == syntax.Ellipsis {
			return "ellipsis"
		}
		return "literal"
	case *syntax.BinOp, *syntax.UnaryOp:
		return "expression"
	case *syntax.BoolOp:
		return "expression"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Lambda:
		return "lambda"
	case *syntax.IfExp:
		return "conditional expression"
	case *syntax.Dict:
		return "dict literal"
	case *syntax.Set:
		return "set display"
	case *syntax.ListComp:
		return "list comprehension"
	case *syntax.SetComp:
		return "set comprehension"
	case *syntax.DictComp:
		return "dict comprehension"
	case *syntax.GeneratorExp:
		return "generator expression"
	case *syntax.Yield, *syntax.YieldFrom:
		return "yield expression"
	case *syntax.Await:
		return "await expression"
	case *syntax.JoinedStr:
		return "f-string expression"
	case *syntax.NamedExpr:
		return "named expression"
	case *syntax.Starred:
		return "starred"
	case *syntax.Attribute:
		return "attribute"
	case *syntax.Subscript:
		return "subscript"
	case *syntax.Name:
		return "name"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	}
	return "expression"
}

const errExceptStarJump = "'break', 'continue' and 'return' cannot appear in an except* block"

// tryStarStmt compiles try/except* (PEP 654). The handler keeps an
// except* state on the stack; each clause splits off the part of the
// exception group it matches and runs its body with that part as the
// handled exception (raised and caught again, so that a bare `raise` and
// __context__ see it); what the bodies raise and what no clause matched
// are raised together at the end.
func (c *compiler) tryStarStmt(n *syntax.Try) {
	c.tryFinally(n, func() { c.tryExceptStar(n) })
}

func (c *compiler) tryExceptStar(n *syntax.Try) {
	end := c.tryBody(n)
	// [exc] -> [state]
	c.emit(bc.EXCEPT_STAR, bc.ExcStarBegin)
	for _, h := range n.Handlers {
		c.setLoc(h)
		if h.Type == nil {
			c.errorAt(h, "expected one or more exception types")
			continue
		}
		next, inner, raised := c.newLabel(), c.newLabel(), c.newLabel()
		c.expr(h.Type)
		c.setLoc(h)
		c.emit(bc.EXCEPT_STAR, bc.ExcStarMatch)
		c.jump(bc.POP_JUMP_IF_FALSE, next)
		// raise the matched part and catch it: it becomes the handled exception
		c.jump(bc.SETUP_EXCEPT, inner)
		c.emit(bc.EXCEPT_STAR, bc.ExcStarCurrent)
		c.emit(bc.RERAISE, 0)
		c.bind(inner)
		// [state match]
		if h.Name != "" {
			c.emit(bc.DUP_TOP, 0)
			c.nameOp(h.Name, syntax.Store)
		}
		c.jump(bc.SETUP_EXCEPT, raised)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(bc.POP_BLOCK, 0)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.emit(bc.POP_TOP, 0)
		c.emit(bc.POP_EXCEPT, 0)
		c.jump(bc.JUMP, next)
		// [state match raised]: the body raised
		c.bind(raised)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.emit(bc.EXCEPT_STAR, bc.ExcStarRecord)
		c.emit(bc.POP_EXCEPT, 0)
		c.emit(bc.POP_TOP, 0)
		c.emit(bc.POP_EXCEPT, 0)
		c.bind(next)
	}
	c.emit(bc.EXCEPT_STAR, bc.ExcStarEnd)
	c.emit(bc.POP_EXCEPT, 0)
	c.bind(end)
}
