# __new__ for immutable subclasses (tuple, str, int), interning caches, and __init__ after __new__.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(1, 2) + Point(10, 20)
print(p, p.x, len(p), tuple(p), isinstance(p, tuple), p == (11, 22), hash(p) == hash((11, 22)))
try:
    p.z = 3
except AttributeError as exc:
    print("AttributeError:", exc)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("shout")
print(u, repr(u), type(u).__name__, u + "!", type(u + "!").__name__, u.lower())

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Even({int(self)})"

print(Even(4), Even(4) + 1, type(Even(4) + 1).__name__, [Even(n) for n in (0, 2, 8)])
try:
    Even(3)
except ValueError as exc:
    print("ValueError:", exc)

class Interned:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            print(f"  creating {name}")
            cls._cache[name] = super().__new__(cls)
        return cls._cache[name]

    def __init__(self, name):
        self.inits = getattr(self, "inits", 0) + 1   # __init__ runs on every call
        self.name = name

a, b, c = Interned("red"), Interned("red"), Interned("blue")
print(a is b, a is c, a.inits, c.inits, sorted(Interned._cache))

class NotMine:
    def __new__(cls):
        return 42                 # not an instance: __init__ is skipped

    def __init__(self):
        print("never printed")

print(NotMine(), type(NotMine()).__name__)
