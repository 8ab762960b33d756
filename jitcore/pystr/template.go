package pystr

import (
	"strconv"
	"unicode/utf8"
)

// Template parsing for str.format and str.format_map, following CPython's
// MarkupIterator: the engine pulls one chunk at a time with Next and
// evaluates each field before asking for the next, so errors surface in the
// same order as in CPython (a bad field after a failing lookup is never
// reported).

// Chunk is one step of a template: literal text, optionally followed by a
// replacement field.
type Chunk struct {
	Literal  string
	HasField bool
	// Name is the field name as written ("0", "", "x.attr[key]").
	Name string
	// Conversion is 'r', 's', 'a', another character (rejected by
	// CheckConversion when the field is rendered) or 0 when absent.
	Conversion rune
	// Spec is the format spec; when SpecHasFields it contains nested
	// fields and must itself be expanded with a TemplateParser sharing the
	// same AutoNumber, one recursion level deeper.
	Spec          string
	SpecHasFields bool
}

// TemplateParser iterates over the chunks of a format string.
type TemplateParser struct {
	s   string
	pos int
}

// NewTemplateParser starts parsing a format string.
func NewTemplateParser(s string) *TemplateParser { return &TemplateParser{s: s} }

// MaxTemplateDepth is how deep format specs may nest fields: "{:{}}" is
// allowed, "{:{:{}}}" fails with ErrRecursion.
const MaxTemplateDepth = 2

// ErrRecursion is the error for format specs nested beyond MaxTemplateDepth.
var ErrRecursion = valueError("Max string recursion exceeded")

// Next returns the next chunk; ok is false at the end of the template.
func (p *TemplateParser) Next() (c Chunk, ok bool, err error) {
	s := p.s
	if p.pos >= len(s) {
		return Chunk{}, false, nil
	}
	start := p.pos
	var ch byte
	markup := false
	for p.pos < len(s) {
		ch = s[p.pos]
		p.pos++
		if ch == '{' || ch == '}' {
			markup = true
			break
		}
	}
	atEnd := p.pos >= len(s)
	end := p.pos
	if ch == '}' && markup && (atEnd || s[p.pos] != '}') {
		return Chunk{}, false, valueError("Single '}' encountered in format string")
	}
	if atEnd && ch == '{' && markup {
		return Chunk{}, false, valueError("Single '{' encountered in format string")
	}
	if markup {
		if s[p.pos] == ch {
			p.pos++ // an escaped brace: the literal keeps one
			c.Literal = s[start:end]
			return c, true, nil
		}
		end--
	}
	c.Literal = s[start:end]
	if !markup {
		return c, true, nil
	}
	c.HasField = true
	if err := p.parseField(&c); err != nil {
		return Chunk{}, false, err
	}
	return c, true, nil
}

// parseField reads a field after its '{' up to and including its '}'.
func (p *TemplateParser) parseField(c *Chunk) error {
	s := p.s
	nameStart := p.pos
	var ch byte
	for p.pos < len(s) {
		ch = s[p.pos]
		p.pos++
		if ch == '{' {
			return valueError("unexpected '{' in field name")
		}
		if ch == '[' {
			for p.pos < len(s) && s[p.pos] != ']' {
				p.pos++
			}
			continue
		}
		if ch == '}' || ch == ':' || ch == '!' {
			break
		}
	}
	c.Name = s[nameStart:max(nameStart, p.pos-1)]
	if ch != '!' && ch != ':' {
		if ch != '}' {
			return valueError("expected '}' before end of string")
		}
		return nil
	}
	if ch == '!' {
		if p.pos >= len(s) {
			return valueError("end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[p.pos:])
		c.Conversion = r
		p.pos += size
		if p.pos < len(s) {
			next := s[p.pos]
			p.pos++
			if next == '}' {
				return nil
			}
			if next != ':' {
				return valueError("expected ':' after conversion specifier")
			}
		}
	}
	specStart := p.pos
	depth := 1
	for p.pos < len(s) {
		ch = s[p.pos]
		p.pos++
		switch ch {
		case '{':
			c.SpecHasFields = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				c.Spec = s[specStart : p.pos-1]
				return nil
			}
		}
	}
	return valueError("unmatched '{' in format spec")
}

// CheckConversion validates a field's conversion character when the field
// is rendered (after its value was looked up), as CPython does.
func CheckConversion(conv rune) error {
	switch conv {
	case 0, 'r', 's', 'a':
		return nil
	}
	if conv > 32 && conv < 127 {
		return valueError("Unknown conversion specifier " + string(conv))
	}
	return valueError(`Unknown conversion specifier \x` + strconv.FormatInt(int64(conv), 16))
}

// AutoNumber tracks automatic field numbering ("{}") across one format
// call, nested format specs included.
type AutoNumber struct {
	state int // 0 unset, 1 automatic, 2 manual
	next  int
}

// FieldAccessor is one ".attr" or "[key]" step after a field's first part.
type FieldAccessor struct {
	IsAttr bool   // .name
	Name   string // the attribute name, or the key when it is not an integer
	// Index is the key as an integer when it is all decimal digits, else -1.
	Index int
}

// FieldName is a field name split into its first part and accessors.
type FieldName struct {
	// Index is the positional argument index (given, or assigned by
	// automatic numbering), or -1 when Key names a keyword argument.
	Index int
	Key   string
	rest  string
}

// SplitFieldName splits a field name and applies automatic numbering; it is
// called when the field is rendered.
func SplitFieldName(name string, auto *AutoNumber) (*FieldName, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first := name[:i]
	idx, err := fieldInteger(first)
	if err != nil {
		return nil, err
	}
	fn := &FieldName{Index: idx, Key: first, rest: name[i:]}
	empty := first == ""
	if empty || idx >= 0 {
		if auto.state == 0 {
			auto.state = 2
			if empty {
				auto.state = 1
			}
		}
		if auto.state == 2 && empty {
			return nil, valueError("cannot switch from manual field specification to automatic field numbering")
		}
		if auto.state == 1 && !empty {
			return nil, valueError("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			fn.Index = auto.next
			auto.next++
		}
	}
	return fn, nil
}

// fieldInteger is CPython's get_integer: the value of a string of decimal
// digits (Unicode Nd included), or -1.
func fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for _, r := range s {
		d := DecimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if n > (int(^uint(0)>>1)-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}

// Next returns the next accessor; ok is false when there are no more.
func (fn *FieldName) Next() (a FieldAccessor, ok bool, err error) {
	s := fn.rest
	if s == "" {
		return FieldAccessor{}, false, nil
	}
	switch s[0] {
	case '.':
		i := 1
		for i < len(s) && s[i] != '.' && s[i] != '[' {
			i++
		}
		a = FieldAccessor{IsAttr: true, Name: s[1:i], Index: -1}
		fn.rest = s[i:]
	case '[':
		i := 1
		for i < len(s) && s[i] != ']' {
			i++
		}
		if i == len(s) {
			return FieldAccessor{}, false, valueError("Missing ']' in format string")
		}
		a = FieldAccessor{Name: s[1:i]}
		fn.rest = s[i+1:] // a bad character after ']' fails on the next call
		if a.Index, err = fieldInteger(a.Name); err != nil {
			return FieldAccessor{}, false, err
		}
	default:
		return FieldAccessor{}, false, valueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	if a.Name == "" {
		return FieldAccessor{}, false, valueError("Empty attribute in format string")
	}
	return a, true, nil
}

// ErrFormatMapPositional is str.format_map's error for "{}" or "{0}".
var ErrFormatMapPositional = valueError("Format string contains positional fields")

// ReplacementIndexError is the IndexError for a positional field beyond
// the arguments of str.format.
func ReplacementIndexError(index int) error {
	return &Error{Type: "IndexError", Msg: "Replacement index " + strconv.Itoa(index) + " out of range for positional args tuple"}
}
