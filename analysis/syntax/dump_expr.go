package syntax

// expr writes an expression node in CPython 3.11's ast.dump form.
func (p *dumper) expr(n Expr) {
	switch n := n.(type) {
	case *BoolOp:
		p.open("BoolOp")
		p.name("op")
		p.leaf(n.Op.String())
		p.exprs("values", n.Values)
		p.close(&n.Pos)
	case *NamedExpr:
		p.open("NamedExpr")
		p.nodeField("target", n.Target)
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *BinOp:
		p.open("BinOp")
		p.nodeField("left", n.Left)
		p.name("op")
		p.leaf(n.Op.String())
		p.nodeField("right", n.Right)
		p.close(&n.Pos)
	case *UnaryOp:
		p.open("UnaryOp")
		p.name("op")
		p.leaf(n.Op.String())
		p.nodeField("operand", n.Operand)
		p.close(&n.Pos)
	case *Lambda:
		p.open("Lambda")
		p.nodeField("args", n.Args)
		p.nodeField("body", n.Body)
		p.close(&n.Pos)
	case *IfExp:
		p.open("IfExp")
		p.nodeField("test", n.Test)
		p.nodeField("body", n.Body)
		p.nodeField("orelse", n.Orelse)
		p.close(&n.Pos)
	case *Dict:
		p.open("Dict")
		p.exprs("keys", n.Keys)
		p.exprs("values", n.Values)
		p.close(&n.Pos)
	case *Set:
		p.open("Set")
		p.exprs("elts", n.Elts)
		p.close(&n.Pos)
	case *ListComp:
		p.comprehension("ListComp", &n.Pos, n.Elt, n.Generators)
	case *SetComp:
		p.comprehension("SetComp", &n.Pos, n.Elt, n.Generators)
	case *GeneratorExp:
		p.comprehension("GeneratorExp", &n.Pos, n.Elt, n.Generators)
	case *DictComp:
		p.open("DictComp")
		p.nodeField("key", n.Key)
		p.nodeField("value", n.Value)
		p.generators(n.Generators)
		p.close(&n.Pos)
	case *Await:
		p.open("Await")
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *Yield:
		p.open("Yield")
		p.optNodeField("value", n.Value)
		p.close(&n.Pos)
	case *YieldFrom:
		p.open("YieldFrom")
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *Compare:
		p.open("Compare")
		p.nodeField("left", n.Left)
		p.name("ops")
		p.b.WriteByte('[')
		for i, op := range n.Ops {
			if i > 0 {
				p.b.WriteString(", ")
			}
			p.leaf(op.String())
		}
		p.b.WriteByte(']')
		p.exprs("comparators", n.Comparators)
		p.close(&n.Pos)
	case *Call:
		p.open("Call")
		p.nodeField("func", n.Func)
		p.exprs("args", n.Args)
		p.list("keywords", len(n.Keywords), func(i int) Node { return n.Keywords[i] })
		p.close(&n.Pos)
	case *FormattedValue:
		p.open("FormattedValue")
		p.nodeField("value", n.Value)
		p.intField("conversion", n.Conversion)
		p.optNodeField("format_spec", n.FormatSpec)
		p.close(&n.Pos)
	case *JoinedStr:
		p.open("JoinedStr")
		p.exprs("values", n.Values)
		p.close(&n.Pos)
	case *Constant:
		p.open("Constant")
		p.constant("value", n.Value)
		p.optStrField("kind", n.Kind)
		p.close(&n.Pos)
	case *Attribute:
		p.open("Attribute")
		p.nodeField("value", n.Value)
		p.strField("attr", n.Attr)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *Subscript:
		p.open("Subscript")
		p.nodeField("value", n.Value)
		p.nodeField("slice", n.Slice)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *Starred:
		p.open("Starred")
		p.nodeField("value", n.Value)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *Name:
		p.open("Name")
		p.strField("id", n.Id)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *List:
		p.open("List")
		p.exprs("elts", n.Elts)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *Tuple:
		p.open("Tuple")
		p.exprs("elts", n.Elts)
		p.ctx(n.Ctx)
		p.close(&n.Pos)
	case *Slice:
		p.open("Slice")
		p.optNodeField("lower", n.Lower)
		p.optNodeField("upper", n.Upper)
		p.optNodeField("step", n.Step)
		p.close(&n.Pos)
	default:
		p.other(n)
	}
}

// comprehension writes ListComp, SetComp and GeneratorExp, which share
// their fields.
func (p *dumper) comprehension(class string, pos *Pos, elt Expr, gens []*Comprehension) {
	p.open(class)
	p.nodeField("elt", elt)
	p.generators(gens)
	p.close(pos)
}

func (p *dumper) generators(l []*Comprehension) {
	p.list("generators", len(l), func(i int) Node { return l[i] })
}

// pattern writes a match pattern node in CPython 3.11's ast.dump form.
func (p *dumper) pattern(n Pattern) {
	switch n := n.(type) {
	case *MatchValue:
		p.open("MatchValue")
		p.nodeField("value", n.Value)
		p.close(&n.Pos)
	case *MatchSingleton:
		p.open("MatchSingleton")
		p.constant("value", n.Value)
		p.close(&n.Pos)
	case *MatchSequence:
		p.open("MatchSequence")
		p.patterns("patterns", n.Patterns)
		p.close(&n.Pos)
	case *MatchMapping:
		p.open("MatchMapping")
		p.exprs("keys", n.Keys)
		p.patterns("patterns", n.Patterns)
		p.optStrField("rest", n.Rest)
		p.close(&n.Pos)
	case *MatchClass:
		p.open("MatchClass")
		p.nodeField("cls", n.Cls)
		p.patterns("patterns", n.Patterns)
		p.strList("kwd_attrs", n.KwdAttrs)
		p.patterns("kwd_patterns", n.KwdPatterns)
		p.close(&n.Pos)
	case *MatchStar:
		p.open("MatchStar")
		p.optStrField("name", n.Name)
		p.close(&n.Pos)
	case *MatchAs:
		p.open("MatchAs")
		p.optNodeField("pattern", n.Pattern)
		p.optStrField("name", n.Name)
		p.close(&n.Pos)
	case *MatchOr:
		p.open("MatchOr")
		p.patterns("patterns", n.Patterns)
		p.close(&n.Pos)
	default:
		p.other(n)
	}
}
