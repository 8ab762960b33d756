package jitcore

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
	"unicode/utf8"

	"jitlens/jitcore/pyfmt"
)

func setupNumberMethods() {
	it := IntType
	method(it, "bit_length", func(vm *VM, args []Value, kw []string) (Value, error) {
		v := intBase(args[0])
		if v.k == kInt {
			n := v.n
			if n < 0 {
				n = -n
			}
			return Int(int64(bits.Len64(uint64(n)))), nil
		}
		return Int(int64(new(big.Int).Abs(toBig(v)).BitLen())), nil
	})
	method(it, "bit_count", func(vm *VM, args []Value, kw []string) (Value, error) {
		b := new(big.Int).Abs(toBig(intBase(args[0])))
		n := 0
		for _, w := range b.Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(int64(n)), nil
	})
	method(it, "conjugate", func(vm *VM, args []Value, kw []string) (Value, error) { return intBase(args[0]), nil })
	method(it, "__index__", func(vm *VM, args []Value, kw []string) (Value, error) { return intBase(args[0]), nil })
	method(it, "__int__", func(vm *VM, args []Value, kw []string) (Value, error) { return intBase(args[0]), nil })
	method(it, "__float__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, err := toFloat(args[0])
		return Float(f), err
	})
	method(it, "to_bytes", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("to_bytes", args[1:], kw, []string{"length", "byteorder", "*", "signed"}, 0)
		if err != nil {
			return Null, err
		}
		n := int64(1)
		if vals[0].k != kNull {
			n = intBase(vals[0]).n
		}
		order := "big"
		if vals[1].k != kNull {
			order, _ = asStr(vals[1])
		}
		v := toBig(intBase(args[0]))
		if v.Sign() < 0 {
			signed := vals[2].k != kNull && vals[2].n != 0
			if !signed {
				return Null, newExc(OverflowErrorType, "can't convert negative int to unsigned")
			}
			v = new(big.Int).Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
		}
		b := v.Bytes()
		if int64(len(b)) > n {
			return Null, newExc(OverflowErrorType, "int too big to convert")
		}
		out := make([]byte, n)
		copy(out[n-int64(len(b)):], b)
		if order == "little" {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
		}
		return Obj(&Bytes{b: out}), nil
	})
	fromBytes := method(it, "from_bytes", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("from_bytes", args[1:], kw, []string{"bytes", "byteorder", "*", "signed"}, 1)
		if err != nil {
			return Null, err
		}
		bs, ok := vals[0].o.(*Bytes)
		var b []byte
		if ok {
			b = append([]byte{}, bs.b...)
		} else {
			items, err := vm.toSlice(vals[0])
			if err != nil {
				return Null, err
			}
			for _, x := range items {
				b = append(b, byte(intBase(x).n))
			}
		}
		order := "big"
		if vals[1].k != kNull {
			order, _ = asStr(vals[1])
		}
		if order == "little" {
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
		}
		v := new(big.Int).SetBytes(b)
		if vals[2].k != kNull && vals[2].n != 0 && len(b) > 0 && b[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		return BigInt(v), nil
	})
	it.Dict.setStr("from_bytes", Obj(&ClassMethod{Obj(fromBytes)}))
	ft := FloatType
	method(ft, "is_integer", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return Bool(pyfmt.FloatIsInteger(f)), nil
	})
	method(ft, "as_integer_ratio", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		n, d, err := pyfmt.FloatAsIntegerRatio(f)
		if err != nil {
			return Null, toException(err)
		}
		return NewTuple(BigInt(n), BigInt(d)), nil
	})
	method(ft, "hex", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return Str(pyfmt.FloatHex(f)), nil
	})
	method(ft, "conjugate", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })
	method(ft, "__float__", func(vm *VM, args []Value, kw []string) (Value, error) { return unwrapBuiltin(args[0]), nil })
	method(ft, "__int__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return floatToInt(f)
	})
	method(ft, "__trunc__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return floatToInt(f)
	})
	method(ft, "__floor__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return floatToInt(math.Floor(f))
	})
	method(ft, "__ceil__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f, _ := toFloat(args[0])
		return floatToInt(math.Ceil(f))
	})
	method(ComplexType, "conjugate", func(vm *VM, args []Value, kw []string) (Value, error) {
		c := args[0].o.(*Complex).c
		return Obj(&Complex{complex(real(c), -imag(c))}), nil
	})
	for _, t := range []*Type{IntType, FloatType} {
		for i, name := range binaryDunders {
			op := i
			method(t, name[0], func(vm *VM, args []Value, kw []string) (Value, error) {
				if !isNumber(args[1]) {
					return NotImplemented, nil
				}
				r, ok, err := vm.builtinBinary(opOf(op), unwrapBuiltin(args[0]), unwrapBuiltin(args[1]))
				if err != nil {
					return Null, err
				}
				if !ok {
					return NotImplemented, nil
				}
				return r, nil
			})
			method(t, name[1], func(vm *VM, args []Value, kw []string) (Value, error) {
				if !isNumber(args[1]) {
					return NotImplemented, nil
				}
				r, ok, err := vm.builtinBinary(opOf(op), unwrapBuiltin(args[1]), unwrapBuiltin(args[0]))
				if err != nil {
					return Null, err
				}
				if !ok {
					return NotImplemented, nil
				}
				return r, nil
			})
		}
		for i, name := range cmpDunders {
			op := i
			method(t, name, func(vm *VM, args []Value, kw []string) (Value, error) {
				if !isNumber(args[1]) {
					return NotImplemented, nil
				}
				r, ok, err := vm.builtinCompare(cmpSwapped[cmpSwapped[op]], unwrapBuiltin(args[0]), unwrapBuiltin(args[1]))
				if err != nil {
					return Null, err
				}
				if !ok {
					return NotImplemented, nil
				}
				return Bool(r), nil
			})
		}
		method(t, "__hash__", func(vm *VM, args []Value, kw []string) (Value, error) {
			h, err := vm.hash(unwrapBuiltin(args[0]))
			return Int(h), err
		})
		method(t, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
			s, err := vm.repr(unwrapBuiltin(args[0]))
			return Str(s), err
		})
		method(t, "__str__", func(vm *VM, args []Value, kw []string) (Value, error) {
			s, err := vm.repr(unwrapBuiltin(args[0]))
			return Str(s), err
		})
		method(t, "__format__", func(vm *VM, args []Value, kw []string) (Value, error) {
			spec, _ := asStr(args[1])
			s, err := vm.format(unwrapBuiltin(args[0]), spec)
			return Str(s), err
		})
		method(t, "__neg__", func(vm *VM, args []Value, kw []string) (Value, error) {
			return vm.unaryOp(3, unwrapBuiltin(args[0]))
		})
		method(t, "__abs__", func(vm *VM, args []Value, kw []string) (Value, error) {
			return vm.abs(unwrapBuiltin(args[0]))
		})
		method(t, "__bool__", func(vm *VM, args []Value, kw []string) (Value, error) {
			r, err := vm.truth(unwrapBuiltin(args[0]))
			return Bool(r), err
		})
	}
}

func setupMiscMethods() {
	gt := GeneratorType
	method(gt, "send", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("send", args, kw, 1, 1); err != nil {
			return Null, err
		}
		g := args[0].o.(*Generator)
		v, done, err := vm.resume(g, args[1], nil)
		return vm.genResult(v, done, err)
	})
	method(gt, "throw", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("throw", args, kw, 1, 3); err != nil {
			return Null, err
		}
		g := args[0].o.(*Generator)
		excv := args[1]
		if len(args) >= 3 && !args[2].IsNone() {
			if t, ok := excv.o.(*Type); ok && excv.k == kObj {
				r, err := vm.call(Obj(t), []Value{args[2]}, nil)
				if err != nil {
					return Null, err
				}
				excv = r
			}
		}
		exc, err := vm.toRaisable(excv, "exceptions must be classes or instances deriving from BaseException, not "+excv.Type().Name)
		if err != nil {
			return Null, err
		}
		return vm.genThrow(g, exc)
	})
	method(gt, "close", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, vm.genClose(args[0].o.(*Generator))
	})
	method(gt, "__next__", func(vm *VM, args []Value, kw []string) (Value, error) {
		v, done, err := vm.resume(args[0].o.(*Generator), None, nil)
		return vm.genResult(v, done, err)
	})
	method(gt, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })
	for _, t := range []*Type{listIterType, rangeIterType, tupleIterType, strIterType, dictKeyIterType, dictValIterType,
		dictItemIterType, setIterType, seqIterType, callIterType, listRevIterType, enumerateType, zipType, mapType, filterType, reversedType, bytesIterType} {
		method(t, "__next__", func(vm *VM, args []Value, kw []string) (Value, error) {
			v, ok, err := vm.next(args[0])
			if err != nil {
				return Null, err
			}
			if !ok {
				return Null, &Exception{cls: StopIterationType}
			}
			return v, nil
		})
		method(t, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })
	}
	enumerateType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return builtinEnumerate(vm, args, kw) }
	zipType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return builtinZip(vm, args, kw) }
	mapType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return builtinMap(vm, args, kw) }
	filterType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) { return builtinFilter(vm, args, kw) }
	// property decorators
	pt := PropertyType
	copyProp := func(name string, set func(p *Property, v Value)) {
		method(pt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			p := *args[0].o.(*Property)
			set(&p, args[1])
			return Obj(&p), nil
		})
	}
	copyProp("getter", func(p *Property, v Value) { p.fget = v })
	copyProp("setter", func(p *Property, v Value) { p.fset = v })
	copyProp("deleter", func(p *Property, v Value) { p.fdel = v })
	method(pt, "__get__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if args[1].IsNone() {
			return args[0], nil
		}
		return vm.bindDescriptor(args[0], args[1], args[1].Type())
	})
	method(pt, "__set__", func(vm *VM, args []Value, kw []string) (Value, error) {
		p := args[0].o.(*Property)
		if p.fset.IsNull() || p.fset.IsNone() {
			return Null, newAttributeError("can't set attribute")
		}
		return vm.call(p.fset, []Value{args[1], args[2]}, nil)
	})
	// bytes
	for _, bt := range []*Type{BytesType, ByteArrayType} {
		method(bt, "decode", func(vm *VM, args []Value, kw []string) (Value, error) {
			b := args[0].o.(*Bytes).b
			enc := "utf-8"
			if len(args) > 1 {
				enc, _ = asStr(args[1])
			}
			enc = strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
			if enc == "latin-1" || enc == "latin1" {
				rs := make([]rune, len(b))
				for i, c := range b {
					rs[i] = rune(c)
				}
				return Str(string(rs)), nil
			}
			if !utf8.Valid(b) {
				for i := 0; i < len(b); {
					r, n := utf8.DecodeRune(b[i:])
					if r == utf8.RuneError && n <= 1 {
						return Null, newExc(UnicodeDecodeErrorType, sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", b[i], i))
					}
					i += n
				}
			}
			return Str(string(b)), nil
		})
		method(bt, "hex", func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
			if err != nil {
				return Null, err
			}
			b := args[0].o.(*Bytes).b
			sep := ""
			if vals[0].k != kNull {
				sep, _ = asStr(vals[0])
			}
			per := 1
			if vals[1].k != kNull {
				per = int(intBase(vals[1]).n)
			}
			var sb strings.Builder
			for i, c := range b {
				if sep != "" && i > 0 {
					// groups are counted from the right for a positive bytes_per_sep
					if (per > 0 && (len(b)-i)%per == 0) || (per < 0 && i%(-per) == 0) {
						sb.WriteString(sep)
					}
				}
				sb.WriteString(sprintf("%02x", c))
			}
			return Str(sb.String()), nil
		})
		method(bt, "join", func(vm *VM, args []Value, kw []string) (Value, error) {
			sep := args[0].o.(*Bytes)
			var out []byte
			i := 0
			err := vm.iterate(args[1], func(v Value) error {
				b, ok := v.o.(*Bytes)
				if !ok {
					return typeErrorf("sequence item %d: expected a bytes-like object, %s found", i, v.Type().Name)
				}
				if i > 0 {
					out = append(out, sep.b...)
				}
				out = append(out, b.b...)
				i++
				return nil
			})
			return Obj(&Bytes{b: out, mutable: sep.mutable}), err
		})
	}
	method(ByteArrayType, "append", func(vm *VM, args []Value, kw []string) (Value, error) {
		b := args[0].o.(*Bytes)
		n := intBase(args[1]).n
		if n < 0 || n > 255 {
			return Null, newValueError("byte must be in range(0, 256)")
		}
		b.b = append(b.b, byte(n))
		return None, nil
	})
	method(ByteArrayType, "extend", func(vm *VM, args []Value, kw []string) (Value, error) {
		b := args[0].o.(*Bytes)
		r, err := bytesNew(vm, args[1:2], nil, true)
		if err != nil {
			return Null, err
		}
		b.b = append(b.b, r.o.(*Bytes).b...)
		return None, nil
	})
	// files
	ft := FileType
	method(ft, "write", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := args[0].o.(*fileObj)
		if f.binary {
			b, ok := args[1].o.(*Bytes)
			if !ok {
				return Null, typeErrorf("a bytes-like object is required, not '%s'", args[1].Type().Name)
			}
			return Int(int64(len(b.b))), f.write(vm, string(b.b))
		}
		s, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("write() argument must be str, not %s", args[1].Type().Name)
		}
		return Int(int64(utf8.RuneCountInString(s))), f.write(vm, s)
	})
	method(ft, "writelines", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := args[0].o.(*fileObj)
		return None, vm.iterate(args[1], func(v Value) error {
			s, _ := asStr(v)
			return f.write(vm, s)
		})
	})
	method(ft, "flush", func(vm *VM, args []Value, kw []string) (Value, error) {
		args[0].o.(*fileObj).flush()
		return None, nil
	})
	method(ft, "read", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := args[0].o.(*fileObj)
		if f.closed {
			return Null, newValueError("I/O operation on closed file.")
		}
		if f.r == nil {
			return Null, newExc(UnsupportedOperationType, "not readable")
		}
		n := -1
		if len(args) > 1 && !args[1].IsNone() {
			n = int(intBase(args[1]).n)
		}
		var sb strings.Builder
		for n != 0 {
			r, _, err := f.r.ReadRune()
			if err != nil {
				break
			}
			sb.WriteRune(r)
			n--
		}
		if f.binary {
			return Obj(&Bytes{b: []byte(sb.String())}), nil
		}
		return Str(sb.String()), nil
	})
	method(ft, "readline", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := args[0].o.(*fileObj)
		if f.r == nil {
			return Null, newExc(UnsupportedOperationType, "not readable")
		}
		var sb strings.Builder
		for {
			r, _, err := f.r.ReadRune()
			if err != nil {
				break
			}
			sb.WriteRune(r)
			if r == '\n' {
				break
			}
		}
		return Str(sb.String()), nil
	})
	method(ft, "readlines", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := args[0].o.(*fileObj)
		var out []Value
		for {
			var sb strings.Builder
			for {
				r, _, err := f.r.ReadRune()
				if err != nil {
					break
				}
				sb.WriteRune(r)
				if r == '\n' {
					break
				}
			}
			if sb.Len() == 0 {
				break
			}
			out = append(out, Str(sb.String()))
		}
		return NewList(out), nil
	})
	method(ft, "close", func(vm *VM, args []Value, kw []string) (Value, error) {
		return None, args[0].o.(*fileObj).close()
	})
	method(ft, "__enter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })
	method(ft, "__exit__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return False, args[0].o.(*fileObj).close()
	})
	method(ft, "__iter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })
	method(ft, "__next__", func(vm *VM, args []Value, kw []string) (Value, error) {
		m, _ := ft.Dict.getStr("readline")
		line, err := vm.call(m, args[:1], nil)
		if err != nil {
			return Null, err
		}
		if s, _ := asStr(line); s == "" {
			return Null, &Exception{cls: StopIterationType}
		}
		return line, nil
	})
}
