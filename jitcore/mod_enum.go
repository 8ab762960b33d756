package jitcore

// The enum module, in Python on the engine: Enum, IntEnum, StrEnum, Flag,
// IntFlag, auto and unique with Python 3.11's reprs, str() and format().

func init() {
	registerModule("enum", &nativeModule{source: enumSource})
}

const enumSource = `
import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property']

property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


Enum = None
Flag = None
ReprEnum = None


class _EnumDict(dict):
    # the class body's namespace: auto() values are resolved as they are
    # assigned, so later lines of the body see the numbers (A | B)
    def __init__(self, cls_name, gen):
        super().__init__()
        self._cls_name = cls_name
        self._gen = gen
        self._member_names = []
        self._last_values = []
        self._ignore = ()

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            self._gen = getattr(value, '__func__', value)
        elif key == '_ignore_':
            self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif key in self._ignore:
            pass
        elif not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key)):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            if not (_is_descriptor(value) or type(value).__name__ == 'function'):
                if key in self._member_names:
                    raise TypeError('%r already defined as %r' % (key, self[key]))
                self._member_names.append(key)
                self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        gen = None
        for b in bases:
            gen = getattr(b, '_generate_next_value_', None)
            if gen is not None:
                break
        return _EnumDict(cls, gen)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or key in ignore:
                continue
            if _is_descriptor(value) or type(value).__name__ == 'function':
                continue
            member_names.append(key)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        gen = classdict.get('_generate_next_value_')
        if gen is None:
            for b in bases:
                gen = getattr(b, '_generate_next_value_', None)
                if gen is not None:
                    break
        values = []
        members = {}
        for key in member_names:
            value = classdict[key]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(key, 1, len(values), values[:])
                value = value.value
            members[key] = value
            values.append(value)
            del classdict[key]
        for key in ignore:
            classdict.pop(key, None)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._boundary_ = boundary or getattr(first_enum, '_boundary_', None)
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
        custom_new = classdict.get('__new__')
        if custom_new is None:
            for b in enum_class.__mro__[1:]:
                if b is Enum or b is Flag or b is ReprEnum or b is object:
                    continue
                if '__new__' in b.__dict__ and b.__dict__.get('_member_names_') is None and not isinstance(b, EnumType):
                    break
                if isinstance(b, EnumType) and '__new_member__' in b.__dict__:
                    custom_new = b.__dict__['__new_member__']
                    break
        if custom_new is not None:
            enum_class.__new_member__ = custom_new
        for name, value in members.items():
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    member._value_ = value if member_type is object else member_type(*args)
            elif member_type is object:
                member = object.__new__(enum_class)
                member._value_ = value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            canonical = None
            for other in enum_class._member_names_:
                o = enum_class._member_map_[other]
                if o._value_ == value:
                    canonical = o
                    break
            if canonical is not None:
                member = canonical
            else:
                init = getattr(enum_class, '__init__', None)
                if init is not None and init is not object.__init__ and '__init__' in _class_dicts(enum_class):
                    member.__init__(*args)
                is_flag = Flag is not None and issubclass(enum_class, Flag)
                if not is_flag or (isinstance(value, int) and value > 0 and value & (value - 1) == 0):
                    # a Flag's multi-bit or zero members are aliases, not
                    # iterated (3.11)
                    enum_class._member_names_.append(name)
                if is_flag and isinstance(value, int):
                    enum_class._flag_mask_ |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                classdict['__format__'] = member_type.__format__
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                classdict['__str__'] = method
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
        if first_enum is not None and member_type is not object:
            # the data type's methods come first in the MRO: put Enum's back
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            mask = enum_class._flag_mask_
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
        return enum_class

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_names_:
                        raise TypeError(f'{class_name}: cannot extend enumeration {base.__name__!r}')
                    if base.__dict__.get('_member_type_', object) is not object:
                        return base._member_type_, first_enum
                    continue
                return base, first_enum
        return object, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls) and type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            if Flag is not None and issubclass(cls, Flag):
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given {_bin(value)}\n  allowed {_bin(cls._flag_mask_, value.bit_length())}')
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            items = []
            for i, n in enumerate(names):
                v = cls._generate_next_value_(n, start, i, values[:])
                values.append(v)
                items.append((n, v))
            names = items
        ns = {}
        for item in (names.items() if isinstance(names, dict) else names):
            if isinstance(item, str):
                n, v = item, names[item]
            else:
                n, v = item
            ns[n] = v
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        ns['__module__'] = module
        if qualname is not None:
            ns['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, ns)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType


def _class_dicts(cls):
    names = set()
    for b in cls.__mro__:
        if b.__module__ == __name__ and b.__name__ in ('Enum', 'Flag', 'IntEnum', 'IntFlag', 'StrEnum', 'ReprEnum'):
            break
        names.update(b.__dict__)
    return names


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = sorted(last_values)[-1] if all(isinstance(v, int) for v in last_values) else last_values[-1]
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    def __str__(self):
        return self._member_type_.__str__(self._value_)

    def __format__(self, format_spec):
        return self._member_type_.__format__(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=None):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask = cls._flag_mask_
        keep = cls._boundary_ == 'keep' or issubclass(cls, int)
        if value < 0:
            value = cls._all_bits_ + 1 + value
            if value < 0 and not keep:
                return None
        if value & ~mask and not keep:
            return None
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        extra = value & ~mask
        if names:
            pseudo._name_ = '|'.join(names)
            if extra:
                pseudo._name_ += '|%s' % hex(extra) if False else '|%d' % extra
        elif extra:
            pseudo._name_ = None
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._member_type_ is int and self._boundary_ not in (None, 'strict'):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary='keep'):
    _value_repr_ = int.__repr__

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)


IntFlag._boundary_ = 'keep'
Flag._boundary_ = 'strict'


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    g = _sys.modules[cls.__module__].__dict__
    g.update(cls.__members__)
    return cls
`
