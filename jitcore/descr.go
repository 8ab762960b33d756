package jitcore

import "strings"

// MethodDescriptorType is the type of an unbound method of a built-in type,
// such as str.upper (CPython's method_descriptor).
var MethodDescriptorType = finalType("method_descriptor", ObjectType)

// setupDescriptorMethods gives built-in descriptors their __get__.
func setupDescriptorMethods() {
	addGetsets()
	setupMemoryview()
	setupExcGroupMethods()
	// type(None)(), type(NotImplemented)() and type(...)() return the singleton
	for t, v := range map[*Type]Value{NoneType: None, NotImplementedType: NotImplemented, EllipsisType: EllipsisValue} {
		t, v := t, v
		t.newFn = func(vm *VM, _ *Type, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Null, typeErrorf("%s takes no arguments", t.Name)
			}
			return v, nil
		}
	}
	setupGenericAliasMethods()
	method(MethodDescriptorType, "__get__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__get__", args[1:], kw, 1, 2); err != nil {
			return Null, err
		}
		d := args[0].o.(*Builtin)
		if args[1].IsNone() {
			return args[0], nil
		}
		return Obj(d.bindTo(args[1])), nil
	})
}

// bindTo is the built-in method d bound to obj: a method-wrapper when d is
// a type's slot wrapper, a builtin_function_or_method otherwise.
func (d *Builtin) bindTo(obj Value) *Builtin {
	return &Builtin{name: d.name, fn: d.fn, self: obj, qual: d.qual, wrapper: d.descr && slotWrapperNames[d.name]}
}

// methodWrapperType is the type of a slot wrapper bound to an instance
// (object().__str__, (1).__add__), CPython's method-wrapper.
var methodWrapperType = finalType("method-wrapper", ObjectType)

// objClass is the class whose slot wrapper b is bound from: the first
// class of its receiver's MRO that defines the name.
func (b *Builtin) objClass() Value {
	for _, c := range b.self.Type().MRO {
		if _, ok := c.Dict.getStr(b.name); ok {
			return Obj(c)
		}
	}
	return Obj(b.self.Type())
}

// bindClassMethod binds a classmethod's function to a class: a built-in
// function becomes a builtin bound to the class (int.from_bytes is a
// builtin_function_or_method), a Python function a bound method.
func bindClassMethod(fn Value, cls Value) Value {
	if b, ok := fn.o.(*Builtin); ok && fn.k == kObj && b.self.k == kNull {
		return Obj(&Builtin{name: b.name, fn: b.fn, self: cls, qual: b.qual})
	}
	return Obj(&Method{fn: fn, self: cls})
}

// unwrapStaticBuiltin returns a static method's function; a built-in one
// (str.maketrans) is a plain builtin_function_or_method, not a descriptor.
func unwrapStaticBuiltin(fn Value) Value {
	if b, ok := fn.o.(*Builtin); ok && fn.k == kObj && b.descr {
		c := *b
		c.descr = false
		return Obj(&c)
	}
	return fn
}

// getsetDescr is an attribute a built-in type computes (int.real,
// float.imag): a data descriptor without a setter, like CPython's
// getset_descriptor. specialAttr computes its value.
type getsetDescr struct {
	name  string
	owner *Type
}

func (*getsetDescr) pyType() *Type { return getsetDescrType }

var getsetDescrType = finalType("getset_descriptor", ObjectType)

// addGetsets registers computed attributes on built-in types, so that dir()
// lists them and assigning them fails as in CPython.
func addGetsets() {
	for t, names := range map[*Type][]string{
		IntType:     {"real", "imag", "numerator", "denominator"},
		FloatType:   {"real", "imag"},
		ComplexType: {"real", "imag"},
	} {
		for _, n := range names {
			t.Dict.setStr(n, Obj(&getsetDescr{name: n, owner: t}))
		}
	}
	method(getsetDescrType, "__get__", func(vm *VM, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__get__", args[1:], kw, 1, 2); err != nil {
			return Null, err
		}
		d := args[0].o.(*getsetDescr)
		if args[1].IsNone() {
			return args[0], nil
		}
		return vm.getsetGet(d, args[1])
	})
	method(getsetDescrType, "__set__", func(vm *VM, args []Value, kw []string) (Value, error) {
		d := args[0].o.(*getsetDescr)
		return Null, d.notWritable()
	})
}

func (d *getsetDescr) notWritable() error {
	return newAttributeError(sprintf("attribute '%s' of '%s' objects is not writable", d.name, d.owner.Name))
}

func (d *getsetDescr) repr() string {
	return sprintf("<attribute '%s' of '%s' objects>", d.name, d.owner.Name)
}

// getsetGet reads a computed attribute of obj.
func (vm *VM) getsetGet(d *getsetDescr, obj Value) (Value, error) {
	if !obj.Type().isSubtype(d.owner) {
		return Null, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.Name, obj.Type().tpName())
	}
	if r, ok, err := vm.specialAttr(unwrapBuiltin(obj), d.name); ok || err != nil {
		return r, err
	}
	return Null, newAttributeError(sprintf("'%s' object has no attribute '%s'", obj.Type().tpName(), d.name))
}

// objectDirNames are the attributes of object that the engine serves
// without a dict entry; dir() lists them as CPython does.
var objectDirNames = []string{"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
	"__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
	"__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
	"__subclasshook__"}

// dirImplicitNames lists the names a type's CPython __dict__ holds that
// ours does not: object's slots, and __dict__/__weakref__ of a class
// without __slots__.
func dirImplicitNames(t *Type) []string {
	if t == ObjectType {
		return objectDirNames
	}
	if !t.builtin {
		if _, slotted := t.Dict.getStr("__slots__"); !slotted {
			return []string{"__dict__", "__doc__", "__module__", "__weakref__"}
		}
		return []string{"__doc__", "__module__"}
	}
	return nil
}

// wrapperDescriptorType is the type of a built-in type's slot method seen
// on the class (int.__add__), CPython's wrapper_descriptor.
var wrapperDescriptorType = finalType("wrapper_descriptor", ObjectType)

// slotWrapperNames are the special methods CPython implements as type slots:
// on a built-in class they are slot wrappers, not method descriptors.
var slotWrapperNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"repr", "str", "hash", "call", "getattribute", "setattr", "delattr", "init",
		"lt", "le", "eq", "ne", "gt", "ge", "iter", "next", "get", "set", "delete", "len", "contains",
		"add", "radd", "sub", "rsub", "mul", "rmul", "mod", "rmod", "divmod", "rdivmod", "pow", "rpow",
		"neg", "pos", "abs", "bool", "invert", "lshift", "rlshift", "rshift", "rrshift", "and", "rand",
		"xor", "rxor", "or", "ror", "int", "float", "floordiv", "rfloordiv", "truediv", "rtruediv",
		"index", "matmul", "rmatmul", "iadd", "isub", "imul", "imod", "ipow", "ilshift", "irshift",
		"iand", "ixor", "ior", "ifloordiv", "itruediv", "imatmul", "setitem", "delitem"} {
		m["__"+n+"__"] = true
	}
	return m
}()

// descrRepr is repr(str.upper) / repr(int.__add__).
func (b *Builtin) descrRepr() string {
	owner := b.qual
	if i := strings.LastIndexByte(owner, '.'); i >= 0 {
		owner = owner[:i]
	}
	if slotWrapperNames[b.name] {
		return "<slot wrapper '" + b.name + "' of '" + owner + "' objects>"
	}
	return "<method '" + b.name + "' of '" + owner + "' objects>"
}
