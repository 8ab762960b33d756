package jitcore

import (
	"strings"

	"jitlens/jitcore/pyfmt"
)

// UnsupportedOperationType is io.UnsupportedOperation.
var UnsupportedOperationType = func() *Type {
	t := newBuiltinType("UnsupportedOperation", OSErrorType)
	t.Module = "io"
	t.exc = true
	excTypes = append(excTypes, t)
	return t
}()

func setupExtraMethods() {
	method(SliceType, "indices", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("indices", args, kw, 1, 1); err != nil {
			return Null, err
		}
		n, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, newValueError("length should not be negative")
		}
		start, stop, step, _, err := vm.sliceIndices(args[0].o.(*SliceObj), int(n))
		if err != nil {
			return Null, err
		}
		return NewTuple(Int(int64(start)), Int(int64(stop)), Int(int64(step))), nil
	})
	method(IntType, "as_integer_ratio", func(vm *VM, args []Value, kw []string) (Value, error) {
		return NewTuple(intBase(args[0]), Int(1)), nil
	})
	fh := method(FloatType, "fromhex", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, ok := asStr(args[1])
		if !ok {
			return Null, typeErrorf("must be str, not %s", args[1].Type().tpName())
		}
		f, err := pyfmt.FloatFromHex(s)
		if err != nil {
			return Null, toException(err)
		}
		return Float(f), nil
	})
	FloatType.Dict.setStr("fromhex", Obj(&ClassMethod{Obj(fh)}))
	bfh := method(BytesType, "fromhex", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, _ := asStr(args[1])
		var out []byte
		i := 0
		for i < len(s) {
			if s[i] == ' ' {
				i++
				continue
			}
			if i+1 >= len(s) || hexVal(s[i]) < 0 || hexVal(s[i+1]) < 0 {
				pos := i
				if i < len(s) && hexVal(s[i]) >= 0 {
					pos = i + 1
				}
				return Null, newValueError(sprintf("non-hexadecimal number found in fromhex() arg at position %d", pos))
			}
			out = append(out, byte(hexVal(s[i])<<4|hexVal(s[i+1])))
			i += 2
		}
		mutable := false
		if t, ok := args[0].o.(*Type); ok && t == ByteArrayType {
			mutable = true
		}
		return Obj(&Bytes{b: append([]byte{}, out...), mutable: mutable}), nil
	})
	BytesType.Dict.setStr("fromhex", Obj(&ClassMethod{Obj(bfh)}))
	ByteArrayType.Dict.setStr("fromhex", Obj(&ClassMethod{Obj(bfh)}))
	mro := method(TypeType, "mro", func(vm *VM, args []Value, kw []string) (Value, error) {
		t := args[0].o.(*Type)
		items := make([]Value, len(t.MRO))
		for i, c := range t.MRO {
			items[i] = Obj(c)
		}
		return NewList(items), nil
	})
	_ = mro
	method(TypeType, "__subclasses__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t := args[0].o.(*Type)
		var out []Value
		for _, c := range allTypes {
			for _, b := range c.Bases {
				if b == t {
					out = append(out, Obj(c))
				}
			}
		}
		return NewList(out), nil
	})
	// name/obj keywords of AttributeError and NameError
	for _, t := range []*Type{AttributeErrorType, NameErrorType, ImportErrorType} {
		allowed := map[string]bool{"name": true, "obj": t == AttributeErrorType, "path": t == ImportErrorType}
		method(t, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
			e := args[0].o.(*Exception)
			npos := len(args) - len(kw)
			e.args = append([]Value(nil), args[1:npos]...)
			if e.dict == nil {
				e.dict = NewDict()
			}
			for i, k := range kw {
				if !allowed[k] {
					return Null, typeErrorf("%s() got an unexpected keyword argument '%s'", e.cls.Name, k)
				}
				e.dict.setStr(k, args[npos+i])
			}
			return None, nil
		})
	}
	setupBytesAdapters()
	setupBytesMethods()
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// latin1 maps bytes to a str of code points 0-255 and back, so that the
// str methods serve bytes too.
func latin1(b []byte) Value {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return Str(string(rs))
}

func unlatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

func setupBytesAdapters() {
	names := []string{"upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "startswith", "endswith",
		"find", "rfind", "index", "rindex", "count", "replace", "partition", "rpartition", "isdigit", "isalpha",
		"isspace", "isalnum", "isupper", "islower", "center", "ljust", "rjust", "zfill", "title", "capitalize",
		"swapcase", "splitlines", "removeprefix", "removesuffix", "expandtabs", "istitle"}
	for _, bt := range []*Type{BytesType, ByteArrayType} {
		mutable := bt == ByteArrayType
		for _, name := range names {
			sm, _ := StrType.Dict.getStr(name)
			fn := sm.o.(*Builtin).fn
			var toBytes func(v Value) Value
			toBytes = func(v Value) Value {
				if s, ok := v.o.(*strObj); ok && v.k == kObj {
					return Obj(&Bytes{b: unlatin1(s.s), mutable: mutable})
				}
				if l, ok := v.o.(*List); ok && v.k == kObj {
					for i, x := range l.values() {
						l.values()[i] = toBytes(x)
					}
					return v
				}
				if t, ok := v.o.(*Tuple); ok && v.k == kObj {
					items := make([]Value, len(t.items))
					for i, x := range t.items {
						items[i] = toBytes(x)
					}
					return NewTuple(items...)
				}
				return v
			}
			method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
				conv := make([]Value, len(args))
				for i, a := range args {
					if b, ok := unwrapBuiltin(a).o.(*Bytes); ok && a.k == kObj {
						conv[i] = latin1(b.b)
					} else if t, ok := a.o.(*Tuple); ok && a.k == kObj {
						items := make([]Value, len(t.items))
						for j, x := range t.items {
							if b, ok := x.o.(*Bytes); ok {
								items[j] = latin1(b.b)
							} else {
								items[j] = x
							}
						}
						conv[i] = NewTuple(items...)
					} else if _, isStr := asStr(a); isStr && i > 0 {
						return Null, typeErrorf("a bytes-like object is required, not 'str'")
					} else {
						conv[i] = a
					}
				}
				r, err := fn(vm, conv, kw)
				if err != nil {
					if e, ok := err.(*Exception); ok && len(e.args) == 1 {
						if s, ok := asStr(e.args[0]); ok && strings.Contains(s, "substring not found") {
							return Null, newValueError("subsection not found")
						}
					}
					return Null, err
				}
				return toBytes(r), nil
			})
		}
	}
}
