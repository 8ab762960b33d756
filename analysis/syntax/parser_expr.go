package syntax

// starExpressions parses `star_expression (',' star_expression)* [',']`,
// giving a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	st := p.peek()
	first := p.starExpression()
	if p.kind() != TComma {
		return first
	}
	elts := []Expr{first}
	for p.accept(TComma) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.spanFrom(st), Elts: elts}
}

// startsExpression reports whether the current token can begin an expression.
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case TName, TNumber, TString, TFStringStart, TLPar, TLSqb, TLBrace, TMinus, TPlus, TTilde,
		TStar, TEllipsis, KwNot, KwLambda, KwAwait, KwNone, KwTrue, KwFalse:
		return true
	}
	return false
}

func (p *parser) starExpression() Expr {
	if t := p.peek(); t.Kind == TStar {
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.spanFrom(t), Value: v, Ctx: Load}
	}
	return p.expression()
}

// starNamedExpression parses `'*' bitwise_or | named_expression`.
func (p *parser) starNamedExpression() Expr {
	if t := p.peek(); t.Kind == TStar {
		p.pos++
		v := p.bitwiseOr()
		return &Starred{Pos: p.spanFrom(t), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// namedExpression parses `NAME ':=' expression | expression !':='`.
func (p *parser) namedExpression() Expr {
	t := p.peek()
	if t.Kind == TName && p.kindAt(1) == TColonEqual {
		p.pos += 2
		target := &Name{Pos: tokPos(t), Id: p.name(t), Ctx: Store}
		v := p.expression()
		return &NamedExpr{Pos: p.spanFrom(t), Target: target, Value: v}
	}
	e := p.expression()
	switch p.kind() {
	case TColonEqual:
		p.failNode(e, "cannot use assignment expressions with "+exprName(e))
	case TEqual:
		if !p.inCallArgs {
			p.mistypedComparison(e)
		}
	}
	return e
}

// mistypedComparison gives CPython's hints for `x = y` written where an
// expression is expected, e.g. `if x = 1:`.
func (p *parser) mistypedComparison(e Expr) {
	save := p.pos
	p.pos++
	var rhs Expr
	ok := p.protectQuiet(func() { rhs = p.bitwiseOr() })
	if ok && p.kind() != TEqual && p.kind() != TColonEqual {
		if _, isName := e.(*Name); isName {
			p.fail(kindSyntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e.Loc(), rhs.Loc()))
		}
		if isOperandExpr(e) && !p.startsWithDisplay(e) {
			p.failNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
		}
	}
	p.pos = save
}

// expression parses a conditional expression or lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == KwLambda {
		return p.lambda()
	}
	st := p.peek()
	body := p.disjunction()
	if p.kind() != KwIf {
		return body
	}
	p.pos++
	test := p.disjunction()
	if p.kind() != KwElse {
		if p.kind() != TColon {
			p.fail(kindSyntax, "expected 'else' after 'if' expression", span(body.Loc(), test.Loc()))
		}
		p.failSyntax()
	}
	p.pos++
	orelse := p.expression()
	return &IfExp{Pos: p.spanFrom(st), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) disjunction() Expr {
	st := p.peek()
	first := p.conjunction()
	if p.kind() != KwOr {
		return first
	}
	values := []Expr{first}
	for p.accept(KwOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Pos: p.spanFrom(st), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	st := p.peek()
	first := p.inversion()
	if p.kind() != KwAnd {
		return first
	}
	values := []Expr{first}
	for p.accept(KwAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Pos: p.spanFrom(st), Op: And, Values: values}
}

func (p *parser) inversion() Expr {
	if t := p.peek(); t.Kind == KwNot {
		p.pos++
		p.enter()
		v := p.inversion()
		p.leave()
		return &UnaryOp{Pos: p.spanFrom(t), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	st := p.peek()
	left := p.bitwiseOr()
	var ops []CmpOp
	var comps []Expr
	for {
		var op CmpOp
		switch p.kind() {
		case TEqEqual:
			op = Eq
		case TNotEqual:
			if p.text(p.peek()) == "<>" {
				p.failSyntax()
			}
			op = NotEq
		case TLess:
			op = Lt
		case TLessEqual:
			op = LtE
		case TGreater:
			op = Gt
		case TGreaterEqual:
			op = GtE
		case KwIn:
			op = In
		case KwIs:
			if p.kindAt(1) == KwNot {
				p.pos++
				op = IsNot
			} else {
				op = Is
			}
		case KwNot:
			if p.kindAt(1) != KwIn {
				goto done
			}
			p.pos++
			op = NotIn
		default:
			goto done
		}
		p.pos++
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if ops == nil {
		return left
	}
	return &Compare{Pos: p.spanFrom(st), Left: left, Ops: ops, Comparators: comps}
}

// binary operator precedence levels, lowest first.
const (
	precOr = iota + 1
	precXor
	precAnd
	precShift
	precSum
	precTerm
)

func binaryOp(k Kind) (Operator, int) {
	switch k {
	case TVBar:
		return BitOr, precOr
	case TCircumflex:
		return BitXor, precXor
	case TAmper:
		return BitAnd, precAnd
	case TLeftShift:
		return LShift, precShift
	case TRightShift:
		return RShift, precShift
	case TPlus:
		return Add, precSum
	case TMinus:
		return Sub, precSum
	case TStar:
		return Mult, precTerm
	case TSlash:
		return Div, precTerm
	case TDoubleSlash:
		return FloorDiv, precTerm
	case TPercent:
		return Mod, precTerm
	case TAt:
		return MatMult, precTerm
	}
	return 0, 0
}

// bitwiseOr parses the binary-operator levels `|` down to `*` by
// precedence climbing; all are left-associative.
func (p *parser) bitwiseOr() Expr { return p.binary(precOr) }

func (p *parser) binary(minPrec int) Expr {
	st := p.peek()
	left := p.factor()
	for {
		op, prec := binaryOp(p.kind())
		if prec < minPrec || prec == 0 {
			return left
		}
		p.pos++
		p.enter()
		right := p.binary(prec + 1)
		p.leave()
		left = &BinOp{Pos: p.spanFrom(st), Left: left, Op: op, Right: right}
	}
}

func (p *parser) factor() Expr {
	t := p.peek()
	var op UnaryOpKind
	switch t.Kind {
	case TPlus:
		op = UAdd
	case TMinus:
		op = USub
	case TTilde:
		op = Invert
	default:
		return p.power()
	}
	p.pos++
	p.enter()
	v := p.factor()
	p.leave()
	return &UnaryOp{Pos: p.spanFrom(t), Op: op, Operand: v}
}

func (p *parser) power() Expr {
	st := p.peek()
	left := p.awaitPrimary()
	if p.kind() != TDoubleStar {
		return left
	}
	p.pos++
	p.enter()
	right := p.factor()
	p.leave()
	return &BinOp{Pos: p.spanFrom(st), Left: left, Op: Pow, Right: right}
}

func (p *parser) awaitPrimary() Expr {
	if t := p.peek(); t.Kind == KwAwait {
		p.pos++
		p.enter()
		v := p.primary()
		p.leave()
		return &Await{Pos: p.spanFrom(t), Value: v}
	}
	return p.primary()
}

func (p *parser) primary() Expr {
	st := p.peek()
	e := p.atom()
	for {
		switch p.kind() {
		case TDot:
			p.pos++
			n := p.expect(TName)
			e = &Attribute{Pos: p.spanFrom(st), Value: e, Attr: p.name(n), Ctx: Load}
		case TLPar:
			open := p.next()
			p.enter()
			args, kws := p.callArgumentsOrGenexp(open)
			p.leave()
			p.expectClose(TRPar, open)
			c := &Call{Pos: p.spanFrom(st), Func: e, Args: args, Keywords: kws}
			if len(args) == 1 {
				if g, ok := args[0].(*GeneratorExp); ok && g.Lineno == 0 {
					g.Pos = Pos{int(open.Line), int(open.Col), int(p.prev().EndLine), int(p.prev().EndCol)}
				}
			}
			e = c
		case TLSqb:
			open := p.next()
			p.enter()
			s := p.slices()
			p.leave()
			p.expectClose(TRSqb, open)
			e = &Subscript{Pos: p.spanFrom(st), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// expectClose consumes a closing bracket, or reports a missing comma or
// a generic error.
func (p *parser) expectClose(k Kind, open *Token) {
	if p.kind() == k {
		p.pos++
		return
	}
	p.failSyntax()
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	st := p.peek()
	first := p.sliceItem()
	if p.kind() != TComma {
		if _, ok := first.(*Starred); ok {
			return &Tuple{Pos: p.spanFrom(st), Elts: []Expr{first}, Ctx: Load}
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(TComma) {
		if p.kind() == TRSqb {
			break
		}
		elts = append(elts, p.sliceItem())
	}
	return &Tuple{Pos: p.spanFrom(st), Elts: elts, Ctx: Load}
}

func (p *parser) sliceItem() Expr {
	t := p.peek()
	if t.Kind == TStar {
		return p.starNamedExpression()
	}
	var lower Expr
	if t.Kind != TColon {
		lower = p.namedExpression()
		if p.kind() != TColon {
			p.checkForgotComma(lower, TRSqb)
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.failSyntax()
		}
	}
	p.expect(TColon)
	s := &Slice{Lower: lower}
	if k := p.kind(); k != TColon && k != TComma && k != TRSqb {
		s.Upper = p.expression()
	}
	if p.accept(TColon) {
		if k := p.kind(); k != TComma && k != TRSqb {
			s.Step = p.expression()
		}
	}
	s.Pos = p.spanFrom(t)
	return s
}

func (p *parser) atom() Expr {
	t := p.peek()
	switch t.Kind {
	case TName:
		p.pos++
		return &Name{Pos: tokPos(t), Id: p.name(t), Ctx: Load}
	case TNumber:
		p.pos++
		return p.number(t)
	case TString, TFStringStart:
		return p.strings()
	case KwNone:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: None}
	case KwTrue:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: true}
	case KwFalse:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: false}
	case TEllipsis:
		p.pos++
		return &Constant{Pos: tokPos(t), Value: Ellipsis}
	case TLPar:
		return p.parenAtom()
	case TLSqb:
		return p.listAtom()
	case TLBrace:
		return p.braceAtom()
	}
	p.failSyntax()
	return nil
}

// parenAtom parses a tuple, a group, a generator expression or a
// parenthesized yield.
func (p *parser) parenAtom() Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(TRPar) {
		return &Tuple{Pos: p.spanFrom(open), Ctx: Load}
	}
	if p.kind() == KwYield {
		y := p.yieldExpr()
		p.expectClose(TRPar, open)
		return y
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case KwFor, KwAsync:
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expectClose(TRPar, open)
		return &GeneratorExp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
	case TRPar:
		p.pos++
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "cannot use starred expression here")
		}
		return first
	case TComma:
		elts := []Expr{first}
		for p.accept(TComma) {
			if p.kind() == TRPar {
				break
			}
			elts = append(elts, p.starNamedExpression())
			p.checkForgotComma(elts[len(elts)-1], TRPar)
		}
		p.expectClose(TRPar, open)
		return &Tuple{Pos: p.spanFrom(open), Elts: elts, Ctx: Load}
	}
	p.checkForgotComma(first, TRPar)
	p.failSyntax()
	return nil
}

func (p *parser) listAtom() Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(TRSqb) {
		return &List{Pos: p.spanFrom(open), Ctx: Load}
	}
	first := p.starNamedExpression()
	if k := p.kind(); k == KwFor || k == KwAsync {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expectClose(TRSqb, open)
		return &ListComp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	p.checkForgotComma(first, TRSqb)
	for p.accept(TComma) {
		if p.kind() == TRSqb {
			break
		}
		elts = append(elts, p.starNamedExpression())
		p.checkForgotComma(elts[len(elts)-1], TRSqb)
	}
	p.checkUnparenthesizedTarget(elts)
	p.expectClose(TRSqb, open)
	return &List{Pos: p.spanFrom(open), Elts: elts, Ctx: Load}
}

func (p *parser) braceAtom() Expr {
	open := p.next()
	p.enter()
	defer p.leave()
	if p.accept(TRBrace) {
		return &Dict{Pos: p.spanFrom(open)}
	}
	// First item decides between a dict and a set.
	if p.kind() == TDoubleStar {
		p.pos++
		v := p.bitwiseOr()
		return p.dictRest(open, nil, v)
	}
	first := p.starNamedExpression()
	if p.kind() == TColon {
		if _, ok := first.(*Starred); ok {
			p.failSyntax()
		}
		v := p.dictValue()
		if k := p.kind(); k == KwFor || k == KwAsync {
			gens := p.comprehensions()
			p.expectClose(TRBrace, open)
			return &DictComp{Pos: p.spanFrom(open), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(open, first, v)
	}
	if k := p.kind(); k == KwFor || k == KwAsync {
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expectClose(TRBrace, open)
		return &SetComp{Pos: p.spanFrom(open), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	p.checkForgotComma(first, TRBrace)
	for p.accept(TComma) {
		if p.kind() == TRBrace {
			break
		}
		elts = append(elts, p.starNamedExpression())
		p.checkForgotComma(elts[len(elts)-1], TRBrace)
	}
	p.checkUnparenthesizedTarget(elts)
	p.expectClose(TRBrace, open)
	return &Set{Pos: p.spanFrom(open), Elts: elts}
}

// dictValue parses `':' expression` after a dict key.
func (p *parser) dictValue() Expr {
	colon := p.next()
	switch p.kind() {
	case TStar:
		p.failAt(p.peek(), "cannot use a starred expression in a dictionary value")
	case TRBrace, TComma:
		p.failAt(colon, "expression expected after dictionary key and ':'")
	}
	v := p.expression()
	if k := p.kind(); k != TComma && k != TRBrace && k != KwFor && k != KwAsync {
		p.checkForgotComma(v, TRBrace)
	}
	return v
}

// dictRest parses the items after the first of a dict display.
func (p *parser) dictRest(open *Token, k, v Expr) Expr {
	d := &Dict{Keys: []Expr{k}, Values: []Expr{v}}
	for p.accept(TComma) {
		if p.kind() == TRBrace {
			break
		}
		if p.accept(TDoubleStar) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			continue
		}
		key := p.expression()
		if p.kind() != TColon {
			if p.kind() == TRBrace || p.kind() == TComma {
				p.failNode(key, "':' expected after dictionary key")
			}
			p.checkForgotComma(key, TRBrace)
			p.failSyntax()
		}
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, p.dictValue())
	}
	p.expectClose(TRBrace, open)
	d.Pos = p.spanFrom(open)
	return d
}

// comprehensions parses `('async'? 'for' targets 'in' disjunction ('if' disjunction)*)+`.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{}
		if p.kind() == KwAsync && p.kindAt(1) == KwFor {
			p.pos++
			c.IsAsync = 1
		}
		if p.kind() != KwFor {
			return gens
		}
		p.pos++
		c.Target = p.starTargets()
		if p.kind() != KwIn {
			p.failSyntax()
		}
		p.pos++
		c.Iter = p.disjunction()
		for p.accept(KwIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

func (p *parser) yieldExpr() Expr {
	t := p.next()
	if p.accept(KwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.spanFrom(t), Value: v}
	}
	y := &Yield{}
	if p.startsExpression() {
		y.Value = p.starExpressions()
	}
	y.Pos = p.spanFrom(t)
	return y
}

func (p *parser) lambda() Expr {
	t := p.next()
	args := p.parameters(TColon, false)
	p.expect(TColon)
	body := p.expression()
	return &Lambda{Pos: p.spanFrom(t), Args: args, Body: body}
}

// checkUnparenthesizedTarget reports `[a, b for ...]`.
func (p *parser) checkUnparenthesizedTarget(elts []Expr) {
	if k := p.kind(); (k == KwFor || k == KwAsync) && len(elts) > 1 {
		p.fail(kindSyntax, "did you forget parentheses around the comprehension target?", span(elts[0].Loc(), elts[len(elts)-1].Loc()))
	}
}

// checkForgotComma gives CPython's "Perhaps you forgot a comma?" when an
// element inside brackets is directly followed by another expression.
func (p *parser) checkForgotComma(a Expr, closer Kind) {
	if !p.startsExpression() || p.kind() == TStar {
		return
	}
	if p.toks[p.pos-1].Level == 0 {
		return
	}
	// CPython skips this hint when the element starts with a soft keyword
	// or is a name followed by a string.
	if n, ok := a.(*Name); ok {
		if k := p.kind(); k == TString || k == TFStringStart {
			return
		}
		switch n.Id {
		case "match", "case", "_", "type":
			return
		}
	}
	save := p.pos
	var b Expr
	if p.protectQuiet(func() { b = p.expression() }) {
		p.pos = save
		p.fail(kindSyntax, "invalid syntax. Perhaps you forgot a comma?", span(a.Loc(), b.Loc()))
	}
	p.pos = save
}
