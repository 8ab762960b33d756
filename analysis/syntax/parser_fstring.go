package syntax

import (
	"strings"
)

// strings parses adjacent string literals and f-strings into one Constant
// or JoinedStr. Following CPython 3.11, the parts of a JoinedStr carry the
// span of the whole concatenation, a format spec carries the span of the
// f-string it is in, and expressions carry their own spans.
func (p *parser) strings() Expr {
	first := p.peek()
	startIdx := p.pos
	// Find the extent of the concatenation first: parts need its span.
	end := p.pos
	hasF, hasBytes, hasStr := false, false, false
	for {
		k := p.toks[end].Kind
		if k == TString {
			prefix, _ := splitPrefix(p.text(&p.toks[end]))
			if strings.IndexByte(prefix, 'b') >= 0 {
				hasBytes = true
			} else {
				hasStr = true
			}
			end++
			continue
		}
		if k == TFStringStart {
			hasF = true
			end = p.skipFString(end)
			continue
		}
		break
	}
	lastTok := &p.toks[max(end-1, startIdx)]
	whole := Pos{int(first.Line), int(first.Col), int(lastTok.EndLine), int(lastTok.EndCol)}
	if hasBytes && (hasStr || hasF) {
		p.fail(kindSyntax, "cannot mix bytes and nonbytes literals", Pos{whole.EndLineno, whole.EndColOffset, whole.EndLineno, whole.EndColOffset})
	}
	firstU := false
	if first.Kind == TString {
		text := p.text(first)
		firstU = text[0] == 'u' || len(text) > 1 && text[1] == 'u' && text[0] != '\'' && text[0] != '"'
	}
	if !hasF {
		var b strings.Builder
		kind := ""
		for i := startIdx; i < end; i++ {
			t := p.peekAt(i)
			prefix, body := splitPrefix(p.text(t))
			if i == startIdx && firstU {
				kind = "u"
			}
			s, err := decodeLiteral(body, strings.IndexByte(prefix, 'r') >= 0, hasBytes)
			if err != nil {
				p.literalFail(t, err)
			}
			b.WriteString(s)
		}
		p.pos = end
		if hasBytes {
			return &Constant{Pos: whole, Value: Bytes(b.String()), Kind: kind}
		}
		return &Constant{Pos: whole, Value: b.String(), Kind: kind}
	}
	j := &joinBuilder{whole: whole}
	for p.pos < end {
		t := p.peek()
		if t.Kind == TString {
			prefix, body := splitPrefix(p.text(t))
			s, err := decodeLiteral(body, strings.IndexByte(prefix, 'r') >= 0, false)
			if err != nil {
				p.literalFail(t, err)
			}
			j.text.WriteString(s)
			p.pos++
			continue
		}
		p.fstring(j)
	}
	j.flush()
	if firstU && len(j.values) > 0 {
		if c, ok := j.values[0].(*Constant); ok {
			c.Kind = "u"
		}
	}
	return &JoinedStr{Pos: whole, Values: j.values}
}

// peekAt returns token i, failing on a tokenizer error token.
func (p *parser) peekAt(i int) *Token {
	if i > p.maxPeek {
		p.maxPeek = i
	}
	if p.toks[i].Kind == TError {
		p.failTokenError(i)
	}
	return &p.toks[i]
}

// skipFString returns the index just past the FSTRING_END matching the
// FSTRING_START at i.
func (p *parser) skipFString(i int) int {
	depth := 0
	for ; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case TFStringStart:
			depth++
		case TFStringEnd:
			depth--
			if depth == 0 {
				return i + 1
			}
		case TNewline, EndMarker:
			return i
		}
	}
	return i
}

func (p *parser) literalFail(t *Token, err *literalError) {
	pos := Pos{int(t.EndLine), int(t.EndCol), int(t.EndLine), int(t.EndCol)}
	if strings.HasPrefix(err.msg, "bytes can only") {
		pos = tokPos(t)
	}
	p.fail(kindSyntax, err.msg, pos)
}

// joinBuilder collects the parts of a JoinedStr, merging adjacent text.
type joinBuilder struct {
	whole  Pos
	text   strings.Builder
	values []Expr
}

func (j *joinBuilder) flush() { j.flushAt(j.whole) }

// flushAt turns pending text into a Constant spanning pos.
func (j *joinBuilder) flushAt(pos Pos) {
	if j.text.Len() > 0 {
		j.values = append(j.values, &Constant{Pos: pos, Value: j.text.String()})
		j.text.Reset()
	}
}

// fstring parses FSTRING_START ... FSTRING_END into j.
func (p *parser) fstring(j *joinBuilder) {
	startIdx := p.pos
	start := p.next()
	raw := strings.ContainsAny(p.text(start), "rR")
	for {
		t := p.peek()
		switch t.Kind {
		case TFStringEnd:
			p.pos++
			return
		case TFStringMiddle:
			p.pos++
			p.fstringMiddle(j, t, raw)
		case TLBrace:
			p.fstringField(j, startIdx, raw, 0)
		default:
			p.fstringFail(startIdx, "f-string: expecting '}'")
		}
	}
}

func (p *parser) fstringMiddle(j *joinBuilder, t *Token, raw bool) {
	text := p.text(t)
	if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "{{", "{"), "}}", "}")
	}
	s, err := decodeLiteral(text, raw, false)
	if err != nil {
		p.literalFail(t, err)
	}
	j.text.WriteString(s)
}

// fstringField parses one `{expr[=][!c][:spec]}` replacement field.
func (p *parser) fstringField(j *joinBuilder, startIdx int, raw bool, nesting int) {
	start := &p.toks[startIdx]
	lbrace := p.next()
	if nesting >= 2 {
		p.fstringFail(startIdx, "f-string: expressions nested too deeply")
	}
	p.enter()
	defer p.leave()
	switch k := p.kind(); k {
	case TRBrace:
		p.fstringFail(startIdx, "f-string: empty expression not allowed")
	case TExclamation, TColon, TEqual:
		p.fstringFail(startIdx, "f-string: expression required before '"+p.text(p.peek())+"'")
	}
	p.checkFieldText(startIdx, lbrace)
	p.fields = append(p.fields, lbrace)
	defer func() { p.fields = p.fields[:len(p.fields)-1] }()
	var e Expr
	if p.kind() == KwYield {
		e = p.yieldExpr()
	} else {
		first := p.peek()
		e = p.starExpressions()
		if tup, ok := e.(*Tuple); ok && first.Kind != TLPar {
			// CPython 3.11 parses the field as "(expr)", so a bare tuple
			// spans the braces.
			rb := p.peek()
			if rb.Kind == TRBrace {
				tup.Pos = Pos{int(lbrace.Line), int(lbrace.Col), int(rb.EndLine), int(rb.EndCol)}
			}
		}
	}
	fv := &FormattedValue{Pos: j.whole, Value: e, Conversion: -1}
	debug := false
	if p.kind() == TEqual {
		eq := p.next()
		_ = eq
		debug = true
		j.text.WriteString(p.src[lbrace.End:p.peek().Start])
	}
	if p.accept(TExclamation) {
		n := p.peek()
		if n.Kind != TName && !n.Kind.IsKeyword() || n.Start != p.prev().End {
			p.fstringFail(startIdx, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		p.pos++
		switch p.text(n) {
		case "s", "r", "a":
			fv.Conversion = int(p.text(n)[0])
		default:
			p.fstringFail(startIdx, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if p.accept(TColon) {
		spec := &joinBuilder{whole: j.whole}
		for {
			t := p.peek()
			if t.Kind == TFStringMiddle {
				p.pos++
				p.fstringMiddle(spec, t, raw)
				continue
			}
			if t.Kind == TLBrace {
				p.fstringField(spec, startIdx, raw, nesting+1)
				continue
			}
			break
		}
		// CPython 3.11 gives the spec, and text at its end, the span of
		// the f-string it is in.
		endTok := &p.toks[p.skipFString(startIdx)-1]
		specPos := Pos{int(start.Line), int(start.Col), int(endTok.EndLine), int(endTok.EndCol)}
		spec.flushAt(specPos)
		fv.FormatSpec = &JoinedStr{Pos: specPos, Values: spec.values}
	}
	if k := p.kind(); k != TRBrace {
		if k != TFStringEnd && k != TNewline && k != EndMarker && k != TFStringMiddle {
			p.checkForgotComma(e, TRBrace)
			p.failSyntax()
		}
		p.fstringFail(startIdx, "f-string: expecting '}'")
	}
	p.pos++
	if debug && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	j.flush()
	j.values = append(j.values, fv)
}

// fstringFail fails with an f-string error where CPython 3.11 reports it:
// at the end of the f-string's token.
func (p *parser) fstringFail(startIdx int, msg string) {
	end := &p.toks[max(p.skipFString(startIdx)-1, startIdx)]
	p.fail(kindSyntax, msg, Pos{int(end.EndLine), int(end.EndCol), int(end.EndLine), int(end.EndCol)})
}

// checkFieldText rejects what 3.11 does not allow inside a replacement
// field: a backslash or a '#'.
func (p *parser) checkFieldText(startIdx int, lbrace *Token) {
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		t := &p.toks[i]
		switch t.Kind {
		case TLBrace, TLPar, TLSqb:
			depth++
		case TRPar, TRSqb:
			depth--
		case TRBrace:
			if depth == 0 {
				text := p.src[lbrace.End:t.Start]
				if strings.IndexByte(text, '\\') >= 0 {
					p.fstringFail(startIdx, "f-string expression part cannot include a backslash")
				}
				return
			}
			depth--
		case TColon, TExclamation:
			if depth == 0 {
				text := p.src[lbrace.End:t.Start]
				if strings.IndexByte(text, '\\') >= 0 {
					p.fstringFail(startIdx, "f-string expression part cannot include a backslash")
				}
				return
			}
		case TFStringEnd, TNewline, EndMarker:
			return
		}
	}
}
