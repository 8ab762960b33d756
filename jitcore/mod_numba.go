package jitcore

import "strings"

// The numba module lets a script written for Numba run under jitlens: its
// decorators return the function unchanged, prange is range and the type
// objects build signatures. The code runs as plain Python (the JIT reads
// the decorators as type facts).

func init() {
	registerModule("numba", &nativeModule{setup: setupNumbaModule, pkg: true})
}

// numbaTypeObj is a Numba type (int64, float64[:]) or a signature built by
// calling one with types.
type numbaTypeObj struct {
	name  string
	cast  string // "int", "float", "complex", "bool" or "" (not callable on values)
	isSig bool
}

func (*numbaTypeObj) pyType() *Type { return numbaTypeType }

var numbaTypeType = newGoType("NumbaType", "numba.core.types")

// numbaScalarTypes maps Numba's scalar type names to the Python type a
// value is cast to.
var numbaScalarTypes = map[string]string{
	"int8": "int", "int16": "int", "int32": "int", "int64": "int", "intp": "int", "intc": "int",
	"uint8": "int", "uint16": "int", "uint32": "int", "uint64": "int", "uintp": "int", "uintc": "int",
	"byte": "int", "float32": "float", "float64": "float", "double": "float",
	"complex64": "complex", "complex128": "complex", "boolean": "bool", "b1": "bool",
	"void": "", "none": "", "unicode_type": "",
}

func init() {
	t := numbaTypeType
	method(t, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Str(args[0].o.(*numbaTypeObj).name), nil
	})
	method(t, "__call__", func(vm *VM, args []Value, kw []string) (Value, error) {
		self := args[0].o.(*numbaTypeObj)
		allTypes := true
		for _, a := range args[1:] {
			if _, ok := a.o.(*numbaTypeObj); !ok || a.k != kObj {
				allTypes = false
			}
		}
		if allTypes && !self.isSig {
			// float64(int64, int64) is a signature
			parts := make([]string, len(args)-1)
			for i, a := range args[1:] {
				parts[i] = a.o.(*numbaTypeObj).name
			}
			return Obj(&numbaTypeObj{name: "(" + strings.Join(parts, ", ") + ") -> " + self.name, isSig: true}), nil
		}
		if self.cast == "" || len(args) != 2 {
			return Null, typeErrorf("'%s' object is not callable", self.name)
		}
		conv, _ := vm.builtins.getStr(self.cast)
		return vm.call(conv, args[1:], kw)
	})
	method(t, "__getitem__", func(vm *VM, args []Value, kw []string) (Value, error) {
		self := args[0].o.(*numbaTypeObj)
		dims := []Value{args[1]}
		if tup, ok := asTuple(args[1]); ok {
			dims = tup.items
		}
		layout := "A"
		for i, d := range dims {
			sl, ok := d.o.(*SliceObj)
			if !ok || d.k != kObj {
				return Null, typeErrorf("Can only index numba types with slices")
			}
			if st := intBase(sl.step); st.k == kInt && st.n == 1 {
				switch i {
				case len(dims) - 1:
					layout = "C"
				case 0:
					layout = "F"
				}
			}
		}
		return Obj(&numbaTypeObj{name: sprintf("array(%s, %dd, %s)", self.name, len(dims), layout)}), nil
	})
}

// numbaDecorator implements njit and jit: used bare (@njit) it returns the
// function; called with a signature or options it returns a decorator.
func numbaDecorator(name string) builtinFn {
	return func(vm *VM, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		if npos == 1 && len(kw) == 0 {
			if _, isSig := args[0].o.(*numbaTypeObj); !isSig {
				if _, isStr := asStr(args[0]); !isStr && vm.isCallable(args[0]) {
					if fn, ok := args[0].o.(*Function); ok {
						vm.markEagerJIT(fn) // compiled at its first call (jit_func.go)
					}
					return args[0], nil
				}
			}
		}
		if npos > 1 {
			return Null, typeErrorf("%s() takes at most 1 positional argument (%d given)", name, npos)
		}
		return Obj(newBuiltin(name+".<locals>.wrapper", func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("wrapper", args, kw, 1, 1); err != nil {
				return Null, err
			}
			if fn, ok := args[0].o.(*Function); ok {
				vm.markEagerJIT(fn) // compiled at its first call (jit_func.go)
			}
			return args[0], nil
		})), nil
	}
}

// isCallable is callable(v).
func (vm *VM) isCallable(v Value) bool {
	if v.k != kObj {
		return false
	}
	switch v.o.(type) {
	case *Function, *Builtin, *Method, *Type, *StaticMethod:
		return true
	}
	_, ok := v.Type().lookupSpecial("__call__")
	return ok
}

func addNumbaTypes(d *Dict) {
	for name, cast := range numbaScalarTypes {
		d.setStr(name, Obj(&numbaTypeObj{name: name, cast: cast}))
	}
	d.setStr("bool_", Obj(&numbaTypeObj{name: "bool", cast: "bool"}))
}

// newSubmodule creates and registers module parent.name, filled by fill
// (submodules are created with their package, so importing one never
// re-enters the package's setup).
func (vm *VM) newSubmodule(parent *Module, name string, fill func(d *Dict)) {
	full := parent.name + "." + name
	m := &Module{name: full, dict: NewDict()}
	m.dict.setStr("__name__", Str(full))
	m.dict.setStr("__package__", Str(parent.name))
	fill(m.dict)
	vm.registerModule(full, m)
	parent.dict.setStr(name, Obj(m))
}

func setupNumbaModule(vm *VM, m *Module) error {
	d := m.dict
	addNumbaTypes(d)
	setModuleFuncs(d, map[string]builtinFn{
		"njit":          numbaDecorator("njit"),
		"jit":           numbaDecorator("jit"),
		"generated_jit": numbaDecorator("generated_jit"),
		"literal_unroll": func(vm *VM, args []Value, kw []string) (Value, error) {
			if err := exactArgs("literal_unroll", args, kw, 1, 1); err != nil {
				return Null, err
			}
			return args[0], nil
		},
	})
	d.setStr("prange", Obj(RangeType))
	vm.newSubmodule(m, "types", addNumbaTypes)
	return nil
}
