package jitcore

import (
	"math"
	"math/big"
	"strings"
	"sync/atomic"

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
			return Null, typeErrorf("type.__new__(X): X is not a type object (%s)", args[0].Type().tpName())
		}
		return typeNew(vm, mt, args[1:], kw)
	})
	// type.__call__(cls, ...), reached from a metaclass's own __call__
	method(TypeType, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj {
			return Null, typeErrorf("descriptor '__call__' requires a 'type' object but received a '%s'", args[0].Type().tpName())
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
	vals, err := parseArgs("int", args, kw, []string{"x", "/", "base"}, 0)
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
		b, err := vm.index(base, "'"+base.Type().tpName()+"' object cannot be interpreted as an integer")
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
				return Null, typeErrorf("%s returned non-int (type %s)", name, r.Type().tpName())
			}
			return intBase(r), nil
		}
	}
	if in, ok := x.o.(*Instance); ok && in.base.k != kNull {
		return vm.toInt(in.base)
	}
	return Null, typeErrorf("int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().tpName())
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
		return Float(freshNaN(f)), nil
	case *Bytes:
		// bytes and bytearray parse like str; the error shows the bytes repr
		f, err := pyfmt.ParseFloat(string(o.b))
		if err != nil {
			r, _ := vm.repr(x)
			return Null, newValueError("could not convert string to float: " + r)
		}
		return Float(f), nil
	}
	if m, ok := userMethod(x, "__float__"); ok {
		r, err := vm.callMethod(m, x)
		if err != nil {
			return Null, err
		}
		if !isFloat(r) {
			return Null, typeErrorf("%s.__float__ returned non-float (type %s)", x.Type().tpName(), r.Type().tpName())
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
	return Null, typeErrorf("float() argument must be a string or a real number, not '%s'", x.Type().tpName())
}

func complexNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("complex", args, kw, []string{"real", "imag"}, 0)
	if err != nil {
		return Null, err
	}
	r, i := vals[0], vals[1]
	if s, ok := asStr(r); ok {
		if i.k != kNull {
			return Null, typeErrorf("complex() can't take second arg if first is a string")
		}
		c, err := parseComplex(s)
		if err != nil {
			return Null, err
		}
		return Obj(&Complex{c}), nil
	}
	if _, ok := asStr(i); ok {
		return Null, typeErrorf("complex() second arg can't be a string")
	}
	// CPython's complex_new: each argument becomes a complex (through
	// __complex__) or a float, then real = r.real - i.imag and
	// imag = r.imag + i.real, keeping signed zeros.
	var cr, ci complex128
	crIsComplex, ciIsComplex := false, false
	if r.k != kNull {
		if m, ok := userMethod(r, "__complex__"); ok {
			v, err := vm.callMethod(m, r)
			if err != nil {
				return Null, err
			}
			if !isComplex(unwrapBuiltin(v)) {
				return Null, typeErrorf("__complex__ returned non-complex (type %s)", v.Type().tpName())
			}
			cr, crIsComplex = toComplex(unwrapBuiltin(v)), true
		} else if isComplex(unwrapBuiltin(r)) {
			cr, crIsComplex = toComplex(unwrapBuiltin(r)), true
		} else {
			if !vm.isRealNumber(r) {
				return Null, typeErrorf("complex() first argument must be a string or a number, not '%s'", r.Type().tpName())
			}
			f, err := vm.toFloatValue(r)
			if err != nil {
				return Null, err
			}
			cr = complex(f.float(), 0)
		}
	}
	if i.k != kNull {
		if isComplex(unwrapBuiltin(i)) {
			ci, ciIsComplex = toComplex(unwrapBuiltin(i)), true
		} else {
			if !vm.isRealNumber(i) {
				return Null, typeErrorf("complex() second argument must be a number, not '%s'", i.Type().tpName())
			}
			f, err := vm.toFloatValue(i)
			if err != nil {
				return Null, err
			}
			ci = complex(f.float(), 0)
		}
	}
	re, im := real(cr), real(ci)
	if ciIsComplex {
		re -= imag(ci)
	}
	if crIsComplex {
		if i.k != kNull {
			im += imag(cr)
		} else {
			im = imag(cr)
		}
	}
	return Obj(&Complex{complex(re, im)}), nil
}

// isRealNumber reports whether float(v) may apply: a real number or an
// object with __float__ or __index__.
func (vm *VM) isRealNumber(v Value) bool {
	if isNumber(v) && !isComplex(unwrapBuiltin(v)) {
		return true
	}
	_, ok1 := userMethod(v, "__float__")
	_, ok2 := userMethod(v, "__index__")
	return ok1 || ok2
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
		if _, ok := vals[0].o.(*Bytes); !ok {
			if vals[0].Type().isSubtype(StrType) {
				return Null, typeErrorf("decoding str is not supported")
			}
			return Null, typeErrorf("decoding to str: need a bytes-like object, %s found", vals[0].Type().tpName())
		}
		// str(b, encoding, errors) is b.decode(encoding, errors)
		dec, err := vm.getAttr(vals[0], "decode")
		if err != nil {
			return Null, err
		}
		enc := vals[1]
		if enc.k == kNull {
			enc = Str("utf-8")
		}
		dargs := []Value{enc}
		if vals[2].k != kNull {
			dargs = append(dargs, vals[2])
		}
		return vm.call(dec, dargs, nil)
	}
	s, err := vm.str(vals[0])
	return Str(s), err
}

func rangeNew(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	if err := noKw("range", kw); err != nil {
		return Null, err
	}
	if len(args) > 3 {
		return Null, typeErrorf("range expected at most 3 arguments, got %d", len(args))
	}
	ints := make([]*big.Int, len(args))
	for i, a := range args {
		n, err := vm.intArg(a)
		if err != nil {
			return Null, err
		}
		ints[i] = n
	}
	one := big.NewInt(1)
	switch len(args) {
	case 1:
		return Obj(makeRange(new(big.Int), ints[0], one)), nil
	case 2:
		return Obj(makeRange(ints[0], ints[1], one)), nil
	case 3:
		if ints[2].Sign() == 0 {
			return Null, newValueError("range() arg 3 must not be zero")
		}
		return Obj(makeRange(ints[0], ints[1], ints[2])), nil
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
		enc, ok := asStr(vals[1])
		if !ok {
			return Null, typeErrorf("%s() argument 'encoding' must be str, not %s", name, vals[1].Type().tpName())
		}
		errs := "strict"
		if vals[2].k != kNull {
			errs, _ = asStr(vals[2])
		}
		b, err := encodeNamed(s, enc, errs)
		if err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: b, mutable: mutable}), nil
	}
	if vals[1].k != kNull || vals[2].k != kNull {
		if vals[1].k != kNull {
			return Null, typeErrorf("encoding without a string argument")
		}
		return Null, typeErrorf("errors without a string argument")
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
		n, err := vm.index(v, "'"+v.Type().tpName()+"' object cannot be interpreted as an integer")
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

// nanSerial numbers the NaNs that float() creates.
var nanSerial atomic.Uint64

// freshNaN gives each NaN float() parses its own payload: floats are
// unboxed, so identity is bit equality, and two float("nan") results are
// distinct objects in CPython ([float("nan")] == [float("nan")] is False).
func freshNaN(f float64) float64 {
	if !math.IsNaN(f) {
		return f
	}
	bits := math.Float64bits(f)&(1<<63) | 0x7ff8000000000000 | (nanSerial.Add(1) & (1<<51 - 1))
	return math.Float64frombits(bits)
}
