# Class decorators: auto repr/eq, registration, singletons and frozen classes.
REGISTRY = {}

def register(category):
    def decorate(cls):
        REGISTRY.setdefault(category, []).append(cls.__name__)
        return cls
    return decorate

def auto_repr(cls):
    fields = list(cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount])

    def __repr__(self):
        body = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({body})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)

    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls

def frozen(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "_initialising", True)
        original_init(self, *args, **kwargs)
        object.__setattr__(self, "_initialising", False)

    def __setattr__(self, name, value):
        if not self._initialising:
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {name!r}")
        object.__setattr__(self, name, value)

    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls

def singleton(cls):
    instances = {}

    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.wrapped = cls
    return get

@register("geometry")
@frozen
@auto_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

@register("geometry")
@auto_repr
class Circle:
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

@register("config")
@singleton
class Settings:
    def __init__(self, debug=False):
        self.debug = debug

p = Point(1, 2)
print(p, Point._fields, p == Point(1, 2), p == Point(2, 1))
try:
    p.x = 10
except AttributeError as exc:
    print("AttributeError:", exc)
c = Circle(p, 5)
c.radius = 6
print(c)
s1 = Settings(debug=True)
s2 = Settings()
print(s1 is s2, s2.debug, Settings.wrapped.__name__)
print(REGISTRY)
try:
    {p}
except TypeError as exc:
    print("TypeError:", exc)
