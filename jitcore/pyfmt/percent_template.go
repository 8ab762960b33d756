package pyfmt

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// PercentChunk is one step of a printf-style template: literal text and,
// unless Directive is nil, the conversion that follows it.
type PercentChunk struct {
	Literal   string
	Directive *PercentDirective
}

// PercentDirective is one parsed "%(key)flags width.prec conv". The caller
// evaluates it in CPython's order: look up Key (when HasKey), fetch the
// '*' width then the '*' precision arguments (SetStarWidth, SetStarPrec),
// raise Err if set, fetch the value, and convert it by Conv, calling
// UnsupportedError for a conversion character it does not know.
type PercentDirective struct {
	Key       string
	HasKey    bool
	Spec      PercentSpec
	WidthStar bool
	PrecStar  bool
	Conv      rune
	// ConvIndex is the code-point index of Conv in the template.
	ConvIndex int
	// Err is a parse error CPython raises only after the '*' arguments
	// were fetched ("incomplete format", "width too big", ...).
	Err error
}

// SetStarWidth applies a '*' width argument: negative means left-adjust.
// A width too large to allocate is a MemoryError.
func (d *PercentDirective) SetStarWidth(w int) error {
	if w < 0 {
		d.Spec.LeftAdjust = true
		w = -w
	}
	if w > maxOutput || w < 0 {
		return memoryError()
	}
	d.Spec.Width = w
	return nil
}

// SetStarPrec applies a '*' precision argument (negative means 0). A
// precision beyond a C int is CPython's OverflowError; one too large to
// allocate is a MemoryError.
func (d *PercentDirective) SetStarPrec(p int) error {
	if p > 1<<31-1 || p < -1<<31 {
		return overflowError("Python int too large to convert to C int")
	}
	if p > maxOutput {
		return memoryError()
	}
	d.Spec.Prec = max(p, 0)
	return nil
}

// UnsupportedError is the ValueError for an unknown conversion character.
func (d *PercentDirective) UnsupportedError() error {
	c := "?"
	if d.Conv >= 31 && d.Conv <= 126 {
		c = string(d.Conv)
	}
	return valueError("unsupported format character '" + c + "' (0x" +
		strconv.FormatInt(int64(d.Conv), 16) + ") at index " + strconv.Itoa(d.ConvIndex))
}

// PercentParser walks a printf-style template.
type PercentParser struct {
	s   string
	pos int // byte offset
	cp  int // code-point index of pos
}

// NewPercentParser starts walking tmpl.
func NewPercentParser(tmpl string) *PercentParser { return &PercentParser{s: tmpl} }

// next reads one code point; ok is false at the end.
func (p *PercentParser) next() (rune, bool) {
	if p.pos >= len(p.s) {
		return 0, false
	}
	r, size := utf8.DecodeRuneInString(p.s[p.pos:])
	p.pos += size
	p.cp++
	return r, true
}

// Next returns the next chunk; ok is false at the end of the template. The
// error is "incomplete format key", the only parse error raised before any
// argument is used.
func (p *PercentParser) Next() (c PercentChunk, ok bool, err error) {
	if p.pos >= len(p.s) {
		return PercentChunk{}, false, nil
	}
	i := strings.IndexByte(p.s[p.pos:], '%')
	if i < 0 {
		c.Literal = p.s[p.pos:]
		p.pos = len(p.s)
		return c, true, nil
	}
	lit := p.s[p.pos : p.pos+i]
	p.cp += utf8.RuneCountInString(lit)
	p.pos += i + 1
	p.cp++
	if p.pos < len(p.s) && p.s[p.pos] == '%' {
		p.pos++
		p.cp++
		return PercentChunk{Literal: p.s[p.pos-2-i : p.pos-1]}, true, nil
	}
	d := &PercentDirective{Spec: PercentSpec{Prec: -1}}
	c.Literal, c.Directive = lit, d
	if p.pos < len(p.s) && p.s[p.pos] == '(' {
		p.pos++
		p.cp++
		start, depth := p.pos, 1
		for depth > 0 {
			r, more := p.next()
			if !more {
				return PercentChunk{}, false, valueError("incomplete format key")
			}
			switch r {
			case ')':
				depth--
			case '(':
				depth++
			}
		}
		d.Key, d.HasKey = p.s[start:p.pos-1], true
	}
	p.parseSpec(d)
	return c, true, nil
}

// parseSpec reads flags, width, precision, a length modifier and the
// conversion character.
func (p *PercentParser) parseSpec(d *PercentDirective) {
	incomplete := func() { d.Err = valueError("incomplete format") }
	ch, ok := p.next()
	for ok && strings.ContainsRune("-+ #0", ch) {
		switch ch {
		case '-':
			d.Spec.LeftAdjust = true
		case '+':
			d.Spec.Sign = true
		case ' ':
			d.Spec.Space = true
		case '#':
			d.Spec.Alt = true
		case '0':
			d.Spec.Zero = true
		}
		ch, ok = p.next()
	}
	var tooBig bool
	if ok && ch == '*' {
		d.WidthStar = true
		ch, ok = p.next()
	} else if ok && ch >= '0' && ch <= '9' {
		if d.Spec.Width, ch, ok, tooBig = p.digits(ch, maxSpecInt); tooBig {
			d.Err = valueError("width too big")
			return
		}
		if d.Spec.Width > maxOutput {
			d.Err = memoryError()
		}
	}
	if ok && ch == '.' {
		d.Spec.Prec = 0
		ch, ok = p.next()
		if ok && ch == '*' {
			d.PrecStar = true
			ch, ok = p.next()
		} else if ok && ch >= '0' && ch <= '9' {
			if d.Spec.Prec, ch, ok, tooBig = p.digits(ch, 1<<31-1); tooBig {
				d.Err = valueError("precision too big")
				return
			}
			if d.Spec.Prec > maxOutput {
				d.Err = memoryError()
			}
		}
	}
	if ok && (ch == 'h' || ch == 'l' || ch == 'L') {
		ch, ok = p.next()
	}
	if !ok {
		incomplete()
		return
	}
	d.Conv, d.ConvIndex = ch, p.cp-1
}

// digits reads a decimal number starting with first; it returns the value,
// the character after it, whether there is one, and whether limit was
// exceeded.
func (p *PercentParser) digits(first rune, limit int) (int, rune, bool, bool) {
	n := int(first - '0')
	for {
		ch, ok := p.next()
		if !ok || ch < '0' || ch > '9' {
			return n, ch, ok, false
		}
		d := int(ch - '0')
		if n > (limit-d)/10 {
			return 0, 0, false, true
		}
		n = n*10 + d
	}
}
