package syntax

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxBracketDepth is CPython's tokenizer limit on nested brackets.
const maxBracketDepth = 200

const tabSize = 8

// maxIndentDepth is CPython's limit on indentation levels.
const maxIndentDepth = 100

// tokError is an error found by the tokenizer, tied to the TError token
// that marks its place in the stream.
type tokError struct {
	tok int // index of the TError token
	err *SyntaxError
	// unclosed marks the "'(' was never closed" error given when the input
	// ends (or a statement keyword starts a line) inside open brackets.
	unclosed bool
	// overrides marks errors CPython raises directly from its tokenizer:
	// such an error found after a parser error replaces it. Indentation,
	// tab and line-continuation errors are reported through the parser and
	// never do.
	overrides bool
}

type bracket struct {
	ch        byte
	line, col int
	lineStart int // offset of the line holding the bracket
	fieldOf   int // for an f-string replacement field's '{': index in modes; else -1
}

// fmode is the tokenizer's state inside an f-string.
type fmode struct {
	quote   byte
	triple  bool
	raw     bool
	kind    uint8 // fLiteral, fExpr or fSpec
	bracket int   // for fExpr/fSpec: len(brackets) with the field's '{' pushed
	start   int   // offset of the FSTRING_START token
	line    int
}

const (
	fLiteral uint8 = iota
	fExpr
	fSpec
)

// tokenizer turns decoded source into tokens.
type tokenizer struct {
	filename string
	src      string
	pos      int
	line     int
	lineOff  int // offset where the current line starts
	trivia   bool

	toks     []Token
	errs     []tokError
	indents  []int
	alts     []int
	brackets []bracket
	modes    []fmode

	atLineStart   bool
	lineHasTokens bool // the current logical line has a non-trivia token
	lineStarts    []int
	// endedClean: the input ended outside any logical line, bracket or
	// string (so text after it would start afresh; for Reparse).
	endedClean bool
}

// TokenizeResult holds the tokens of a source file.
type TokenizeResult struct {
	Source     string  // the decoded text the tokens index into
	Tokens     []Token // including COMMENT and NL tokens
	LineStarts []int   // byte offset of each line's start
}

// Tokenize splits a source file into tokens the way Python 3.12's tokenize
// module does (COMMENT and NL included, f-strings split into
// FSTRING_START/MIDDLE/END), returning every tokenizer error found.
func Tokenize(filename string, src []byte) (*TokenizeResult, ErrorList) {
	text, derr := decodeSource(filename, src)
	if derr != nil {
		return &TokenizeResult{}, ErrorList{derr}
	}
	t := newTokenizer(filename, text, true)
	t.run()
	var errs ErrorList
	for _, e := range t.errs {
		errs = append(errs, e.err)
	}
	return &TokenizeResult{Source: text, Tokens: t.toks, LineStarts: t.lineStarts}, errs
}

func newTokenizer(filename, src string, trivia bool) *tokenizer {
	return newTokenizerAt(filename, src, trivia, 0, 1)
}

// newTokenizerAt tokenizes src[start:], where start begins line number
// line and no bracket, string or continuation is open. Lines before it keep
// offset 0 in lineStarts: only error messages read them.
func newTokenizerAt(filename, src string, trivia bool, start, line int) *tokenizer {
	t := &tokenizer{filename: filename, src: src, pos: start, line: line, lineOff: start, trivia: trivia, atLineStart: true}
	t.indents = []int{0}
	t.alts = []int{0}
	n := len(src) - start
	if !trivia {
		t.toks = getTokens(n/3 + 16)
	} else {
		t.toks = make([]Token, 0, n/3+16)
	}
	t.lineStarts = make([]int, line, line+n/24+8)
	t.lineStarts[line-1] = start
	return t
}

// tokenBuffers holds token slices for reuse: the parser drops its tokens
// once the tree is built (nodes keep positions, not tokens), and a fresh
// slice per parse is most of the bytes a parse allocates.
var tokenBuffers sync.Pool // of *[]Token

// getTokens returns an empty token slice, reused when one big enough is
// free. n is the expected number of tokens (dense code has about one
// per 3 bytes).
func getTokens(n int) []Token {
	if b, ok := tokenBuffers.Get().(*[]Token); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]Token, 0, n)
}

// putTokens gives a token slice back for reuse; nothing may refer to it
// afterwards.
func putTokens(toks []Token) {
	if cap(toks) <= 1<<22 { // not a huge one-off file's
		tokenBuffers.Put(&toks)
	}
}

// emit appends a token spanning src[start:t.pos]; start is on the current
// line unless startLine/startOff say otherwise.
func (t *tokenizer) emit(k Kind, start int) {
	t.emitFrom(k, start, t.line, t.lineOff)
}

func (t *tokenizer) emitFrom(k Kind, start, startLine, startLineOff int) {
	t.toks = append(t.toks, Token{
		Kind: k, Level: uint8(min(len(t.brackets), 255)), Start: int32(start), End: int32(t.pos),
		Line: int32(startLine), Col: int32(start - startLineOff),
		EndLine: int32(t.line), EndCol: int32(t.pos - t.lineOff),
	})
}

func (t *tokenizer) newline(at int) {
	t.line++
	t.lineOff = at
	t.lineStarts = append(t.lineStarts, at)
}

// lineTextAt returns the text of the line starting at off, without newline.
func (t *tokenizer) lineTextAt(off int) string {
	end := strings.IndexByte(t.src[off:], '\n')
	if end < 0 {
		return t.src[off:]
	}
	s := t.src[off : off+end]
	return strings.TrimSuffix(s, "\r")
}

// fail records a tokenizer error at (line, col..endCol) and emits a TError
// token spanning src[start:t.pos].
func (t *tokenizer) fail(kind, msg string, line, col, endLine, endCol, lineOff int, start int) {
	e := &SyntaxError{Filename: t.filename, Kind: kind, Msg: msg,
		Pos: Pos{line, col, endLine, endCol}, Text: t.lineTextAt(lineOff)}
	overrides := kind == kindSyntax && msg != "unexpected character after line continuation character"
	t.errs = append(t.errs, tokError{tok: len(t.toks), err: e, overrides: overrides})
	t.emitFrom(TError, start, line, lineOff)
}

// failHere reports an error at one column of the current line.
func (t *tokenizer) failHere(msg string, col, start int) {
	t.fail(kindSyntax, msg, t.line, col, t.line, col, t.lineOff, start)
}

func (t *tokenizer) run() {
	for {
		if n := len(t.modes); n > 0 && t.modes[n-1].kind != fExpr {
			t.fstringText()
			continue
		}
		if t.atLineStart && len(t.brackets) == 0 {
			if t.indentation() {
				continue
			}
		}
		t.atLineStart = false
		// Skip blanks.
		for t.pos < len(t.src) {
			c := t.src[t.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				t.pos++
				continue
			}
			break
		}
		if t.pos >= len(t.src) {
			t.finish()
			return
		}
		start := t.pos
		c := t.src[start]
		switch {
		case c == '#' && len(t.modes) > 0:
			t.pos++
			t.fstringError("f-string expression part cannot include '#'", start)
		case c == '#':
			end := strings.IndexByte(t.src[start:], '\n')
			if end < 0 {
				end = len(t.src) - start
			}
			t.pos = start + end
			if t.pos > start && t.src[t.pos-1] == '\r' {
				t.pos--
			}
			if t.trivia {
				t.emit(TComment, start)
			}
		case c == '\n' || c == '\r':
			t.pos++
			if c == '\r' && t.pos < len(t.src) && t.src[t.pos] == '\n' {
				t.pos++
			}
			k := TNewline
			if len(t.brackets) > 0 || !t.lineHasTokens {
				k = TNL
			}
			if k == TNewline || t.trivia {
				t.emit(k, start)
				t.toks[len(t.toks)-1].End = int32(start + 1)
				t.toks[len(t.toks)-1].EndCol = int32(start + 1 - t.lineOff)
				if c == '\r' {
					t.toks[len(t.toks)-1].End = int32(t.pos)
					t.toks[len(t.toks)-1].EndCol = int32(t.pos - t.lineOff)
				}
			}
			t.newline(t.pos)
			if k == TNewline {
				t.lineHasTokens = false
			}
			t.atLineStart = true
		case c == '\\':
			t.continuation()
		case isIdentStartByte(c):
			t.nameOrString()
		case c >= '0' && c <= '9' || c == '.' && start+1 < len(t.src) && isDigit(t.src[start+1]):
			t.lineHasTokens = true
			t.number()
		case c == '"' || c == '\'':
			t.lineHasTokens = true
			if n := len(t.modes); n > 0 && len(t.brackets) == t.modes[n-1].bracket && t.fieldQuoteEndsFString(start) {
				t.pos = start + 1
				t.fstringError("f-string: expecting '}'", start)
				continue
			}
			t.str(start, start)
		default:
			t.lineHasTokens = true
			t.operator()
		}
	}
}

// indentation handles the start of a logical line: blank lines, comment
// lines and INDENT/DEDENT. It returns true when it consumed a whole line.
func (t *tokenizer) indentation() bool {
	col, alt := 0, 0
	p := t.pos
	for p < len(t.src) {
		switch t.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto measured
		}
		p++
	}
measured:
	if p >= len(t.src) || t.src[p] == '#' || t.src[p] == '\n' || t.src[p] == '\r' {
		// A blank or comment-only line: no indentation change.
		t.atLineStart = false
		t.pos = p
		if p >= len(t.src) {
			return false
		}
		if t.src[p] == '#' {
			return false // the comment, then an NL, are emitted by run
		}
		return false
	}
	if t.src[p] == '\\' && t.blankAfterContinuations(p) {
		return false
	}
	t.atLineStart = false
	t.pos = p
	top := t.indents[len(t.indents)-1]
	altTop := t.alts[len(t.alts)-1]
	switch {
	case col == top:
		if alt != altTop {
			t.tabError(p)
		}
	case col > top:
		if alt <= altTop {
			t.tabError(p)
			return false
		}
		if len(t.indents) >= maxIndentDepth {
			t.fail(kindIndentation, "too many levels of indentation", t.line, 0, t.line, 0, t.lineOff, p)
			return false
		}
		t.indents = append(t.indents, col)
		t.alts = append(t.alts, alt)
		t.toks = append(t.toks, Token{Kind: TIndent, Start: int32(t.lineOff), End: int32(p),
			Line: int32(t.line), Col: 0, EndLine: int32(t.line), EndCol: int32(p - t.lineOff)})
	default:
		for len(t.indents) > 1 && col < t.indents[len(t.indents)-1] {
			t.indents = t.indents[:len(t.indents)-1]
			t.alts = t.alts[:len(t.alts)-1]
			t.toks = append(t.toks, Token{Kind: TDedent, Start: int32(p), End: int32(p),
				Line: int32(t.line), Col: int32(p - t.lineOff), EndLine: int32(t.line), EndCol: int32(p - t.lineOff)})
		}
		if col != t.indents[len(t.indents)-1] {
			n := len(t.lineTextAt(t.lineOff))
			t.fail(kindIndentation, "unindent does not match any outer indentation level",
				t.line, n, t.line, n, t.lineOff, p)
			return false
		}
		if alt != t.alts[len(t.alts)-1] {
			t.tabError(p)
		}
	}
	return false
}

func (t *tokenizer) tabError(p int) {
	t.fail(kindTab, "inconsistent use of tabs and spaces in indentation", t.line, 0, t.line, 0, t.lineOff, p)
}

// continuation handles a backslash: it joins the next line, or is an error.
func (t *tokenizer) continuation() {
	start := t.pos
	t.pos++
	if t.pos < len(t.src) && t.src[t.pos] == '\r' {
		t.pos++
	}
	if t.pos < len(t.src) && t.src[t.pos] == '\n' {
		if t.pos+1 >= len(t.src) {
			t.failHere("unexpected EOF while parsing", start+1-t.lineOff, start)
			t.pos++
			t.newline(t.pos)
			return
		}
		t.pos++
		t.newline(t.pos)
		return
	}
	if t.pos >= len(t.src) {
		t.failHere("unexpected EOF while parsing", start+1-t.lineOff, start)
		return
	}
	t.lineHasTokens = true
	t.pos = start + 1
	t.failHere("unexpected character after line continuation character", start+1-t.lineOff, start)
}

// finish emits the tokens at end of input.
func (t *tokenizer) finish() {
	t.endedClean = !t.lineHasTokens && len(t.brackets) == 0 && len(t.modes) == 0
	if len(t.modes) > 0 {
		m := t.modes[0]
		t.modes = t.modes[:0]
		t.unterminatedString(m.start, m.line, m.triple)
	}
	if len(t.brackets) > 0 {
		t.unclosedBrackets(t.pos)
	}
	if t.lineHasTokens {
		t.toks = append(t.toks, Token{Kind: TNewline, Start: int32(t.pos), End: int32(t.pos),
			Line: int32(t.line), Col: int32(t.pos - t.lineOff), EndLine: int32(t.line), EndCol: int32(t.pos - t.lineOff + 1)})
		t.lineHasTokens = false
	}
	if t.pos > t.lineOff {
		t.newline(t.pos)
	}
	for len(t.indents) > 1 {
		t.indents = t.indents[:len(t.indents)-1]
		t.toks = append(t.toks, Token{Kind: TDedent, Start: int32(t.pos), End: int32(t.pos),
			Line: int32(t.line), Col: 0, EndLine: int32(t.line), EndCol: 0})
	}
	t.toks = append(t.toks, Token{Kind: EndMarker, Start: int32(t.pos), End: int32(t.pos),
		Line: int32(t.line), Col: 0, EndLine: int32(t.line), EndCol: 0})
}

// unclosedBrackets reports the innermost open bracket as never closed and
// forgets all open brackets, so tokenizing resumes at statement level.
func (t *tokenizer) unclosedBrackets(at int) {
	b := t.brackets[len(t.brackets)-1]
	e := &SyntaxError{Filename: t.filename, Kind: kindSyntax,
		Msg: fmt.Sprintf("'%c' was never closed", b.ch),
		Pos: Pos{b.line, b.col, b.line, b.col}, Text: t.lineTextAt(b.lineStart)}
	t.errs = append(t.errs, tokError{tok: len(t.toks), err: e, unclosed: true})
	t.toks = append(t.toks, Token{Kind: TError, Start: int32(at), End: int32(at),
		Line: int32(t.line), Col: int32(at - t.lineOff), EndLine: int32(t.line), EndCol: int32(at - t.lineOff)})
	t.brackets = t.brackets[:0]
	t.modes = t.modes[:0]
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIdentStartByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentByte(c byte) bool {
	return isIdentStartByte(c) || isDigit(c)
}

// statementKeywords start a statement and never appear inside brackets;
// one at the start of a line inside brackets means a bracket was left open.
var statementKeywords = map[string]bool{
	"def": true, "class": true, "return": true, "import": true, "while": true,
	"try": true, "except": true, "finally": true, "raise": true, "del": true,
	"pass": true, "break": true, "continue": true, "global": true,
	"nonlocal": true, "assert": true, "elif": true, "with": true,
}

// nameOrString scans an identifier, a keyword, or a prefixed string.
func (t *tokenizer) nameOrString() {
	start := t.pos
	p := start
	ascii := true
	for p < len(t.src) && isIdentByte(t.src[p]) {
		if t.src[p] >= 0x80 {
			ascii = false
		}
		p++
	}
	if p < len(t.src) && (t.src[p] == '"' || t.src[p] == '\'') && p-start <= 2 && isStringPrefix(t.src[start:p]) &&
		!(len(t.modes) > 0 && len(t.brackets) == t.modes[len(t.modes)-1].bracket && t.fieldQuoteEndsFString(p)) {
		t.lineHasTokens = true
		t.str(start, p)
		return
	}
	if !ascii {
		if !t.checkIdentifier(start, p) {
			return
		}
	}
	word := t.src[start:p]
	if len(t.brackets) > 0 && len(t.modes) == 0 && statementKeywords[word] && t.firstOnLine(start) {
		t.unclosedBrackets(start)
		t.toks = append(t.toks, Token{Kind: TNewline, Start: int32(start), End: int32(start),
			Line: int32(t.line), Col: int32(start - t.lineOff), EndLine: int32(t.line), EndCol: int32(start - t.lineOff)})
		t.lineHasTokens = false
		t.pos = t.lineOff
		t.atLineStart = true
		return
	}
	t.lineHasTokens = true
	t.pos = p
	k := TName
	if len(word) >= 2 && len(word) <= 8 && keywordFirst[word[0]] {
		if kw, ok := keywords[word]; ok {
			k = kw
		}
	}
	t.emit(k, start)
}

// keywordFirst marks the bytes a keyword can start with, to skip the map
// lookup for most names.
var keywordFirst = func() (m [256]bool) {
	for kw := range keywords {
		m[kw[0]] = true
	}
	return m
}()

// firstOnLine reports whether only blanks precede off on its line.
func (t *tokenizer) firstOnLine(off int) bool {
	for i := t.lineOff; i < off; i++ {
		if c := t.src[i]; c != ' ' && c != '\t' && c != '\f' {
			return false
		}
	}
	return true
}

// checkIdentifier validates a non-ASCII identifier src[start:end] and
// reports CPython's error for an invalid character.
func (t *tokenizer) checkIdentifier(start, end int) bool {
	if msg, pos, bad := utf8DecodeError([]byte(t.src[start:end])); bad {
		t.pos = end
		t.fail(kindSyntax, "(unicode error) "+msg, t.line, start+pos-t.lineOff, t.line, start+pos-t.lineOff, t.lineOff, start)
		return false
	}
	first := true
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(t.src[i:])
		ok := first && isIDStart(r) || !first && isIDContinue(r)
		if !ok {
			if i == start || r >= 0x80 {
				t.pos = i + size
				t.invalidCharacter(r, i)
				return false
			}
		}
		first = false
		i += size
	}
	return true
}

func (t *tokenizer) invalidCharacter(r rune, at int) {
	var msg string
	if unicode.IsPrint(r) && r != 0xA0 {
		msg = fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)
	} else {
		msg = fmt.Sprintf("invalid non-printable character U+%04X", r)
	}
	t.failHere(msg, at-t.lineOff, at)
}

// isIDStart approximates Unicode XID_Start (plus '_').
func isIDStart(r rune) bool {
	if r < 0x80 {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIDContinue approximates Unicode XID_Continue.
func isIDContinue(r rune) bool {
	if r < 0x80 {
		return r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r) || r == 0xB7
}

// NormalizeIdentifier returns an identifier in NFKC form, as CPython
// stores it.
func NormalizeIdentifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFKC.String(s)
		}
	}
	return s
}

func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// operator scans an operator or delimiter, tracking brackets.
func (t *tokenizer) operator() {
	start := t.pos
	s := t.src[start:]
	k, n := scanOperator(s)
	if n == 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size <= 1 {
			t.pos = start + 1
			if msg, _, bad := utf8DecodeError([]byte(s[:min(len(s), 4)])); bad {
				t.failHere("(unicode error) "+msg, start-t.lineOff, start)
				return
			}
		}
		t.pos = start + size
		if r < 0x80 && r != '$' && r != '?' && r != '`' {
			t.invalidCharacter(r, start)
			return
		}
		if r >= 0x80 {
			t.invalidCharacter(r, start)
			return
		}
		// CPython makes '$', '?' and '`' ERRORTOKENs the parser rejects.
		t.emit(TError, start)
		e := &SyntaxError{Filename: t.filename, Kind: kindSyntax, Msg: "invalid syntax",
			Pos: Pos{t.line, start - t.lineOff, t.line, start + 1 - t.lineOff}, Text: t.lineTextAt(t.lineOff) + "\n"}
		t.errs = append(t.errs, tokError{tok: len(t.toks) - 1, err: e})
		return
	}
	t.pos = start + n
	if n := len(t.modes); n > 0 && t.modes[n-1].kind == fExpr {
		m := &t.modes[n-1]
		if len(t.brackets) == m.bracket {
			if k == TColonEqual {
				// `{x:=10}` is x with the format spec "=10".
				k = TColon
				t.pos = start + 1
			}
			switch k {
			case TColon:
				t.emit(k, start)
				m.kind = fSpec
				return
			case TRBrace:
				t.emit(k, start)
				t.brackets = t.brackets[:len(t.brackets)-1]
				t.modes = t.modes[:n-1]
				return
			}
		}
	}
	switch k {
	case TLPar, TLSqb, TLBrace:
		if len(t.brackets) >= maxBracketDepth {
			t.failHere("too many nested parentheses", start-t.lineOff, start)
			return
		}
		t.brackets = append(t.brackets, bracket{ch: s[0], line: t.line, col: start - t.lineOff, lineStart: t.lineOff, fieldOf: -1})
	case TRPar, TRSqb, TRBrace:
		if len(t.brackets) == 0 {
			t.failHere(fmt.Sprintf("unmatched '%c'", s[0]), start-t.lineOff, start)
			return
		}
		open := t.brackets[len(t.brackets)-1]
		if n := len(t.modes); n > 0 && len(t.brackets) <= t.modes[n-1].bracket {
			// Closing a bracket opened outside this f-string field.
			t.failHere(fmt.Sprintf("f-string: unmatched '%c'", s[0]), start-t.lineOff, start)
			return
		}
		if !matchingBracket(open.ch, s[0]) {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", s[0], open.ch)
			if open.line != t.line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			t.failHere(msg, start-t.lineOff, start)
			return
		}
		t.brackets = t.brackets[:len(t.brackets)-1]
	}
	t.emit(k, start)
}

func matchingBracket(open, close byte) bool {
	return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}'
}

// scanOperator recognises the longest operator at the start of s.
func scanOperator(s string) (Kind, int) {
	c := s[0]
	var c1, c2 byte
	if len(s) > 1 {
		c1 = s[1]
	}
	if len(s) > 2 {
		c2 = s[2]
	}
	switch c {
	case '(':
		return TLPar, 1
	case ')':
		return TRPar, 1
	case '[':
		return TLSqb, 1
	case ']':
		return TRSqb, 1
	case '{':
		return TLBrace, 1
	case '}':
		return TRBrace, 1
	case ',':
		return TComma, 1
	case ';':
		return TSemi, 1
	case '~':
		return TTilde, 1
	case ':':
		if c1 == '=' {
			return TColonEqual, 2
		}
		return TColon, 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return TEllipsis, 3
		}
		return TDot, 1
	case '+':
		if c1 == '=' {
			return TPlusEqual, 2
		}
		return TPlus, 1
	case '-':
		if c1 == '=' {
			return TMinEqual, 2
		}
		if c1 == '>' {
			return TRArrow, 2
		}
		return TMinus, 1
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return TDoubleStarEqual, 3
			}
			return TDoubleStar, 2
		}
		if c1 == '=' {
			return TStarEqual, 2
		}
		return TStar, 1
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return TDoubleSlashEqual, 3
			}
			return TDoubleSlash, 2
		}
		if c1 == '=' {
			return TSlashEqual, 2
		}
		return TSlash, 1
	case '|':
		if c1 == '=' {
			return TVBarEqual, 2
		}
		return TVBar, 1
	case '&':
		if c1 == '=' {
			return TAmperEqual, 2
		}
		return TAmper, 1
	case '^':
		if c1 == '=' {
			return TCircumflexEqual, 2
		}
		return TCircumflex, 1
	case '%':
		if c1 == '=' {
			return TPercentEqual, 2
		}
		return TPercent, 1
	case '@':
		if c1 == '=' {
			return TAtEqual, 2
		}
		return TAt, 1
	case '=':
		if c1 == '=' {
			return TEqEqual, 2
		}
		return TEqual, 1
	case '!':
		if c1 == '=' {
			return TNotEqual, 2
		}
		return TExclamation, 1
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				return TLeftShiftEqual, 3
			}
			return TLeftShift, 2
		}
		if c1 == '=' {
			return TLessEqual, 2
		}
		if c1 == '>' {
			return TNotEqual, 2 // only valid with barry_as_FLUFL; the parser rejects it
		}
		return TLess, 1
	case '>':
		if c1 == '>' {
			if c2 == '=' {
				return TRightShiftEqual, 3
			}
			return TRightShift, 2
		}
		if c1 == '=' {
			return TGreaterEqual, 2
		}
		return TGreater, 1
	}
	return 0, 0
}

// blankAfterContinuations handles a line that starts (after blanks) with
// a backslash continuation: when the joined line is blank, the whole is a
// blank line (consumed up to its newline); otherwise the indentation of
// the first physical line counts and nothing is consumed.
func (t *tokenizer) blankAfterContinuations(p int) bool {
	q := p
	for q+1 < len(t.src) && t.src[q] == '\\' && t.src[q+1] == '\n' {
		q += 2
		for q < len(t.src) && (t.src[q] == ' ' || t.src[q] == '\t' || t.src[q] == '\f') {
			q++
		}
	}
	if q == p || q >= len(t.src) || t.src[q] != '\n' && t.src[q] != '#' {
		return false
	}
	for i := p; i < q; i++ {
		if t.src[i] == '\n' {
			t.newline(i + 1)
		}
	}
	t.atLineStart = false
	t.pos = q
	return true
}
