# types: the interpreter types by name, SimpleNamespace, ModuleType, new_class,
# GenericAlias and the collections classes it makes subscriptable.
import types, collections, sys
print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.CodeType, types.MappingProxyType, types.CellType, types.TracebackType)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), ns == types.SimpleNamespace(a=2))
ns.c = [1]
print(ns, types.SimpleNamespace(r=3))
del ns.a
print(vars(ns))
class Sub(types.SimpleNamespace): pass
print(Sub(z=1))
n = types.SimpleNamespace(); n.self = n; print(n)
print(isinstance(len, types.BuiltinFunctionType), isinstance(print, types.FunctionType))
def f(): pass
print(isinstance(f, types.FunctionType), type(sys) is types.ModuleType)
m = types.ModuleType("mymod")
print(m.__name__)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=1))
print(C.__name__, C.x)
print(types.prepare_class("D", (int,)))
print(types.resolve_bases((int, str)))
class D:
    __class_getitem__ = classmethod(types.GenericAlias)
print(D[int], collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str], collections.defaultdict[str, list])
print(list[int] == types.GenericAlias(list, (int,)))
