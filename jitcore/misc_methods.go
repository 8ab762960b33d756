package jitcore

import (
	"math"
	"math/big"
	"math/bits"
	"strings"

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
	method(it, "to_bytes", intToBytes)
	fromBytes := method(it, "from_bytes", intFromBytes)
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
				if len(args) == 3 && name[0] == "__pow__" && !args[2].IsNone() {
					// x.__pow__(y, mod) is three-argument pow
					pow, _ := vm.builtins.getStr("pow")
					return vm.call(pow, []Value{unwrapBuiltin(args[0]), unwrapBuiltin(args[1]), args[2]}, nil)
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
		exc, err := vm.toRaisable(excv, "exceptions must be classes or instances deriving from BaseException, not "+excv.Type().tpName())
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
		method(bt, "decode", bytesDecode)
		method(bt, "hex", func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs("hex", args[1:], kw, []string{"sep", "bytes_per_sep"}, 0)
			if err != nil {
				return Null, err
			}
			b := selfBytes(args).b
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
			sep := selfBytes(args)
			var out []byte
			i := 0
			err := vm.iterate(args[1], func(v Value) error {
				b, ok := v.o.(*Bytes)
				if !ok {
					return typeErrorf("sequence item %d: expected a bytes-like object, %s found", i, v.Type().tpName())
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
		b := selfBytes(args)
		n := intBase(args[1]).n
		if n < 0 || n > 255 {
			return Null, newValueError("byte must be in range(0, 256)")
		}
		b.b = append(b.b, byte(n))
		return None, nil
	})
	method(ByteArrayType, "extend", func(vm *VM, args []Value, kw []string) (Value, error) {
		b := selfBytes(args)
		r, err := bytesNew(vm, args[1:2], nil, true)
		if err != nil {
			return Null, err
		}
		b.b = append(b.b, r.o.(*Bytes).b...)
		return None, nil
	})
	setupFileMethods()
}
