package jitcore

// The abc module, in Python on the engine: ABCMeta records a class's
// abstract methods and refuses to instantiate it with CPython's message.

func init() {
	registerModule("abc", &nativeModule{source: abcSource})
}

const abcSource = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _isabstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('__func__', 'fget', 'fset', 'fdel'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if _isabstract(v)}
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if _isabstract(getattr(cls, n, None)):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} {', '.join(names)}")
        return type.__call__(cls, *args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            ok = hook.__get__(None, cls)(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        return any(issubclass(subclass, s) for s in cls.__subclasses__()) if hasattr(cls, '__subclasses__') else False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    abstracts = set()
    for base in cls.__mro__[1:]:
        for n in getattr(base, '__abstractmethods__', ()):
            if _isabstract(getattr(cls, n, None)):
                abstracts.add(n)
    for n, v in cls.__dict__.items():
        if _isabstract(v):
            abstracts.add(n)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
`
