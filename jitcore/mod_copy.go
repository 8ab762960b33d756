package jitcore

// The copy module, in Python on the engine: shallow and deep copies with
// the memo dict, __copy__/__deepcopy__ and __reduce_ex__-free fallbacks for
// plain instances.

func init() {
	registerModule("copy", &nativeModule{source: copySource})
}

const copySource = `
class Error(Exception):
    pass

error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(len),
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (list, dict, set, tuple)):
        y = cls.__new__(cls)
    else:
        y = object.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list) and not isinstance(x, tuple):
        y.extend(deepcopy(v, memo) if deep else v for v in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif isinstance(x, set):
        y.update(deepcopy(v, memo) if deep else v for v in x)
    state = None
    if hasattr(x, '__getstate__') and type(x).__getstate__ is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    elif hasattr(x, '__dict__'):
        state = x.__dict__
    slots = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ())
        if isinstance(s, str):
            s = (s,)
        slots.extend(n for n in s if n not in ('__dict__', '__weakref__'))
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for name in slots:
        if hasattr(x, name):
            v = getattr(x, name)
            setattr(y, name, deepcopy(v, memo) if deep else v)
    return y
`
