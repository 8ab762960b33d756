package jitcore

// The typing module, in Python on the engine: the names scripts import,
// subscriptable with CPython's reprs (typing.Optional[int]), TypeVar,
// Generic, Protocol, NamedTuple and TypedDict classes, and the helper
// functions. Annotations are evaluated and stored by the engine itself.

func init() {
	registerModule("typing", &nativeModule{source: typingSource})
}

const typingSource = `
import sys as _sys

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    if obj is Any:
        return 'typing.Any'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return _NoneType
    return arg


class _Final:
    __slots__ = ()


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        params = []
        for a in args:
            if isinstance(a, TypeVar) and a not in params:
                params.append(a)
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ((),):
            return name + '[()]'
        return name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is not Generic:
                    return ()
        return (self.__origin__,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        args = tuple(subst.get(a, a) if isinstance(a, TypeVar) else
                     (a[tuple(subst.get(p, p) for p in a.__parameters__)] if isinstance(a, _GenericAlias) and a.__parameters__ else a)
                     for a in self.__args__)
        return _GenericAlias(self.__origin__, args, self._name, self._inst)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[1] is _NoneType:
            return 'typing.Optional[' + _type_repr(args[0]) + ']'
        if len(args) == 2 and args[0] is _NoneType:
            return 'typing.Optional[' + _type_repr(args[1]) + ']'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., ' + _type_repr(args[1]) + ']'
        return ('typing.Callable[[' + ', '.join(_type_repr(a) for a in args[:-1]) + '], '
                + _type_repr(args[-1]) + ']')


class _SpecialForm(_Final):
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


def _flatten_union(params):
    out = []
    for p in params:
        p = _type_check(p)
        if isinstance(p, _UnionAlias):
            items = p.__args__
        else:
            items = (p,)
        for it in items:
            if it not in out:
                out.append(it)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    args = _flatten_union(parameters)
    if len(args) == 1:
        return args[0]
    return _UnionAlias(Union, args, 'Union')


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _single_getitem(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError(f'{self} accepts only single type.')
        parameters = parameters[0]
    return _GenericAlias(self, (_type_check(parameters),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, 'Literal')


def _annotated_getitem(self, parameters):
    if not isinstance(parameters, tuple) or len(parameters) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    alias = _GenericAlias(parameters[0], parameters[1:], None)
    alias.__metadata__ = parameters[1:]
    return alias


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
NoReturn = _SpecialForm('NoReturn', _single_getitem)
Never = _SpecialForm('Never', _single_getitem)
Self = _SpecialForm('Self', _single_getitem)
TypeAlias = _SpecialForm('TypeAlias', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
LiteralString = _SpecialForm('LiteralString', _single_getitem)


class _AnyMeta(type):
    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()

    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)


class Any(metaclass=_AnyMeta):
    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


class _SpecialGenericAlias(_Final):
    def __init__(self, origin, nparams, name, inst=True, alias_cls=_GenericAlias):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst
        self._alias_cls = alias_cls

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return self._alias_cls(self.__origin__, tuple(_type_check(p) for p in params), self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _TupleSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, ((),), 'Tuple', False)
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(_type_check(p) if p is not ... else p for p in params), 'Tuple', False)


class _CallableSpecial(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result)), 'Callable', False)
        if not isinstance(args, list):
            raise TypeError(f'Callable[args, result]: args must be a list. Got {_type_repr(args)}')
        return _CallableAlias(self.__origin__, tuple(_type_check(a) for a in args) + (_type_check(result),),
                              'Callable', False)


def _abc(name):
    try:
        import collections.abc as cabc
        return getattr(cabc, name)
    except (ImportError, AttributeError):
        return type(name, (), {'__module__': 'collections.abc'})


def _collections(name):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return type(name, (), {'__module__': 'collections'})


List = _SpecialGenericAlias(list, 1, 'List', False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', False)
Set = _SpecialGenericAlias(set, 1, 'Set', False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', False)
Tuple = _TupleSpecial(tuple, -1, 'Tuple', False)
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Callable = _CallableSpecial(_abc('Callable'), 2, 'Callable')
DefaultDict = _SpecialGenericAlias(_collections('defaultdict'), 2, 'DefaultDict', False)
OrderedDict = _SpecialGenericAlias(_collections('OrderedDict'), 2, 'OrderedDict', False)
Counter = _SpecialGenericAlias(_collections('Counter'), 1, 'Counter', False)
Deque = _SpecialGenericAlias(_collections('deque'), 1, 'Deque', False)
ChainMap = _SpecialGenericAlias(_collections('ChainMap'), 2, 'ChainMap', False)
for _name, _n in [('Iterable', 1), ('Iterator', 1), ('Sequence', 1), ('MutableSequence', 1), ('Mapping', 2),
                  ('MutableMapping', 2), ('Collection', 1), ('Container', 1), ('Generator', 3),
                  ('AsyncIterator', 1), ('AsyncIterable', 1), ('Awaitable', 1), ('Coroutine', 3),
                  ('Reversible', 1), ('MutableSet', 1), ('KeysView', 1), ('ValuesView', 1),
                  ('ItemsView', 2), ('MappingView', 1), ('Hashable', 0), ('Sized', 0)]:
    globals()[_name] = _SpecialGenericAlias(_abc(_name), _n, _name)
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, 'AbstractSet')
del _name, _n
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(b, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        return type(tp)
    return getattr(tp, '__origin__', None) if type(tp).__name__ == 'GenericAlias' else None


def get_args(tp):
    if isinstance(tp, _CallableAlias):
        args = tp.__args__
        if args[0] is ...:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return getattr(tp, '__args__', ()) if type(tp).__name__ in ('GenericAlias', 'UnionType') else ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            mod = _sys.modules.get(base.__module__)
            g = globalns if globalns is not None else (mod.__dict__ if mod else {})
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = eval(value, g, localns if localns is not None else dict(vars(base)))
                hints[name] = value
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    if globalns is not None:
        g = globalns
    else:
        # a decorated function's names live where the original was defined
        nsobj = obj
        while hasattr(nsobj, '__wrapped__'):
            nsobj = nsobj.__wrapped__
        g = getattr(nsobj, '__globals__', {})
    for name, value in ann.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = eval(value, g, localns)
        hints[name] = value
    return hints


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


class _NamedTupleBase(tuple):
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        if '_fields' in cls.__dict__:
            return
        ann = cls.__dict__.get('__annotations__', {})
        fields = tuple(ann)
        defaults = {}
        for name in fields:
            if name in cls.__dict__:
                defaults[name] = cls.__dict__[name]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
        _build_namedtuple(cls, fields, defaults, dict(ann))


def _build_namedtuple(cls, fields, defaults, annotations):
    name = cls.__name__

    def __new__(_cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f'{name}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given'
                            if not defaults else
                            f'{name}.__new__() takes from {len(fields) - len(defaults) + 1} to {len(fields) + 1} positional arguments but {len(args) + 1} were given')
        values = list(args)
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in defaults:
                values.append(defaults[f])
            else:
                missing = [m for m in fields[len(values):] if m not in kwargs and m not in defaults]
                if len(missing) == 1:
                    raise TypeError(f"{name}.__new__() missing 1 required positional argument: {missing[0]!r}")
                raise TypeError(f"{name}.__new__() missing {len(missing)} required positional arguments: "
                                + ', '.join(repr(m) for m in missing[:-1]) + f' and {missing[-1]!r}')
        if kwargs:
            k = next(iter(kwargs))
            if k in fields:
                raise TypeError(f"{name}.__new__() got multiple values for argument {k!r}")
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument {k!r}")
        return tuple.__new__(_cls, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(f'{f}={v!r}' for f, v in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return type(self)(*values)

    @classmethod
    def _make(klass, iterable):
        values = tuple(iterable)
        if len(values) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(values)}')
        return tuple.__new__(klass, values)

    def __getnewargs__(self):
        return tuple(self)

    __new__.__qualname__ = name + '.__new__'
    cls.__new__ = __new__
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls._replace = _replace
    cls._make = _make
    cls.__getnewargs__ = __getnewargs__
    cls._fields = fields
    cls._field_defaults = defaults
    cls.__match_args__ = fields
    cls.__annotations__ = annotations
    for i, f in enumerate(fields):
        setattr(cls, f, property(lambda self, i=i: self[i], doc=f'Alias for field number {i}'))
    return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    cls = type(typename, (tuple,), {'__slots__': ()})
    try:
        cls.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _build_namedtuple(cls, tuple(n for n, _ in fields), {}, {n: t for n, t in fields})


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictBase(dict):
    def __new__(cls, *args, **kwargs):
        # calling a TypedDict class makes a plain dict, as in CPython
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        ann = {}
        for b in cls.__mro__[::-1]:
            ann.update(b.__dict__.get('__annotations__', {}))
        cls.__annotations__ = ann
        cls.__total__ = total
        keys = set(cls.__dict__.get('__annotations__', {}))
        req = set()
        opt = set()
        for b in cls.__mro__[1:]:
            req |= set(getattr(b, '__required_keys__', ()))
            opt |= set(getattr(b, '__optional_keys__', ()))
        if total:
            req |= keys
        else:
            opt |= keys
        cls.__required_keys__ = frozenset(req)
        cls.__optional_keys__ = frozenset(opt)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return type(typename, (_TypedDictBase,), {'__annotations__': dict(fields)}, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


def Required(tp):
    return tp


NotRequired = Required
`
