package jitcore

// The dataclasses module, in Python on the engine (like functools): the
// generated methods are real Python functions, so their argument errors
// read exactly as CPython's.

func init() {
	registerModule("dataclasses", &nativeModule{source: dataclassesSource})
}

const dataclassesSource = `
import sys as _sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _Sentinel:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _Sentinel('<factory>')


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()

_FIELD = _Sentinel('_FIELD')
_FIELD_CLASSVAR = _Sentinel('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Sentinel('_FIELD_INITVAR')


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return 'dataclasses.InitVar[' + name + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(a):
    typing = _sys.modules.get('typing')
    if typing is not None:
        cv = typing.ClassVar
        if a is cv or getattr(a, '__origin__', None) is cv:
            return True
    return isinstance(a, str) and (a.startswith('ClassVar') or a.startswith('typing.ClassVar'))


def _is_initvar(a):
    if a is InitVar or type(a) is InitVar:
        return True
    return isinstance(a, str) and (a.startswith('InitVar') or a.startswith('dataclasses.InitVar'))


def _is_kw_only(a):
    return a is KW_ONLY or (isinstance(a, str) and a in ('KW_ONLY', 'dataclasses.KW_ONLY'))


def _unhashable(value):
    try:
        hash(value)
    except TypeError:
        return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = cls.__dict__.get(a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _create_fn(name, args, body, qualname, env):
    src = 'def ' + name + '(' + ', '.join(args) + '):\n'
    if not body:
        body = ['pass']
    src += ''.join('    ' + line + '\n' for line in body)
    ns = {}
    exec(src, env, ns)
    fn = ns[name]
    fn.__qualname__ = qualname + '.' + name
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value):
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__(self, {name!r}, {value})'
    return f'self.{name} = {value}'


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init, globals_):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    env = {'__dataclass_MISSING__': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_builtins_object__': object}
    env.update(globals_)

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'

    body = []
    for f in fields:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f.default_factory is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default_factory
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = f'__dataclass_dflt_{f.name}__()'
        elif f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        body.append(_field_assign(frozen, f.name, value))
    if has_post_init:
        initvars = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'self.__post_init__({initvars})')
    args = ['self'] + [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        args += ['*'] + [param(f) for f in kw_only_fields if f.init]
    return _create_fn('__init__', args, body, cls.__qualname__, env)


_repr_running = set()


def _repr_fn(cls, fields):
    shown = [f for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        finally:
            _repr_running.discard(key)
        return self.__class__.__qualname__ + '(' + parts + ')'
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _tuple_of(fields):
    names = [f.name for f in fields]

    def get(obj):
        return tuple(getattr(obj, n) for n in names)
    return get


def _cmp_fn(cls, name, op, fields):
    get = _tuple_of(fields)
    if op == '==':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return get(self) == get(other)
            return NotImplemented
    elif op == '<':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return get(self) < get(other)
            return NotImplemented
    elif op == '<=':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return get(self) <= get(other)
            return NotImplemented
    elif op == '>':
        def fn(self, other):
            if other.__class__ is self.__class__:
                return get(self) > get(other)
            return NotImplemented
    else:
        def fn(self, other):
            if other.__class__ is self.__class__:
                return get(self) >= get(other)
            return NotImplemented
    fn.__name__ = name
    fn.__qualname__ = cls.__qualname__ + '.' + name
    return fn


def _hash_fn(cls, fields):
    get = _tuple_of(fields)

    def __hash__(self):
        return hash(get(self))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _frozen_fns(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = {}
    globals_ = _sys.modules[cls.__module__].__dict__ if cls.__module__ in _sys.modules else {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if b.__dict__['__dataclass_params__'].frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    seen_kw_marker = False
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_):
            if seen_kw_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            seen_kw_marker = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, type_, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    field_list = [f for f in all_fields if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        std = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and not f.kw_only]
        kwo = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR) and f.kw_only]
        _set_new_attribute(cls, '__init__', _init_fn(cls, all_fields, std, kwo, frozen, has_post_init, globals_))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, field_list))
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', [f for f in field_list if f.compare]))
    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        setter, deleter = _frozen_fns(cls, field_list)
        for name, fn in [('__setattr__', setter), ('__delattr__', deleter)]:
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _hash_fn(cls, hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _hash_fn(cls, hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)
                                 and f.init and not f.kw_only))
    if slots:
        cls = _add_slots(cls, [f.name for f in field_list])
    return cls


def _add_slots(cls, names):
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    for n in names:
        cls_dict.pop(n, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    cls_dict['__slots__'] = tuple(names)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _deepcopy(obj):
    copy = _sys.modules.get('copy')
    if copy is None:
        try:
            import copy
        except ImportError:
            return obj
    return copy.deepcopy(obj)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        items = [(f.name, _convert(getattr(obj, f.name), factory, as_dict)) for f in fields(obj)]
        if as_dict:
            return factory(items)
        return factory([v for _, v in items])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_dict) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_dict), _convert(v, factory, as_dict)) for k, v in obj.items())
    return _deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **options)
`
