package jitcore

import (
	"math"
	"math/big"
	"strings"

	"jitlens/analysis/syntax"
	"jitlens/jitcore/pyfmt"
)

// sentinel built-ins compared by identity
var (
	objectNew, objectInit, objectRepr, objectStr, objectHash, objectSetattr,
	objectGetattribute, objectDelattr, objectFormat, excRepr, excStr Object
)

func (vm *VM) setupBuiltins() {
	b := NewDict()
	vm.builtins = b
	def := func(name string, fn builtinFn) { b.setStr(name, Obj(newBuiltin(name, fn))) }
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		b.setStr(t.Name, Obj(t))
	}
	for _, t := range excTypes {
		b.setStr(t.Name, Obj(t))
	}
	b.setStr("EnvironmentError", Obj(OSErrorType))
	b.setStr("IOError", Obj(OSErrorType))
	b.setStr("None", None)
	b.setStr("True", True)
	b.setStr("False", False)
	b.setStr("NotImplemented", NotImplemented)
	b.setStr("Ellipsis", EllipsisValue)
	b.setStr("__debug__", True)
	b.setStr("__name__", Str("builtins"))
	vm.buildClass = Obj(newBuiltin("__build_class__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.buildClassFn(args, kw)
	}))
	b.setStr("__build_class__", vm.buildClass)
	def("print", builtinPrint)
	def("len", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("len", args, kw, 1, 1); err != nil {
			return Null, err
		}
		n, err := vm.length(args[0])
		return Int(int64(n)), err
	})
	def("repr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("repr", args, kw, 1, 1); err != nil {
			return Null, err
		}
		s, err := vm.repr(args[0])
		return Str(s), err
	})
	def("ascii", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ascii", args, kw, 1, 1); err != nil {
			return Null, err
		}
		s, err := vm.ascii(args[0])
		return Str(s), err
	})
	def("format", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("format", args, kw, 1, 2); err != nil {
			return Null, err
		}
		spec := ""
		if len(args) == 2 {
			var ok bool
			if spec, ok = asStr(args[1]); !ok {
				return Null, typeErrorf("format() argument 2 must be str, not %s", args[1].Type().tpName())
			}
		}
		s, err := vm.format(args[0], spec)
		return Str(s), err
	})
	def("abs", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("abs", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return vm.abs(args[0])
	})
	def("isinstance", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("isinstance", args, kw, 2, 2); err != nil {
			return Null, err
		}
		r, err := vm.isInstance(args[0], args[1])
		return Bool(r), err
	})
	def("issubclass", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("issubclass", args, kw, 2, 2); err != nil {
			return Null, err
		}
		t, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj {
			return Null, typeErrorf("issubclass() arg 1 must be a class")
		}
		r, err := vm.isSubclass(t, args[1])
		return Bool(r), err
	})
	def("hash", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("hash", args, kw, 1, 1); err != nil {
			return Null, err
		}
		h, err := vm.hash(args[0])
		return Int(h), err
	})
	def("id", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("id", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return Int(vm.id(args[0])), nil
	})
	def("iter", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("iter", args, kw, 1, 2); err != nil {
			return Null, err
		}
		if len(args) == 2 {
			fn, sentinel := args[0], args[1]
			if !vm.isCallable(fn) {
				return Null, typeErrorf("iter(v, w): v must be callable")
			}
			done := false
			return Obj(&funcIter{t: callIterType, fn: func(vm *VM) (Value, bool, error) {
				if done {
					return Null, false, nil
				}
				v, err := vm.call(fn, nil, nil)
				if err != nil {
					return Null, false, err
				}
				eq, err := vm.equal(v, sentinel)
				if err != nil {
					return Null, false, err
				}
				if eq {
					done = true
					return Null, false, nil
				}
				return v, true, nil
			}}), nil
		}
		return vm.getIter(args[0])
	})
	def("next", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("next", args, kw, 1, 2); err != nil {
			return Null, err
		}
		it := args[0]
		if !isGoIter(it) {
			if _, ok := it.Type().lookupSpecial("__next__"); !ok {
				return Null, typeErrorf("'%s' object is not an iterator", it.Type().tpName())
			}
			m, _ := it.Type().lookupSpecial("__next__")
			r, err := vm.callMethod(m, it)
			if err != nil && len(args) == 2 && isExc(err, StopIterationType) {
				return args[1], nil
			}
			return r, err
		}
		if g, ok := it.o.(*Generator); ok {
			v, done, err := vm.resume(g, None, nil)
			if err != nil {
				return Null, err
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				return Null, newStopIteration(v)
			}
			return v, nil
		}
		v, ok, err := vm.next(it)
		if err != nil {
			return Null, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return Null, &Exception{cls: StopIterationType}
		}
		return v, nil
	})
	def("getattr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getattr", args, kw, 2, 3); err != nil {
			return Null, err
		}
		name, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("attribute name must be string, not '%s'", args[1].Type().tpName())
		}
		r, err := vm.getAttr(args[0], name)
		if err != nil && len(args) == 3 && isExc(err, AttributeErrorType) {
			return args[2], nil
		}
		return r, err
	})
	def("setattr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setattr", args, kw, 3, 3); err != nil {
			return Null, err
		}
		name, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("attribute name must be string, not '%s'", args[1].Type().tpName())
		}
		return None, vm.setAttr(args[0], name, args[2])
	})
	def("delattr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("delattr", args, kw, 2, 2); err != nil {
			return Null, err
		}
		name, _ := asStr(args[1])
		return None, vm.delAttr(args[0], name)
	})
	def("hasattr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("hasattr", args, kw, 2, 2); err != nil {
			return Null, err
		}
		name, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("attribute name must be string, not '%s'", args[1].Type().tpName())
		}
		_, err := vm.getAttr(args[0], name)
		if err != nil {
			if isExc(err, AttributeErrorType) {
				return False, nil
			}
			return Null, err
		}
		return True, nil
	})
	def("callable", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("callable", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return Bool(vm.isCallable(args[0])), nil
	})
	def("chr", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("chr", args, kw, 1, 1); err != nil {
			return Null, err
		}
		i, err := vm.index(args[0], "'"+args[0].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		if i < 0 || i > 0x10ffff {
			return Null, newValueError("chr() arg not in range(0x110000)")
		}
		return charStr(rune(i)), nil
	})
	def("ord", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ord", args, kw, 1, 1); err != nil {
			return Null, err
		}
		if s := strObjOf(args[0]); s != nil {
			n := s.length()
			if n != 1 {
				return Null, typeErrorf("ord() expected a character, but string of length %d found", n)
			}
			return Int(int64(s.codepoints()[0])), nil
		}
		if bs, ok := args[0].o.(*Bytes); ok && args[0].k == kObj {
			if len(bs.b) != 1 {
				return Null, typeErrorf("ord() expected a character, but string of length %d found", len(bs.b))
			}
			return Int(int64(bs.b[0])), nil
		}
		return Null, typeErrorf("ord() expected string of length 1, but %s found", args[0].Type().tpName())
	})
	radix := func(name string, base int) {
		def(name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			v := args[0]
			if !v.isIntLike() {
				i, err := vm.index(v, "'"+v.Type().tpName()+"' object cannot be interpreted as an integer")
				if err != nil {
					return Null, err
				}
				v = Int(i)
			}
			v = intBase(v)
			if v.k == kInt {
				return Str(pyfmt.IntToPrefixed(v.n, base)), nil
			}
			return Str(pyfmt.BigIntToPrefixed(toBig(v), base)), nil
		})
	}
	radix("hex", 16)
	radix("oct", 8)
	radix("bin", 2)
	def("divmod", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("divmod", args, kw, 2, 2); err != nil {
			return Null, err
		}
		a, b := args[0], args[1]
		if m, ok := userMethod(a, "__divmod__"); ok {
			return vm.callMethod(m, a, b)
		}
		if isNumber(a) && isNumber(b) && !isComplex(a) && !isComplex(b) {
			q, err := vm.binaryOp(12, a, b)
			if err != nil {
				if isExc(err, ZeroDivisionErrorType) && !isFloat(a) && !isFloat(b) {
					return Null, newExc(ZeroDivisionErrorType, "integer division or modulo by zero")
				}
				if isExc(err, ZeroDivisionErrorType) {
					return Null, newExc(ZeroDivisionErrorType, "float divmod()")
				}
				return Null, err
			}
			r, err := vm.binaryOp(5, a, b)
			if err != nil {
				return Null, err
			}
			return NewTuple(q, r), nil
		}
		if m, ok := userMethod(b, "__rdivmod__"); ok {
			return vm.callMethod(m, b, a)
		}
		return Null, typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().tpName(), b.Type().tpName())
	})
	def("pow", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 2)
		if err != nil {
			return Null, err
		}
		if vals[2].k != kNull && !vals[2].IsNone() {
			// three-argument pow on a user type calls base.__pow__(exp, mod);
			// CPython never uses __rpow__ here for Python classes
			if m, ok := userMethod(vals[0], "__pow__"); ok {
				r, err := vm.callMethod(m, vals[0], vals[1], vals[2])
				if err != nil || !r.is(NotImplemented) {
					return r, err
				}
				return Null, typeErrorf("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", vals[0].Type().tpName(), vals[1].Type().tpName(), vals[2].Type().tpName())
			}
			if !vals[0].isIntLike() || !vals[1].isIntLike() || !vals[2].isIntLike() {
				return Null, typeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
			}
			m := toBig(vals[2])
			if m.Sign() == 0 {
				return Null, newValueError("pow() 3rd argument cannot be 0")
			}
			e := toBig(vals[1])
			base := toBig(vals[0])
			if e.Sign() < 0 {
				inv := new(big.Int).ModInverse(base, new(big.Int).Abs(m))
				if inv == nil {
					return Null, newValueError("base is not invertible for the given modulus")
				}
				base = inv
				e = new(big.Int).Neg(e)
			}
			r := new(big.Int).Exp(base, e, new(big.Int).Abs(m))
			if m.Sign() < 0 && r.Sign() != 0 {
				r.Add(r, m)
			}
			return BigInt(r), nil
		}
		return vm.binaryOp(6, vals[0], vals[1])
	})
	def("round", builtinRound)
	def("sum", builtinSum)
	def("min", func(vm *VM, args []Value, kw []string) (Value, error) { return vm.minMax("min", args, kw, true) })
	def("max", func(vm *VM, args []Value, kw []string) (Value, error) { return vm.minMax("max", args, kw, false) })
	def("any", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("any", args, kw, 1, 1); err != nil {
			return Null, err
		}
		found := false
		err := vm.iterate(args[0], func(v Value) error {
			t, err := vm.truth(v)
			if err != nil {
				return err
			}
			if t {
				found = true
				return errStop
			}
			return nil
		})
		if err == errStop {
			err = nil
		}
		return Bool(found), err
	})
	def("all", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("all", args, kw, 1, 1); err != nil {
			return Null, err
		}
		ok := true
		err := vm.iterate(args[0], func(v Value) error {
			t, err := vm.truth(v)
			if err != nil {
				return err
			}
			if !t {
				ok = false
				return errStop
			}
			return nil
		})
		if err == errStop {
			err = nil
		}
		return Bool(ok), err
	})
	def("sorted", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) != 1 {
			return Null, typeErrorf("sorted expected 1 argument, got %d", len(args)-len(kw))
		}
		items, err := vm.toSlice(args[0])
		if err != nil {
			return Null, err
		}
		l := &List{vals: append([]Value(nil), items...)}
		if _, err := listSort(vm, append([]Value{Obj(l)}, args[1:]...), kw); err != nil {
			return Null, err
		}
		return Obj(l), nil
	})
	def("reversed", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("reversed", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return vm.reversed(args[0])
	})
	def("enumerate", builtinEnumerate)
	def("zip", builtinZip)
	def("map", builtinMap)
	def("filter", builtinFilter)
	def("input", builtinInput)
	def("open", builtinOpen)
	def("vars", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Obj(vm.frameLocals(vm.frame)), nil
		}
		if t, ok := args[0].o.(*Type); ok && args[0].k == kObj {
			return Obj(&mappingProxy{t.Dict}), nil
		}
		if m, ok := args[0].o.(*Module); ok && args[0].k == kObj {
			vm.beforeSysRead(m, "__dict__")
			return Obj(m.dict), nil
		}
		if d := instanceDict(args[0]); d != nil {
			return Obj(d), nil
		}
		return Null, typeErrorf("vars() argument must have __dict__ attribute")
	})
	b.setStr("memoryview", Obj(memoryviewType))
	def("globals", func(vm *VM, args []Value, kw []string) (Value, error) { return Obj(vm.frame.globals), nil })
	def("locals", func(vm *VM, args []Value, kw []string) (Value, error) { return Obj(vm.frameLocals(vm.frame)), nil })
	def("dir", builtinDir)
	def("compile", builtinCompile)
	def("exec", func(vm *VM, args []Value, kw []string) (Value, error) { return vm.execEval(args, kw, false) })
	def("eval", func(vm *VM, args []Value, kw []string) (Value, error) { return vm.execEval(args, kw, true) })
	def("__import__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, typeErrorf("__import__() missing required argument 'name' (pos 1)")
		}
		name, _ := asStr(args[0])
		return vm.importName(name, None, Int(0))
	})
	setupObjectType(vm)
}

// frameLocals returns the locals of a frame as a dict. A function frame
// has one dict, refreshed from the fast locals at each call, as CPython's
// locals() is: an earlier result sees later bindings.
func (vm *VM) frameLocals(f *Frame) *Dict {
	if f.locals != nil {
		return f.locals
	}
	d := f.snap
	if d == nil {
		d = NewDict()
		f.snap = d
	}
	for i, n := range f.code.VarNames {
		if f.s[i].k != kNull {
			d.setStr(n, f.s[i])
		} else {
			d.delStr(n)
		}
	}
	for i, c := range f.cells {
		if c.v.k != kNull {
			d.setStr(f.code.CellName(i), c.v)
		} else {
			d.delStr(f.code.CellName(i))
		}
	}
	return d
}

func builtinPrint(vm *VM, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	var file Value
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep":
			if !v.IsNone() {
				s, ok := asStr(v)
				if !ok {
					return Null, typeErrorf("sep must be None or a string, not %s", v.Type().tpName())
				}
				sep = s
			}
		case "end":
			if !v.IsNone() {
				s, ok := asStr(v)
				if !ok {
					return Null, typeErrorf("end must be None or a string, not %s", v.Type().tpName())
				}
				end = s
			}
		case "file":
			file = v
		case "flush":
			flush, _ = vm.truth(v)
		default:
			return Null, typeErrorf("'%s' is an invalid keyword argument for print()", k)
		}
	}
	var sb strings.Builder
	for i, v := range args[:npos] {
		if i > 0 {
			sb.WriteString(sep)
		}
		if s, ok := v.o.(*strObj); ok && v.k == kObj {
			sb.WriteString(s.s)
			continue
		}
		s, err := vm.str(v)
		if err != nil {
			return Null, err
		}
		sb.WriteString(s)
	}
	sb.WriteString(end)
	if file.k == kNull || file.IsNone() {
		file = vm.sysStdout()
	}
	if err := vm.writeTo(file, sb.String()); err != nil {
		return Null, err
	}
	if flush {
		if fo, ok := file.o.(*fileObj); ok {
			fo.flush()
		}
	}
	return None, nil
}

func (vm *VM) writeTo(file Value, s string) error {
	if fo, ok := file.o.(*fileObj); ok && file.k == kObj {
		return fo.write(vm, s)
	}
	w, err := vm.getAttr(file, "write")
	if err != nil {
		return err
	}
	_, err = vm.call(w, []Value{Str(s)}, nil)
	return err
}

func (vm *VM) abs(v Value) (Value, error) {
	switch v.k {
	case kInt, kBool:
		if v.n == math.MinInt64 {
			return BigInt(new(big.Int).Neg(toBig(v))), nil
		}
		if v.n < 0 {
			return Int(-v.n), nil
		}
		return Int(v.n), nil
	case kFloat:
		return Float(math.Abs(v.float())), nil
	}
	switch o := v.o.(type) {
	case *bigInt:
		return BigInt(new(big.Int).Abs(o.v)), nil
	case *Complex:
		// CPython's _Py_c_abs: hypot, and an overflow is an error
		r := cHypot(real(o.c), imag(o.c))
		if math.IsInf(r, 0) && !math.IsInf(real(o.c), 0) && !math.IsInf(imag(o.c), 0) {
			return Null, newExc(OverflowErrorType, "absolute value too large")
		}
		return Float(r), nil
	}
	if m, ok := userMethod(v, "__abs__"); ok {
		return vm.callMethod(m, v)
	}
	if in, ok := v.o.(*Instance); ok && in.base.k != kNull && isNumber(in.base) {
		return vm.abs(in.base)
	}
	// a subclass of a non-number (a dict, a list) is named as itself
	return Null, typeErrorf("bad operand type for abs(): '%s'", v.Type().tpName())
}

func (vm *VM) isInstance(v, cls Value) (bool, error) {
	if t, ok := cls.o.(*Type); ok && cls.k == kObj {
		if v.Type().isSubtype(t) {
			return true, nil
		}
		if m, ok := t.pyType().lookup("__instancecheck__"); ok && t.pyType() != TypeType {
			r, err := vm.callMethod(m, cls, v)
			if err != nil {
				return false, err
			}
			return vm.truth(r)
		}
		return false, nil
	}
	if tu, ok := asTuple(cls); ok {
		for _, c := range tu.items {
			r, err := vm.isInstance(v, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if u, ok := cls.o.(*unionType); ok && cls.k == kObj {
		for _, c := range u.args {
			if c.IsNone() {
				c = Obj(NoneType)
			}
			r, err := vm.isInstance(v, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return false, typeErrorf("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func (vm *VM) isSubclass(t *Type, cls Value) (bool, error) {
	if c, ok := cls.o.(*Type); ok && cls.k == kObj {
		if m, ok := c.pyType().lookup("__subclasscheck__"); ok && c.pyType() != TypeType { // collections.abc (mod_collections.go)
			r, err := vm.callMethod(m, cls, Obj(t))
			if err != nil {
				return false, err
			}
			return vm.truth(r)
		}
		return t.isSubtype(c), nil
	}
	if tu, ok := asTuple(cls); ok {
		for _, c := range tu.items {
			r, err := vm.isSubclass(t, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return false, typeErrorf("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinRound(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("round", args, kw, []string{"number", "ndigits"}, 1)
	if err != nil {
		return Null, err
	}
	x, nd := vals[0], vals[1]
	if m, ok := userMethod(x, "__round__"); ok {
		if nd.k == kNull {
			return vm.callMethod(m, x)
		}
		return vm.callMethod(m, x, nd)
	}
	x = unwrapBuiltin(x)
	if isFloat(x) {
		f := x.float()
		if nd.k == kNull || nd.IsNone() {
			small, b, err := pyfmt.RoundToInt(f)
			if err != nil {
				return Null, toException(err)
			}
			if b != nil {
				return BigInt(b), nil
			}
			return Int(small), nil
		}
		n, err := vm.index(nd, "'"+nd.Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		r, err := pyfmt.Round(f, int(n))
		if err != nil {
			return Null, toException(err)
		}
		return Float(r), nil
	}
	if x.isIntLike() {
		if nd.k == kNull || nd.IsNone() {
			return intBase(x), nil
		}
		n, err := vm.index(nd, "'"+nd.Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		if n >= 0 {
			return intBase(x), nil
		}
		// round half to even at 10**-n
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		v := toBig(x)
		q, r := new(big.Int).DivMod(v, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return BigInt(q.Mul(q, p)), nil
	}
	return Null, typeErrorf("type %s doesn't define __round__ method", vals[0].Type().tpName())
}

func builtinSum(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("sum", args, kw, []string{"iterable", "/", "start"}, 1)
	if err != nil {
		return Null, err
	}
	acc := Int(0)
	if vals[1].k != kNull {
		acc = vals[1]
		if _, ok := asStr(acc); ok {
			return Null, typeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		}
		if _, ok := acc.o.(*Bytes); ok && acc.k == kObj {
			return Null, typeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	err = vm.iterate(vals[0], func(v Value) error {
		if acc.k == kInt && v.k == kInt {
			if r, ok := intFast(0, acc.n, v.n); ok {
				acc = r
				return nil
			}
		}
		if acc.k == kFloat && v.k == kFloat {
			acc = Float(acc.float() + v.float())
			return nil
		}
		r, err := vm.binaryOp(0, acc, v)
		if err != nil {
			return err
		}
		acc = r
		return nil
	})
	return acc, err
}

func (vm *VM) minMax(name string, args []Value, kw []string, isMin bool) (Value, error) {
	npos := len(args) - len(kw)
	var key, def Value
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return Null, typeErrorf("%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if npos == 0 {
		return Null, typeErrorf("%s expected at least 1 argument, got 0", name)
	}
	var items []Value
	if npos == 1 {
		var err error
		if items, err = vm.toSlice(args[0]); err != nil {
			return Null, err
		}
		if len(items) == 0 {
			if def.k != kNull {
				return def, nil
			}
			return Null, newValueError(name + "() arg is an empty sequence")
		}
	} else {
		if def.k != kNull {
			return Null, typeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	if key.IsNone() {
		key = Null
	}
	best := items[0]
	bestKey := best
	if key.k != kNull {
		var err error
		if bestKey, err = vm.call(key, []Value{best}, nil); err != nil {
			return Null, err
		}
	}
	op := 4 // Gt: replace when item > best for max
	if isMin {
		op = 2 // Lt
	}
	for _, it := range items[1:] {
		k := it
		if key.k != kNull {
			var err error
			if k, err = vm.call(key, []Value{it}, nil); err != nil {
				return Null, err
			}
		}
		r, err := vm.compare(syntax.CmpOp(op), k, bestKey)
		if err != nil {
			return Null, err
		}
		t, err := vm.truth(r)
		if err != nil {
			return Null, err
		}
		if t {
			best, bestKey = it, k
		}
	}
	return best, nil
}
