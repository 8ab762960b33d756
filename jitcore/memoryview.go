package jitcore

// memoryviewObj is a memoryview of a bytes or bytearray object (format
// 'B', one dimension): a window [start, stop) of the exporter's bytes.
type memoryviewObj struct {
	obj         Value
	src         *Bytes
	start, stop int
	released    bool
}

func (*memoryviewObj) pyType() *Type { return memoryviewType }

var memoryviewType = finalType("memoryview", ObjectType)

func (m *memoryviewObj) bytes() []byte { return m.src.b[m.start:m.stop] }

func (m *memoryviewObj) check() error {
	if m.released {
		return newValueError("operation forbidden on released memoryview object")
	}
	return nil
}

// memoryviewGetItem is mv[i] (an int) or mv[slice] (a memoryview).
func (vm *VM) memoryviewGetItem(m *memoryviewObj, k Value) (Value, error) {
	if err := m.check(); err != nil {
		return Null, err
	}
	b := m.bytes()
	if sl, ok := k.o.(*SliceObj); ok && k.k == kObj {
		start, _, step, n, err := vm.sliceIndices(sl, len(b))
		if err != nil {
			return Null, err
		}
		if step != 1 {
			// a strided view copies (the engine's views are contiguous)
			out := make([]byte, n)
			for i := 0; i < n; i++ {
				out[i] = b[start+i*step]
			}
			return Obj(&memoryviewObj{obj: m.obj, src: &Bytes{b: out}, start: 0, stop: n}), nil
		}
		return Obj(&memoryviewObj{obj: m.obj, src: m.src, start: m.start + start, stop: m.start + start + n}), nil
	}
	i, err := vm.index(k, "memoryview: invalid slice key")
	if err != nil {
		return Null, err
	}
	if i < 0 {
		i += int64(len(b))
	}
	if i < 0 || i >= int64(len(b)) {
		return Null, newIndexError("index out of bounds on dimension 1")
	}
	return Int(int64(b[i])), nil
}

func setupMemoryview() {
	mt := memoryviewType
	mt.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("memoryview", args, kw, []string{"object"}, 1)
		if err != nil {
			return Null, err
		}
		o := unwrapBuiltin(vals[0])
		if m, ok := o.o.(*memoryviewObj); ok && o.k == kObj {
			return Obj(&memoryviewObj{obj: m.obj, src: m.src, start: m.start, stop: m.stop}), nil
		}
		b, ok := o.o.(*Bytes)
		if !ok || o.k != kObj {
			return Null, typeErrorf("memoryview: a bytes-like object is required, not '%s'", vals[0].Type().tpName())
		}
		return Obj(&memoryviewObj{obj: vals[0], src: b, start: 0, stop: len(b.b)}), nil
	}
	self := func(args []Value) *memoryviewObj { return args[0].o.(*memoryviewObj) }
	method(mt, "tobytes", func(vm *VM, args []Value, kw []string) (Value, error) {
		m := self(args)
		if err := m.check(); err != nil {
			return Null, err
		}
		return Obj(&Bytes{b: append([]byte(nil), m.bytes()...)}), nil
	})
	method(mt, "tolist", func(vm *VM, args []Value, kw []string) (Value, error) {
		m := self(args)
		if err := m.check(); err != nil {
			return Null, err
		}
		b := m.bytes()
		out := make([]Value, len(b))
		for i, c := range b {
			out[i] = Int(int64(c))
		}
		return NewList(out), nil
	})
	method(mt, "hex", func(vm *VM, args []Value, kw []string) (Value, error) {
		m := self(args)
		if err := m.check(); err != nil {
			return Null, err
		}
		const digits = "0123456789abcdef"
		out := make([]byte, 0, 2*(m.stop-m.start))
		for _, c := range m.bytes() {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return Str(string(out)), nil
	})
	method(mt, "release", func(vm *VM, args []Value, kw []string) (Value, error) {
		self(args).released = true
		return None, nil
	})
	method(mt, "__enter__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return args[0], self(args).check()
	})
	method(mt, "__exit__", func(vm *VM, args []Value, kw []string) (Value, error) {
		self(args).released = true
		return None, nil
	})
}

// memoryviewAttr serves the attributes of a memoryview.
func memoryviewAttr(m *memoryviewObj, name string) (Value, bool, error) {
	switch name {
	case "obj":
		return m.obj, true, m.check()
	case "nbytes":
		return Int(int64(m.stop - m.start)), true, m.check()
	case "readonly":
		return Bool(!m.src.mutable), true, m.check()
	case "itemsize":
		return Int(1), true, m.check()
	case "format":
		return Str("B"), true, m.check()
	case "ndim":
		return Int(1), true, m.check()
	case "shape":
		return NewTuple(Int(int64(m.stop - m.start))), true, m.check()
	case "strides":
		return NewTuple(Int(1)), true, m.check()
	case "released":
		return Bool(m.released), true, nil
	case "contiguous", "c_contiguous", "f_contiguous":
		return True, true, m.check()
	}
	return Null, false, nil
}
