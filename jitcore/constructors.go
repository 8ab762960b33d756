package jitcore

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pyfmt"
)

func setupTypeConstructors() {
	TypeType.newFn = typeNew
	// type.__new__(mcls, name, bases, ns) for metaclasses written in Python:
	// the class is a real *Type whose metaclass is mcls (hook for enum,
	// stdlib B)
	method(TypeType, "__new__", func(vm *VM, args []Value, kw []string) (Value, error) {
		mt, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj || !mt.isSubtype(TypeType) {
			return Null, typeErrorf("type.__new__(X): X is not a type object (%s)", args[0].Type().Name)
		}
		return typeNew(vm, mt, args[1:], kw)
	})
	// type.__call__(cls, ...), reached from a metaclass's own __call__
	method(TypeType, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj {
			return Null, typeErrorf("descriptor '__call__' requires a 'type' object but received a '%s'", args[0].Type().Name)
		}
		return vm.callType(t, args[1:], kw)
	})
	ObjectType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			return Null, typeErrorf("object() takes no arguments")
		}
		return Obj(&Instance{cls: ObjectType}), nil
	}
	IntType.newFn = intNew
	BoolType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("bool", args, kw, 0, 1); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := vm.truth(args[0])
		return Bool(b), err
	}
	FloatType.newFn = floatNew
	ComplexType.newFn = complexNew
	StrType.newFn = strNew
	ListType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list", args, kw, 0, 1); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		items, err := vm.toSlice(args[0])
		if err != nil {
			return Null, err
		}
		if _, ok := asTuple(args[0]); ok {
			items = append([]Value(nil), items...)
		}
		return NewList(items), nil
	}
	TupleType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tuple", args, kw, 0, 1); err != nil {
			return Null, err
		}
		if len(args) == 0 {
			return NewTuple(), nil
		}
		if tu, ok := args[0].o.(*Tuple); ok && args[0].k == kObj {
			return Obj(tu), nil
		}
		items, err := vm.toSlice(args[0])
		if err != nil {
			return Null, err
		}
		return NewTuple(items...), nil
	}
	DictType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos > 1 {
			return Null, typeErrorf("dict expected at most 1 argument, got %d", npos)
		}
		d := NewDict()
		if npos == 1 {
			if err := vm.dictUpdate(d, args[0]); err != nil {
				return Null, err
			}
		}
		for i, k := range kw {
			d.setStr(k, args[npos+i])
		}
		return Obj(d), nil
	}
	setNew := func(frozen bool) func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		return func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
			name := "set"
			if frozen {
				name = "frozenset"
			}
			if err := exactArgs(name, args, kw, 0, 1); err != nil {
				return Null, err
			}
			s := NewSet()
			s.frozen = frozen
			if len(args) == 1 {
				if err := s.update(vm, args[0]); err != nil {
					return Null, err
				}
			}
			return Obj(s), nil
		}
	}
	SetType.newFn = setNew(false)
	FrozenSetType.newFn = setNew(true)
	RangeType.newFn = rangeNew
	SliceType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("slice", args, kw, 1, 3); err != nil {
			return Null, err
		}
		switch len(args) {
		case 1:
			return Obj(&SliceObj{None, args[0], None}), nil
		case 2:
			return Obj(&SliceObj{args[0], args[1], None}), nil
		}
		return Obj(&SliceObj{args[0], args[1], args[2]}), nil
	}
	PropertyType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return Null, err
		}
		p := &Property{fget: vals[0], fset: vals[1], fdel: vals[2], doc: vals[3]}
		if p.doc.k == kNull && p.fget.k == kObj {
			if f, ok := p.fget.o.(*Function); ok {
				p.doc = f.doc
			}
		}
		return Obj(p), nil
	}
	StaticMethodType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("staticmethod", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return Obj(&StaticMethod{args[0]}), nil
	}
	ClassMethodType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := exactArgs("classmethod", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return Obj(&ClassMethod{args[0]}), nil
	}
	SuperType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		return vm.superNew(args)
	}
	BytesType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return bytesNew(vm, args, kw, false) }
	ByteArrayType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return bytesNew(vm, args, kw, true) }
}

func intNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("int", args, kw, []string{"x", "base"}, 0)
	if err != nil {
		return Null, err
	}
	x, base := vals[0], vals[1]
	if x.k == kNull {
		if base.k != kNull {
			return Null, typeErrorf("int() missing string argument")
		}
		return Int(0), nil
	}
	if base.k != kNull {
		b, err := vm.index(base, "'"+base.Type().Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		s, ok := asStr(x)
		if !ok {
			if bs, ok := x.o.(*Bytes); ok && x.k == kObj {
				s = string(bs.b)
			} else {
				return Null, typeErrorf("int() can't convert non-string with explicit base")
			}
		}
		return parseIntValue(s, int(b))
	}
	return vm.toInt(x)
}

func parseIntValue(s string, base int) (Value, error) {
	small, b, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return Null, toException(err)
	}
	if b != nil {
		return BigInt(b), nil
	}
	return Int(small), nil
}

// toInt implements int(x) for one argument.
func (vm *VM) toInt(x Value) (Value, error) {
	switch x.k {
	case kInt:
		return x, nil
	case kBool:
		return Int(x.n), nil
	case kFloat:
		return floatToInt(x.float())
	}
	switch o := x.o.(type) {
	case *bigInt:
		return x, nil
	case *strObj:
		return parseIntValue(o.s, 10)
	case *Bytes:
		return parseIntValue(string(o.b), 10)
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m, ok := userMethod(x, name); ok {
			r, err := vm.callMethod(m, x)
			if err != nil {
				return Null, err
			}
			if !r.isIntLike() {
				return Null, typeErrorf("%s returned non-int (type %s)", name, r.Type().Name)
			}
			return intBase(r), nil
		}
	}
	if in, ok := x.o.(*Instance); ok && in.base.k != kNull {
		return vm.toInt(in.base)
	}
	return Null, typeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

func floatToInt(f float64) (Value, error) {
	small, b, err := pyfmt.FloatToInt(f)
	if err != nil {
		return Null, toException(err)
	}
	if b != nil {
		return BigInt(b), nil
	}
	return Int(small), nil
}

func floatNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	if err := exactArgs("float", args, kw, 0, 1); err != nil {
		return Null, err
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	return vm.toFloatValue(args[0])
}

func (vm *VM) toFloatValue(x Value) (Value, error) {
	switch x.k {
	case kFloat:
		return x, nil
	case kInt, kBool:
		return Float(float64(x.n)), nil
	}
	switch o := x.o.(type) {
	case *bigInt:
		f, err := toFloat(x)
		return Float(f), err
	case *strObj:
		f, err := pyfmt.ParseFloat(o.s)
		if err != nil {
			return Null, toException(err)
		}
		return Float(f), nil
	}
	if m, ok := userMethod(x, "__float__"); ok {
		r, err := vm.callMethod(m, x)
		if err != nil {
			return Null, err
		}
		if !isFloat(r) {
			return Null, typeErrorf("%s.__float__ returned non-float (type %s)", x.Type().Name, r.Type().Name)
		}
		return r, nil
	}
	if m, ok := userMethod(x, "__index__"); ok {
		r, err := vm.callMethod(m, x)
		if err != nil {
			return Null, err
		}
		f, err := toFloat(r)
		return Float(f), err
	}
	if in, ok := x.o.(*Instance); ok && in.base.k != kNull {
		return vm.toFloatValue(in.base)
	}
	return Null, typeErrorf("float() argument must be a string or a real number, not '%s'", x.Type().Name)
}

func complexNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("complex", args, kw, []string{"real", "imag"}, 0)
	if err != nil {
		return Null, err
	}
	var re, im complex128
	if vals[0].k != kNull {
		if s, ok := asStr(vals[0]); ok {
			c, err := parseComplex(s)
			if err != nil {
				return Null, err
			}
			return Obj(&Complex{c}), nil
		}
		if !isNumber(vals[0]) {
			return Null, typeErrorf("complex() first argument must be a string or a number, not '%s'", vals[0].Type().Name)
		}
		re = toComplex(vals[0])
	}
	if vals[1].k != kNull {
		im = toComplex(vals[1])
	}
	return Obj(&Complex{re + im*1i}), nil
}

func parseComplex(s string) (complex128, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
	bad := newValueError("complex() arg is a malformed string")
	if strings.HasSuffix(t, "j") || strings.HasSuffix(t, "J") {
		body := t[:len(t)-1]
		split := -1
		for i := len(body) - 1; i > 0; i-- {
			if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
				split = i
				break
			}
		}
		reS, imS := "0", body
		if split > 0 {
			reS, imS = body[:split], body[split:]
		}
		if imS == "" || imS == "+" || imS == "-" {
			imS += "1"
		}
		re, err1 := pyfmt.ParseFloat(reS)
		im, err2 := pyfmt.ParseFloat(imS)
		if err1 != nil || err2 != nil {
			return 0, bad
		}
		return complex(re, im), nil
	}
	re, err := pyfmt.ParseFloat(t)
	if err != nil {
		return 0, bad
	}
	return complex(re, 0), nil
}

func strNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
	if err != nil {
		return Null, err
	}
	if vals[0].k == kNull {
		return Str(""), nil
	}
	if vals[1].k != kNull || vals[2].k != kNull {
		bs, ok := vals[0].o.(*Bytes)
		if !ok {
			return Null, typeErrorf("decoding str is not supported")
		}
		if !utf8.Valid(bs.b) {
			return Null, newExc(UnicodeDecodeErrorType, "'utf-8' codec can't decode bytes")
		}
		return Str(string(bs.b)), nil
	}
	s, err := vm.str(vals[0])
	return Str(s), err
}

func rangeNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	if err := noKw("range", kw); err != nil {
		return Null, err
	}
	ints := make([]int64, len(args))
	for i, a := range args {
		if !a.isIntLike() {
			if _, ok := userMethod(a, "__index__"); !ok {
				return Null, typeErrorf("'%s' object cannot be interpreted as an integer", a.Type().Name)
			}
		}
		n, err := vm.index(a, "")
		if err != nil {
			return Null, err
		}
		ints[i] = n
	}
	switch len(args) {
	case 1:
		return Obj(&Range{0, ints[0], 1}), nil
	case 2:
		return Obj(&Range{ints[0], ints[1], 1}), nil
	case 3:
		if ints[2] == 0 {
			return Null, newValueError("range() arg 3 must not be zero")
		}
		return Obj(&Range{ints[0], ints[1], ints[2]}), nil
	case 0:
		return Null, typeErrorf("range expected at least 1 argument, got 0")
	}
	return Null, typeErrorf("range expected at most 3 arguments, got %d", len(args))
}

func bytesNew(vm *VM, args []Value, kw []string, mutable bool) (Value, error) {
	name := "bytes"
	if mutable {
		name = "bytearray"
	}
	vals, err := parseArgs(name, args, kw, []string{"source", "encoding", "errors"}, 0)
	if err != nil {
		return Null, err
	}
	src := vals[0]
	if src.k == kNull {
		return Obj(&Bytes{b: []byte{}, mutable: mutable}), nil
	}
	if s, ok := asStr(src); ok {
		if vals[1].k == kNull {
			return Null, typeErrorf("string argument without an encoding")
		}
		enc, _ := asStr(vals[1])
		enc = strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
		if enc == "ascii" {
			for i, r := range s {
				if r >= 128 {
					return Null, newExc(UnicodeEncodeErrorType, sprintf("'ascii' codec can't encode character '\\x%02x' in position %d: ordinal not in range(128)", r, i))
				}
			}
		}
		if enc == "latin-1" || enc == "latin1" {
			var out []byte
			for _, r := range s {
				out = append(out, byte(r))
			}
			return Obj(&Bytes{b: out, mutable: mutable}), nil
		}
		return Obj(&Bytes{b: []byte(s), mutable: mutable}), nil
	}
	if src.isIntLike() {
		n := intBase(src).n
		if n < 0 {
			return Null, newValueError("negative count")
		}
		return Obj(&Bytes{b: make([]byte, n), mutable: mutable}), nil
	}
	if bs, ok := src.o.(*Bytes); ok {
		return Obj(&Bytes{b: append([]byte{}, bs.b...), mutable: mutable}), nil
	}
	var out []byte
	err = vm.iterate(src, func(v Value) error {
		n, err := vm.index(v, "'"+v.Type().Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return err
		}
		if n < 0 || n > 255 {
			return newValueError("bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	if err != nil {
		return Null, err
	}
	if out == nil {
		out = []byte{}
	}
	return Obj(&Bytes{b: out, mutable: mutable}), nil
}

var _ = math.Inf
var _ = big.NewInt
