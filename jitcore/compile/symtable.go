// Package compile turns syntax trees into bytecode.Code objects.
package compile

import (
	"jitlens/analysis/syntax"
)

// scopeKind is the kind of a block that has its own namespace.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
	comprehensionScope
)

// symbol flags collected while walking a scope.
const (
	defLocal = 1 << iota
	defParam
	defGlobal
	defNonlocal
	use
	defFree // resolved: variable of an enclosing function
	defCell // resolved: local captured by an inner scope
	defImplicitGlobal
	defFreeClass // free variable passing through a class
)

// scope is one namespace block with the names it binds and uses.
type scope struct {
	kind         scopeKind
	name         string
	node         syntax.Node
	parent       *scope
	children     []*scope
	flags        map[string]int
	order        []string // names in first-seen order
	params       []string
	generator    bool
	needsClass   bool // uses super() or __class__ (methods)
	hasClassCell bool
	lineno       int
	nonlocalPos  map[string]*syntax.Pos // where each nonlocal was declared (error location)
	// comprehension iteration target flag for walrus
}

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent, flags: map[string]int{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) add(name string, flag int) {
	if _, ok := s.flags[name]; !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] |= flag
}

// symtable builds the scopes of a module.
type symtable struct {
	scopes map[syntax.Node]*scope
	cur    *scope
	err    *Error
}

func (t *symtable) fail(pos *syntax.Pos, msg string) {
	if t.err == nil {
		t.err = &Error{Msg: msg, Line: pos.Lineno, Col: pos.ColOffset}
	}
}

func (t *symtable) enter(kind scopeKind, name string, node syntax.Node) *scope {
	s := newScope(kind, name, node, t.cur)
	t.scopes[node] = s
	t.cur = s
	return s
}

func (t *symtable) leave() { t.cur = t.cur.parent }

func buildSymtable(mod *syntax.Module) (*symtable, *Error) {
	t := &symtable{scopes: map[syntax.Node]*scope{}}
	t.enter(moduleScope, "<module>", mod)
	t.stmts(mod.Body)
	if t.err != nil {
		return nil, t.err
	}
	t.analyze(t.scopes[mod], nil)
	return t, t.err
}

func (t *symtable) stmts(list []syntax.Stmt) {
	for _, s := range list {
		t.stmt(s)
	}
}

func (t *symtable) bind(name string, pos *syntax.Pos) {
	s := t.cur
	f := s.flags[name]
	if f&defGlobal != 0 || f&defNonlocal != 0 {
		s.add(name, defLocal&0)
		return
	}
	s.add(name, defLocal)
}

func (t *symtable) args(a *syntax.Arguments) {
	// defaults and annotations belong to the enclosing scope
	for _, d := range a.Defaults {
		t.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			t.expr(d)
		}
	}
	ann := func(x *syntax.Arg) {
		if x != nil && x.Annotation != nil {
			t.expr(x.Annotation)
		}
	}
	for _, x := range a.Posonlyargs {
		ann(x)
	}
	for _, x := range a.Args {
		ann(x)
	}
	ann(a.Vararg)
	for _, x := range a.Kwonlyargs {
		ann(x)
	}
	ann(a.Kwarg)
}

func (t *symtable) params(a *syntax.Arguments) {
	s := t.cur
	addp := func(x *syntax.Arg) {
		if _, dup := s.flags[x.Arg]; dup {
			t.fail(&x.Pos, "duplicate argument '"+x.Arg+"' in function definition")
		}
		s.add(x.Arg, defParam|defLocal)
		s.params = append(s.params, x.Arg)
	}
	for _, x := range a.Posonlyargs {
		addp(x)
	}
	for _, x := range a.Args {
		addp(x)
	}
	for _, x := range a.Kwonlyargs {
		addp(x)
	}
	if a.Vararg != nil {
		addp(a.Vararg)
	}
	if a.Kwarg != nil {
		addp(a.Kwarg)
	}
}

func (t *symtable) stmt(st syntax.Stmt) {
	switch n := st.(type) {
	case *syntax.FunctionDef:
		t.funcDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns)
	case *syntax.AsyncFunctionDef:
		t.funcDef(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns)
	case *syntax.ClassDef:
		for _, d := range n.DecoratorList {
			t.expr(d)
		}
		for _, b := range n.Bases {
			t.expr(b)
		}
		for _, k := range n.Keywords {
			t.expr(k.Value)
		}
		s := t.enter(classScope, n.Name, n)
		s.lineno = n.Lineno
		t.stmts(n.Body)
		t.leave()
		t.bind(n.Name, &n.Pos)
	case *syntax.Return:
		if n.Value != nil {
			t.expr(n.Value)
		}
	case *syntax.Delete:
		for _, x := range n.Targets {
			t.expr(x)
		}
	case *syntax.Assign:
		t.expr(n.Value)
		for _, x := range n.Targets {
			t.expr(x)
		}
	case *syntax.AugAssign:
		t.expr(n.Value)
		t.expr(n.Target)
		if nm, ok := n.Target.(*syntax.Name); ok {
			t.cur.add(nm.Id, use)
		}
	case *syntax.AnnAssign:
		if nm, ok := n.Target.(*syntax.Name); ok {
			f := t.cur.flags[nm.Id]
			if f&(defGlobal|defNonlocal) != 0 && n.Simple == 1 {
				kind := "global"
				if f&defNonlocal != 0 {
					kind = "nonlocal"
				}
				t.fail(&n.Pos, "annotated name '"+nm.Id+"' can't be "+kind)
			}
		}
		if t.cur.kind != functionScope {
			t.expr(n.Annotation)
		}
		if n.Value != nil {
			t.expr(n.Value)
			t.expr(n.Target)
		} else if nm, ok := n.Target.(*syntax.Name); ok {
			t.bind(nm.Id, &nm.Pos)
		} else {
			t.exprNoStore(n.Target)
		}
	case *syntax.For:
		t.expr(n.Iter)
		t.expr(n.Target)
		t.stmts(n.Body)
		t.stmts(n.Orelse)
	case *syntax.AsyncFor:
		t.expr(n.Iter)
		t.expr(n.Target)
		t.stmts(n.Body)
		t.stmts(n.Orelse)
	case *syntax.While:
		t.expr(n.Test)
		t.stmts(n.Body)
		t.stmts(n.Orelse)
	case *syntax.If:
		t.expr(n.Test)
		t.stmts(n.Body)
		t.stmts(n.Orelse)
	case *syntax.With:
		for _, it := range n.Items {
			t.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				t.expr(it.OptionalVars)
			}
		}
		t.stmts(n.Body)
	case *syntax.AsyncWith:
		for _, it := range n.Items {
			t.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				t.expr(it.OptionalVars)
			}
		}
		t.stmts(n.Body)
	case *syntax.Match:
		t.expr(n.Subject)
		for _, c := range n.Cases {
			t.pattern(c.Pattern)
			if c.Guard != nil {
				t.expr(c.Guard)
			}
			t.stmts(c.Body)
		}
	case *syntax.Raise:
		if n.Exc != nil {
			t.expr(n.Exc)
		}
		if n.Cause != nil {
			t.expr(n.Cause)
		}
	case *syntax.Try:
		t.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *syntax.TryStar:
		t.try(n.Body, n.Handlers, n.Orelse, n.Finalbody)
	case *syntax.Assert:
		t.expr(n.Test)
		if n.Msg != nil {
			t.expr(n.Msg)
		}
	case *syntax.Import:
		for _, a := range n.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			t.bind(name, &a.Pos)
		}
	case *syntax.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if t.cur.kind != moduleScope {
					t.fail(&n.Pos, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			t.bind(name, &a.Pos)
		}
	case *syntax.Global:
		for _, name := range n.Names {
			f := t.cur.flags[name]
			if f&defParam != 0 && t.cur.kind == functionScope {
				t.fail(&n.Pos, "name '"+name+"' is parameter and global")
			} else if f&defNonlocal != 0 {
				t.fail(&n.Pos, "name '"+name+"' is nonlocal and global")
			} else if f&defLocal != 0 {
				t.fail(&n.Pos, "name '"+name+"' is assigned to before global declaration")
			} else if f&use != 0 {
				t.fail(&n.Pos, "name '"+name+"' is used prior to global declaration")
			}
			t.cur.add(name, defGlobal)
		}
	case *syntax.Nonlocal:
		for _, name := range n.Names {
			if t.cur.kind == moduleScope {
				t.fail(&n.Pos, "nonlocal declaration not allowed at module level")
				return
			}
			f := t.cur.flags[name]
			if f&defParam != 0 {
				t.fail(&n.Pos, "name '"+name+"' is parameter and nonlocal")
			} else if f&defGlobal != 0 {
				t.fail(&n.Pos, "name '"+name+"' is nonlocal and global")
			} else if f&defLocal != 0 {
				t.fail(&n.Pos, "name '"+name+"' is assigned to before nonlocal declaration")
			} else if f&use != 0 {
				t.fail(&n.Pos, "name '"+name+"' is used prior to nonlocal declaration")
			}
			t.cur.add(name, defNonlocal)
			if t.cur.nonlocalPos == nil {
				t.cur.nonlocalPos = map[string]*syntax.Pos{}
			}
			if _, ok := t.cur.nonlocalPos[name]; !ok {
				t.cur.nonlocalPos[name] = &n.Pos
			}
		}
	case *syntax.ExprStmt:
		t.expr(n.Value)
	case *syntax.TypeAlias:
		t.expr(n.Value)
		t.expr(n.Name)
	}
}

func (t *symtable) try(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	t.stmts(body)
	for _, h := range hs {
		if h.Type != nil {
			t.expr(h.Type)
		}
		if h.Name != "" {
			t.bind(h.Name, &h.Pos)
		}
		t.stmts(h.Body)
	}
	t.stmts(orelse)
	t.stmts(final)
}

func (t *symtable) funcDef(node syntax.Node, name string, args *syntax.Arguments, body []syntax.Stmt, decos []syntax.Expr, returns syntax.Expr) {
	for _, d := range decos {
		t.expr(d)
	}
	t.args(args)
	if returns != nil {
		t.expr(returns)
	}
	t.enter(functionScope, name, node)
	t.params(args)
	t.stmts(body)
	t.leave()
	t.bind(name, node.(syntax.Positioned).Loc())
}

func (t *symtable) pattern(p syntax.Pattern) {
	switch n := p.(type) {
	case *syntax.MatchValue:
		t.expr(n.Value)
	case *syntax.MatchSequence:
		for _, q := range n.Patterns {
			t.pattern(q)
		}
	case *syntax.MatchMapping:
		for _, k := range n.Keys {
			t.expr(k)
		}
		for _, q := range n.Patterns {
			t.pattern(q)
		}
		if n.Rest != "" {
			t.bind(n.Rest, &n.Pos)
		}
	case *syntax.MatchClass:
		t.expr(n.Cls)
		for _, q := range n.Patterns {
			t.pattern(q)
		}
		for _, q := range n.KwdPatterns {
			t.pattern(q)
		}
	case *syntax.MatchStar:
		if n.Name != "" {
			t.bind(n.Name, &n.Pos)
		}
	case *syntax.MatchAs:
		if n.Pattern != nil {
			t.pattern(n.Pattern)
		}
		if n.Name != "" {
			t.bind(n.Name, &n.Pos)
		}
	case *syntax.MatchOr:
		for _, q := range n.Patterns {
			t.pattern(q)
		}
	}
}

func (t *symtable) exprNoStore(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Attribute:
		t.expr(n.Value)
	case *syntax.Subscript:
		t.expr(n.Value)
		t.expr(n.Slice)
	default:
		t.expr(e)
	}
}

func (t *symtable) expr(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		if n.Ctx == syntax.Load {
			t.cur.add(n.Id, use)
			if n.Id == "super" && t.cur.kind == functionScope {
				t.cur.needsClass = true
			}
			if n.Id == "__class__" {
				t.cur.needsClass = true
			}
		} else {
			t.bind(n.Id, &n.Pos)
		}
	case *syntax.BoolOp:
		for _, v := range n.Values {
			t.expr(v)
		}
	case *syntax.NamedExpr:
		t.expr(n.Value)
		if nm, ok := n.Target.(*syntax.Name); ok && t.cur.kind == comprehensionScope {
			// the target binds in the nearest enclosing non-comprehension scope
			s := t.cur
			for s.kind == comprehensionScope {
				if s.flags[nm.Id]&defParam != 0 {
					t.fail(&n.Pos, "assignment expression cannot rebind comprehension iteration variable '"+nm.Id+"'")
					return
				}
				s = s.parent
			}
			if s.kind == classScope {
				t.fail(&n.Pos, "assignment expression within a comprehension cannot be used in a class body")
				return
			}
			if s.kind == moduleScope {
				for c := t.cur; c.kind == comprehensionScope; c = c.parent {
					c.add(nm.Id, defGlobal)
				}
			} else {
				for c := t.cur; c.kind == comprehensionScope; c = c.parent {
					c.add(nm.Id, defNonlocal)
				}
				if s.flags[nm.Id]&(defGlobal|defNonlocal) == 0 {
					s.add(nm.Id, defLocal)
				}
			}
			return
		}
		t.expr(n.Target)
	case *syntax.BinOp:
		t.expr(n.Left)
		t.expr(n.Right)
	case *syntax.UnaryOp:
		t.expr(n.Operand)
	case *syntax.Lambda:
		t.args(n.Args)
		t.enter(functionScope, "<lambda>", n)
		t.params(n.Args)
		t.expr(n.Body)
		t.leave()
	case *syntax.IfExp:
		t.expr(n.Test)
		t.expr(n.Body)
		t.expr(n.Orelse)
	case *syntax.Dict:
		for i, k := range n.Keys {
			if k != nil {
				t.expr(k)
			}
			t.expr(n.Values[i])
		}
	case *syntax.Set:
		for _, x := range n.Elts {
			t.expr(x)
		}
	case *syntax.ListComp:
		t.comp(n, "<listcomp>", n.Generators, n.Elt, nil)
	case *syntax.SetComp:
		t.comp(n, "<setcomp>", n.Generators, n.Elt, nil)
	case *syntax.DictComp:
		t.comp(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *syntax.GeneratorExp:
		t.comp(n, "<genexpr>", n.Generators, n.Elt, nil)
	case *syntax.Await:
		t.expr(n.Value)
	case *syntax.Yield:
		t.cur.generator = true
		if n.Value != nil {
			t.expr(n.Value)
		}
		t.checkYield(&n.Pos)
	case *syntax.YieldFrom:
		t.cur.generator = true
		t.expr(n.Value)
		t.checkYield(&n.Pos)
	case *syntax.Compare:
		t.expr(n.Left)
		for _, c := range n.Comparators {
			t.expr(c)
		}
	case *syntax.Call:
		t.expr(n.Func)
		for _, a := range n.Args {
			t.expr(a)
		}
		for _, k := range n.Keywords {
			t.expr(k.Value)
		}
	case *syntax.FormattedValue:
		t.expr(n.Value)
		if n.FormatSpec != nil {
			t.expr(n.FormatSpec)
		}
	case *syntax.JoinedStr:
		for _, v := range n.Values {
			t.expr(v)
		}
	case *syntax.Attribute:
		t.expr(n.Value)
	case *syntax.Subscript:
		t.expr(n.Value)
		t.expr(n.Slice)
	case *syntax.Starred:
		t.expr(n.Value)
	case *syntax.List:
		for _, x := range n.Elts {
			t.expr(x)
		}
	case *syntax.Tuple:
		for _, x := range n.Elts {
			t.expr(x)
		}
	case *syntax.Slice:
		for _, x := range []syntax.Expr{n.Lower, n.Upper, n.Step} {
			if x != nil {
				t.expr(x)
			}
		}
	}
}

func (t *symtable) checkYield(pos *syntax.Pos) {
	switch t.cur.kind {
	case moduleScope, classScope:
		t.fail(pos, "'yield' outside function")
	case comprehensionScope:
		if t.cur.name != "<genexpr>" || true {
			t.fail(pos, "'yield' inside "+comprehensionWord(t.cur.name))
		}
	}
}

func comprehensionWord(name string) string {
	switch name {
	case "<listcomp>":
		return "list comprehension"
	case "<setcomp>":
		return "set comprehension"
	case "<dictcomp>":
		return "dict comprehension"
	}
	return "generator expression"
}

func (t *symtable) comp(node syntax.Node, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	t.expr(gens[0].Iter)
	s := t.enter(comprehensionScope, name, node)
	if name == "<genexpr>" {
		s.generator = true
	}
	s.add(".0", defParam|defLocal)
	s.params = append(s.params, ".0")
	for i, g := range gens {
		if i > 0 {
			t.expr(g.Iter)
		}
		t.compTarget(g.Target)
		for _, c := range g.Ifs {
			t.expr(c)
		}
	}
	t.expr(elt)
	if value != nil {
		t.expr(value)
	}
	t.leave()
}

// compTarget binds a comprehension target; the names are marked as
// parameters so that a walrus cannot rebind them.
func (t *symtable) compTarget(e syntax.Expr) {
	switch n := e.(type) {
	case *syntax.Name:
		t.cur.add(n.Id, defLocal|defParam)
	case *syntax.Tuple:
		for _, x := range n.Elts {
			t.compTarget(x)
		}
	case *syntax.List:
		for _, x := range n.Elts {
			t.compTarget(x)
		}
	case *syntax.Starred:
		t.compTarget(n.Value)
	default:
		t.expr(e)
	}
}

// analyze resolves every name of s. bound holds the names bound by the
// enclosing function scopes (visible to closures). It returns the free
// names s needs from its parents.
func (t *symtable) analyze(s *scope, bound map[string]bool) map[string]bool {
	free := map[string]bool{}
	if s.needsClass && bound["__class__"] && s.flags["__class__"]&defLocal == 0 {
		s.addFree("__class__")
	}
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&defGlobal != 0:
		case f&defNonlocal != 0:
			if !bound[name] {
				if t.err == nil {
					t.err = &Error{Msg: "no binding for nonlocal '" + name + "' found", Line: s.lineno}
					if pos := s.nonlocalPos[name]; pos != nil {
						t.err.Line, t.err.Col = pos.Lineno, pos.ColOffset
					}
				}
			}
			s.flags[name] |= defFree
			free[name] = true
		case f&defLocal != 0:
		case bound[name]:
			s.flags[name] |= defFree
			free[name] = true
		default:
			s.flags[name] |= defImplicitGlobal
		}
	}
	// names visible to children
	childBound := map[string]bool{}
	for k := range bound {
		childBound[k] = true
	}
	if s.kind == functionScope || s.kind == comprehensionScope {
		for _, name := range s.order {
			f := s.flags[name]
			if f&defLocal != 0 && f&(defGlobal|defNonlocal) == 0 {
				childBound[name] = true
			}
			if f&defGlobal != 0 {
				delete(childBound, name)
			}
		}
	} else if s.kind == classScope {
		childBound["__class__"] = true
		for _, name := range s.order {
			if s.flags[name]&defGlobal != 0 {
				delete(childBound, name)
			}
		}
	} else {
		childBound = map[string]bool{}
	}
	for _, c := range s.children {
		cf := t.analyze(c, childBound)
		for name := range cf {
			if name == "__class__" && s.kind == classScope {
				s.hasClassCell = true
				continue
			}
			f := s.flags[name]
			if (s.kind == functionScope || s.kind == comprehensionScope) && f&defLocal != 0 && f&(defGlobal|defNonlocal|defFree) == 0 {
				s.flags[name] |= defCell
				continue
			}
			if s.kind == classScope && f&(defLocal) != 0 && f&defFree == 0 {
				// a class-local name is not visible; the free variable passes through
				s.flags[name] |= defFreeClass
				free[name] = true
				continue
			}
			if _, ok := s.flags[name]; !ok {
				s.order = append(s.order, name)
			}
			s.flags[name] |= defFree
			free[name] = true
		}
	}
	return free
}

func (s *scope) addFree(name string) {
	if _, ok := s.flags[name]; !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] |= defFree
	s.flags[name] &^= defImplicitGlobal
}
