package jitcore

import "jitlens/analysis/syntax"

// The cython module for scripts in Cython's pure-Python mode: under jitlens,
// as under plain Python, cython.compiled is False, the type names cast
// values, and the decorators and directives leave the code unchanged (the
// JIT reads them as type facts).

func init() {
	registerModule("cython", &nativeModule{setup: setupCythonModule, pkg: true})
}

// cythonTypedef is a C type name such as cython.int: calling it casts a
// value to the Python type behind it ("int", "float", "complex", "bool",
// "str", or "" for void).
type cythonTypedef struct {
	name string
	base string
}

func (*cythonTypedef) pyType() *Type { return cythonTypedefType }

// cythonArrayType is a memoryview type such as cython.double[:, ::1].
type cythonArrayType struct{ repr string }

func (*cythonArrayType) pyType() *Type { return cythonArrayTypeType }

// cythonNoop is both a decorator that returns its argument and a context
// manager that does nothing (cython.cfunc, cython.boundscheck(False)...).
// As cfunc or ccall (typed) it makes the function a Cython function for
// the JIT (jit_cython.go).
type cythonNoop struct{ typed bool }

func (*cythonNoop) pyType() *Type { return cythonNoopType }

var (
	cythonTypedefType   = newGoType("typedef", "cython")
	cythonArrayTypeType = newGoType("_ArrayType", "cython")
	cythonNoopType      = newGoType("_EmptyDecoratorAndManager", "cython")
)

// cythonCast is cython.cast(t, value): a typedef casts; a Python type
// converts unless the value already is an instance.
func (vm *VM) cythonCast(t Value, args []Value) (Value, error) {
	if td, ok := t.o.(*cythonTypedef); ok && t.k == kObj {
		if td.base == "" {
			if len(args) == 0 {
				return None, nil
			}
			return Null, typeErrorf("'NoneType' object is not callable")
		}
		conv, _ := vm.builtins.getStr(td.base)
		if len(args) == 1 {
			if ok, err := vm.isInstance(args[0], conv); err != nil || ok {
				return args[0], err
			}
		}
		return vm.call(conv, args, nil)
	}
	if tt, ok := t.o.(*Type); ok && t.k == kObj {
		if len(args) != 1 || !(args[0].IsNone() || args[0].Type().isSubtype(tt)) {
			return vm.call(t, args, nil)
		}
	}
	if len(args) == 0 {
		return Null, newIndexError("tuple index out of range")
	}
	return args[0], nil
}

func init() {
	method(cythonTypedefType, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := noKw("typedef", kw); err != nil {
			return Null, err
		}
		return vm.cythonCast(args[0], args[1:])
	})
	method(cythonTypedefType, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(args[0].o.(*cythonTypedef).name), nil
	})
	method(cythonTypedefType, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		td := args[0].o.(*cythonTypedef)
		dims := []Value{args[1]}
		if tup, ok := asTuple(args[1]); ok {
			dims = tup.items
		}
		axes := ""
		for i, d := range dims {
			sl, ok := d.o.(*SliceObj)
			if !ok || d.k != kObj {
				// int[8]: a C array
				return Obj(&cythonArrayType{repr: td.name + " *"}), nil
			}
			ax := ":"
			if st := intBase(sl.step); st.k == kInt && st.n == 1 {
				ax = "::1"
			}
			if i > 0 {
				axes += ", "
			}
			axes += ax
		}
		return Obj(&cythonArrayType{repr: td.name + "[" + axes + "]"}), nil
	})
	method(cythonArrayTypeType, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(args[0].o.(*cythonArrayType).repr), nil
	})
	method(cythonNoopType, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__call__", args[1:], kw, 1, 1); err != nil {
			return Null, err
		}
		if fn, ok := args[1].o.(*Function); ok && args[0].o.(*cythonNoop).typed {
			vm.cythonDeclare(fn, nil) // a C function: its annotations are its types
		}
		return args[1], nil
	})
	method(cythonNoopType, "__enter__", func(vm *VM, args []Value, kw []string) (Value, error) { return None, nil })
	method(cythonNoopType, "__exit__", func(vm *VM, args []Value, kw []string) (Value, error) { return None, nil })
}

// cythonIntTypes and cythonOtherTypes list the C type names of pure mode with their Python
// base type; int types also get u- and s- prefixed forms.
var (
	cythonIntTypes = []struct{ name, repr string }{
		{"char", "char"}, {"short", "short"}, {"int", "int"}, {"long", "long"},
		{"longlong", "long long"}, {"Py_UNICODE", "Py_UNICODE"}, {"Py_UCS4", "Py_UCS4"},
		{"Py_ssize_t", "Py_ssize_t"}, {"size_t", "size_t"}, {"Py_hash_t", "Py_hash_t"}, {"ptrdiff_t", "ptrdiff_t"},
	}
	cythonOtherTypes = []cythonTypedef{
		{"float", "float"}, {"double", "float"}, {"long double", "float"},
		{"float complex", "complex"}, {"double complex", "complex"}, {"long double complex", "complex"},
		{"complex", "complex"}, {"bint", "bool"}, {"void", ""}, {"unicode", "str"},
	}
	cythonOtherNames = []string{"float", "double", "longdouble", "floatcomplex", "doublecomplex", "longdoublecomplex", "complex", "bint", "void", "unicode"}
)

func setupCythonModule(vm *VM, m *Module) error {
	d := m.dict
	d.setStr("compiled", False)
	d.setStr("__version__", Str("3.0.0"))
	for _, it := range cythonIntTypes {
		d.setStr(it.name, Obj(&cythonTypedef{name: it.repr, base: "int"}))
		switch it.name {
		case "Py_UNICODE", "Py_UCS4", "Py_ssize_t", "size_t", "Py_hash_t", "ptrdiff_t":
		default:
			d.setStr("u"+it.name, Obj(&cythonTypedef{name: "unsigned " + it.repr, base: "int"}))
			d.setStr("s"+it.name, Obj(&cythonTypedef{name: "signed " + it.repr, base: "int"}))
		}
	}
	for i, name := range cythonOtherNames {
		td := cythonOtherTypes[i]
		d.setStr(name, Obj(&td))
	}
	for _, name := range []string{"integral", "floating", "numeric"} {
		d.setStr(name, Obj(&cythonTypedef{name: name, base: ""}))
	}
	noop := Obj(&cythonNoop{})
	for _, name := range []string{"cclass", "nogil", "gil"} {
		d.setStr(name, noop)
	}
	typed := Obj(&cythonNoop{typed: true})
	for _, name := range []string{"ccall", "cfunc"} {
		d.setStr(name, typed)
	}
	identity := func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("decorator", args, kw, 1, 1); err != nil {
			return Null, err
		}
		return args[0], nil
	}
	directive := func(vm *VM, args []Value, kw []string) (Value, error) { return noop, nil }
	funcs := map[string]builtinFn{
		"locals": func(vm *VM, args []Value, kw []string) (Value, error) {
			if len(args) > len(kw) {
				return Null, typeErrorf("locals() takes 0 positional arguments but %d were given", len(args)-len(kw))
			}
			names := map[string]Value{}
			for i, k := range kw {
				names[k] = args[len(args)-len(kw)+i]
			}
			// the declared types are type facts for the JIT (jit_cython.go)
			return Obj(newBuiltin("_empty_decorator", func(vm *VM, args []Value, kw []string) (Value, error) {
				if err := exactArgs("decorator", args, kw, 1, 1); err != nil {
					return Null, err
				}
				if fn, ok := args[0].o.(*Function); ok {
					vm.cythonDeclare(fn, names)
				}
				return args[0], nil
			})), nil
		},
		"inline": identity, "final": identity, "internal": identity, "no_gc": identity,
		"no_gc_clear": identity, "type_version_tag": identity,
		"binding": func(vm *VM, args []Value, kw []string) (Value, error) {
			return Obj(newBuiltin("_empty_decorator", identity)), nil
		},
		"declare": func(vm *VM, args []Value, kw []string) (Value, error) {
			// cython.declare(x=cython.int, ...) declares the calling
			// function's locals; x = cython.declare(cython.int, 0) a
			// local the JIT learns by its value (jit_cython.go)
			names := map[string]Value{}
			for i, k := range kw {
				names[k] = args[len(args)-len(kw)+i]
			}
			vm.cythonDeclareHere(names)
			vals, err := parsePyArgs("declare", args[:len(args)-len(kw)], nil, []string{"t", "value"}, 0)
			if err != nil {
				return Null, err
			}
			if vals[1].IsNull() {
				return None, nil
			}
			return vm.cythonCast(vals[0], vals[1:])
		},
		"cast": func(vm *VM, args []Value, kw []string) (Value, error) {
			npos := len(args) - len(kw)
			for _, k := range kw {
				if k != "typecheck" {
					return Null, newExc(AssertionErrorType, "")
				}
			}
			if npos < 1 {
				return Null, typeErrorf("cast() missing 1 required positional argument: 't'")
			}
			return vm.cythonCast(args[0], args[1:npos])
		},
		"sizeof": func(vm *VM, args []Value, kw []string) (Value, error) { return Int(1), nil },
		"typeof": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("typeof", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return Str(args[0].Type().Name), nil
		},
		"cdiv": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("cdiv", args, kw, 2, 2); err != nil {
				return Null, err
			}
			return vm.cythonDivMod(args[0], args[1], true)
		},
		"cmod": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("cmod", args, kw, 2, 2); err != nil {
				return Null, err
			}
			return vm.cythonDivMod(args[0], args[1], false)
		},
		"exceptval": directive,
	}
	for _, name := range []string{"returns", "wraparound", "boundscheck", "initializedcheck", "nonecheck",
		"embedsignature", "cdivision", "cdivision_warnings", "always_allows_keywords", "profile", "linetrace",
		"infer_types", "unraisable_tracebacks", "freelist", "overflowcheck", "annotation_typing", "ufunc"} {
		funcs[name] = directive
	}
	setModuleFuncs(d, funcs)
	vm.newSubmodule(m, "parallel", fillCythonParallel)
	return nil
}

// cythonDivMod is C division (truncating) or remainder (sign of the
// dividend) on Python ints.
func (vm *VM) cythonDivMod(a, b Value, div bool) (Value, error) {
	zero := Int(0)
	lt := func(x, y Value) (bool, error) {
		r, err := vm.compare(syntax.Lt, x, y)
		if err != nil {
			return false, err
		}
		return vm.truth(r)
	}
	neg := func(x Value) (Value, error) { return vm.unaryOp(syntax.USub, x) }
	bin := func(op syntax.Operator, x, y Value) (Value, error) { return vm.binaryOp(int(op), x, y) }
	if div {
		var err error
		if n, err := lt(a, zero); err != nil {
			return Null, err
		} else if n {
			if a, err = neg(a); err != nil {
				return Null, err
			}
			if b, err = neg(b); err != nil {
				return Null, err
			}
		}
		nb, err := lt(b, zero)
		if err != nil {
			return Null, err
		}
		if nb {
			s, err := bin(syntax.Add, a, b)
			if err != nil {
				return Null, err
			}
			if s, err = bin(syntax.Add, s, Int(1)); err != nil {
				return Null, err
			}
			return bin(syntax.FloorDiv, s, b)
		}
		return bin(syntax.FloorDiv, a, b)
	}
	r, err := bin(syntax.Mod, a, b)
	if err != nil {
		return Null, err
	}
	p, err := bin(syntax.Mult, a, b)
	if err != nil {
		return Null, err
	}
	np, err := lt(p, zero)
	if err != nil {
		return Null, err
	}
	nz, err := vm.truth(r)
	if err != nil {
		return Null, err
	}
	if np && nz {
		return bin(syntax.Sub, r, b)
	}
	return r, nil
}

func fillCythonParallel(d *Dict) {
	noop := Obj(&cythonNoop{})
	setModuleFuncs(d, map[string]builtinFn{
		"prange": func(vm *VM, args []Value, kw []string) (Value, error) {
			vals, err := parsePyArgs("prange", args, kw, []string{"start", "stop", "step", "nogil", "schedule", "chunksize", "num_threads"}, 0)
			if err != nil {
				return Null, err
			}
			start, stop, step := vals[0], vals[1], vals[2]
			if start.IsNull() {
				start = Int(0)
			}
			if stop.IsNull() || stop.IsNone() {
				start, stop = Int(0), start
			}
			if step.IsNull() {
				step = Int(1)
			}
			return vm.call(Obj(RangeType), []Value{start, stop, step}, nil)
		},
		"parallel": func(vm *VM, args []Value, kw []string) (Value, error) { return noop, nil },
		"threadid": func(vm *VM, args []Value, kw []string) (Value, error) { return Int(0), nil },
	})
}
