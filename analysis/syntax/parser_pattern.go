package syntax

// looksLikeMatch decides whether a line starting with the soft keyword
// `match` is a match statement: its logical line ends with ':' and an
// indented block follows. No simple statement can end with ':'.
func (p *parser) looksLikeMatch() bool {
	switch p.toks[p.pos+1].Kind {
	case TEqual, TColon, TDot, TComma, TNewline, TSemi, TRPar, TRSqb, EndMarker:
		return false
	}
	if k := p.toks[p.pos+1].Kind; k >= TPlusEqual && k <= TDoubleSlashEqual || k == TAtEqual {
		return false
	}
	for i := p.pos + 1; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case TNewline:
			return p.toks[i-1].Kind == TColon
		case EndMarker, TError:
			return false
		}
	}
	return false
}

func (p *parser) matchStmt() Stmt {
	t := p.next()
	var subject Expr
	st := p.peek()
	first := p.starNamedExpression()
	if p.kind() == TComma {
		elts := []Expr{first}
		for p.accept(TComma) {
			if p.kind() == TColon {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		subject = &Tuple{Pos: p.spanFrom(st), Elts: elts, Ctx: Load}
	} else {
		subject = first
	}
	p.expectColon(false)
	if p.kind() != TNewline {
		p.failSyntax()
	}
	p.pos++
	if p.kind() != TIndent {
		p.fail(kindIndentation, "expected an indented block after 'match' statement on line "+itoa(int(t.Line)), tokPos(p.peek()))
	}
	p.pos++
	m := &Match{Subject: subject}
	for p.kind() != TDedent && p.kind() != EndMarker {
		ct := p.peek()
		if !p.isSoft("case") {
			p.failSyntax()
		}
		p.pos++
		c := &MatchCase{Pattern: p.patterns()}
		if p.accept(KwIf) {
			c.Guard = p.namedExpression()
		}
		p.expectColon(false)
		c.Body = p.block("'case' statement", ct)
		m.Cases = append(m.Cases, c)
	}
	p.accept(TDedent)
	l, col := p.bodyEnd(m.Cases[len(m.Cases)-1].Body)
	m.Pos = Pos{int(t.Line), int(t.Col), l, col}
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// patterns parses a case's top-level pattern, an open sequence included.
func (p *parser) patterns() Pattern {
	st := p.peek()
	first := p.maybeStarPattern()
	if p.kind() != TComma {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{Pos: first.(*MatchStar).Pos, Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(TComma) {
		if k := p.kind(); k == TColon || k == KwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.spanFrom(st), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if t := p.peek(); t.Kind == TStar {
		p.pos++
		n := p.expect(TName)
		name := p.name(n)
		if name == "_" {
			name = ""
		}
		return &MatchStar{Pos: p.spanFrom(t), Name: name}
	}
	return p.pattern()
}

// pattern parses `or_pattern ['as' NAME]`.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	st := p.peek()
	pat := p.orPattern()
	if p.accept(KwAs) {
		n := p.peek()
		if n.Kind != TName {
			p.failSyntax()
		}
		p.pos++
		if p.text(n) == "_" {
			p.failAt(n, "cannot use '_' as a target")
		}
		return &MatchAs{Pos: p.spanFrom(st), Pattern: pat, Name: p.name(n)}
	}
	return pat
}

func (p *parser) orPattern() Pattern {
	st := p.peek()
	first := p.closedPattern()
	if p.kind() != TVBar {
		return first
	}
	pats := []Pattern{first}
	for p.accept(TVBar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.spanFrom(st), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.peek()
	switch t.Kind {
	case TNumber, TMinus:
		v := p.signedNumber()
		return &MatchValue{Pos: *v.Loc(), Value: v}
	case TString, TFStringStart:
		v := p.strings()
		return &MatchValue{Pos: *v.Loc(), Value: v}
	case KwNone:
		p.pos++
		return &MatchSingleton{Pos: tokPos(t), Value: None}
	case KwTrue:
		p.pos++
		return &MatchSingleton{Pos: tokPos(t), Value: true}
	case KwFalse:
		p.pos++
		return &MatchSingleton{Pos: tokPos(t), Value: false}
	case TLPar:
		p.pos++
		if p.accept(TRPar) {
			return &MatchSequence{Pos: p.spanFrom(t)}
		}
		first := p.maybeStarPattern()
		if p.accept(TRPar) {
			if _, ok := first.(*MatchStar); !ok {
				return first
			}
			return &MatchSequence{Pos: p.spanFrom(t), Patterns: []Pattern{first}}
		}
		pats := []Pattern{first}
		for p.accept(TComma) {
			if p.kind() == TRPar {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(TRPar)
		return &MatchSequence{Pos: p.spanFrom(t), Patterns: pats}
	case TLSqb:
		p.pos++
		var pats []Pattern
		for p.kind() != TRSqb {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(TComma) {
				break
			}
		}
		p.expect(TRSqb)
		return &MatchSequence{Pos: p.spanFrom(t), Patterns: pats}
	case TLBrace:
		return p.mappingPattern()
	case TName:
		p.pos++
		var e Expr = &Name{Pos: tokPos(t), Id: p.name(t), Ctx: Load}
		dotted := false
		for p.kind() == TDot {
			p.pos++
			n := p.expect(TName)
			e = &Attribute{Pos: p.spanFrom(t), Value: e, Attr: p.name(n), Ctx: Load}
			dotted = true
		}
		if p.kind() == TLPar {
			return p.classPattern(e, t)
		}
		if dotted {
			return &MatchValue{Pos: *e.Loc(), Value: e}
		}
		if p.text(t) == "_" {
			return &MatchAs{Pos: tokPos(t)}
		}
		return &MatchAs{Pos: tokPos(t), Name: p.name(t)}
	}
	p.failSyntax()
	return nil
}

// signedNumber parses a literal number pattern: `-1`, `1 + 2j`, `-1.5 - 3j`.
func (p *parser) signedNumber() Expr {
	t := p.peek()
	var e Expr
	if t.Kind == TMinus {
		p.pos++
		n := p.expect(TNumber)
		e = &UnaryOp{Pos: p.spanFrom(t), Op: USub, Operand: p.number(n)}
	} else {
		p.pos++
		e = p.number(t)
	}
	if k := p.kind(); k == TPlus || k == TMinus {
		p.pos++
		n := p.expect(TNumber)
		op := Add
		if k == TMinus {
			op = Sub
		}
		right := p.number(n)
		if _, ok := right.(*Constant).Value.(complex128); !ok {
			p.failNode(right, "imaginary number required in complex literal")
		}
		e = &BinOp{Pos: p.spanFrom(t), Left: e, Op: op, Right: right}
	}
	return e
}

func (p *parser) mappingPattern() Pattern {
	t := p.next()
	m := &MatchMapping{}
	for p.kind() != TRBrace {
		if p.accept(TDoubleStar) {
			n := p.expect(TName)
			if p.text(n) == "_" {
				p.failAt(n, "invalid syntax")
			}
			m.Rest = p.name(n)
			p.accept(TComma)
			break
		}
		var key Expr
		k := p.peek()
		switch k.Kind {
		case TNumber, TMinus:
			key = p.signedNumber()
		case TString, TFStringStart:
			key = p.strings()
		case KwNone:
			p.pos++
			key = &Constant{Pos: tokPos(k), Value: None}
		case KwTrue:
			p.pos++
			key = &Constant{Pos: tokPos(k), Value: true}
		case KwFalse:
			p.pos++
			key = &Constant{Pos: tokPos(k), Value: false}
		case TName:
			p.pos++
			var e Expr = &Name{Pos: tokPos(k), Id: p.name(k), Ctx: Load}
			if p.kind() != TDot {
				p.failSyntax()
			}
			for p.accept(TDot) {
				n := p.expect(TName)
				e = &Attribute{Pos: p.spanFrom(k), Value: e, Attr: p.name(n), Ctx: Load}
			}
			key = e
		default:
			p.failSyntax()
		}
		p.expect(TColon)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(TComma) {
			break
		}
	}
	p.expect(TRBrace)
	m.Pos = p.spanFrom(t)
	return m
}

func (p *parser) classPattern(cls Expr, st *Token) Pattern {
	p.next()
	c := &MatchClass{Cls: cls}
	for p.kind() != TRPar {
		t := p.peek()
		if t.Kind == TName && p.kindAt(1) == TEqual {
			p.pos += 2
			c.KwdAttrs = append(c.KwdAttrs, p.name(t))
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.failNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.accept(TComma) {
			break
		}
	}
	p.expect(TRPar)
	c.Pos = p.spanFrom(st)
	return c
}
