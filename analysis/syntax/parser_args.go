package syntax

// parameters parses a def's or a lambda's parameter list up to (not
// including) the closing token end. Annotations are allowed in defs only.
func (p *parser) parameters(end Kind, annotations bool) *Arguments {
	a := &Arguments{}
	var plain []*Arg // parameters before '/' or '*', moved to Posonlyargs at '/'
	seenDefault := false
	seenStar := false
	for p.kind() != end {
		t := p.peek()
		switch t.Kind {
		case TLPar:
			if annotations {
				p.failAt(t, "Function parameters cannot be parenthesized")
			}
			p.failAt(t, "Lambda expression parameters cannot be parenthesized")
		case TSlash:
			if len(plain) == 0 && a.Posonlyargs == nil && !seenStar && p.kindAt(1) == end {
				p.failAt(t, "invalid syntax")
			}
			if seenStar || len(plain) == 0 || a.Posonlyargs != nil {
				if len(plain) == 0 && a.Posonlyargs == nil && !seenStar {
					p.failAt(t, "at least one argument must precede /")
				}
				if seenStar {
					p.failAt(t, "/ must be ahead of *")
				}
				p.failAt(t, "/ may appear only once")
			}
			p.pos++
			a.Posonlyargs = plain
			plain = nil
			if p.kind() == TStar {
				p.failAt(p.peek(), "expected comma between / and *")
			}
		case TStar:
			if seenStar {
				p.failAt(t, "* argument may appear only once")
			}
			p.pos++
			seenStar = true
			if k := p.kind(); k == TComma || k == end {
				if k == end || p.kindAt(1) == end || p.kindAt(1) == TDoubleStar {
					// A def reports it at the '*', a lambda at the last token read.
					at := t
					if !annotations {
						at = p.peek()
						if k == TComma {
							at = &p.toks[p.pos+1]
						}
					}
					p.failAt(at, "named arguments must follow bare *")
				}
				break
			}
			a.Vararg = p.param(annotations, true)
			if p.kind() == TEqual {
				p.failAt(p.peek(), "var-positional argument cannot have default value")
			}
		case TDoubleStar:
			p.pos++
			a.Kwarg = p.param(annotations, false)
			if p.kind() == TEqual {
				p.failAt(p.peek(), "var-keyword argument cannot have default value")
			}
			if p.kind() == TComma && p.kindAt(1) != end {
				p.pos++
				p.failAt(p.peek(), "arguments cannot follow var-keyword argument")
			}
		default:
			arg := p.param(annotations, false)
			var def Expr
			if eq := p.peek(); eq.Kind == TEqual {
				p.pos++
				if k := p.kind(); k == TComma || k == end {
					p.failAt(eq, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if seenDefault {
					p.failNode(arg, "non-default argument follows default argument")
				}
				plain = append(plain, arg)
			}
		}
		if !p.accept(TComma) {
			break
		}
	}
	a.Args = plain
	if p.kind() != end {
		p.failSyntax()
	}
	return a
}

// param parses one parameter name with its optional annotation (a starred
// annotation is allowed after '*' in 3.11+).
func (p *parser) param(annotations, starAnnotation bool) *Arg {
	n := p.peek()
	if n.Kind != TName {
		p.failSyntax()
	}
	p.pos++
	arg := &Arg{Arg: p.name(n)}
	if annotations && p.accept(TColon) {
		if starAnnotation && p.kind() == TStar {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.spanFrom(n)
	return arg
}

// callArguments parses class bases and keywords.
func (p *parser) callArguments() ([]Expr, []*Keyword) {
	return p.callArgumentsOrGenexp(nil)
}

// callArgumentsOrGenexp parses a call's arguments up to (not including)
// ')'. A lone generator expression argument gets a zero position, which
// the caller replaces with the call's parentheses.
func (p *parser) callArgumentsOrGenexp(open *Token) ([]Expr, []*Keyword) {
	saved := p.inCallArgs
	p.inCallArgs = true
	defer func() { p.inCallArgs = saved }()
	var args []Expr
	var kws []*Keyword
	seenKw, seenKwUnpack := false, false
	for p.kind() != TRPar {
		t := p.peek()
		switch {
		case t.Kind == TStar:
			p.pos++
			v := p.expression()
			s := &Starred{Pos: p.spanFrom(t), Value: v, Ctx: Load}
			if seenKwUnpack {
				p.failNode(s, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case t.Kind == TDoubleStar:
			p.pos++
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.spanFrom(t), Value: v})
			seenKwUnpack = true
		case t.Kind == TName && p.kindAt(1) == TEqual:
			p.pos += 2
			if k := p.kind(); k == TComma || k == TRPar {
				p.fail(kindSyntax, "expected argument value expression", Pos{int(t.Line), int(t.Col), int(p.prev().EndLine), int(p.prev().EndCol)})
			}
			v := p.expression()
			if k := p.kind(); k == KwFor || k == KwAsync {
				p.fail(kindSyntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(&Pos{Lineno: int(t.Line), ColOffset: int(t.Col)}, v.Loc()))
			}
			kws = append(kws, &Keyword{Pos: p.spanFrom(t), Arg: p.name(t), Value: v})
			seenKw = true
		case (t.Kind == KwTrue || t.Kind == KwFalse || t.Kind == KwNone) && p.kindAt(1) == TEqual:
			p.failAt(t, "cannot assign to "+p.text(t))
		default:
			st := p.peek()
			e := p.namedExpression()
			if k := p.kind(); k == KwFor || k == KwAsync {
				gens := p.comprehensions()
				g := &GeneratorExp{Elt: e, Generators: gens}
				if open == nil || len(args) > 0 || len(kws) > 0 || p.kind() != TRPar {
					g.Pos = p.spanFrom(st)
					p.failNode(g, "Generator expression must be parenthesized")
				}
				e = g
			} else if p.kind() == TEqual {
				eq := p.peek()
				p.fail(kindSyntax, `expression cannot contain assignment, perhaps you meant "=="?`, Pos{e.Loc().Lineno, e.Loc().ColOffset, int(eq.EndLine), int(eq.EndCol)})
			}
			// CPython reports these at the token after the argument.
			if seenKwUnpack {
				p.failAt(p.peek(), "positional argument follows keyword argument unpacking")
			}
			if seenKw {
				p.failAt(p.peek(), "positional argument follows keyword argument")
			}
			args = append(args, e)
		}
		if !p.accept(TComma) {
			if p.kind() != TRPar && len(args) > 0 {
				p.checkForgotComma(args[len(args)-1], TRPar)
			}
			break
		}
	}
	return args, kws
}
