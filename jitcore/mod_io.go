package jitcore

import "strings"

func init() { registerModule("io", &nativeModule{setup: setupIOModule}) }

// memFile is io.StringIO (text in code points) or io.BytesIO (bytes).
type memFile struct {
	text   []rune
	data   []byte
	pos    int
	closed bool
	binary bool
}

func (f *memFile) pyType() *Type {
	if f.binary {
		return bytesIOType
	}
	return stringIOType
}

var stringIOType, bytesIOType *Type

func (f *memFile) size() int {
	if f.binary {
		return len(f.data)
	}
	return len(f.text)
}

// chunk returns positions [i, j) as str or bytes.
func (f *memFile) chunk(i, j int) Value {
	if f.binary {
		return Obj(&Bytes{b: append([]byte(nil), f.data[i:j]...)})
	}
	return Str(string(f.text[i:j]))
}

func (f *memFile) check() error {
	if f.closed {
		if f.binary { // CPython's two implementations word it differently
			return newValueError("I/O operation on closed file.")
		}
		return newValueError("I/O operation on closed file")
	}
	return nil
}

// readline returns the next line (up to limit characters when limit >= 0).
func (f *memFile) readline(limit int) Value {
	n := f.size()
	end := f.pos
	for end < n {
		var c rune
		if f.binary {
			c = rune(f.data[end])
		} else {
			c = f.text[end]
		}
		end++
		if c == '\n' || (limit >= 0 && end-f.pos >= limit) {
			break
		}
	}
	if limit >= 0 && end-f.pos > limit {
		end = f.pos + limit
	}
	v := f.chunk(f.pos, end)
	f.pos = end
	return v
}

func (f *memFile) write(v Value) (int, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	if f.binary {
		b, ok := v.o.(*Bytes)
		if !ok || v.k != kObj {
			return 0, typeErrorf("a bytes-like object is required, not '%s'", v.Type().tpName())
		}
		if f.pos > len(f.data) {
			f.data = append(f.data, make([]byte, f.pos-len(f.data))...)
		}
		n := copy(f.data[f.pos:], b.b)
		f.data = append(f.data, b.b[n:]...)
		f.pos += len(b.b)
		return len(b.b), nil
	}
	s, ok := asStr(v)
	if !ok {
		return 0, typeErrorf("string argument expected, got '%s'", v.Type().tpName())
	}
	r := []rune(s)
	if f.pos > len(f.text) {
		f.text = append(f.text, make([]rune, f.pos-len(f.text))...)
	}
	n := copy(f.text[f.pos:], r)
	f.text = append(f.text, r[n:]...)
	f.pos += len(r)
	return len(r), nil
}

func sizeArg(args []Value, i int) int {
	if len(args) > i && !args[i].IsNone() && !args[i].IsNull() {
		return int(intBase(args[i]).n)
	}
	return -1
}

func newMemFileType(name string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Module = "_io"
	t.cName = "_io." + name
	t.Dict.setStr("__module__", Str("_io"))
	t.builtin = false // the engine looks up __iter__, __enter__... in the dict
	self := func(v Value) *memFile { return v.o.(*memFile) }
	m := func(name string, fn builtinFn) { method(t, name, fn) }
	m("write", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("write", args, kw, 1, 1); err != nil {
			return Null, err
		}
		n, err := self(args[0]).write(args[1])
		return Int(int64(n)), err
	})
	m("writelines", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("writelines", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return None, vm.iterate(args[1], func(v Value) error {
			_, err := self(args[0]).write(v)
			return err
		})
	})
	m("read", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		n := sizeArg(args, 1)
		start := min(f.pos, f.size())
		end := f.size()
		if n >= 0 && start+n < end {
			end = start + n
		}
		f.pos = max(f.pos, end)
		return f.chunk(start, end), nil
	})
	m("readline", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		if f.pos >= f.size() {
			return f.chunk(0, 0), nil
		}
		return f.readline(sizeArg(args, 1)), nil
	})
	m("readlines", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		var out []Value
		for f.pos < f.size() {
			out = append(out, f.readline(-1))
		}
		return NewList(out), nil
	})
	m("getvalue", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		return f.chunk(0, f.size()), nil
	})
	m("tell", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		return Int(int64(f.pos)), nil
	})
	m("seek", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("seek", args, kw, 1, 2); err != nil {
			return Null, err
		}
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		pos := int(intBase(args[1]).n)
		whence := 0
		if len(args) > 2 {
			whence = int(intBase(args[2]).n)
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Null, newValueError(sprintf("Negative seek position %d", pos))
			}
			f.pos = pos
		case 1:
			if pos != 0 && !f.binary {
				return Null, newExc(OSErrorType, "Can't do nonzero cur-relative seeks")
			}
			f.pos = max(0, f.pos+pos)
		case 2:
			if pos != 0 && !f.binary {
				return Null, newExc(OSErrorType, "Can't do nonzero end-relative seeks")
			}
			f.pos = max(0, f.size()+pos)
		default:
			return Null, newValueError(sprintf("Invalid whence (%d, should be 0, 1 or 2)", whence))
		}
		return Int(int64(f.pos)), nil
	})
	m("truncate", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		n := sizeArg(args, 1)
		if n < 0 {
			n = f.pos
		}
		if n < f.size() {
			if f.binary {
				f.data = f.data[:n]
			} else {
				f.text = f.text[:n]
			}
		}
		return Int(int64(n)), nil
	})
	m("close", func(vm *VM, args []Value, kw []string) (Value, error) {
		self(args[0]).closed = true
		return None, nil
	})
	m("flush", func(vm *VM, args []Value, kw []string) (Value, error) { return None, self(args[0]).check() })
	for _, name := range []string{"readable", "writable", "seekable"} {
		m(name, func(vm *VM, args []Value, kw []string) (Value, error) { return True, self(args[0]).check() })
	}
	m("isatty", func(vm *VM, args []Value, kw []string) (Value, error) { return False, self(args[0]).check() })
	m("__enter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], self(args[0]).check() })
	m("__exit__", func(vm *VM, args []Value, kw []string) (Value, error) {
		self(args[0]).closed = true
		return None, nil
	})
	m("__iter__", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], self(args[0]).check() })
	m("__next__", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := self(args[0])
		if err := f.check(); err != nil {
			return Null, err
		}
		if f.pos >= f.size() {
			return Null, &Exception{cls: StopIterationType}
		}
		return f.readline(-1), nil
	})
	reProperty(t, "closed", func(vm *VM, v Value) (Value, error) { return Bool(self(v).closed), nil })
	return t
}

var ioUnsupportedOperation = func() *Type {
	t := &Type{Name: "UnsupportedOperation", QualName: "UnsupportedOperation", Module: "io", Dict: NewDict(), exc: true, builtin: true,
		Bases: []*Type{OSErrorType, ValueErrorType}}
	t.base = OSErrorType
	t.Dict.setStr("__module__", Str("io"))
	mro, err := computeMRO(t)
	if err != nil {
		panic(err)
	}
	t.MRO = mro
	return t
}()

func init() {
	stringIOType = newMemFileType("StringIO")
	bytesIOType = newMemFileType("BytesIO")
	setGoNew(stringIOType, func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0)
		if err != nil {
			return Null, err
		}
		f := &memFile{}
		if v := vals[0]; !v.IsNull() && !v.IsNone() {
			s, ok := asStr(v)
			if !ok {
				return Null, typeErrorf("initial_value must be str or None, not %s", v.Type().tpName())
			}
			f.text = []rune(s)
		}
		if nl := vals[1]; !nl.IsNull() {
			if s, ok := asStr(nl); ok && s != "\n" && s != "" {
				if s != "\r" && s != "\r\n" {
					return Null, newValueError("illegal newline value: " + s)
				}
				return Null, &UnsupportedError{Msg: "io.StringIO(newline=" + strings.TrimSpace(pyQuote(s)) + ") is not supported by jitlens"}
			}
		}
		return Obj(f), nil
	})
	setGoNew(bytesIOType, func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		vals, err := parseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0)
		if err != nil {
			return Null, err
		}
		f := &memFile{binary: true}
		if v := vals[0]; !v.IsNull() && !v.IsNone() {
			b, ok := v.o.(*Bytes)
			if !ok || v.k != kObj {
				return Null, typeErrorf("a bytes-like object is required, not '%s'", v.Type().tpName())
			}
			f.data = append([]byte(nil), b.b...)
		}
		return Obj(f), nil
	})
}

// setGoNew makes calling t run newFn: the types of these modules are not
// marked built-in (see newMemFileType), so construction goes through
// __new__.
func setGoNew(t *Type, newFn func(vm *VM, t *Type, args []Value, kw []string) (Value, error)) {
	t.newFn = newFn
	t.Dict.setStr("__new__", Obj(&StaticMethod{fn: Obj(newBuiltin("__new__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return newFn(vm, t, args[1:], kw)
	}))}))
}

// setupIOModule fills the `io` module.
func setupIOModule(vm *VM, m *Module) error {
	d := m.dict
	d.setStr("StringIO", Obj(stringIOType))
	d.setStr("BytesIO", Obj(bytesIOType))
	d.setStr("TextIOWrapper", Obj(FileType))
	d.setStr("BufferedReader", Obj(bufferedReaderType))
	d.setStr("BufferedWriter", Obj(bufferedWriterType))
	d.setStr("BufferedRandom", Obj(bufferedRandomType))
	d.setStr("UnsupportedOperation", Obj(ioUnsupportedOperation))
	d.setStr("SEEK_SET", Int(0))
	d.setStr("SEEK_CUR", Int(1))
	d.setStr("SEEK_END", Int(2))
	d.setStr("DEFAULT_BUFFER_SIZE", Int(8192))
	if open, ok := vm.builtins.getStr("open"); ok {
		d.setStr("open", open)
	}
	return nil
}
