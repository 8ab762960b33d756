package syntax

import (
	"fmt"
	"strings"
)

// number scans a numeric literal, reporting CPython's errors for malformed
// ones (the error columns follow CPython's, which point just before the
// offending character).
func (t *tokenizer) number() {
	start := t.pos
	s := t.src
	p := start
	bad := func(msg string, at int, exact bool) {
		col := at - t.lineOff - 1
		if exact {
			col++
		}
		for p < len(s) && (isIdentByte(s[p]) || s[p] == '.') {
			p++
		}
		t.pos = max(p, at)
		t.failHere(msg, col, start)
	}
	digits := func(ok func(byte) bool, kind string) bool {
		// One or more digits with single underscores between them.
		if p >= len(s) || !ok(s[p]) {
			return false
		}
		for p < len(s) {
			if ok(s[p]) {
				p++
				continue
			}
			if s[p] == '_' {
				if p+1 < len(s) && ok(s[p+1]) {
					p += 2
					continue
				}
				bad("invalid "+kind+" literal", p+1, false)
				return false
			}
			break
		}
		return true
	}
	if s[p] == '0' && p+1 < len(s) && strings.IndexByte("xXoObB", s[p+1]) >= 0 {
		base := s[p+1]
		p += 2
		var ok func(byte) bool
		var kind string
		switch base {
		case 'x', 'X':
			ok, kind = isHexDigit, "hexadecimal"
		case 'o', 'O':
			ok, kind = func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
		default:
			ok, kind = func(c byte) bool { return c == '0' || c == '1' }, "binary"
		}
		if p < len(s) && s[p] == '_' {
			p++
		}
		before := len(t.errs)
		if !digits(ok, kind) {
			if len(t.errs) > before {
				return
			}
			if p < len(s) && isDigit(s[p]) && kind != "hexadecimal" {
				bad(fmt.Sprintf("invalid digit '%c' in %s literal", s[p], kind), p, true)
				return
			}
			bad("invalid "+kind+" literal", p, false)
			return
		}
		if p < len(s) && isDigit(s[p]) && kind != "hexadecimal" {
			bad(fmt.Sprintf("invalid digit '%c' in %s literal", s[p], kind), p, true)
			return
		}
		t.endNumber(start, p, kind)
		return
	}
	before := len(t.errs)
	isFloat := false
	if s[p] != '.' {
		leadingZero := s[p] == '0'
		if !digits(isDigit, "decimal") {
			return
		}
		if leadingZero {
			// "0", "00", "0_0" are fine; "0777" is not (unless a float).
			nonzero := -1
			for i := start; i < p; i++ {
				if s[i] >= '1' && s[i] <= '9' {
					nonzero = i
					break
				}
			}
			if nonzero >= 0 && !(p < len(s) && (s[p] == '.' || s[p] == 'e' || s[p] == 'E' || s[p] == 'j' || s[p] == 'J')) {
				t.pos = p
				t.fail(kindSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					t.line, start-t.lineOff, t.line, nonzero-t.lineOff, t.lineOff, start)
				return
			}
		}
	}
	if p < len(s) && s[p] == '.' {
		isFloat = true
		p++
		if p < len(s) && isDigit(s[p]) {
			if !digits(isDigit, "decimal") {
				return
			}
		}
	}
	if len(t.errs) > before {
		return
	}
	if p < len(s) && (s[p] == 'e' || s[p] == 'E') && !strings.HasPrefix(s[p:], "else") {
		q := p + 1
		if q < len(s) && (s[q] == '+' || s[q] == '-') {
			q++
		}
		if q < len(s) && isDigit(s[q]) {
			p = q
			if !digits(isDigit, "decimal") {
				return
			}
			isFloat = true
		} else {
			// "1e" not followed by digits: CPython reads "1", then rejects "e".
			bad("invalid decimal literal", p, false)
			return
		}
	}
	if p < len(s) && (s[p] == 'j' || s[p] == 'J') {
		p++
	}
	_ = isFloat
	t.endNumber(start, p, "decimal")
}

// endNumber checks what follows a number and emits it.
func (t *tokenizer) endNumber(start, p int, kind string) {
	s := t.src
	if p < len(s) && isIdentByte(s[p]) {
		// CPython allows a keyword right after a number ("1if x else y").
		for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
			if strings.HasPrefix(s[p:], kw) {
				t.pos = p
				t.emit(TNumber, start)
				return
			}
		}
		col := p - t.lineOff - 1
		q := p
		for q < len(s) && isIdentByte(s[q]) {
			q++
		}
		t.pos = q
		t.failHere("invalid "+kind+" literal", col, start)
		return
	}
	t.pos = p
	t.emit(TNumber, start)
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// str scans a string literal whose prefix starts at start and whose
// opening quote is at q. An f-string only gets its FSTRING_START here.
func (t *tokenizer) str(start, q int) {
	s := t.src
	quote := s[q]
	triple := q+2 < len(s) && s[q+1] == quote && s[q+2] == quote
	prefix := s[start:q]
	if strings.ContainsAny(prefix, "fF") {
		n := 1
		if triple {
			n = 3
		}
		t.pos = q + n
		t.emit(TFStringStart, start)
		t.modes = append(t.modes, fmode{quote: quote, triple: triple,
			raw: strings.ContainsAny(prefix, "rR"), kind: fLiteral, start: start, line: t.line})
		return
	}
	startLine, startOff := t.line, t.lineOff
	p := q + 1
	if triple {
		p = q + 3
	}
	for p < len(s) {
		c := s[p]
		switch {
		case c == '\\':
			p++
			if p < len(s) {
				if s[p] == '\r' && p+1 < len(s) && s[p+1] == '\n' {
					p++
				}
				if s[p] == '\n' {
					t.newline(p + 1)
				}
				p++
			}
			continue
		case c == '\n':
			if !triple {
				t.pos = p
				t.unterminatedAt(start, startLine, startOff, false)
				return
			}
			t.newline(p + 1)
		case c == quote:
			if !triple {
				t.pos = p + 1
				t.emitFrom(TString, start, startLine, startOff)
				return
			}
			if p+2 < len(s) && s[p+1] == quote && s[p+2] == quote {
				t.pos = p + 3
				t.emitFrom(TString, start, startLine, startOff)
				return
			}
		}
		p++
	}
	t.pos = len(s)
	if !triple && p > 0 && s[p-1] == '\r' {
		t.pos = p - 1
	}
	t.unterminatedAt(start, startLine, startOff, triple)
}

// unterminatedAt reports an unterminated string that starts at start.
func (t *tokenizer) unterminatedAt(start, line, lineOff int, triple bool) {
	detected := t.line
	if t.pos >= len(t.src) && t.pos == t.lineOff && detected > 1 {
		detected-- // the input ends with a newline: no further line exists
	}
	msg := fmt.Sprintf("unterminated string literal (detected at line %d)", detected)
	if triple {
		msg = fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected)
	}
	col := start - lineOff
	t.fail(kindSyntax, msg, line, col, line, col, lineOff, start)
	t.toks[len(t.toks)-1].EndLine = int32(t.line)
	t.toks[len(t.toks)-1].EndCol = int32(t.pos - t.lineOff)
	t.lineHasTokens = true
}

// unterminatedString reports an f-string left open at end of input and
// forgets the f-string state.
func (t *tokenizer) unterminatedString(start, line int, triple bool) {
	lineOff := 0
	if line-1 < len(t.lineStarts) {
		lineOff = t.lineStarts[line-1]
	}
	t.modes = t.modes[:0]
	t.brackets = t.brackets[:0]
	t.unterminatedAt(start, line, lineOff, triple)
}

// fstringText scans literal text of an f-string (or of a format spec) up
// to a replacement field, the end of the spec, or the closing quote.
func (t *tokenizer) fstringText() {
	m := &t.modes[len(t.modes)-1]
	s := t.src
	start, startLine, startOff := t.pos, t.line, t.lineOff
	p := t.pos
	flush := func() {
		if p > start {
			t.pos = p
			t.emitFrom(TFStringMiddle, start, startLine, startOff)
		}
	}
	for p < len(s) {
		c := s[p]
		switch {
		case c == m.quote && (!m.triple || p+2 < len(s) && s[p+1] == c && s[p+2] == c):
			flush()
			if m.kind == fSpec {
				t.pos = p
				t.fstringError("f-string: expecting '}'", p)
				return
			}
			n := 1
			if m.triple {
				n = 3
			}
			t.pos = p + n
			t.emit(TFStringEnd, p)
			t.modes = t.modes[:len(t.modes)-1]
			return
		case c == '\n':
			if !m.triple {
				flush()
				t.pos = p
				lineOff := t.lineStarts[m.line-1]
				mm := *m
				t.modes = t.modes[:0]
				t.brackets = t.brackets[:0]
				t.unterminatedAt(mm.start, mm.line, lineOff, false)
				return
			}
			t.newline(p + 1)
		case c == '\\':
			if p+1 < len(s) {
				n := s[p+1]
				switch {
				case n == '{' || n == '}':
				case !m.raw && n == 'N' && p+2 < len(s) && s[p+2] == '{':
					if e := strings.IndexByte(s[p:], '}'); e > 0 && !strings.ContainsAny(s[p:p+e], "\n"+string(m.quote)) {
						p += e
					}
				case n == '\n':
					p++
					t.newline(p + 1)
				default:
					p++
				}
			}
		case c == '{':
			if m.kind == fLiteral && p+1 < len(s) && s[p+1] == '{' {
				p += 2
				continue
			}
			flush()
			t.pos = p + 1
			t.brackets = append(t.brackets, bracket{ch: '{', line: t.line, col: p - t.lineOff, lineStart: t.lineOff, fieldOf: len(t.modes) - 1})
			t.emit(TLBrace, p)
			t.modes = append(t.modes, fmode{quote: m.quote, triple: m.triple, raw: m.raw,
				kind: fExpr, bracket: len(t.brackets), start: m.start, line: m.line})
			return
		case c == '}':
			if m.kind == fLiteral {
				if p+1 < len(s) && s[p+1] == '}' {
					p += 2
					continue
				}
				flush()
				t.pos = p + 1
				t.fstringError("f-string: single '}' is not allowed", p)
				return
			}
			flush()
			t.pos = p + 1
			t.emit(TRBrace, p)
			t.brackets = t.brackets[:len(t.brackets)-1]
			t.modes = t.modes[:len(t.modes)-1]
			return
		}
		p++
	}
	flush()
	t.pos = len(s)
	mm := t.modes[0]
	t.unterminatedString(mm.start, mm.line, mm.triple)
}

// fstringError reports an error inside an f-string and abandons the
// f-string: the rest of its text is skipped up to the closing quote.
// CPython 3.11 reports f-string errors at the end of the string token.
func (t *tokenizer) fstringError(msg string, at int) {
	outer := t.modes[0]
	t.modes = t.modes[:0]
	t.brackets = t.brackets[:0]
	// Skip to the end of the outermost f-string, if it ends on this line.
	s := t.src
	for p := t.pos; p < len(s) && s[p] != '\n'; p++ {
		if s[p] == outer.quote && (!outer.triple || strings.HasPrefix(s[p:], strings.Repeat(string(outer.quote), 3))) {
			t.pos = p + 1
			if outer.triple {
				t.pos = p + 3
			}
			break
		}
	}
	t.failHere(msg, t.pos-t.lineOff, at)
	t.lineHasTokens = true
}

// fieldQuoteEndsFString decides, for a quote equal to the enclosing
// f-string's met directly inside a replacement field, whether it closes
// the f-string (a 3.11-style unfinished field) rather than opening a
// nested string (PEP 701): a nested single-quoted string must end on
// this line.
func (t *tokenizer) fieldQuoteEndsFString(p int) bool {
	m := t.modes[len(t.modes)-1]
	if m.triple || t.src[p] != m.quote {
		return false
	}
	for i := p + 1; i < len(t.src); i++ {
		switch t.src[i] {
		case '\\':
			i++
		case m.quote:
			return false
		case '\n':
			return true
		}
	}
	return true
}
