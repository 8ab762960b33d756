package jitcore

import (
	"strconv"
	"strings"
)

var reIteratorType = func() *Type {
	t := newBuiltinType("callable_iterator", ObjectType)
	t.final = true
	return t
}()

// matches lists the successive matches of p in subject.
func (p *rePatternObj) matches(subject, posV, endposV Value, limit int) (*reSubject, [][]int, error) {
	s, err := reSubjectOf(p, subject)
	if err != nil {
		return nil, nil, err
	}
	pos, endpos := rePosArgs([]Value{posV, endposV}, s.nchars)
	var all [][]int
	err = p.prog.iterate(s, pos, endpos, limit, func(span []int) error {
		all = append(all, span)
		return nil
	})
	if err != nil {
		return nil, nil, reError(err, p.pattern)
	}
	return s, all, nil
}

func (p *rePatternObj) findall(subject, posV, endposV Value) (Value, error) {
	s, all, err := p.matches(subject, posV, endposV, 0)
	if err != nil {
		return Null, err
	}
	groups := p.prog.tr.groups
	empty := s.slice(0, 0)
	out := make([]Value, len(all))
	for k, span := range all {
		get := func(i int) Value {
			if span[2*i] < 0 {
				return empty
			}
			return s.slice(span[2*i], span[2*i+1])
		}
		switch groups {
		case 0:
			out[k] = get(0)
		case 1:
			out[k] = get(1)
		default:
			items := make([]Value, groups)
			for i := range items {
				items[i] = get(i + 1)
			}
			out[k] = NewTuple(items...)
		}
	}
	return NewList(out), nil
}

func (p *rePatternObj) finditer(subject, posV, endposV Value) (Value, error) {
	s, all, err := p.matches(subject, posV, endposV, 0)
	if err != nil {
		return Null, err
	}
	pos, endpos := rePosArgs([]Value{posV, endposV}, s.nchars)
	items := make([]Value, len(all))
	for k, span := range all {
		items[k] = Obj(&reMatchObj{pat: p, subj: s, spans: span, pos: pos, endpos: endpos})
	}
	return Obj(sliceIter(reIteratorType, items)), nil
}

func reCount(v Value, name string) (int, error) {
	if v.IsNull() {
		return 0, nil
	}
	if !v.isIntLike() {
		return 0, typeErrorf("'%s' object cannot be interpreted as an integer", v.Type().tpName())
	}
	n := intBase(v)
	if n.k != kInt {
		return 0, newExc(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if n.n < 0 {
		return 0, nil
	}
	return int(n.n), nil
}

func (p *rePatternObj) sub(vm *VM, repl, subject, countV Value) (Value, int, error) {
	count, err := reCount(countV, "count")
	if err != nil {
		return Null, 0, err
	}
	var tpl *reTemplate
	isCallable := false
	if _, ok := asStr(repl); ok || (repl.k == kObj && isBytesObj(repl)) {
		if tpl, err = parseReTemplate(p, repl); err != nil {
			return Null, 0, err
		}
	} else {
		isCallable = true
	}
	s, all, err := p.matches(subject, Null, Null, count)
	if err != nil {
		return Null, 0, err
	}
	var b strings.Builder
	last := 0
	for _, span := range all {
		b.WriteString(s.text[s.byteAt(last):s.byteAt(span[0])])
		m := &reMatchObj{pat: p, subj: s, spans: span, pos: 0, endpos: s.nchars}
		var r Value
		if isCallable {
			if r, err = vm.call(repl, []Value{Obj(m)}, nil); err != nil {
				return Null, 0, err
			}
		} else if r, err = tpl.expand(m); err != nil {
			return Null, 0, err
		}
		text, err := reTextOf(r, s.isBytes)
		if err != nil {
			return Null, 0, err
		}
		b.WriteString(text)
		last = span[1]
	}
	b.WriteString(s.text[s.byteAt(last):])
	if s.isBytes {
		return Obj(&Bytes{b: latin1Encode(b.String())}), len(all), nil
	}
	if len(all) == 0 {
		return s.orig, 0, nil
	}
	return Str(b.String()), len(all), nil
}

func isBytesObj(v Value) bool {
	_, ok := v.o.(*Bytes)
	return ok
}

// reTextOf converts a replacement result to subject text.
func reTextOf(r Value, isBytes bool) (string, error) {
	if r.IsNone() {
		return "", nil
	}
	if isBytes {
		if b, ok := r.o.(*Bytes); ok && r.k == kObj {
			return latin1Decode(b.b), nil
		}
		return "", typeErrorf("expected a bytes-like object, %s found", r.Type().tpName())
	}
	if s, ok := asStr(r); ok {
		return s, nil
	}
	return "", typeErrorf("expected str instance, %s found", r.Type().tpName())
}

func (p *rePatternObj) split(subject, maxsplitV Value) (Value, error) {
	maxsplit, err := reCount(maxsplitV, "maxsplit")
	if err != nil {
		return Null, err
	}
	s, all, err := p.matches(subject, Null, Null, maxsplit)
	if err != nil {
		return Null, err
	}
	var out []Value
	last := 0
	for _, span := range all {
		out = append(out, s.slice(last, span[0]))
		for g := 1; g <= p.prog.tr.groups; g++ {
			if span[2*g] < 0 {
				out = append(out, None)
			} else {
				out = append(out, s.slice(span[2*g], span[2*g+1]))
			}
		}
		last = span[1]
	}
	out = append(out, s.slice(last, s.nchars))
	return NewList(out), nil
}

// reTemplate is a parsed replacement string: literal pieces and group
// references alternating.
type reTemplate struct {
	literals []string // len(groups)+1 pieces
	groups   []int
}

// parseReTemplate parses repl as CPython's re does (\1, \g<name>,
// \g<1>, character escapes).
func parseReTemplate(p *rePatternObj, repl Value) (*reTemplate, error) {
	var text string
	if s, ok := asStr(repl); ok {
		if p.isBytes {
			return nil, typeErrorf("expected a bytes-like object, str found")
		}
		text = s
	} else if b, ok := repl.o.(*Bytes); ok {
		if !p.isBytes {
			return nil, typeErrorf("expected str instance, bytes found")
		}
		text = latin1Decode(b.b)
	} else {
		return nil, typeErrorf("expected str instance, %s found", repl.Type().tpName())
	}
	src := []rune(text)
	t := &reTemplate{}
	var lit strings.Builder
	fail := func(msg string, pos int) error {
		return reError(&reSyntaxError{Msg: msg, Pos: pos}, repl)
	}
	addGroup := func(g int) {
		t.literals = append(t.literals, lit.String())
		lit.Reset()
		t.groups = append(t.groups, g)
	}
	ngroups := p.prog.tr.groups
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			continue
		}
		start := i
		i++
		if i >= len(src) {
			return nil, fail("bad escape (end of pattern)", start)
		}
		c = src[i]
		switch {
		case c == 'g':
			i++
			if i >= len(src) || src[i] != '<' {
				return nil, fail("missing <", i)
			}
			j := i + 1
			for j < len(src) && src[j] != '>' {
				j++
			}
			if j >= len(src) {
				if j == i+1 {
					return nil, fail("missing group name", i+1)
				}
				return nil, fail("missing >, unterminated name", i+1)
			}
			name := string(src[i+1 : j])
			if name == "" {
				return nil, fail("missing group name", i+1)
			}
			var g int
			if isDecimalASCII(name) {
				g, _ = strconv.Atoi(name)
				if g > ngroups {
					return nil, fail("invalid group reference "+name, i+1)
				}
			} else if isIdentifier(name) {
				var ok bool
				if g, ok = p.prog.tr.groupIndex[name]; !ok {
					return nil, newIndexError("unknown group name " + pyQuote(name))
				}
			} else {
				return nil, fail("bad character in group name "+pyQuote(name), i+1)
			}
			addGroup(g)
			i = j
		case c == '0':
			v := rune(0)
			for k := 0; k < 2 && i+1 < len(src) && isOctal(src[i+1]); k++ {
				i++
				v = v*8 + src[i] - '0'
			}
			lit.WriteRune(v)
		case c >= '1' && c <= '9':
			if i+2 < len(src)+0 && i+2 <= len(src)-1 && isOctal(c) && isOctal(src[i+1]) && isOctal(src[i+2]) {
				v := (c-'0')*64 + (src[i+1]-'0')*8 + src[i+2] - '0'
				if v > 0o377 {
					return nil, fail(`octal escape value \`+string(src[i:i+3])+` outside of range 0-0o377`, start)
				}
				lit.WriteRune(v)
				i += 2
				break
			}
			g := int(c - '0')
			if i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9' {
				g = g*10 + int(src[i+1]-'0')
				i++
			}
			if g > ngroups {
				return nil, fail("invalid group reference "+strconv.Itoa(g), start+1)
			}
			addGroup(g)
		default:
			if e, ok := reTemplateEscapes[c]; ok {
				lit.WriteRune(e)
			} else if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return nil, fail(`bad escape \`+string(c), start)
			} else {
				lit.WriteByte('\\')
				lit.WriteRune(c)
			}
		}
	}
	t.literals = append(t.literals, lit.String())
	return t, nil
}

var reTemplateEscapes = map[rune]rune{'a': 7, 'b': 8, 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}

func isDecimalASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// expand fills the template from match m.
func (t *reTemplate) expand(m *reMatchObj) (Value, error) {
	var b strings.Builder
	for i, g := range t.groups {
		b.WriteString(t.literals[i])
		if m.spans[2*g] >= 0 {
			b.WriteString(m.subj.text[m.subj.byteAt(m.spans[2*g]):m.subj.byteAt(m.spans[2*g+1])])
		}
	}
	b.WriteString(t.literals[len(t.literals)-1])
	if m.subj.isBytes {
		return Obj(&Bytes{b: latin1Encode(b.String())}), nil
	}
	return Str(b.String()), nil
}
