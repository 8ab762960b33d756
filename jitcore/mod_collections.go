package jitcore

// The collections package and collections.abc, in Python on the engine.

func init() {
	registerModule("collections", &nativeModule{source: collectionsSource, pkg: true, setup: setupCollections,
		cTypes: []string{"deque", "defaultdict", "OrderedDict"}})
	registerModule("collections.abc", &nativeModule{source: collectionsABCSource, after: setupABCMeta})
}

const collectionsSource = `
import sys as _sys
from operator import itemgetter as _itemgetter
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from types import GenericAlias as _GenericAlias

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString', 'defaultdict', 'deque', 'namedtuple']


class deque:
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _items(self):
        return self._left[::-1] + self._right

    def _set(self, items):
        self._left = []
        self._right = list(items)

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def append(self, x):
        self._right.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._left.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.pop()

    def pop(self):
        if self._right:
            return self._right.pop()
        if self._left:
            self._right = self._left[::-1]
            self._left = []
            return self._right.pop()
        raise IndexError('pop from an empty deque')

    def popleft(self):
        if self._left:
            return self._left.pop()
        if self._right:
            self._left = self._right[::-1]
            self._right = []
            return self._left.pop()
        raise IndexError('pop from an empty deque')

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._left = []
        self._right = []

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set(items)

    def remove(self, value):
        items = self._items()
        for i, v in enumerate(items):
            if v is value or v == value:
                del items[i]
                self._set(items)
                return
        raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n:
            items = self._items()
            self._set(items[-n:] + items[:-n])

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        nl = len(self._left)
        if i < nl:
            return self._left[nl - 1 - i]
        return self._right[i - nl]

    def __setitem__(self, i, v):
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = v
        else:
            self._right[i - nl] = v

    def __delitem__(self, i):
        items = self._items()
        n = len(items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        del items[i]
        self._set(items)

    def __iter__(self):
        return iter(self._items())

    def __reversed__(self):
        return iter(self._items()[::-1])

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    def __repr__(self):
        if not self.__class__.__module__ == 'collections':
            name = type(self).__name__
        else:
            name = 'deque'
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)


class defaultdict(dict):
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return self.__missing__(key)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory, dict.__repr__(self))


class OrderedDict(dict):
    __class_getitem__ = classmethod(_GenericAlias)
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(self.items())
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    params = []
    ns = {'_tuple_new': tuple.__new__}
    for i, name in enumerate(field_names):
        if name in field_defaults:
            ns['_d%d' % i] = field_defaults[name]
            params.append('%s=_d%d' % (name, i))
        else:
            params.append(name)
    code = 'def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n' % (', '.join(params), arg_list)
    exec(code, ns)
    __new__ = ns['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    __new__.__qualname__ = f'{typename}.__new__'
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')
    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap:
    __class_getitem__ = classmethod(_GenericAlias)
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())


class UserDict(dict):
    pass


class UserList(list):
    pass


class UserString(str):
    pass
`

// setupCollections provides _caller_module: the __name__ of the module
// that called the Python function running now (namedtuple's __module__).
func setupCollections(vm *VM, m *Module) error {
	m.dict.setStr("_caller_module", Obj(newBuiltin("_caller_module", func(vm *VM, args []Value, kw []string) (Value, error) {
		f := vm.frame
		if f != nil {
			f = f.back
		}
		for f != nil && isLibraryCode(f.code.Filename) {
			f = f.back
		}
		if f == nil {
			return Str("__main__"), nil
		}
		if n, ok := f.globals.getStr("__name__"); ok {
			return n, nil
		}
		return Str("__main__"), nil
	})))
	return nil
}

// setupABCMeta gives the collections.abc classes, once their Python source
// has run, a metaclass of their own VM (ABCMeta): isinstance and issubclass
// consult _abc_subclasscheck, which knows registered and structural
// subclasses; class statements deriving from an ABC go through type.__new__.
func setupABCMeta(vm *VM, m *Module) error {
	abcMetaType := newBuiltinType("ABCMeta", TypeType)
	abcMetaType.Module = "abc"
	abcMetaType.newFn = typeNew
	check, _ := m.dict.getStr("_abc_subclasscheck")
	reg, _ := m.dict.getStr("_abc_register")
	method(abcMetaType, "__instancecheck__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.call(check, []Value{args[0], Obj(args[1].Type())}, nil)
	})
	method(abcMetaType, "__subclasscheck__", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.call(check, []Value{args[0], args[1]}, nil)
	})
	method(abcMetaType, "register", func(vm *VM, args []Value, kw []string) (Value, error) {
		return vm.call(reg, args, kw)
	})
	all, _ := m.dict.getStr("_all_abcs")
	items, err := vm.toSlice(all)
	if err != nil {
		return err
	}
	for _, c := range items {
		if t, ok := c.o.(*Type); ok && c.k == kObj {
			t.meta = abcMetaType
		}
	}
	return nil
}

const collectionsABCSource = `
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True


_registry = {}
_marker = object()
_all_abcs = []


_unhashable = (list, dict, set, bytearray)


def _abc_subclasscheck(cls, subclass):
    mro = subclass.__mro__
    if cls in mro:
        return True
    if cls is Hashable and any(t in mro for t in _unhashable):
        return False
    for r in _registry.get(cls, ()):
        if r in mro:
            return True
    for c in _all_abcs:
        if c is not cls and cls in c.__mro__[1:] and _abc_subclasscheck(c, subclass):
            return True
    methods = cls.__dict__.get('_abc_methods')
    if methods is not None and _check_methods(subclass, *methods):
        return True
    return False


def _abc_register(cls, subclass):
    _registry.setdefault(cls, []).append(subclass)
    return subclass


class Hashable:
    _abc_methods = ('__hash__',)


_all_abcs.append(Hashable)


class Awaitable:
    _abc_methods = ('__await__',)


_all_abcs.append(Awaitable)


class Iterable:
    _abc_methods = ('__iter__',)


_all_abcs.append(Iterable)


class Iterator(Iterable):
    _abc_methods = ('__iter__', '__next__')

    def __iter__(self):
        return self


_all_abcs.append(Iterator)


class Reversible(Iterable):
    _abc_methods = ('__reversed__', '__iter__')


_all_abcs.append(Reversible)


class Generator(Iterator):
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


_all_abcs.append(Generator)


class Sized:
    _abc_methods = ('__len__',)


_all_abcs.append(Sized)


class Container:
    _abc_methods = ('__contains__',)


_all_abcs.append(Container)


class Callable:
    _abc_methods = ('__call__',)


_all_abcs.append(Callable)


class Collection(Sized, Iterable, Container):
    _abc_methods = ('__len__', '__iter__', '__contains__')


_all_abcs.append(Collection)


class Set(Collection):
    _abc_methods = None

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return other.__le__(self)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return other.__lt__(self)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        return self._from_iterable(value for value in self if value not in other)

    def __xor__(self, other):
        return (self - other) | (other - self)


_all_abcs.append(Set)


class MutableSet(Set):
    _abc_methods = None

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __isub__(self, it):
        for value in it:
            self.discard(value)
        return self


_all_abcs.append(MutableSet)


class Mapping(Collection):
    _abc_methods = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


_all_abcs.append(Mapping)


class MutableMapping(Mapping):
    _abc_methods = None

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


_all_abcs.append(MutableMapping)


class MappingView(Sized):
    _abc_methods = None

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)


_all_abcs.append(MappingView)


class KeysView(MappingView, Set):
    _abc_methods = None

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


_all_abcs.append(KeysView)


class ItemsView(MappingView, Set):
    _abc_methods = None

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


_all_abcs.append(ItemsView)


class ValuesView(MappingView, Collection):
    _abc_methods = None

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_all_abcs.append(ValuesView)


class Sequence(Reversible, Collection):
    _abc_methods = None

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


_all_abcs.append(Sequence)


class MutableSequence(Sequence):
    _abc_methods = None

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


_all_abcs.append(MutableSequence)


class ByteString(Sequence):
    _abc_methods = None


_all_abcs.append(ByteString)


_reg = _abc_register
for _t in (type(len), type(lambda: 0), type, type([].append)):
    _reg(Callable, _t)
_reg(Sequence, tuple)
_reg(Sequence, str)
_reg(Sequence, range)
_reg(ByteString, bytes)
_reg(ByteString, bytearray)
_reg(MutableSequence, list)
_reg(MutableSequence, bytearray)
_reg(Set, frozenset)
_reg(MutableSet, set)
_reg(MutableMapping, dict)
_reg(KeysView, type({}.keys()))
_reg(ItemsView, type({}.items()))
_reg(ValuesView, type({}.values()))
_reg(Iterator, type(iter([])))
_reg(Iterator, type(iter(())))
_reg(Iterator, type(iter('')))
_reg(Iterator, type(iter(range(0))))
_reg(Generator, type((lambda: (yield))()))
`
