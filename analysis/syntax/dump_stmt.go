package syntax

// stmt writes a statement node in CPython 3.11's ast.dump form.
func (p *dumper) stmt(n Stmt) {
	switch n := n.(type) {
	case *FunctionDef:
		p.functionDef("FunctionDef", n)
	case *AsyncFunctionDef:
		p.functionDef("AsyncFunctionDef", (*FunctionDef)(n))
	case *ClassDef:
		p.open("ClassDef")
		p.strField("name", n.Name)
		p.exprs("bases", n.Bases)
		p.list("keywords", len(n.Keywords), func(i int) Node { return n.Keywords[i] })
		p.stmts("body", n.Body)
		p.exprs("decorator_list", n.DecoratorList)
		if len(n.TypeParams) > 0 {
			p.typeParams(n.TypeParams)
		}
		p.close(&n.Pos)
	case *Return:
		p.open("Return")
		p.optNodeField("value", n.Value)
		p.close(&n.Pos)
	case *Delete:
		p.open("Delete")
		p.exprs("targets", n.Targets)
		p.close(&n.Pos)
	case *Assign:
		p.open("Assign")
		p.exprs("targets", n.Targets)
		p.nodeField("value", n.Value)
		p.optStrField("type_comment", n.TypeComment)
		p.close(&n.Pos)
	case *TypeAlias:
		p.open("TypeAlias")
		p.nodeField("name", n.Name)
		p.typeParams(n.TypeParams)
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *AugAssign:
		p.open("AugAssign")
		p.nodeField("target", n.Target)
		p.name("op")
		p.leaf(n.Op.String())
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *AnnAssign:
		p.open("AnnAssign")
		p.nodeField("target", n.Target)
		p.nodeField("annotation", n.Annotation)
		p.optNodeField("value", n.Value)
		p.intField("simple", n.Simple)
		p.close(&n.Pos)
	case *For:
		p.forStmt("For", n)
	case *AsyncFor:
		p.forStmt("AsyncFor", (*For)(n))
	case *While:
		p.open("While")
		p.nodeField("test", n.Test)
		p.stmts("body", n.Body)
		p.stmts("orelse", n.Orelse)
		p.close(&n.Pos)
	case *If:
		p.open("If")
		p.nodeField("test", n.Test)
		p.stmts("body", n.Body)
		p.stmts("orelse", n.Orelse)
		p.close(&n.Pos)
	case *With:
		p.withStmt("With", n)
	case *AsyncWith:
		p.withStmt("AsyncWith", (*With)(n))
	case *Match:
		p.open("Match")
		p.nodeField("subject", n.Subject)
		p.list("cases", len(n.Cases), func(i int) Node { return n.Cases[i] })
		p.close(&n.Pos)
	case *Raise:
		p.open("Raise")
		p.optNodeField("exc", n.Exc)
		p.optNodeField("cause", n.Cause)
		p.close(&n.Pos)
	case *Try:
		p.tryStmt("Try", n)
	case *TryStar:
		p.tryStmt("TryStar", (*Try)(n))
	case *Assert:
		p.open("Assert")
		p.nodeField("test", n.Test)
		p.optNodeField("msg", n.Msg)
		p.close(&n.Pos)
	case *Import:
		p.open("Import")
		p.aliases(n.Names)
		p.close(&n.Pos)
	case *ImportFrom:
		p.open("ImportFrom")
		p.optStrField("module", n.Module)
		p.aliases(n.Names)
		p.intField("level", n.Level)
		p.close(&n.Pos)
	case *Global:
		p.open("Global")
		p.strList("names", n.Names)
		p.close(&n.Pos)
	case *Nonlocal:
		p.open("Nonlocal")
		p.strList("names", n.Names)
		p.close(&n.Pos)
	case *ExprStmt:
		p.open("Expr")
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *Pass:
		p.open("Pass")
		p.close(&n.Pos)
	case *Break:
		p.open("Break")
		p.close(&n.Pos)
	case *Continue:
		p.open("Continue")
		p.close(&n.Pos)
	default:
		p.other(n)
	}
}

func (p *dumper) functionDef(class string, n *FunctionDef) {
	p.open(class)
	p.strField("name", n.Name)
	p.nodeField("args", n.Args)
	p.stmts("body", n.Body)
	p.exprs("decorator_list", n.DecoratorList)
	p.optNodeField("returns", n.Returns)
	p.optStrField("type_comment", n.TypeComment)
	if len(n.TypeParams) > 0 {
		p.typeParams(n.TypeParams)
	}
	p.close(&n.Pos)
}

func (p *dumper) forStmt(class string, n *For) {
	p.open(class)
	p.nodeField("target", n.Target)
	p.nodeField("iter", n.Iter)
	p.stmts("body", n.Body)
	p.stmts("orelse", n.Orelse)
	p.optStrField("type_comment", n.TypeComment)
	p.close(&n.Pos)
}

func (p *dumper) withStmt(class string, n *With) {
	p.open(class)
	p.list("items", len(n.Items), func(i int) Node { return n.Items[i] })
	p.stmts("body", n.Body)
	p.optStrField("type_comment", n.TypeComment)
	p.close(&n.Pos)
}

func (p *dumper) tryStmt(class string, n *Try) {
	p.open(class)
	p.stmts("body", n.Body)
	p.list("handlers", len(n.Handlers), func(i int) Node { return n.Handlers[i] })
	p.stmts("orelse", n.Orelse)
	p.stmts("finalbody", n.Finalbody)
	p.close(&n.Pos)
}

func (p *dumper) aliases(l []*Alias) {
	p.list("names", len(l), func(i int) Node { return l[i] })
}
