package jitcore

// The types module: the names of the interpreter's own types (found, as in
// CPython, by taking the type of a sample object), SimpleNamespace, the
// GenericAlias constructor behind list[int], and the class-building helpers
// new_class, resolve_bases and prepare_class. FrameType is left out rather
// than given a wrong class (the engine has no frame objects: no
// sys._getframe, no tb_frame), as is types.coroutine (the engine has no
// coroutines, so no await could tell a marked generator from another).

func init() {
	registerModule("types", &nativeModule{setup: setupTypesModule, source: typesSource, cTypes: []string{"SimpleNamespace"}})
	ModuleType.newFn = newModuleObject
	genericAliasType.newFn = func(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
		if err := noKw("GenericAlias", kw); err != nil {
			return Null, err
		}
		if len(args) != 2 {
			return Null, typeErrorf("GenericAlias expected 2 arguments, got %d", len(args))
		}
		origin, ok := args[0].o.(*Type)
		if !ok || args[0].k != kObj {
			// CPython accepts any origin; the engine's aliases are of classes.
			return Null, typeErrorf("GenericAlias() origin must be a class, not %s", args[0].Type().tpName())
		}
		return Obj(&genericAlias{origin: origin, args: args[1]}), nil
	}
}

// newModuleObject is types.ModuleType(name, doc=None): an empty module
// with the five attributes CPython's module.__init__ sets.
func newModuleObject(vm *VM, t *Type, args []Value, kw []string) (Value, error) {
	a, err := parseArgs("module", args, kw, []string{"name", "doc"}, 1)
	if err != nil {
		return Null, err
	}
	name, ok := asStr(a[0])
	if !ok {
		return Null, typeErrorf("module() argument 'name' must be str, not %s", a[0].Type().tpName())
	}
	doc := a[1]
	if doc.k == kNull {
		doc = None
	}
	d := NewDict()
	d.setStr("__name__", a[0])
	d.setStr("__doc__", doc)
	d.setStr("__package__", None)
	d.setStr("__loader__", None)
	d.setStr("__spec__", None)
	return Obj(&Module{name: name, dict: d}), nil
}

func setupTypesModule(vm *VM, m *Module) error {
	m.dict.setStr("GenericAlias", Obj(genericAliasType))
	return nil
}

const typesSource = `
import sys as _sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _generator():
    yield 1


GeneratorType = type(_generator())


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
GetSetDescriptorType = type(int.real)


class _Slotted:
    __slots__ = ("_member",)


MemberDescriptorType = type(_Slotted._member)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)

del _function, _generator, _C, _Slotted


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if _repr_running.get(id(self)):
            return name + "(...)"
        _repr_running[id(self)] = True
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            del _repr_running[id(self)]
        return f"{name}({items})"

    # as in CPython, every comparison of two namespaces is their dicts'
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = {}
SimpleNamespace.__module__ = "types"


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)

`
