package jitcore

import (
	"strconv"
	"strings"

	"jitlens/jitcore/pystr"
)

// rePatternObj is a compiled pattern (re.Pattern).
type rePatternObj struct {
	prog    *reProgram
	pattern Value // the str or bytes given to compile
	text    string
	isBytes bool
	flags   int
}

func (*rePatternObj) pyType() *Type { return rePatternType }

// reMatchObj is a successful match (re.Match).
type reMatchObj struct {
	pat         *rePatternObj
	subj        *reSubject
	spans       []int
	pos, endpos int
}

func (*reMatchObj) pyType() *Type { return reMatchType }

var (
	rePatternType, reMatchType, reErrorType *Type
)

func init() {
	mk := func(name string) *Type {
		t := newBuiltinType(name, ObjectType)
		t.Module = "re"
		t.cName = "re." + name
		t.Dict.setStr("__module__", Str("re"))
		t.final = true
		// not marked built-in so that the engine's protocol lookups
		// (subscript, iteration) consult the Go methods in the type dict
		t.builtin = false
		return t
	}
	rePatternType = mk("Pattern")
	reMatchType = mk("Match")
	reErrorType = newBuiltinType("error", ExceptionType)
	reErrorType.exc = true
	reErrorType.Module = "re"
	reErrorType.Dict.setStr("__module__", Str("re"))
	setupRePatternMethods()
	setupReMatchMethods()
}

// property registers a read-only computed attribute on a built-in type.
func reProperty(t *Type, name string, get func(vm *VM, self Value) (Value, error)) {
	t.Dict.setStr(name, Obj(&Property{fget: Obj(newBuiltin(name, func(vm *VM, args []Value, kw []string) (Value, error) {
		return get(vm, args[0])
	}))}))
}

// reError builds a re.error exception with CPython's attributes.
func reError(err error, pattern Value) error {
	se, ok := err.(*reSyntaxError)
	if !ok {
		return err
	}
	msg := se.Msg
	e := &Exception{cls: reErrorType, dict: NewDict()}
	e.dict.setStr("msg", Str(se.Msg))
	e.dict.setStr("pattern", pattern)
	if se.Pos >= 0 {
		text, _ := asStr(pattern)
		if b, ok := pattern.o.(*Bytes); ok {
			text = latin1Decode(b.b)
		}
		runes := []rune(text)
		pos := min(se.Pos, len(runes))
		before := string(runes[:pos])
		line := strings.Count(before, "\n") + 1
		col := pos + 1
		if i := strings.LastIndexByte(before, '\n'); i >= 0 {
			col = len([]rune(before[i+1:])) + 1
		}
		msg = se.Msg + " at position " + strconv.Itoa(se.Pos)
		if strings.Contains(text, "\n") {
			msg += " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"
		}
		e.dict.setStr("pos", Int(int64(se.Pos)))
		e.dict.setStr("lineno", Int(int64(line)))
		e.dict.setStr("colno", Int(int64(col)))
	} else {
		e.dict.setStr("pos", None)
		e.dict.setStr("lineno", None)
		e.dict.setStr("colno", None)
	}
	e.args = []Value{Str(msg)}
	return e
}

// reSubjectOf checks and converts the string argument for pattern p.
func reSubjectOf(p *rePatternObj, v Value) (*reSubject, error) {
	if s, ok := asStr(v); ok {
		if p.isBytes {
			return nil, typeErrorf("cannot use a bytes pattern on a string-like object")
		}
		return newReSubject(s, false, v), nil
	}
	if b, ok := v.o.(*Bytes); ok && v.k == kObj {
		if !p.isBytes {
			return nil, typeErrorf("cannot use a string pattern on a bytes-like object")
		}
		return newReSubject(latin1Decode(b.b), true, v), nil
	}
	return nil, typeErrorf("expected string or bytes-like object, got '%s'", v.Type().tpName())
}

// compileRe is re.compile's work: a Pattern from a str/bytes or a Pattern.
func compileRe(v Value, flagsV Value) (*rePatternObj, error) {
	flags := 0
	if !flagsV.IsNull() {
		if !flagsV.isIntLike() {
			return nil, typeErrorf("unsupported operand type(s) for &: '%s' and 'int'", flagsV.Type().tpName())
		}
		flags = int(intBase(flagsV).n)
	}
	if p, ok := v.o.(*rePatternObj); ok && v.k == kObj {
		if flags != 0 {
			return nil, newValueError("cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var text string
	isBytes := false
	if s, ok := asStr(v); ok {
		text = s
	} else if b, ok := v.o.(*Bytes); ok && v.k == kObj {
		text, isBytes = latin1Decode(b.b), true
	} else {
		return nil, typeErrorf("first argument must be string or compiled pattern")
	}
	prog, err := reCompileProgram(text, flags, isBytes)
	if err != nil {
		return nil, reError(err, v)
	}
	return &rePatternObj{prog: prog, pattern: v, text: text, isBytes: isBytes, flags: prog.tr.flags}, nil
}

// reFlagNames lists the flags a Pattern repr shows, in CPython's order.
var reFlagNames = []struct {
	bit  int
	name string
}{
	{reFlagTemplate, "re.TEMPLATE"}, {reIgnoreCase, "re.IGNORECASE"}, {reLocale, "re.LOCALE"},
	{reMultiline, "re.MULTILINE"}, {reDotAll, "re.DOTALL"}, {reUnicode, "re.UNICODE"},
	{reVerbose, "re.VERBOSE"}, {reDebug, "re.DEBUG"}, {reASCII, "re.ASCII"},
}

func (p *rePatternObj) repr() string {
	pr := ""
	if p.isBytes {
		pr = bytesRepr(latin1Encode(p.text))
	} else {
		pr = pystr.Repr(p.text)
	}
	if len(pr) > 200 {
		pr = pr[:200]
	}
	flags := p.flags
	if !p.isBytes {
		flags &^= reUnicode
	}
	if flags == 0 {
		return "re.compile(" + pr + ")"
	}
	var names []string
	for _, f := range reFlagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	return "re.compile(" + pr + ", " + strings.Join(names, "|") + ")"
}

// posArgs reads the optional pos and endpos arguments.
func rePosArgs(vals []Value, n int) (int, int) {
	pos, endpos := 0, n
	if len(vals) > 0 && !vals[0].IsNull() {
		pos = int(intBase(vals[0]).n)
		if pos < 0 {
			pos = 0
		}
	}
	if len(vals) > 1 && !vals[1].IsNull() {
		endpos = int(intBase(vals[1]).n)
		if endpos < 0 {
			endpos = 0
		}
	}
	return pos, min(endpos, n)
}

func (p *rePatternObj) run(subject Value, posV, endposV Value, kind int) (Value, error) {
	s, err := reSubjectOf(p, subject)
	if err != nil {
		return Null, err
	}
	pos, endpos := rePosArgs([]Value{posV, endposV}, s.nchars)
	spans, err := p.prog.exec(s, pos, endpos, kind)
	if err != nil {
		return Null, reError(err, p.pattern)
	}
	if spans == nil {
		return None, nil
	}
	return Obj(&reMatchObj{pat: p, subj: s, spans: spans, pos: pos, endpos: endpos}), nil
}

func setupRePatternMethods() {
	t := rePatternType
	self := func(v Value) *rePatternObj { return v.o.(*rePatternObj) }
	for _, k := range []struct {
		name string
		kind int
	}{{"search", reSearch}, {"match", reMatch}, {"fullmatch", reFull}} {
		k := k
		method(t, k.name, func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs(k.name, args[1:], kw, []string{"string", "pos", "endpos"}, 1)
			if err != nil {
				return Null, err
			}
			return self(args[0]).run(vals[0], vals[1], vals[2], k.kind)
		})
	}
	method(t, "findall", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("findall", args[1:], kw, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return Null, err
		}
		return self(args[0]).findall(vals[0], vals[1], vals[2])
	})
	method(t, "finditer", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("finditer", args[1:], kw, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return Null, err
		}
		return self(args[0]).finditer(vals[0], vals[1], vals[2])
	})
	method(t, "sub", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("sub", args[1:], kw, []string{"repl", "string", "count"}, 2)
		if err != nil {
			return Null, err
		}
		r, _, err := self(args[0]).sub(vm, vals[0], vals[1], vals[2])
		return r, err
	})
	method(t, "subn", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("subn", args[1:], kw, []string{"repl", "string", "count"}, 2)
		if err != nil {
			return Null, err
		}
		r, n, err := self(args[0]).sub(vm, vals[0], vals[1], vals[2])
		if err != nil {
			return Null, err
		}
		return NewTuple(r, Int(int64(n))), nil
	})
	method(t, "split", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("split", args[1:], kw, []string{"string", "maxsplit"}, 1)
		if err != nil {
			return Null, err
		}
		return self(args[0]).split(vals[0], vals[1])
	})
	method(t, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(self(args[0]).repr()), nil
	})
	method(t, "__eq__", func(vm *VM, args []Value, kw []string) (Value, error) {
		o, ok := args[1].o.(*rePatternObj)
		if !ok || args[1].k != kObj {
			return NotImplemented, nil
		}
		p := self(args[0])
		return Bool(p.text == o.text && p.flags == o.flags && p.isBytes == o.isBytes), nil
	})
	method(t, "__hash__", func(vm *VM, args []Value, kw []string) (Value, error) {
		p := self(args[0])
		return Int(hashString(p.text) ^ int64(p.flags)), nil
	})
	reProperty(t, "pattern", func(vm *VM, v Value) (Value, error) { return self(v).pattern, nil })
	reProperty(t, "flags", func(vm *VM, v Value) (Value, error) { return Int(int64(self(v).flags)), nil })
	reProperty(t, "groups", func(vm *VM, v Value) (Value, error) { return Int(int64(self(v).prog.tr.groups)), nil })
	reProperty(t, "groupindex", func(vm *VM, v Value) (Value, error) {
		d := NewDict()
		for i, n := range self(v).prog.tr.groupNames {
			if n != "" {
				d.setStr(n, Int(int64(i+1)))
			}
		}
		return Obj(d), nil
	})
}

// groupIndex resolves a group argument (number or name) of a match.
func (m *reMatchObj) groupIndex(g Value) (int, error) {
	if g.isIntLike() {
		b := intBase(g)
		if b.k == kInt && b.n >= 0 && int(b.n) <= m.pat.prog.tr.groups {
			return int(b.n), nil
		}
	} else if s, ok := asStr(g); ok {
		if i, ok := m.pat.prog.tr.groupIndex[s]; ok {
			return i, nil
		}
	}
	return 0, newIndexError("no such group")
}

func (m *reMatchObj) group(i int, dflt Value) Value {
	if m.spans[2*i] < 0 {
		return dflt
	}
	return m.subj.slice(m.spans[2*i], m.spans[2*i+1])
}

func setupReMatchMethods() {
	t := reMatchType
	self := func(v Value) *reMatchObj { return v.o.(*reMatchObj) }
	method(t, "group", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := noKw("group", kw); err != nil {
			return Null, err
		}
		m := self(args[0])
		if len(args) == 1 {
			return m.group(0, None), nil
		}
		out := make([]Value, 0, len(args)-1)
		for _, g := range args[1:] {
			i, err := m.groupIndex(g)
			if err != nil {
				return Null, err
			}
			out = append(out, m.group(i, None))
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return NewTuple(out...), nil
	})
	method(t, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		m := self(args[0])
		i, err := m.groupIndex(args[1])
		if err != nil {
			return Null, err
		}
		return m.group(i, None), nil
	})
	method(t, "groups", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("groups", args[1:], kw, []string{"default"}, 0)
		if err != nil {
			return Null, err
		}
		dflt := None
		if !vals[0].IsNull() {
			dflt = vals[0]
		}
		m := self(args[0])
		out := make([]Value, m.pat.prog.tr.groups)
		for i := range out {
			out[i] = m.group(i+1, dflt)
		}
		return NewTuple(out...), nil
	})
	method(t, "groupdict", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("groupdict", args[1:], kw, []string{"default"}, 0)
		if err != nil {
			return Null, err
		}
		dflt := None
		if !vals[0].IsNull() {
			dflt = vals[0]
		}
		m := self(args[0])
		d := NewDict()
		for i, n := range m.pat.prog.tr.groupNames {
			if n != "" {
				d.setStr(n, m.group(i+1, dflt))
			}
		}
		return Obj(d), nil
	})
	spanOf := func(name string, pick func(s, e int) Value) builtinFn {
		return func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args[1:], kw, 0, 1); err != nil {
				return Null, err
			}
			m := self(args[0])
			i := 0
			if len(args) > 1 {
				var err error
				if i, err = m.groupIndex(args[1]); err != nil {
					return Null, err
				}
			}
			return pick(m.spans[2*i], m.spans[2*i+1]), nil
		}
	}
	method(t, "start", spanOf("start", func(s, e int) Value { return Int(int64(s)) }))
	method(t, "end", spanOf("end", func(s, e int) Value { return Int(int64(e)) }))
	method(t, "span", spanOf("span", func(s, e int) Value { return NewTuple(Int(int64(s)), Int(int64(e))) }))
	method(t, "expand", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("expand", args, kw, 1, 1); err != nil {
			return Null, err
		}
		m := self(args[0])
		tpl, err := parseReTemplate(m.pat, args[1])
		if err != nil {
			return Null, err
		}
		return tpl.expand(m)
	})
	method(t, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		m := self(args[0])
		r, err := vm.repr(m.group(0, None))
		if err != nil {
			return Null, err
		}
		if rs := []rune(r); len(rs) > 50 { // CPython formats it with %.50R
			r = string(rs[:50])
		}
		return Str("<re.Match object; span=(" + strconv.Itoa(m.spans[0]) + ", " + strconv.Itoa(m.spans[1]) + "), match=" + r + ">"), nil
	})
	reProperty(t, "string", func(vm *VM, v Value) (Value, error) { return self(v).subj.orig, nil })
	reProperty(t, "re", func(vm *VM, v Value) (Value, error) { return Obj(self(v).pat), nil })
	reProperty(t, "pos", func(vm *VM, v Value) (Value, error) { return Int(int64(self(v).pos)), nil })
	reProperty(t, "endpos", func(vm *VM, v Value) (Value, error) { return Int(int64(self(v).endpos)), nil })
	reProperty(t, "lastindex", func(vm *VM, v Value) (Value, error) {
		i := self(v).lastIndex()
		if i == 0 {
			return None, nil
		}
		return Int(int64(i)), nil
	})
	reProperty(t, "lastgroup", func(vm *VM, v Value) (Value, error) {
		m := self(v)
		i := m.lastIndex()
		if i == 0 || m.pat.prog.tr.groupNames[i-1] == "" {
			return None, nil
		}
		return Str(m.pat.prog.tr.groupNames[i-1]), nil
	})
	reProperty(t, "regs", func(vm *VM, v Value) (Value, error) {
		m := self(v)
		out := make([]Value, len(m.spans)/2)
		for i := range out {
			out[i] = NewTuple(Int(int64(m.spans[2*i])), Int(int64(m.spans[2*i+1])))
		}
		return NewTuple(out...), nil
	})
}

// lastIndex is the number of the last group closed in the match: among the
// groups that matched, the one whose closing parenthesis comes last, which
// is the one ending last, the outermost on a tie.
func (m *reMatchObj) lastIndex() int {
	best, bestEnd := 0, -1
	for i := 1; i <= m.pat.prog.tr.groups; i++ {
		s, e := m.spans[2*i], m.spans[2*i+1]
		if s < 0 {
			continue
		}
		if e > bestEnd || (e == bestEnd && !m.nested(i, best)) {
			best, bestEnd = i, e
		}
	}
	return best
}

// nested reports whether group i lies inside group j in the pattern.
func (m *reMatchObj) nested(i, j int) bool {
	if j == 0 {
		return false
	}
	for p := m.pat.prog.tr.groupParent[i-1]; p != 0; p = m.pat.prog.tr.groupParent[p-1] {
		if p == j {
			return true
		}
	}
	return false
}
