package syntax

import "strings"

// statement parses one line of simple statements or one compound statement.
func (p *parser) statement() []Stmt {
	t := p.peek()
	switch t.Kind {
	case KwDef:
		return []Stmt{p.funcDef(nil, nil)}
	case KwIf:
		return []Stmt{p.ifStmt()}
	case KwClass:
		return []Stmt{p.classDef(nil)}
	case KwWith:
		return []Stmt{p.withStmt(nil)}
	case KwFor:
		return []Stmt{p.forStmt(nil)}
	case KwTry:
		return []Stmt{p.tryStmt()}
	case KwWhile:
		return []Stmt{p.whileStmt()}
	case TAt:
		return []Stmt{p.decorated()}
	case KwAsync:
		switch p.kindAt(1) {
		case KwDef:
			return []Stmt{p.funcDef(nil, t)}
		case KwWith:
			return []Stmt{p.withStmt(t)}
		case KwFor:
			return []Stmt{p.forStmt(t)}
		}
	case TIndent:
		p.failSyntax()
	case TName:
		if p.text(t) == "match" && p.looksLikeMatch() {
			return []Stmt{p.matchStmt()}
		}
	case KwElse, KwElif, KwExcept, KwFinally:
		// A clause without its statement.
		p.failSyntax()
	}
	return p.simpleStatements()
}

// simpleStatements parses `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
func (p *parser) simpleStatements() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStatement())
		if p.accept(TSemi) {
			if p.kind() == TNewline {
				break
			}
			continue
		}
		break
	}
	if p.kind() != TNewline {
		p.failSyntax()
	}
	p.pos++
	return out
}

func (p *parser) simpleStatement() Stmt {
	t := p.peek()
	switch t.Kind {
	case KwPass:
		p.pos++
		return &Pass{tokPos(t)}
	case KwBreak:
		p.pos++
		return &Break{tokPos(t)}
	case KwContinue:
		p.pos++
		return &Continue{tokPos(t)}
	case KwReturn:
		p.pos++
		r := &Return{}
		if !p.atSimpleEnd() {
			r.Value = p.starExpressions()
		}
		r.Pos = p.spanFrom(t)
		return r
	case KwImport:
		return p.importName()
	case KwFrom:
		return p.importFrom()
	case KwRaise:
		p.pos++
		r := &Raise{}
		if !p.atSimpleEnd() {
			r.Exc = p.expression()
			if p.accept(KwFrom) {
				r.Cause = p.expression()
			}
		}
		r.Pos = p.spanFrom(t)
		return r
	case KwGlobal, KwNonlocal:
		p.pos++
		var names []string
		for {
			n := p.expect(TName)
			names = append(names, p.name(n))
			if !p.accept(TComma) {
				break
			}
		}
		if t.Kind == KwGlobal {
			return &Global{Pos: p.spanFrom(t), Names: names}
		}
		return &Nonlocal{Pos: p.spanFrom(t), Names: names}
	case KwDel:
		return p.delStmt()
	case KwAssert:
		p.pos++
		a := &Assert{Test: p.expression()}
		if p.accept(TComma) {
			a.Msg = p.expression()
		}
		a.Pos = p.spanFrom(t)
		return a
	case TName:
		if p.text(t) == "type" && p.kindAt(1) == TName && (p.kindAt(2) == TEqual || p.kindAt(2) == TLSqb) {
			return p.typeAlias()
		}
		if p.text(t) == "print" {
			p.checkLegacyPrint(t)
		}
	}
	return p.exprStatement()
}

// atSimpleEnd reports whether a simple statement ends here.
func (p *parser) atSimpleEnd() bool {
	k := p.kind()
	return k == TNewline || k == TSemi || k == EndMarker
}

// checkLegacyPrint gives CPython's hint for Python 2's `print x`.
func (p *parser) checkLegacyPrint(t *Token) {
	switch p.kindAt(1) {
	case TName, TNumber, TString, TFStringStart, KwNone, KwTrue, KwFalse, TMinus, TTilde, KwNot, KwLambda, TLSqb, TLBrace:
	default:
		return
	}
	save := p.pos
	p.pos++
	var e Expr
	ok := p.protectQuiet(func() { e = p.starExpressions() })
	if ok && (p.kind() == TNewline || p.kind() == TSemi) {
		p.fail(kindSyntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", span(&Pos{int(t.Line), int(t.Col), 0, 0}, e.Loc()))
	}
	p.pos = save
}

// protectQuiet runs f as a speculative parse: errors it raises are dropped.
func (p *parser) protectQuiet(f func()) bool {
	n := len(p.errs)
	maxPeek := p.maxPeek
	ok := p.protect(f)
	if !ok {
		p.errs = p.errs[:n]
		p.errIsTok = p.errIsTok[:n]
		p.errTokIdx = p.errTokIdx[:n]
		for i := range p.reported {
			if i >= p.pos {
				delete(p.reported, i)
			}
		}
	}
	p.maxPeek = maxPeek
	return ok
}

func (p *parser) name(t *Token) string { return NormalizeIdentifier(p.text(t)) }

func (p *parser) importName() Stmt {
	t := p.next()
	var names []*Alias
	for {
		names = append(names, p.dottedAlias())
		if !p.accept(TComma) {
			break
		}
	}
	return &Import{Pos: p.spanFrom(t), Names: names}
}

func (p *parser) dottedName() string {
	var b strings.Builder
	b.WriteString(p.name(p.expect(TName)))
	for p.kind() == TDot {
		p.pos++
		b.WriteByte('.')
		b.WriteString(p.name(p.expect(TName)))
	}
	return b.String()
}

func (p *parser) dottedAlias() *Alias {
	start := p.peek()
	a := &Alias{Name: p.dottedName()}
	if p.accept(KwAs) {
		a.Asname = p.name(p.expect(TName))
	}
	a.Pos = p.spanFrom(start)
	return a
}

func (p *parser) importFrom() Stmt {
	t := p.next()
	s := &ImportFrom{}
	for {
		if p.accept(TDot) {
			s.Level++
		} else if p.accept(TEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.kind() != KwImport || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(KwImport)
	if st := p.peek(); st.Kind == TStar {
		p.pos++
		s.Names = []*Alias{{Pos: tokPos(st), Name: "*"}}
	} else {
		paren := p.accept(TLPar)
		for {
			n := p.expect(TName)
			a := &Alias{Name: p.name(n)}
			if p.accept(KwAs) {
				a.Asname = p.name(p.expect(TName))
			}
			a.Pos = p.spanFrom(n)
			s.Names = append(s.Names, a)
			if !p.accept(TComma) {
				break
			}
			if paren && p.kind() == TRPar {
				break
			}
			if !paren && p.atSimpleEnd() {
				p.failAt(p.peek(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(TRPar)
		}
	}
	s.Pos = p.spanFrom(t)
	return s
}

func (p *parser) delStmt() Stmt {
	t := p.next()
	var targets []Expr
	for {
		e := p.delTarget()
		targets = append(targets, e)
		if !p.accept(TComma) || p.atSimpleEnd() {
			break
		}
	}
	if !p.atSimpleEnd() {
		p.failSyntax()
	}
	return &Delete{Pos: p.spanFrom(t), Targets: targets}
}

func (p *parser) delTarget() Expr {
	if t := p.peek(); t.Kind == TStar {
		p.pos++
		v := p.bitwiseOr()
		p.failNode(&Starred{Pos: p.spanFrom(t), Value: v}, "cannot delete starred")
	}
	e := p.bitwiseOr()
	p.setContext(e, Del, "delete")
	return e
}

func (p *parser) typeAlias() Stmt {
	t := p.next()
	n := p.next()
	name := &Name{Pos: tokPos(n), Id: p.name(n), Ctx: Store}
	s := &TypeAlias{Name: name}
	if p.kind() == TLSqb {
		s.TypeParams = p.typeParams()
	}
	p.expect(TEqual)
	s.Value = p.expression()
	s.Pos = p.spanFrom(t)
	return s
}

// exprStatement parses expression statements and assignments.
func (p *parser) exprStatement() Stmt {
	startTok := p.peek()
	var first Expr
	if startTok.Kind == KwYield {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	k := p.kind()
	switch {
	case k == TEqual:
		return p.assignment(first, startTok)
	case k == TColon:
		return p.annAssign(first, startTok)
	case k >= TPlusEqual && k <= TDoubleSlashEqual || k == TAtEqual:
		return p.augAssign(first, startTok)
	case k == TColonEqual:
		if _, isName := first.(*Name); !isName {
			p.failNode(first, "cannot use assignment expressions with "+exprName(first))
		}
	}
	if !p.atSimpleEnd() {
		p.invalidExpressionStatement(first)
	}
	return &ExprStmt{Pos: p.spanFrom(startTok), Value: first}
}

var augOps = map[Kind]Operator{
	TPlusEqual: Add, TMinEqual: Sub, TStarEqual: Mult, TAtEqual: MatMult,
	TSlashEqual: Div, TPercentEqual: Mod, TAmperEqual: BitAnd, TVBarEqual: BitOr,
	TCircumflexEqual: BitXor, TLeftShiftEqual: LShift, TRightShiftEqual: RShift,
	TDoubleStarEqual: Pow, TDoubleSlashEqual: FloorDiv,
}

func (p *parser) augAssign(target Expr, startTok *Token) Stmt {
	op := p.next()
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		p.failNode(target, "'"+exprName(target)+"' is an illegal expression for augmented assignment")
	}
	p.setContext(target, Store, "assign to")
	var v Expr
	if p.kind() == KwYield {
		v = p.yieldExpr()
	} else {
		v = p.starExpressions()
	}
	return &AugAssign{Pos: p.spanFrom(startTok), Target: target, Op: augOps[op.Kind], Value: v}
}

func (p *parser) annAssign(target Expr, startTok *Token) Stmt {
	p.next()
	if !p.startsExpression() || p.kind() == TStar {
		p.failSyntax() // CPython's annotation hints need an annotation
	}
	simple := 0
	switch t := target.(type) {
	case *Name:
		if startTok.Kind != TLPar {
			simple = 1
		}
	case *Attribute, *Subscript:
	case *Tuple:
		p.failNode(target, "only single target (not tuple) can be annotated")
	case *List:
		p.failNode(target, "only single target (not list) can be annotated")
	default:
		_ = t
		p.failNode(target, "illegal target for annotation")
	}
	p.setContext(target, Store, "assign to")
	s := &AnnAssign{Target: target, Simple: simple}
	s.Annotation = p.expression()
	if p.accept(TEqual) {
		if p.kind() == KwYield {
			s.Value = p.yieldExpr()
		} else {
			s.Value = p.starExpressions()
		}
	}
	s.Pos = p.spanFrom(startTok)
	return s
}

func (p *parser) assignment(first Expr, startTok *Token) Stmt {
	targets := []Expr{first}
	var value Expr
	for p.accept(TEqual) {
		var e Expr
		if p.kind() == KwYield {
			e = p.yieldExpr()
		} else {
			e = p.starExpressions()
		}
		targets = append(targets, e)
	}
	value = targets[len(targets)-1]
	targets = targets[:len(targets)-1]
	if !p.atSimpleEnd() {
		p.invalidExpressionStatement(value)
	}
	for i, t := range targets {
		if bad := invalidTarget(t, Store); bad != nil {
			p.invalidAssignTarget(t, bad, i == 0 && len(targets) == 1, targets, value)
		}
	}
	for _, t := range targets {
		p.setContext(t, Store, "assign to")
	}
	return &Assign{Pos: p.spanFrom(startTok), Targets: targets, Value: value}
}

// invalidAssignTarget reports an assignment to something that cannot be
// assigned, with CPython's wording.
func (p *parser) invalidAssignTarget(t, bad Expr, single bool, targets []Expr, value Expr) {
	if _, isYield := t.(*Yield); isYield {
		p.failNode(t, "assignment to yield expression not possible")
	}
	if _, isYield := t.(*YieldFrom); isYield {
		p.failNode(t, "assignment to yield expression not possible")
	}
	// CPython first tries `x = y` as a mistyped comparison: the element
	// right before the first '=' when it is a plain operand expression.
	near := targets[0]
	if tup, ok := near.(*Tuple); ok && len(tup.Elts) > 0 && !p.startsWithBracket(tup) {
		near = tup.Elts[len(tup.Elts)-1]
	}
	rhs := value
	if len(targets) > 1 {
		rhs = targets[1]
	}
	if invalidTarget(near, Store) != nil && isOperandExpr(near) && !p.startsWithDisplay(near) && (len(targets) == 1 && isOperandExpr(rhs)) {
		p.failNode(near, "cannot assign to "+exprName(near)+" here. Maybe you meant '==' instead of '='?")
	}
	p.failNode(bad, "cannot assign to "+exprName(bad))
}

// startsWithBracket reports whether a tuple was written in parentheses.
func (p *parser) startsWithBracket(t *Tuple) bool {
	if len(t.Elts) == 0 {
		return true
	}
	return t.ColOffset != t.Elts[0].Loc().ColOffset || t.Lineno != t.Elts[0].Loc().Lineno
}

// startsWithDisplay reports whether e begins with a list, tuple or
// generator display or a True/None/False constant, which CPython's
// mistyped-comparison hint skips.
func (p *parser) startsWithDisplay(e Expr) bool {
	first := leftmost(e)
	switch f := first.(type) {
	case *List, *Tuple, *GeneratorExp:
		return true
	case *Constant:
		switch f.Value.(type) {
		case bool, NoneType:
			return true
		}
	}
	return false
}

func leftmost(e Expr) Expr {
	for {
		switch x := e.(type) {
		case *BinOp:
			e = x.Left
		case *Attribute:
			e = x.Value
		case *Subscript:
			e = x.Value
		case *Call:
			e = x.Func
		default:
			return e
		}
	}
}

// isOperandExpr reports whether e is a bitwise_or-level expression (no
// comparison, boolean operator, conditional, lambda or starred).
func isOperandExpr(e Expr) bool {
	switch e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *NamedExpr, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return e.(*UnaryOp).Op != Not
	}
	return true
}

// invalidExpressionStatement reports what follows a complete expression
// that cannot continue the statement.
func (p *parser) invalidExpressionStatement(e Expr) {
	t := p.peek()
	if t.Level > 0 || p.toks[max(p.pos-1, 0)].Level > 0 {
		p.failSyntax()
	}
	p.failSyntax()
}

// ---- compound statements ----

func (p *parser) ifStmt() Stmt {
	t := p.next()
	return p.ifRest(t, "'if' statement")
}

func (p *parser) ifRest(t *Token, what string) *If {
	s := &If{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block(what, t)
	switch p.toks[p.pos].Kind {
	case KwElif:
		et := p.next()
		s.Orelse = []Stmt{p.ifRest(et, "'elif' statement")}
	case KwElse:
		et := p.next()
		p.expectColon(true)
		s.Orelse = p.block("'else' statement", et)
	}
	l, c := p.bodyEnd(s.Body, s.Orelse)
	s.Pos = Pos{int(t.Line), int(t.Col), l, c}
	return s
}

// bodyEnd returns the end of a compound statement: like CPython, the end
// of the last token consumed that is not a NEWLINE, INDENT or DEDENT.
func (p *parser) bodyEnd(bodies ...[]Stmt) (int, int) {
	for i := p.pos - 1; i >= 0; i-- {
		switch p.toks[i].Kind {
		case TNewline, TIndent, TDedent:
			continue
		}
		return int(p.toks[i].EndLine), int(p.toks[i].EndCol)
	}
	return 1, 0
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	s := &While{Test: p.namedExpression()}
	p.expectColon(false)
	s.Body = p.block("'while' statement", t)
	if p.toks[p.pos].Kind == KwElse {
		et := p.next()
		p.expectColon(true)
		s.Orelse = p.block("'else' statement", et)
	}
	l, c := p.bodyEnd(s.Body, s.Orelse)
	s.Pos = Pos{int(t.Line), int(t.Col), l, c}
	return s
}

func (p *parser) forStmt(async *Token) Stmt {
	start := async
	if async != nil {
		p.pos++
	}
	t := p.next()
	if start == nil {
		start = t
	}
	s := &For{}
	s.Target = p.starTargets()
	if p.kind() != KwIn {
		p.failSyntax()
	}
	p.pos++
	s.Iter = p.starExpressions()
	p.expectColon(false)
	s.Body = p.block("'for' statement", t)
	if p.toks[p.pos].Kind == KwElse {
		et := p.next()
		p.expectColon(true)
		s.Orelse = p.block("'else' statement", et)
	}
	l, c := p.bodyEnd(s.Body, s.Orelse)
	s.Pos = Pos{int(start.Line), int(start.Col), l, c}
	if async != nil {
		a := AsyncFor(*s)
		return &a
	}
	return s
}

// starTargets parses assignment targets (of a for loop or comprehension):
// `star_target (',' star_target)* [',']`.
func (p *parser) starTargets() Expr {
	st := p.peek()
	first := p.starTarget()
	if p.kind() != TComma {
		p.setContext(first, Store, "assign to")
		return first
	}
	elts := []Expr{first}
	for p.accept(TComma) {
		if k := p.kind(); k == KwIn || k == TEqual {
			break
		}
		elts = append(elts, p.starTarget())
	}
	tup := &Tuple{Pos: p.spanFrom(st), Elts: elts}
	p.setContext(tup, Store, "assign to")
	return tup
}

func (p *parser) starTarget() Expr {
	if t := p.peek(); t.Kind == TStar {
		p.pos++
		v := p.starTargetInner()
		return &Starred{Pos: p.spanFrom(t), Value: v}
	}
	return p.starTargetInner()
}

func (p *parser) starTargetInner() Expr {
	e := p.bitwiseOr()
	return e
}

func (p *parser) withStmt(async *Token) Stmt {
	start := async
	if async != nil {
		p.pos++
	}
	t := p.next()
	if start == nil {
		start = t
	}
	s := &With{}
	if p.kind() == TLPar && p.parenthesizedWithItems() {
		p.pos++
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.accept(TComma) || p.kind() == TRPar {
				break
			}
		}
		p.expect(TRPar)
	} else {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.accept(TComma) {
				break
			}
		}
	}
	p.expectColon(false)
	s.Body = p.block("'with' statement", t)
	l, c := p.bodyEnd(s.Body)
	s.Pos = Pos{int(start.Line), int(start.Col), l, c}
	if async != nil {
		a := AsyncWith(*s)
		return &a
	}
	return s
}

// parenthesizedWithItems decides whether `with (` opens a parenthesized
// list of with-items (3.9+) rather than an expression: the matching ')'
// is followed directly by ':'.
func (p *parser) parenthesizedWithItems() bool {
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case TLPar, TLSqb, TLBrace:
			depth++
		case TRPar, TRSqb, TRBrace:
			depth--
			if depth == 0 {
				return i+1 < len(p.toks) && p.toks[i+1].Kind == TColon && p.hasWithItemSyntax(p.pos+1, i)
			}
		case TNewline, EndMarker:
			return false
		}
	}
	return false
}

// hasWithItemSyntax reports whether toks[from:to] (inside the parentheses)
// has an `as` or a comma at depth 0, which only a with-item list can have
// (a parenthesized tuple expression is parsed the same way either way).
func (p *parser) hasWithItemSyntax(from, to int) bool {
	depth := 0
	for i := from; i < to; i++ {
		switch p.toks[i].Kind {
		case TLPar, TLSqb, TLBrace:
			depth++
		case TRPar, TRSqb, TRBrace:
			depth--
		case KwAs, TComma:
			if depth == 0 {
				return true
			}
		}
	}
	return false
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.accept(KwAs) {
		w.OptionalVars = p.starTarget()
		if k := p.kind(); k != TComma && k != TColon && k != TRPar && k != TNewline {
			p.failSyntax()
		}
		p.setContext(w.OptionalVars, Store, "assign to")
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectColon(true)
	body := p.block("'try' statement", t)
	var handlers []*ExceptHandler
	star := false
	for p.toks[p.pos].Kind == KwExcept {
		et := p.next()
		h := &ExceptHandler{}
		isStar := p.accept(TStar)
		if len(handlers) > 0 && isStar != star {
			p.failAt(et, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = isStar
		if isStar && p.kind() == TColon {
			p.failAt(p.peek(), "expected one or more exception types")
		}
		if p.kind() != TColon {
			st := p.peek()
			h.Type = p.expression()
			if p.kind() == TComma {
				for p.accept(TComma) {
					if p.kind() == KwAs || p.kind() == TColon {
						break
					}
					p.expression()
				}
				p.failNode(&Tuple{Pos: p.spanFrom(st)}, "multiple exception types must be parenthesized")
			}
			if p.accept(KwAs) {
				h.Name = p.name(p.expect(TName))
			}
		}
		p.expectColon(false)
		what := "'except' statement"
		if star {
			what = "'except*' statement"
		}
		h.Body = p.block(what, et)
		l, c := p.bodyEnd(h.Body)
		h.Pos = Pos{int(et.Line), int(et.Col), l, c}
		handlers = append(handlers, h)
	}
	var orelse, final []Stmt
	if p.toks[p.pos].Kind == KwElse {
		et := p.next()
		p.expectColon(true)
		orelse = p.block("'else' statement", et)
	}
	if p.toks[p.pos].Kind == KwFinally {
		ft := p.next()
		p.expectColon(true)
		final = p.block("'finally' statement", ft)
	}
	if len(handlers) == 0 && final == nil {
		p.failAt(p.peek(), "expected 'except' or 'finally' block")
	}
	l, c := p.bodyEnd()
	s := &Try{Pos: Pos{int(t.Line), int(t.Col), l, c}, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	if star {
		ts := TryStar(*s)
		return &ts
	}
	return s
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.kind() == TAt {
		p.pos++
		decos = append(decos, p.namedExpression())
		if p.kind() != TNewline {
			p.failSyntax()
		}
		p.pos++
	}
	switch p.kind() {
	case KwDef:
		return p.funcDef(decos, nil)
	case KwClass:
		return p.classDef(decos)
	case KwAsync:
		if p.kindAt(1) == KwDef {
			return p.funcDef(decos, p.peek())
		}
	}
	p.failSyntax()
	return nil
}

func (p *parser) funcDef(decos []Expr, async *Token) Stmt {
	start := async
	if async != nil {
		p.pos++
	}
	t := p.next()
	if start == nil {
		start = t
	}
	s := &FunctionDef{DecoratorList: decos}
	s.Name = p.name(p.expect(TName))
	if p.kind() == TLSqb {
		s.TypeParams = p.typeParamsOr("expected '('")
	}
	p.expectMsg(TLPar, "expected '('")
	s.Args = p.parameters(TRPar, true)
	p.expect(TRPar)
	if arrow := p.peek(); arrow.Kind == TRArrow {
		p.pos++
		if !p.startsExpression() {
			p.failAt(arrow, "expected ':'")
		}
		s.Returns = p.expression()
	}
	p.expectColon(true)
	s.Body = p.block("function definition", t)
	l, c := p.bodyEnd(s.Body)
	s.Pos = Pos{int(start.Line), int(start.Col), l, c}
	if async != nil {
		a := AsyncFunctionDef(*s)
		return &a
	}
	return s
}

func (p *parser) classDef(decos []Expr) Stmt {
	t := p.next()
	s := &ClassDef{DecoratorList: decos}
	s.Name = p.name(p.expect(TName))
	if p.kind() == TLSqb {
		s.TypeParams = p.typeParamsOr("invalid syntax")
	}
	if p.accept(TLPar) {
		s.Bases, s.Keywords = p.callArguments()
		p.expect(TRPar)
	}
	p.expectColon(false)
	s.Body = p.block("class definition", t)
	l, c := p.bodyEnd(s.Body)
	s.Pos = Pos{int(t.Line), int(t.Col), l, c}
	return s
}

// typeParamsOr parses a type parameter list; when it is malformed the
// error is 3.11's for a '[' there (msg at the bracket).
func (p *parser) typeParamsOr(msg string) []TypeParam {
	open := p.peek()
	save := p.pos
	var out []TypeParam
	if p.protectQuiet(func() { out = p.typeParams() }) {
		return out
	}
	p.pos = save
	p.failAt(open, msg)
	return nil
}

// expectColon consumes the ':' of a compound statement header. CPython
// says "expected ':'" when the line ends there, or whatever follows when
// the grammar forces the colon (def, try, else, finally); otherwise the
// error is the generic one.
func (p *parser) expectColon(forced bool) {
	if p.kind() == TColon {
		p.pos++
		return
	}
	if forced || p.kind() == TNewline {
		p.failAt(p.peek(), "expected ':'")
	}
	p.failSyntax()
}

// typeParams parses a PEP 695 `[T, *Ts, **P]` list.
func (p *parser) typeParams() []TypeParam {
	p.expect(TLSqb)
	var out []TypeParam
	for p.kind() != TRSqb {
		t := p.peek()
		switch t.Kind {
		case TStar:
			p.pos++
			n := p.expect(TName)
			out = append(out, &TypeVarTuple{Pos: p.spanFrom(t), Name: p.name(n)})
		case TDoubleStar:
			p.pos++
			n := p.expect(TName)
			out = append(out, &ParamSpec{Pos: p.spanFrom(t), Name: p.name(n)})
		default:
			n := p.expect(TName)
			tv := &TypeVar{Name: p.name(n)}
			if p.accept(TColon) {
				tv.Bound = p.expression()
			}
			tv.Pos = p.spanFrom(t)
			out = append(out, tv)
		}
		if !p.accept(TComma) {
			break
		}
	}
	p.expect(TRSqb)
	return out
}
