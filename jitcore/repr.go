package jitcore

import (
	"strconv"
	"strings"

	"jitlens/jitcore/pyfmt"
	"jitlens/jitcore/pystr"
)

func floatRepr(f float64) string { return pyfmt.FloatRepr(f) }

func intRepr(v Value) string {
	if v.k == kInt || v.k == kBool {
		return strconv.FormatInt(v.n, 10)
	}
	return toBig(v).String()
}

func bytesRepr(b []byte) string { return quoteBytes(b, false) }

// byteArrayRepr is the b'...' inside repr(bytearray): CPython escapes a
// single quote there even inside double quotes.
func byteArrayRepr(b []byte) string { return quoteBytes(b, true) }

func quoteBytes(b []byte, escapeSingle bool) string {
	q := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(q)
	for _, c := range b {
		switch {
		case c == q || c == '\\' || (escapeSingle && c == '\''):
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 32 || c >= 127:
			sb.WriteString(`\x`)
			sb.WriteByte("0123456789abcdef"[c>>4])
			sb.WriteByte("0123456789abcdef"[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

func (vm *VM) addrOf(v Value) string {
	// unsigned, as a C pointer prints: an unboxed number's id may have its
	// top bit set
	return "0x" + strconv.FormatUint(uint64(0x7f0000000000+vm.id(v)*16), 16)
}

// id returns a stable identity number for v.
func (vm *VM) id(v Value) int64 {
	if v.k != kObj {
		switch v.k {
		case kNone:
			return 1
		case kBool:
			return 2 + v.n
		}
		return v.n*2 + 1<<40
	}
	if vm.ids == nil {
		vm.ids = map[Object]int64{}
	}
	if id, ok := vm.ids[v.o]; ok {
		return id
	}
	vm.nextID++
	vm.ids[v.o] = vm.nextID + 1000
	return vm.nextID + 1000
}

func typeRepr(t *Type) string {
	mod := t.Module
	if v, ok := t.Dict.getStr("__module__"); ok {
		if s, ok := asStr(v); ok {
			mod = s
		}
	}
	if mod == "builtins" || mod == "" {
		return "<class '" + t.QualName + "'>"
	}
	return "<class '" + mod + "." + t.QualName + "'>"
}

// repr implements repr(v).
func (vm *VM) repr(v Value) (string, error) {
	switch v.k {
	case kNone:
		return "None", nil
	case kBool:
		if v.n != 0 {
			return "True", nil
		}
		return "False", nil
	case kInt:
		return strconv.FormatInt(v.n, 10), nil
	case kFloat:
		return floatRepr(v.float()), nil
	case kNull:
		return "<NULL>", nil
	}
	switch o := v.o.(type) {
	case *strObj:
		return pystr.Repr(o.s), nil
	case *bigInt:
		// CPython 3.11 limits int -> decimal str conversion (4300 digits)
		s, err := pyfmt.BigIntToString(o.v, 10)
		if err != nil {
			return "", toException(err)
		}
		return s, nil
	case *List:
		return vm.reprSeq(v, "[", "]", o.snapshot(), false) // scalars of a compact list: no Python code runs
	case *Tuple:
		return vm.reprSeq(v, "(", ")", o.items, len(o.items) == 1)
	case *Dict:
		return vm.reprDict(v, o)
	case *Set:
		if o.used == 0 {
			if o.frozen {
				return "frozenset()", nil
			}
			return o.pyType().Name + "()", nil
		}
		s, err := vm.reprSeq(v, "{", "}", o.keys(), false)
		if err != nil {
			return "", err
		}
		if o.frozen || o.cls != nil {
			return o.pyType().Name + "(" + s + ")", nil
		}
		return s, nil
	case *Type:
		// a metaclass's own __repr__ (enum's <enum 'Color'>), hook for stdlib B
		if o.meta != nil {
			if m, ok := o.meta.lookup("__repr__"); ok && m.k == kObj {
				if _, user := m.o.(*Function); user {
					return vm.callRepr(m, v)
				}
			}
		}
		return typeRepr(o), nil
	case *Function:
		return "<function " + o.qualname + " at " + vm.addrOf(v) + ">", nil
	case *Builtin:
		if o.wrapper {
			return "<method-wrapper '" + o.name + "' of " + o.self.Type().tpName() + " object at " + vm.addrOf(o.self) + ">", nil
		}
		if o.self.k != kNull {
			return "<built-in method " + o.name + " of " + o.self.Type().tpName() + " object at " + vm.addrOf(o.self) + ">", nil
		}
		if o.descr {
			return o.descrRepr(), nil
		}
		return "<built-in function " + o.name + ">", nil
	case *Method:
		self, err := vm.repr(o.self)
		if err != nil {
			return "", err
		}
		name := "?"
		if f, ok := o.fn.o.(*Function); ok {
			name = f.qualname
		}
		return "<bound method " + name + " of " + self + ">", nil
	case *Range:
		return rangeRepr(o), nil
	case *getsetDescr:
		return o.repr(), nil
	case *slotDescr:
		return "<member '" + o.name + "' of '" + o.owner.tpName() + "' objects>", nil
	case *memoryviewObj:
		if o.released {
			return "<released memory at " + vm.addrOf(v) + ">", nil
		}
		return "<memory at " + vm.addrOf(v) + ">", nil
	case *SliceObj:
		a, _ := vm.repr(o.start)
		b, _ := vm.repr(o.stop)
		c, _ := vm.repr(o.step)
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case *Exception:
		if !o.cls.builtin {
			if m, ok := o.cls.lookupSpecial("__repr__"); ok && m.o != objectRepr && m.o != excRepr {
				return vm.callRepr(m, v)
			}
		}
		return vm.excRepr(o)
	case *Complex:
		return pyfmt.ComplexRepr(real(o.c), imag(o.c)), nil
	case *Bytes:
		if o.mutable {
			return "bytearray(" + byteArrayRepr(o.b) + ")", nil
		}
		return bytesRepr(o.b), nil
	case *Module:
		if r, ok := moduleRepr(o); ok { // modules of the import system (import*.go)
			return r, nil
		}
		if o.name == "sys" || o.name == "builtins" {
			return "<module '" + o.name + "' (built-in)>", nil
		}
		return "<module '" + o.name + "'>", nil
	case *Generator:
		return "<generator object " + o.qualname + " at " + vm.addrOf(v) + ">", nil
	case *singleton:
		if v.is(NotImplemented) {
			return "NotImplemented", nil
		}
		return "Ellipsis", nil
	case *dictView:
		var items []Value
		names := [...]string{"dict_keys", "dict_values", "dict_items"}
		for _, e := range o.d.items() {
			switch o.kind {
			case 0:
				items = append(items, e.key)
			case 1:
				items = append(items, e.val)
			default:
				items = append(items, NewTuple(e.key, e.val))
			}
		}
		s, err := vm.reprSeq(v, "[", "]", items, false)
		return names[o.kind] + "(" + s + ")", err
	case *Cell:
		return "<cell at " + vm.addrOf(v) + ">", nil
	case *Property:
		return "<property object at " + vm.addrOf(v) + ">", nil
	case *unionType:
		parts := make([]string, len(o.args))
		for i, a := range o.args {
			s, err := vm.typeArgRepr(a)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return strings.Join(parts, " | "), nil
	case *genericAlias:
		return vm.genericAliasRepr(o)
	case *mappingProxy:
		s, err := vm.reprDict(Obj(o.d), o.d)
		return "mappingproxy(" + s + ")", err
	case *Super:
		return "<super: <class '" + o.thisType.Name + "'>, <" + o.objType.Name + " object>>", nil
	case *fileObj:
		return vm.fileRepr(o)
	}
	t := v.Type()
	if m, ok := t.lookupSpecial("__repr__"); ok && m.o != objectRepr {
		return vm.callRepr(m, v)
	}
	if in, ok := v.o.(*Instance); ok && in.base.k != kNull {
		if b, ok := in.base.o.(*Bytes); ok && b.mutable { // bytearray's repr names the class
			return t.Name + "(" + byteArrayRepr(b.b) + ")", nil
		}
		return vm.repr(in.base)
	}
	return "<" + moduleOf(t) + t.QualName + " object at " + vm.addrOf(v) + ">", nil
}

func (vm *VM) reprArgs(v Value) (string, error) {
	if t, ok := asTuple(v); ok {
		parts := make([]string, len(t.items))
		for i, x := range t.items {
			if tt, ok := x.o.(*Type); ok && x.k == kObj {
				parts[i] = tt.Name
				continue
			}
			s, err := vm.repr(x)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return strings.Join(parts, ", "), nil
	}
	if tt, ok := v.o.(*Type); ok && v.k == kObj {
		return tt.Name, nil
	}
	return vm.repr(v)
}

func moduleOf(t *Type) string {
	if v, ok := t.Dict.getStr("__module__"); ok {
		if s, ok := asStr(v); ok && s != "builtins" {
			return s + "."
		}
	}
	return ""
}

func (vm *VM) callRepr(m Value, v Value) (string, error) {
	r, err := vm.callMethod(m, v)
	if err != nil {
		return "", err
	}
	s, ok := asStr(r)
	if !ok {
		return "", typeErrorf("__repr__ returned non-string (type %s)", r.Type().tpName())
	}
	return s, nil
}

func (vm *VM) excRepr(e *Exception) (string, error) {
	name := e.cls.Name
	if len(e.args) == 1 {
		s, err := vm.repr(e.args[0])
		return name + "(" + s + ")", err
	}
	s, err := vm.reprSeq(NewTuple(e.args...), "(", ")", e.args, false)
	return name + s, err
}

// reprGuard detects recursive containers.
func (vm *VM) enterRepr(v Value) bool {
	if vm.reprActive == nil {
		vm.reprActive = map[Object]bool{}
	}
	if vm.reprActive[v.o] {
		return false
	}
	vm.reprActive[v.o] = true
	return true
}

func (vm *VM) reprSeq(self Value, open, close string, items []Value, trailingComma bool) (string, error) {
	if !vm.enterRepr(self) {
		if open == "{" {
			return "{...}", nil
		}
		return open + "..." + close, nil
	}
	defer delete(vm.reprActive, self.o)
	var sb strings.Builder
	sb.WriteString(open)
	for i, x := range items {
		if i > 0 {
			sb.WriteString(", ")
		}
		s, err := vm.repr(x)
		if err != nil {
			return "", err
		}
		sb.WriteString(s)
	}
	if trailingComma {
		sb.WriteString(",")
	}
	sb.WriteString(close)
	return sb.String(), nil
}

func (vm *VM) reprDict(self Value, d *Dict) (string, error) {
	if !vm.enterRepr(self) {
		return "{...}", nil
	}
	defer delete(vm.reprActive, self.o)
	var sb strings.Builder
	sb.WriteString("{")
	for i, e := range d.items() {
		if i > 0 {
			sb.WriteString(", ")
		}
		k, err := vm.repr(e.key)
		if err != nil {
			return "", err
		}
		val, err := vm.repr(e.val)
		if err != nil {
			return "", err
		}
		sb.WriteString(k)
		sb.WriteString(": ")
		sb.WriteString(val)
	}
	sb.WriteString("}")
	return sb.String(), nil
}

// str implements str(v).
func (vm *VM) str(v Value) (string, error) {
	if v.k == kObj {
		switch o := v.o.(type) {
		case *strObj:
			return o.s, nil
		case *Exception:
			if !o.cls.builtin {
				if m, ok := o.cls.lookupSpecial("__str__"); ok && m.o != objectStr && m.o != excStr {
					return vm.callStr(m, v)
				}
			}
			return vm.excStr(o)
		case *Instance:
			t := o.cls
			if m, ok := t.lookupSpecial("__str__"); ok && m.o != objectStr && !inheritedReprStr(t, o) {
				return vm.callStr(m, v)
			}
			if o.base.k != kNull {
				if _, ok := t.lookupSpecial("__repr__"); !ok || true {
					if m, ok := t.lookupSpecial("__repr__"); ok && m.o != objectRepr {
						return vm.callRepr(m, v)
					}
					if b, ok := o.base.o.(*Bytes); ok && b.mutable {
						return vm.repr(v) // names the subclass
					}
					return vm.str(o.base)
				}
			}
		}
	}
	return vm.repr(v)
}

func (vm *VM) callStr(m Value, v Value) (string, error) {
	r, err := vm.callMethod(m, v)
	if err != nil {
		return "", err
	}
	s, ok := asStr(r)
	if !ok {
		return "", typeErrorf("__str__ returned non-string (type %s)", r.Type().tpName())
	}
	return s, nil
}

func (vm *VM) excStr(e *Exception) (string, error) {
	if e.excs != nil {
		return excGroupStr(e), nil
	}
	if e.cls.isSubtype(SyntaxErrorType) && len(e.args) == 2 {
		if t, ok := asTuple(e.args[1]); ok && len(t.items) == 4 {
			msg, _ := vm.str(e.args[0])
			file, _ := vm.str(t.items[0])
			line, _ := vm.str(t.items[1])
			return msg + " (" + file + ", line " + line + ")", nil
		}
	}
	if e.cls.isSubtype(KeyErrorType) && len(e.args) == 1 {
		return vm.repr(e.args[0])
	}
	if e.cls.isSubtype(UnicodeErrorType) {
		if s, ok := unicodeErrorStr(e); ok {
			return s, nil
		}
	}
	if e.cls.isSubtype(OSErrorType) {
		if s, ok, err := vm.osErrorStr(e); ok || err != nil {
			return s, err
		}
	}
	switch len(e.args) {
	case 0:
		return "", nil
	case 1:
		return vm.str(e.args[0])
	}
	return vm.repr(NewTuple(e.args...))
}

// format implements format(v, spec).
func (vm *VM) format(v Value, spec string) (string, error) {
	if m, ok := userMethod(v, "__format__"); ok && m.o != objectFormat {
		r, err := vm.callMethod(m, v, Str(spec))
		if err != nil {
			return "", err
		}
		s, ok := asStr(r)
		if !ok {
			return "", typeErrorf("__format__ must return a str, not %s", r.Type().tpName())
		}
		return s, nil
	}
	u := unwrapBuiltin(v)
	if spec == "" && u.k != kNull && v.k == kObj && u.o != v.o {
		// a subclass of a built-in formats with an empty spec as str(self)
		return vm.str(v)
	}
	var s string
	var err error
	switch u.k {
	case kBool:
		if spec == "" {
			return vm.str(v)
		}
		s, err = pyfmt.FormatIntNamed(u.n, spec, "bool")
	case kInt:
		s, err = pyfmt.FormatInt(u.n, spec)
	case kFloat:
		s, err = pyfmt.FormatFloat(u.float(), spec)
	case kObj:
		switch o := u.o.(type) {
		case *bigInt:
			s, err = pyfmt.FormatBigInt(o.v, spec)
		case *strObj:
			s, err = pyfmt.FormatStr(o.s, spec)
		case *Complex:
			s, err = pyfmt.FormatComplex(real(o.c), imag(o.c), spec)
		default:
			if spec == "" {
				return vm.str(v)
			}
			return "", typeErrorf("unsupported format string passed to %s.__format__", v.Type().tpName())
		}
	default:
		if spec == "" {
			return vm.str(v)
		}
		return "", typeErrorf("unsupported format string passed to %s.__format__", v.Type().tpName())
	}
	if err != nil {
		return "", toException(err)
	}
	return s, nil
}

// formatValue implements FORMAT_VALUE.
func (vm *VM) formatValue(v Value, conv int, spec Value) (Value, error) {
	var err error
	switch conv {
	case 1:
		var s string
		s, err = vm.str(v)
		v = Str(s)
	case 2:
		var s string
		s, err = vm.repr(v)
		v = Str(s)
	case 3:
		var s string
		s, err = vm.ascii(v)
		v = Str(s)
	}
	if err != nil {
		return Null, err
	}
	sp := ""
	if spec.k != kNull {
		sp, _ = asStr(spec)
	}
	if sp == "" {
		if s, ok := v.o.(*strObj); ok && v.k == kObj {
			return Obj(s), nil
		}
		if v.k == kInt {
			return Str(strconv.FormatInt(v.n, 10)), nil
		}
	}
	s, err := vm.format(v, sp)
	if err != nil {
		return Null, err
	}
	return Str(s), nil
}

func (vm *VM) ascii(v Value) (string, error) {
	s, err := vm.repr(v)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			sb.WriteRune(r)
		case r < 256:
			sb.WriteString(sprintf("\\x%02x", r))
		case r < 0x10000:
			sb.WriteString(sprintf("\\u%04x", r))
		default:
			sb.WriteString(sprintf("\\U%08x", r))
		}
	}
	return sb.String(), nil
}

// inheritedReprStr reports whether m is a built-in __str__ that CPython's
// type does not have: int, float, list and the like print with their
// repr, so a subclass's __repr__ also serves str(); only str and bytes
// have a str of their own.
func inheritedReprStr(t *Type, in *Instance) bool {
	if in.base.k == kNull {
		return false
	}
	for _, c := range t.MRO {
		if _, ok := c.Dict.getStr("__str__"); ok {
			return c.builtin && c != StrType && c != BytesType && c != ByteArrayType
		}
	}
	return false
}
