package jitcore

import "strings"

func setupObjectType(vm *VM) {
	if objectNew != nil {
		return
	}
	ot := ObjectType
	objectNew = method(ot, "__new__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Null, typeErrorf("object.__new__(): not enough arguments")
		}
		t, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj {
			return Null, typeErrorf("object.__new__(X): X is not a type object (%s)", args[0].Type().tpName())
		}
		if t.builtin && !t.exc && t != ObjectType {
			return Null, typeErrorf("object.__new__(%s) is not safe, use %s.__new__()", t.Name, t.Name)
		}
		if t == ObjectType {
			return Obj(&Instance{cls: ObjectType}), nil
		}
		return vm.allocInstance(t, args[1:], kw)
	})
	objectInit = method(ot, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			t := args[0].Type()
			if init, _ := t.lookup("__init__"); init.o != objectInit {
				return Null, typeErrorf("object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return Null, typeErrorf("%s() takes no arguments", t.Name)
		}
		return None, nil
	})
	objectRepr = method(ot, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		t := args[0].Type()
		return Str("<" + moduleOf(t) + t.QualName + " object at " + vm.addrOf(args[0]) + ">"), nil
	})
	objectStr = method(ot, "__str__", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.repr(args[0])
		return Str(s), err
	})
	objectHash = method(ot, "__hash__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Int(vm.identityHash(args[0])), nil
	})
	method(ot, "__eq__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if args[0].is(args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	method(ot, "__ne__", func(vm *VM, args []Value, kw []string) (Value, error) {
		r, err := vm.compare(0, args[0], args[1])
		if err != nil || r.is(NotImplemented) {
			return r, err
		}
		t, err := vm.truth(r)
		return Bool(!t), err
	})
	objectSetattr = method(ot, "__setattr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__setattr__", args, kw, 2, 2); err != nil {
			return Null, err
		}
		name, _ := asStr(args[1])
		if x, ok := args[0].o.(*Type); ok && args[0].k == kObj && !x.builtin {
			// type.__setattr__ reached through super() in a metaclass
			// (hook for enum, stdlib B)
			x.Dict.setStr(name, args[2])
			x.bump()
			for _, sub := range allTypes {
				if sub.isSubtype(x) {
					sub.bump()
				}
			}
			return None, nil
		}
		return None, vm.genericSetAttr(args[0], args[0].Type(), name, args[2])
	})
	objectGetattribute = method(ot, "__getattribute__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := methodArgs("__getattribute__", args, kw, 1, 1); err != nil {
			return Null, err
		}
		name, _ := asStr(args[1])
		if _, ok := args[0].o.(*Type); ok && args[0].k == kObj {
			return vm.getAttr(args[0], name)
		}
		return vm.genericGetAttr(args[0], args[0].Type(), name)
	})
	objectDelattr = method(ot, "__delattr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		name, _ := asStr(args[1])
		return None, vm.genericDelAttr(args[0], args[0].Type(), name)
	})
	objectFormat = method(ot, "__format__", func(vm *VM, args []Value, kw []string) (Value, error) {
		spec, _ := asStr(args[1])
		if spec != "" {
			return Null, typeErrorf("unsupported format string passed to %s.__format__", args[0].Type().tpName())
		}
		s, err := vm.str(args[0])
		return Str(s), err
	})
	method(ot, "__init_subclass__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			t := args[0].o.(*Type)
			return Null, typeErrorf("%s.__init_subclass__() takes no keyword arguments", t.Name)
		}
		return None, nil
	})
	method(ot, "__reduce_ex__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return Null, typeErrorf("cannot pickle '%s' object", args[0].Type().tpName())
	})
	setupExceptionMethods()
	setupTypeConstructors()
	setupStrMethods()
	setupListMethods()
	setupDictMethods()
	setupSetMethods()
	setupNumberMethods()
	setupMiscMethods()
	setupExtraMethods()
	setupDescriptorMethods()
}

func setupExceptionMethods() {
	bt := BaseExceptionType
	method(bt, "__init__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if e, ok := args[0].o.(*Exception); ok {
			if len(kw) > 0 {
				return Null, typeErrorf("%s() takes no keyword arguments", e.cls.Name)
			}
			e.args = append([]Value(nil), args[1:]...)
			if e.cls.isSubtype(OSErrorType) {
				initOSError(e)
			}
		}
		return None, nil
	})
	excStr = method(bt, "__str__", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.excStr(args[0].o.(*Exception))
		return Str(s), err
	})
	excRepr = method(bt, "__repr__", func(vm *VM, args []Value, kw []string) (Value, error) {
		s, err := vm.excRepr(args[0].o.(*Exception))
		return Str(s), err
	})
	method(bt, "with_traceback", func(vm *VM, args []Value, kw []string) (Value, error) {
		return args[0], nil
	})
	method(bt, "add_note", func(vm *VM, args []Value, kw []string) (Value, error) {
		e := args[0].o.(*Exception)
		if e.dict == nil {
			e.dict = NewDict()
		}
		notes, ok := e.dict.getStr("__notes__")
		if !ok {
			notes = NewList(nil)
			e.dict.setStr("__notes__", notes)
		}
		l := notes.o.(*List)
		l.vals = append(l.values(), args[1])
		return None, nil
	})
	for _, t := range excTypes {
		t.hasDict = true
	}
	_ = strings.TrimSpace
}
