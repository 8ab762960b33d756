package syntax

import (
	"fmt"
	"sort"
	"strings"
)

// Mode selects what ParseMode parses, as compile()'s mode argument.
type Mode int

// Parse modes.
const (
	ModeExec   Mode = iota // a module: *Module
	ModeEval               // one expression: *Expression
	ModeSingle             // one interactive statement: *Interactive
)

// maxNesting bounds the parser's recursion so deeply nested input fails
// with an error instead of exhausting the stack (CPython itself handles
// a few thousand levels before giving up).
const maxNesting = 6000

// Parse parses a module from source bytes as read from disk (UTF-8 by
// default, PEP 263 coding declarations, BOM). It always returns a tree
// (partial when there are errors: broken statements are left out) and
// every syntax error found.
func Parse(filename string, src []byte) (*Module, ErrorList) {
	root, errs := ParseMode(filename, src, ModeExec)
	return root.(*Module), errs
}

// ParseMode parses in "exec" (*Module), "eval" (*Expression) or "single"
// (*Interactive) mode.
func ParseMode(filename string, src []byte, mode Mode) (root Root, errs ErrorList) {
	defer func() {
		// A bug must not take the editor down: report it as an error.
		if r := recover(); r != nil {
			root = emptyRoot(mode)
			errs = ErrorList{{Filename: filename, Kind: kindSyntax, Pos: Pos{1, 0, 1, 0},
				Msg: fmt.Sprintf("internal parser error: %v", r)}}
		}
	}()
	text, derr := decodeSource(filename, src)
	if derr != nil {
		return emptyRoot(mode), ErrorList{derr}
	}
	t := newTokenizer(filename, text, false)
	t.run()
	p := newParser(filename, text, t)
	root = p.parseRoot(mode)
	errs = p.errorList()
	putTokens(t.toks) // not reached after a panic: that slice is dropped
	return root, errs
}

func emptyRoot(mode Mode) Root {
	switch mode {
	case ModeEval:
		return &Expression{}
	case ModeSingle:
		return &Interactive{}
	}
	return &Module{}
}

// bailout is the panic value that abandons the statement being parsed.
type bailout struct{}

type parser struct {
	filename   string
	src        string
	toks       []Token
	lineStarts []int
	tokErrs    []tokError // sorted by token index
	reported   map[int]bool

	pos int // index of the current token
	// inCallArgs is set while parsing call arguments, where `x=...` is a
	// keyword argument rather than a mistyped comparison.
	inCallArgs bool
	// fields holds the '{' of the f-string replacement fields being parsed:
	// CPython 3.11 reports errors inside them relative to the field.
	fields  []*Token
	maxPeek int // furthest token looked at in the current statement
	depth   int
	// unbalanced is set when recovery or a block ran into the end of
	// input: with more text after it, that text would have been read as
	// part of the broken statement (Reparse cannot stop there).
	unbalanced bool

	errs      ErrorList
	errIsTok  []bool // errs[i] came from the tokenizer
	errTokIdx []int  // token index where errs[i] was found
}

func newParser(filename, src string, t *tokenizer) *parser {
	p := &parser{filename: filename, src: src, toks: t.toks, lineStarts: t.lineStarts,
		tokErrs: t.errs, reported: map[int]bool{}}
	sort.SliceStable(p.tokErrs, func(i, j int) bool { return p.tokErrs[i].tok < p.tokErrs[j].tok })
	return p
}

// ---- token access ----

// peek returns the current token. Reaching a tokenizer error token fails
// the statement with that error, as CPython's parser fails when its
// tokenizer does.
func (p *parser) peek() *Token {
	if p.pos > p.maxPeek {
		p.maxPeek = p.pos
	}
	t := &p.toks[p.pos]
	if t.Kind == TError {
		p.failTokenError(p.pos)
	}
	return t
}

func (p *parser) kind() Kind { return p.peek().Kind }

// kindAt returns the kind of the token n places ahead.
func (p *parser) kindAt(n int) Kind {
	i := p.pos + n
	if i >= len(p.toks) {
		return EndMarker
	}
	if i > p.maxPeek {
		p.maxPeek = i
	}
	if p.toks[i].Kind == TError {
		p.failTokenError(i)
	}
	return p.toks[i].Kind
}

func (p *parser) next() *Token {
	t := p.peek()
	if t.Kind != EndMarker {
		p.pos++
	}
	return t
}

func (p *parser) accept(k Kind) bool {
	if p.kind() == k {
		p.pos++
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with "invalid syntax".
func (p *parser) expect(k Kind) *Token {
	t := p.peek()
	if t.Kind != k {
		p.failSyntax()
	}
	p.pos++
	return t
}

// expectMsg consumes a token of kind k or fails with msg at the current token.
func (p *parser) expectMsg(k Kind, msg string) *Token {
	t := p.peek()
	if t.Kind != k {
		p.failAt(t, msg)
	}
	p.pos++
	return t
}

func (p *parser) text(t *Token) string { return p.src[t.Start:t.End] }

// isSoft reports whether the current token is the soft keyword kw.
func (p *parser) isSoft(kw string) bool {
	t := p.peek()
	return t.Kind == TName && p.text(t) == kw
}

// prev returns the last consumed token.
func (p *parser) prev() *Token { return &p.toks[p.pos-1] }

// ---- positions ----

func tokPos(t *Token) Pos {
	return Pos{int(t.Line), int(t.Col), int(t.EndLine), int(t.EndCol)}
}

// span returns the span from the start of a to the end of b.
func span(a, b *Pos) Pos { return Pos{a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset} }

// spanTok returns the span from token a's start to the last consumed token.
func (p *parser) spanFrom(a *Token) Pos {
	b := p.prev()
	return Pos{int(a.Line), int(a.Col), int(b.EndLine), int(b.EndCol)}
}

// spanNode returns the span from a node's start to the last consumed token.
func (p *parser) spanNode(a *Pos) Pos {
	b := p.prev()
	return Pos{a.Lineno, a.ColOffset, int(b.EndLine), int(b.EndCol)}
}

// ---- errors ----

func (p *parser) lineText(line int) string {
	if line < 1 || line > len(p.lineStarts) {
		return ""
	}
	start := p.lineStarts[line-1]
	end := strings.IndexByte(p.src[start:], '\n')
	if end < 0 {
		return p.src[start:]
	}
	return p.src[start : start+end+1]
}

// addError records an error found by the parser.
func (p *parser) addError(kind, msg string, pos Pos) {
	if n := len(p.fields); n > 0 && !strings.HasPrefix(msg, "f-string") {
		// 3.11 parses a field's text as "(expr)" on its own: positions are
		// relative to that copy.
		lb := p.fields[n-1]
		msg = "f-string: " + msg
		shift := func(line, col int) (int, int) {
			if line == int(lb.Line) {
				col = col - int(lb.EndCol) + 1
			}
			return line - int(lb.Line) + 1, col
		}
		pos.Lineno, pos.ColOffset = shift(pos.Lineno, pos.ColOffset)
		pos.EndLineno, pos.EndColOffset = shift(pos.EndLineno, pos.EndColOffset)
	}
	p.errs = append(p.errs, &SyntaxError{Filename: p.filename, Kind: kind, Msg: msg, Pos: pos, Text: p.lineText(pos.Lineno)})
	p.errIsTok = append(p.errIsTok, false)
	p.errTokIdx = append(p.errTokIdx, p.maxPeek)
}

// fail records an error and abandons the current statement.
func (p *parser) fail(kind, msg string, pos Pos) {
	p.addError(kind, msg, pos)
	panic(bailout{})
}

// failAt fails with msg at token t (CPython's RAISE_SYNTAX_ERROR uses the
// last token it read).
func (p *parser) failAt(t *Token, msg string) {
	pos := tokPos(t)
	if t.Kind == TNewline || t.Kind == EndMarker || t.Kind == TDedent {
		pos.EndLineno, pos.EndColOffset = pos.Lineno, pos.ColOffset
	}
	p.fail(kindSyntax, msg, pos)
}

// failNode fails with msg spanning a node.
func (p *parser) failNode(n Positioned, msg string) { p.fail(kindSyntax, msg, *n.Loc()) }

// failSyntax fails with CPython's generic error at the furthest token read.
func (p *parser) failSyntax() {
	i := min(p.maxPeek, len(p.toks)-1)
	t := &p.toks[i]
	switch t.Kind {
	case TIndent:
		p.fail(kindIndentation, "unexpected indent", Pos{int(t.Line), int(t.EndCol) - 1, int(t.Line), int(t.EndCol) - 1})
	case TDedent:
		p.fail(kindIndentation, "unexpected unindent", Pos{int(t.Line), int(t.Col), int(t.Line), int(t.Col)})
	case TError:
		p.failTokenError(i)
	}
	p.failAt(t, "invalid syntax")
}

// failTokenError fails with the tokenizer error recorded at token i.
func (p *parser) failTokenError(i int) {
	k := sort.Search(len(p.tokErrs), func(j int) bool { return p.tokErrs[j].tok >= i })
	if k < len(p.tokErrs) && p.tokErrs[k].tok == i {
		if te := p.tokErrs[k]; len(p.fields) > 0 && te.err.Msg == "invalid syntax" {
			p.reported[i] = true
			p.fail(kindSyntax, "invalid syntax", te.err.Pos)
		}
		if !p.reported[i] {
			p.reported[i] = true
			p.errs = append(p.errs, p.tokErrs[k].err)
			p.errIsTok = append(p.errIsTok, true)
			p.errTokIdx = append(p.errTokIdx, i)
		}
		panic(bailout{})
	}
	p.fail(kindSyntax, "invalid syntax", tokPos(&p.toks[i]))
}

// errorList returns the errors with CPython's first error first: CPython
// prefers a tokenizer error found later in the file over an error its
// parser raised, and an unclosed bracket over an error on a later line.
func (p *parser) errorList() ErrorList {
	// Report tokenizer errors in tokens the parser never looked at.
	for _, te := range p.tokErrs {
		if !p.reported[te.tok] {
			p.reported[te.tok] = true
			p.errs = append(p.errs, te.err)
			p.errIsTok = append(p.errIsTok, true)
			p.errTokIdx = append(p.errTokIdx, te.tok)
		}
	}
	if len(p.errs) == 0 {
		return p.errs
	}
	first := p.errs[0]
	if !p.errIsTok[0] && first.Kind == kindSyntax {
		// The logical line CPython's second pass reads to the end.
		lineEnd := p.errTokIdx[0]
		for lineEnd < len(p.toks)-1 && p.toks[lineEnd].Kind != TNewline {
			lineEnd++
		}
		for _, te := range p.tokErrs {
			if te.tok <= p.errTokIdx[0] {
				continue
			}
			if te.tok < lineEnd && !te.unclosed {
				first = te.err
				break
			}
			if te.unclosed {
				// CPython compares the line of the last token it read.
				if int(p.toks[p.errTokIdx[0]].Line) > te.err.Pos.Lineno {
					first = te.err
				}
				break
			}
			if te.overrides {
				first = te.err
			}
			break
		}
	}
	// Source order, with the error CPython would report first.
	rest := make(ErrorList, 0, len(p.errs))
	for _, e := range p.errs {
		if e != first {
			rest = append(rest, e)
		}
	}
	sort.SliceStable(rest, func(i, j int) bool {
		a, b := rest[i].Pos, rest[j].Pos
		return a.Lineno < b.Lineno || a.Lineno == b.Lineno && a.ColOffset < b.ColOffset
	})
	return append(ErrorList{first}, rest...)
}

// ---- recursion guard ----

func (p *parser) enter() {
	p.depth++
	if p.depth > maxNesting {
		t := p.peek()
		p.depth = 0
		p.fail(kindSyntax, "too complex: nesting exceeds the parser's limit", tokPos(t))
	}
}

func (p *parser) leave() { p.depth-- }

// ---- roots ----

func (p *parser) parseRoot(mode Mode) Root {
	switch mode {
	case ModeEval:
		e := &Expression{}
		p.protect(func() {
			e.Body = p.starExpressions()
			for p.kind() == TNewline {
				p.pos++
			}
			if p.kind() != EndMarker {
				p.failSyntax()
			}
		})
		return e
	case ModeSingle:
		m := &Interactive{}
		p.protect(func() {
			for p.kind() == TNewline {
				p.pos++
			}
			m.Body = p.statement()
			if k := p.kind(); k != EndMarker && k != TNewline {
				p.failAt(p.peek(), "multiple statements found while compiling a single statement")
			}
		})
		return m
	}
	m := &Module{}
	m.Body = p.statements(EndMarker)
	if p.kind() != EndMarker {
		p.protect(p.failSyntax)
	}
	return m
}

// protect runs f, turning a bailout into a return.
func (p *parser) protect(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// statements parses statements until a token of kind end (DEDENT or
// ENDMARKER), recovering from errors at statement boundaries.
func (p *parser) statements(end Kind) []Stmt {
	var body []Stmt
	for {
		k := p.toks[p.pos].Kind
		if k == end || k == EndMarker {
			if k == EndMarker && end != EndMarker {
				p.unbalanced = true
			}
			return body
		}
		if k == TDedent {
			if end == TDedent {
				return body
			}
			p.pos++ // a stray dedent after an indentation error
			continue
		}
		start := p.pos
		p.maxPeek = p.pos
		var got []Stmt
		if p.protect(func() { got = p.statement() }) {
			body = append(body, got...)
			continue
		}
		p.depth = 0
		p.fields = p.fields[:0]
		body = append(body, p.recover(start)...)
	}
}

// recover skips the rest of a broken statement. An indented block right
// after it is parsed and kept, so its statements stay in the tree.
func (p *parser) recover(start int) []Stmt {
	if p.pos == start && p.toks[p.pos].Kind == TIndent {
		p.pos++
		body := p.statements(TDedent)
		if p.toks[p.pos].Kind == TDedent {
			p.pos++
		}
		return body
	}
	for p.pos < len(p.toks)-1 && p.toks[p.pos].Kind != TNewline {
		if p.toks[p.pos].Kind == TError {
			p.protect(func() { p.failTokenError(p.pos) })
		}
		p.pos++
	}
	if p.pos == len(p.toks)-1 {
		p.unbalanced = true
	}
	if p.toks[p.pos].Kind == TNewline {
		p.pos++
	}
	if p.toks[p.pos].Kind == TIndent {
		p.pos++
		body := p.statements(TDedent)
		if p.toks[p.pos].Kind == TDedent {
			p.pos++
		}
		return body
	}
	return nil
}

// block parses a suite after a compound statement header's ':'.
func (p *parser) block(what string, header *Token) []Stmt {
	if p.kind() == TNewline {
		p.pos++
		if p.kind() != TIndent {
			// An indentation error on the next line wins over this one.
			i := p.pos
			for p.toks[i].Kind == TDedent {
				i++
			}
			if p.toks[i].Kind == TError {
				p.failTokenError(i)
			}
			t := p.peek()
			pos := tokPos(t)
			switch t.Kind {
			case EndMarker:
				nl := p.prev() // CPython points at the header's NEWLINE
				pos = Pos{int(nl.Line), int(nl.Col), int(nl.Line), int(nl.Col)}
			case TDedent:
				// CPython's DEDENT sits just before the line's first character.
				c := max(int(t.Col)-1, 0)
				pos = Pos{int(t.Line), c, int(t.Line), c}
			}
			p.fail(kindIndentation, fmt.Sprintf("expected an indented block after %s on line %d", what, header.Line), pos)
		}
		p.pos++
		body := p.statements(TDedent)
		if len(body) == 0 {
			// Every statement of the block was broken: keep the block non-empty.
			body = []Stmt{}
		}
		if p.toks[p.pos].Kind == TDedent {
			p.pos++
		}
		return body
	}
	return p.simpleStatements()
}
