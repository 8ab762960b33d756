# Type objects: type(x), names, reprs, three-argument type(), isinstance and mro.

values = [1, 1.0, 1j, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(),
          range(1), slice(1), len, type, object(), NotImplemented, Ellipsis, iter([])]
for v in values:
    t = type(v)
    print(f"{t.__name__:<28} {t!r:<40} {t.__qualname__ == t.__name__}")

print(type(int), type(type), int.__mro__, bool.__mro__, type(None)())
print(int.__name__, float.__module__, str.__base__, bool.__bases__, object.__bases__)

def init(self, x, y):
    self.x = x
    self.y = y

Point = type("Point", (), {"__init__": init, "dims": 2,
                           "__repr__": lambda self: f"Point({self.x}, {self.y})",
                           "norm1": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(Point, Point.__name__, p, p.norm1(), Point.dims, type(p) is Point)
Point3 = type("Point3", (Point,), {"dims": 3})
q = Point3(1, 2)
print(q, q.dims, isinstance(q, Point), issubclass(Point3, Point), Point3.__bases__)
print([c.__name__ for c in Point3.__mro__])

class Animal:
    pass

class Dog(Animal):
    pass

class Puppy(Dog):
    pass

print(Animal, Dog.__mro__, Puppy.__base__, Puppy.__qualname__)
rex = Puppy()
print(isinstance(rex, Animal), isinstance(rex, (int, Dog)), issubclass(Puppy, (str, Animal)))
print(type(rex).__name__, type(rex) == Dog, isinstance(rex, object), issubclass(bool, (int,)))
print(isinstance(3, (float, (str, int))), isinstance("x", ()), issubclass(int, object))
print(type(3) is int, type(True) is int, type(3.0) in (int, float), int("7") + type(5)(3))
print(str(int), repr(str), f"{list}", [dict, tuple], {type(1): "int"})
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: type("A", (1,), {}),
            lambda: type(1, 2), lambda: issubclass(int, (str, 5))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
