package jitcore

import (
	"fmt"
	"strings"

	"jitlens/jitcore/pyfmt"
)

// cExtensionModules are well-known modules that jitlens cannot run because
// they are (or wrap) compiled C extensions.
var cExtensionModules = map[string]bool{
	"numpy": true, "pandas": true, "scipy": true, "torch": true, "tensorflow": true,
	"numba": false, "cython": false, "matplotlib": true, "sklearn": true, "cv2": true,
	"PIL": true, "lxml": true, "_ctypes": true, "ctypes": true,
}

// UnsupportedError is a construct jitlens does not support; the run exits
// with status 2.
type UnsupportedError struct {
	Msg  string
	Line int
	File string
}

func (e *UnsupportedError) Error() string { return e.Msg }

func (vm *VM) setupSys() {
	d := NewDict()
	m := &Module{name: "sys", dict: d}
	vm.sysModule = m
	argv := make([]Value, len(vm.argv))
	for i, a := range vm.argv {
		argv[i] = Str(a)
	}
	d.setStr("__name__", Str("sys"))
	d.setStr("argv", NewList(argv))
	d.setStr("stdout", vm.stdoutObj)
	d.setStr("stderr", vm.stderrObj)
	d.setStr("stdin", vm.stdinObj)
	d.setStr("__stdout__", vm.stdoutObj)
	d.setStr("__stderr__", vm.stderrObj)
	d.setStr("maxsize", Int(1<<63-1))
	d.setStr("byteorder", Str("little"))
	d.setStr("platform", Str("linux"))
	d.setStr("version", Str("3.11.7 (jitlens)"))
	d.setStr("implementation", Str("jitlens"))
	d.setStr("version_info", makeStructSeq("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"},
		[]Value{Int(3), Int(11), Int(7), Str("final"), Int(0)}))
	d.setStr("maxunicode", Int(0x10ffff))
	d.setStr("modules", Obj(NewDict()))
	d.setStr("path", NewList(nil))
	d.setStr("exit", Obj(newBuiltin("exit", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("exit", args, kw, 0, 1); err != nil {
			return Null, err
		}
		return Null, &Exception{cls: SystemExitType, args: append([]Value(nil), args...)}
	})))
	d.setStr("getrecursionlimit", Obj(newBuiltin("getrecursionlimit", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(int64(vm.recursionLimit)), nil
	})))
	d.setStr("setrecursionlimit", Obj(newBuiltin("setrecursionlimit", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
			return Null, err
		}
		n := intBase(args[0]).n
		if n < 1 {
			return Null, newValueError("recursion limit must be greater or equal than 1")
		}
		if n > 20000 {
			n = 20000
		}
		vm.recursionLimit = int(n)
		return None, nil
	})))
	d.setStr("exc_info", Obj(newBuiltin("exc_info", func(vm *VM, args []Value, kw []string) (Value, error) {
		if vm.handled == nil {
			return NewTuple(None, None, None), nil
		}
		e := vm.handled
		return NewTuple(Obj(e.cls), Obj(e), vm.tracebackValue(e)), nil
	})))
	d.setStr("exception", Obj(newBuiltin("exception", func(vm *VM, args []Value, kw []string) (Value, error) {
		if vm.handled == nil {
			return None, nil
		}
		return Obj(vm.handled), nil
	})))
	d.setStr("intern", Obj(newBuiltin("intern", func(vm *VM, args []Value, kw []string) (Value, error) { return args[0], nil })))
	d.setStr("getsizeof", Obj(newBuiltin("getsizeof", func(vm *VM, args []Value, kw []string) (Value, error) { return Int(64), nil })))
	d.setStr("flags", makeStructSeq("sys.flags", []string{"optimize", "int_max_str_digits"}, []Value{Int(0), Int(-1)}))
	d.setStr("get_int_max_str_digits", Obj(newBuiltin("get_int_max_str_digits", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("sys.get_int_max_str_digits", args, kw, 0, 0); err != nil {
			return Null, err
		}
		return Int(int64(pyfmt.MaxStrDigits())), nil
	})))
	d.setStr("set_int_max_str_digits", Obj(newBuiltin("set_int_max_str_digits", func(vm *VM, args []Value, kw []string) (Value, error) {
		a, err := parseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, 1)
		if err != nil {
			return Null, err
		}
		n, err := vm.index(a[0], "'"+a[0].Type().tpName()+"' object cannot be interpreted as an integer")
		if err != nil {
			return Null, err
		}
		if n != 0 && n < pyfmt.StrDigitsCheckThreshold {
			return Null, newValueError(fmt.Sprintf("maxdigits must be 0 or larger than %d", pyfmt.StrDigitsCheckThreshold))
		}
		pyfmt.SetMaxStrDigits(int(n))
		return None, nil
	})))
	vm.modules["sys"] = m
}

// makeStructSeq builds a named-tuple-like value such as sys.version_info.
func makeStructSeq(name string, fields []string, vals []Value) Value {
	t := &Type{Name: name, QualName: name, Module: "sys", Dict: NewDict(), hasDict: true, base: TupleType}
	t.Bases = []*Type{TupleType}
	t.MRO = append([]*Type{t}, TupleType.MRO...)
	in := &Instance{cls: t, dict: NewDict(), base: NewTuple(vals...)}
	for i, f := range fields {
		in.dict.setStr(f, vals[i])
	}
	t.Dict.setStr("__repr__", Obj(newBuiltin("__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		parts := make([]string, len(fields))
		for i, f := range fields {
			r, err := vm.repr(vals[i])
			if err != nil {
				return Null, err
			}
			parts[i] = f + "=" + r
		}
		return Str(name + "(" + strings.Join(parts, ", ") + ")"), nil
	})))
	return Obj(in)
}

// importName implements IMPORT_NAME; the import system lives in import*.go.
func (vm *VM) importName(name string, fromlist, level Value) (Value, error) {
	return vm.doImport(name, fromlist, level)
}

func (vm *VM) importFrom(mod Value, name string) (Value, error) { return vm.doImportFrom(mod, name) }

func (vm *VM) importStar(mod Value, locals *Dict) error { return vm.doImportStar(mod, locals) }
