package jitcore

import (
	"math/big"
	"strings"

	"jitlens/analysis/syntax"
)

// bytes and bytearray methods whose meaning differs from str's: bytes are
// ASCII text to case conversion, the predicates and whitespace splitting
// (a byte >= 0x80 is never a letter, digit or space), and bytearray's
// in-place mutation. The search family is shared with str through the
// Latin-1 adapters of extra_methods.go.

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'
}
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func asciiUpper(c byte) byte {
	if isASCIILower(c) {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if isASCIIUpper(c) {
		return c + 32
	}
	return c
}

// selfBytes is the receiver of a bytes or bytearray method (the built-in
// payload of a subclass instance).
func selfBytes(args []Value) *Bytes { return unwrapBuiltin(args[0]).o.(*Bytes) }

// bytesLike returns the bytes of a bytes-like argument.
func bytesLike(v Value) ([]byte, bool) {
	if b, ok := v.o.(*Bytes); ok && v.k == kObj {
		return b.b, true
	}
	if m, ok := v.o.(*memoryviewObj); ok && v.k == kObj && !m.released {
		return m.bytes(), true
	}
	if in, ok := v.o.(*Instance); ok && v.k == kObj && in.base.k == kObj {
		return bytesLike(in.base)
	}
	return nil, false
}

func errBytesLike(v Value) error {
	return typeErrorf("a bytes-like object is required, not '%s'", v.Type().tpName())
}

func setupBytesMethods() {
	for _, bt := range []*Type{BytesType, ByteArrayType} {
		setupBytesType(bt)
	}
	setupByteArrayMethods()
}

func setupBytesType(bt *Type) {
	mutable := bt == ByteArrayType
	if _, ok := bt.Dict.getStr("__getitem__"); !ok {
		method(bt, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs("__getitem__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return vm.getItem(unwrapBuiltin(args[0]), args[1])
		})
	}
	if _, ok := bt.Dict.getStr("__len__"); !ok {
		method(bt, "__len__", func(vm *VM, args []Value, kw []string) (Value, error) {
			return Int(int64(len(selfBytes(args).b))), nil
		})
	}
	if _, ok := bt.Dict.getStr("__contains__"); !ok {
		method(bt, "__contains__", func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs("__contains__", args, kw, 1, 1); err != nil {
				return Null, err
			}
			r, err := vm.contains(unwrapBuiltin(args[0]), args[1])
			return Bool(r), err
		})
	}
	result := func(b []byte) Value { return Obj(&Bytes{b: b, mutable: mutable}) }
	mapBytes := func(name string, fn func(b []byte) []byte) {
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			return result(fn(selfBytes(args).b)), nil
		})
	}
	mapBytes("upper", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = asciiUpper(c)
		}
		return out
	})
	mapBytes("lower", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = asciiLower(c)
		}
		return out
	})
	mapBytes("swapcase", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if isASCIILower(c) {
				out[i] = c - 32
			} else {
				out[i] = asciiLower(c)
			}
		}
		return out
	})
	mapBytes("title", func(b []byte) []byte {
		out := make([]byte, len(b))
		prevCased := false
		for i, c := range b {
			if prevCased {
				out[i] = asciiLower(c)
			} else {
				out[i] = asciiUpper(c)
			}
			prevCased = isASCIIAlpha(c)
		}
		return out
	})
	mapBytes("capitalize", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if i == 0 {
				out[i] = asciiUpper(c)
			} else {
				out[i] = asciiLower(c)
			}
		}
		return out
	})
	pred := func(name string, each func(c byte) bool) {
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 0, 0); err != nil {
				return Null, err
			}
			b := selfBytes(args).b
			if len(b) == 0 {
				return False, nil
			}
			for _, c := range b {
				if !each(c) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isalpha", isASCIIAlpha)
	pred("isdigit", isASCIIDigit)
	pred("isspace", isASCIISpace)
	pred("isalnum", func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
	method(bt, "isascii", func(vm *VM, args []Value, kw []string) (Value, error) {
		for _, c := range selfBytes(args).b {
			if c >= 0x80 {
				return False, nil
			}
		}
		return True, nil
	})
	caseCheck := func(name string, want, other func(c byte) bool) {
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			seen := false
			for _, c := range selfBytes(args).b {
				if other(c) {
					return False, nil
				}
				if want(c) {
					seen = true
				}
			}
			return Bool(seen), nil
		})
	}
	caseCheck("isupper", isASCIIUpper, isASCIILower)
	caseCheck("islower", isASCIILower, isASCIIUpper)
	method(bt, "istitle", func(vm *VM, args []Value, kw []string) (Value, error) {
		cased, prevCased := false, false
		for _, c := range selfBytes(args).b {
			switch {
			case isASCIIUpper(c):
				if prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			case isASCIILower(c):
				if !prevCased {
					return False, nil
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return Bool(cased), nil
	})
	// the search methods also take a byte as an int
	for _, name := range []string{"find", "rfind", "index", "rindex", "count"} {
		prev, _ := bt.Dict.getStr(name)
		shared := prev.o.(*Builtin).fn
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if len(args) > 1 && len(args)-len(kw) > 1 {
				sub := args[1]
				if _, ok := bytesLike(sub); !ok {
					if _, isStr := asStr(sub); isStr || (!sub.isIntLike() && sub.k != kObj) {
						return Null, typeErrorf("argument should be integer or bytes-like object, not '%s'", sub.Type().tpName())
					}
					c, err := vm.byteValue(sub)
					if err != nil {
						return Null, err
					}
					args = append([]Value{args[0], Obj(&Bytes{b: []byte{c}})}, args[2:]...)
				}
			}
			return shared(vm, args, kw)
		})
	}
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		prev, _ := bt.Dict.getStr(name)
		shared := prev.o.(*Builtin).fn
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if len(args) > 1 {
				if _, ok := bytesLike(args[1]); !ok {
					if _, ok := asTuple(args[1]); !ok {
						return Null, typeErrorf("%s first arg must be bytes or a tuple of bytes, not %s", name, args[1].Type().tpName())
					}
				}
			}
			return shared(vm, args, kw)
		})
	}
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		prev, _ := bt.Dict.getStr(name)
		shared := prev.o.(*Builtin).fn
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if len(args) > 2 {
				if b, ok := bytesLike(args[2]); !ok || len(b) != 1 {
					what := args[2].Type().tpName()
					if ok {
						what = "bytes"
						if args[2].Type() == ByteArrayType {
							what = "bytearray"
						}
					}
					return Null, typeErrorf("%s() argument 2 must be a byte string of length 1, not %s", name, what)
				}
			}
			return shared(vm, args, kw)
		})
	}
	// whitespace splitting and stripping without an explicit separator
	// use ASCII whitespace; with one they are the shared search methods
	for _, name := range []string{"split", "rsplit"} {
		name := name
		prev, _ := bt.Dict.getStr(name)
		shared := prev.o.(*Builtin).fn
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parseArgs(name, args[1:], kw, []string{"sep", "maxsplit"}, 0)
			if err != nil {
				return Null, err
			}
			if vals[0].k != kNull && !vals[0].IsNone() {
				if _, ok := bytesLike(vals[0]); !ok {
					return Null, errBytesLike(vals[0])
				}
				return shared(vm, args, kw)
			}
			max := -1
			if vals[1].k != kNull {
				n, err := vm.index(vals[1], "'"+vals[1].Type().tpName()+"' object cannot be interpreted as an integer")
				if err != nil {
					return Null, err
				}
				max = int(n)
			}
			parts := splitASCIISpace(selfBytes(args).b, max, name == "rsplit")
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = result(p)
			}
			return NewList(out), nil
		})
	}
	for _, name := range []string{"strip", "lstrip", "rstrip"} {
		name := name
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 0, 1); err != nil {
				return Null, err
			}
			b := selfBytes(args).b
			drop := isASCIISpace
			if len(args) > 1 && !args[1].IsNone() {
				chars, ok := bytesLike(args[1])
				if !ok {
					return Null, errBytesLike(args[1])
				}
				drop = func(c byte) bool { return strings.IndexByte(string(chars), c) >= 0 }
			}
			i, j := 0, len(b)
			if name != "rstrip" {
				for i < j && drop(b[i]) {
					i++
				}
			}
			if name != "lstrip" {
				for j > i && drop(b[j-1]) {
					j--
				}
			}
			return result(append([]byte(nil), b[i:j]...)), nil
		})
	}
	method(bt, "splitlines", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0)
		if err != nil {
			return Null, err
		}
		keep := false
		if vals[0].k != kNull {
			if keep, err = vm.truth(vals[0]); err != nil {
				return Null, err
			}
		}
		b := selfBytes(args).b
		var out []Value
		for i := 0; i < len(b); {
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			end := j
			if j < len(b) {
				if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
					end = j + 2
				} else {
					end = j + 1
				}
			}
			line := b[i:j]
			if keep {
				line = b[i:end]
			}
			out = append(out, result(append([]byte(nil), line...)))
			i = end
		}
		return NewList(out), nil
	})
	maketrans := method(bt, "maketrans", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("maketrans", args, kw, 2, 2); err != nil {
			return Null, err
		}
		from, ok1 := bytesLike(args[0])
		to, ok2 := bytesLike(args[1])
		if !ok1 {
			return Null, errBytesLike(args[0])
		}
		if !ok2 {
			return Null, errBytesLike(args[1])
		}
		if len(from) != len(to) {
			return Null, newValueError("maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return Obj(&Bytes{b: table}), nil
	})
	bt.Dict.setStr("maketrans", Obj(&StaticMethod{Obj(maketrans)}))
	method(bt, "translate", func(vm *VM, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("translate", args[1:], kw, []string{"table", "delete"}, 1)
		if err != nil {
			return Null, err
		}
		var table []byte
		if !vals[0].IsNone() {
			t, ok := bytesLike(vals[0])
			if !ok {
				return Null, errBytesLike(vals[0])
			}
			if len(t) != 256 {
				return Null, newValueError("translation table must be 256 characters long")
			}
			table = t
		}
		var del []byte
		if vals[1].k != kNull {
			d, ok := bytesLike(vals[1])
			if !ok {
				return Null, errBytesLike(vals[1])
			}
			del = d
		}
		out := make([]byte, 0, len(selfBytes(args).b))
		for _, c := range selfBytes(args).b {
			if strings.IndexByte(string(del), c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return result(out), nil
	})
}

// splitASCIISpace is bytes.split() / rsplit() without a separator.
func splitASCIISpace(b []byte, max int, fromRight bool) [][]byte {
	var parts [][]byte
	if !fromRight {
		i := 0
		for {
			for i < len(b) && isASCIISpace(b[i]) {
				i++
			}
			if i == len(b) {
				return parts
			}
			if max >= 0 && len(parts) == max {
				return append(parts, append([]byte(nil), b[i:]...))
			}
			j := i
			for j < len(b) && !isASCIISpace(b[j]) {
				j++
			}
			parts = append(parts, append([]byte(nil), b[i:j]...))
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isASCIISpace(b[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max >= 0 && len(parts) == max {
			parts = append(parts, append([]byte(nil), b[:j]...))
			break
		}
		i := j
		for i > 0 && !isASCIISpace(b[i-1]) {
			i--
		}
		parts = append(parts, append([]byte(nil), b[i:j]...))
		j = i
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

// byteValue checks a value stored into a bytearray.
func (vm *VM) byteValue(v Value) (byte, error) {
	n, err := vm.index(v, "'"+v.Type().tpName()+"' object cannot be interpreted as an integer")
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, newValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesSource reads the bytes assigned to a bytearray slice.
func (vm *VM) bytesSource(v Value) ([]byte, error) {
	if b, ok := bytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	if v.isIntLike() {
		return nil, typeErrorf("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if _, ok := asStr(v); ok {
		return nil, typeErrorf("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	r, err := bytesNew(vm, []Value{v}, nil, false)
	if err != nil {
		return nil, err
	}
	return r.o.(*Bytes).b, nil
}

// setByteArraySlice implements bytearray[slice] = value.
func (vm *VM) setByteArraySlice(c *Bytes, sl *SliceObj, v Value) error {
	src, err := vm.bytesSource(v)
	if err != nil {
		return err
	}
	start, stop, step, n, err := vm.sliceIndices(sl, len(c.b))
	if err != nil {
		return err
	}
	if step == 1 {
		c.b = spliced(c.b, start, stop, src)
		return nil
	}
	if len(src) != n {
		return newValueError(sprintf("attempt to assign bytes of size %d to extended slice of size %d", len(src), n))
	}
	for i := 0; i < n; i++ {
		c.b[start+i*step] = src[i]
	}
	return nil
}

// delByteArrayItem implements del bytearray[k].
func (vm *VM) delByteArrayItem(c *Bytes, k Value) error {
	if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
		start, _, step, n, err := vm.sliceIndices(sl, len(c.b))
		if err != nil {
			return err
		}
		c.b = withoutStrided(c.b, start, step, n)
		return nil
	}
	i, err := vm.index(k, "bytearray indices must be integers or slices, not "+k.Type().tpName())
	if err != nil {
		return err
	}
	if i < 0 {
		i += int64(len(c.b))
	}
	if i < 0 || i >= int64(len(c.b)) {
		return newIndexError("bytearray index out of range")
	}
	c.b = append(c.b[:i:i], c.b[i+1:]...)
	return nil
}

func setupByteArrayMethods() {
	bt := ByteArrayType
	method(bt, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		r, err := bytesNew(vm, args[1:], kw, true)
		if err != nil {
			return Null, err
		}
		selfBytes(args).b = r.o.(*Bytes).b
		return None, nil
	})
	method(bt, "__setitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__setitem__", args, kw, 2, 2); err != nil {
			return Null, err
		}
		return None, vm.setItem(unwrapBuiltin(args[0]), args[1], args[2])
	})
	method(bt, "__delitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__delitem__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return None, vm.delItem(unwrapBuiltin(args[0]), args[1])
	})
	method(bt, "pop", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("pop", args, kw, 0, 1); err != nil {
			return Null, err
		}
		c := selfBytes(args)
		if len(c.b) == 0 {
			return Null, newIndexError("pop from empty bytearray")
		}
		i, err := vm.popIndex(args, len(c.b))
		if err != nil {
			return Null, err
		}
		v := c.b[i]
		c.b = append(c.b[:i:i], c.b[i+1:]...)
		return Int(int64(v)), nil
	})
	method(bt, "remove", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("remove", args, kw, 1, 1); err != nil {
			return Null, err
		}
		c := selfBytes(args)
		v, err := vm.byteValue(args[1])
		if err != nil {
			return Null, err
		}
		i := strings.IndexByte(string(c.b), v)
		if i < 0 {
			return Null, newValueError("value not found in bytearray")
		}
		c.b = append(c.b[:i:i], c.b[i+1:]...)
		return None, nil
	})
	method(bt, "insert", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("insert", args, kw, 2, 2); err != nil {
			return Null, err
		}
		c := selfBytes(args)
		i, err := vm.index(args[1], "'"+args[1].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		v, err := vm.byteValue(args[2])
		if err != nil {
			return Null, err
		}
		n := int64(len(c.b))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		out := make([]byte, 0, n+1)
		out = append(append(append(out, c.b[:i]...), v), c.b[i:]...)
		c.b = out
		return None, nil
	})
	method(bt, "extend", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("extend", args, kw, 1, 1); err != nil {
			return Null, err
		}
		c := selfBytes(args)
		if b, ok := bytesLike(args[1]); ok {
			c.b = append(c.b, b...)
			return None, nil
		}
		if _, ok := asStr(args[1]); ok {
			return Null, typeErrorf("expected iterable of integers; got: 'str'")
		}
		if !vm.isIterable(args[1]) {
			return Null, typeErrorf("can't extend bytearray with %s", args[1].Type().tpName())
		}
		var add []byte
		err := vm.iterate(args[1], func(v Value) error {
			b, err := vm.byteValue(v)
			add = append(add, b)
			return err
		})
		if err != nil {
			return Null, err
		}
		c.b = append(c.b, add...)
		return None, nil
	})
	for name, op := range map[string]syntax.Operator{"__iadd__": syntax.Add, "__imul__": syntax.Mult} {
		op := op
		method(bt, name, func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := methodArgs(name, args, kw, 1, 1); err != nil {
				return Null, err
			}
			r, ok, err := vm.builtinInplace(op, unwrapBuiltin(args[0]), args[1])
			if err != nil || !ok {
				return NotImplemented, err
			}
			if r.o == unwrapBuiltin(args[0]).o {
				return args[0], nil // a subclass instance stays itself
			}
			return r, nil
		})
	}
	method(bt, "reverse", func(vm *VM, args []Value, kw []string) (Value, error) {
		b := selfBytes(args).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
	method(bt, "clear", func(vm *VM, args []Value, kw []string) (Value, error) {
		selfBytes(args).b = []byte{}
		return None, nil
	})
	method(bt, "copy", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Obj(&Bytes{b: append([]byte{}, selfBytes(args).b...), mutable: true}), nil
	})
}

func bytesIndexByte(b []byte, c byte) int { return strings.IndexByte(string(b), c) }

// byteOrderArg reads int.to_bytes/from_bytes' byteorder ("big" when absent).
func byteOrderArg(fname string, v Value) (bool, error) {
	if v.k == kNull {
		return false, nil
	}
	s, ok := asStr(v)
	if !ok {
		return false, typeErrorf("%s() argument 'byteorder' must be str, not %s", fname, v.Type().tpName())
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, newValueError("byteorder must be either 'little' or 'big'")
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("to_bytes", args[1:], kw, []string{"length", "byteorder", "*", "signed"}, 0)
	if err != nil {
		return Null, err
	}
	n := int64(1)
	if vals[0].k != kNull {
		if n, err = vm.index(vals[0], "'"+vals[0].Type().tpName()+"' object cannot be interpreted as an integer"); err != nil {
			return Null, err
		}
		if n < 0 {
			return Null, newValueError("length argument must be non-negative")
		}
	}
	little, err := byteOrderArg("to_bytes", vals[1])
	if err != nil {
		return Null, err
	}
	signed := false
	if vals[2].k != kNull {
		if signed, err = vm.truth(vals[2]); err != nil {
			return Null, err
		}
	}
	v := toBig(intBase(args[0]))
	if v.Sign() < 0 && !signed {
		return Null, newExc(OverflowErrorType, "can't convert negative int to unsigned")
	}
	bits := uint(8 * n)
	limit := new(big.Int).Lsh(big.NewInt(1), bits)
	if signed {
		half := new(big.Int).Rsh(limit, 1)
		if v.Cmp(half) >= 0 || v.Cmp(new(big.Int).Neg(half)) < 0 {
			return Null, newExc(OverflowErrorType, "int too big to convert")
		}
		if v.Sign() < 0 {
			v = new(big.Int).Add(v, limit)
		}
	} else if v.Cmp(limit) >= 0 {
		return Null, newExc(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	v.FillBytes(out)
	if little {
		reverseBytes(out)
	}
	return Obj(&Bytes{b: out}), nil
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(vm *VM, args []Value, kw []string) (Value, error) {
	vals, err := parseArgs("from_bytes", args[1:], kw, []string{"bytes", "byteorder", "*", "signed"}, 1)
	if err != nil {
		return Null, err
	}
	little, err := byteOrderArg("from_bytes", vals[1])
	if err != nil {
		return Null, err
	}
	var b []byte
	if bs, ok := bytesLike(vals[0]); ok {
		b = append([]byte(nil), bs...)
	} else {
		if _, isStr := asStr(vals[0]); isStr || !vm.isIterable(vals[0]) {
			return Null, typeErrorf("cannot convert '%s' object to bytes", vals[0].Type().tpName())
		}
		r, err := bytesNew(vm, vals[0:1], nil, false)
		if err != nil {
			return Null, err
		}
		b = r.o.(*Bytes).b
	}
	signed := false
	if vals[2].k != kNull {
		if signed, err = vm.truth(vals[2]); err != nil {
			return Null, err
		}
	}
	if little {
		reverseBytes(b)
	}
	v := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := BigInt(v)
	if t, ok := args[0].o.(*Type); ok && args[0].k == kObj && t != IntType {
		return vm.call(args[0], []Value{r}, nil)
	}
	return r, nil
}
