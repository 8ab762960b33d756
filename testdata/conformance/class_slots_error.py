# __slots__: memory-lean records, inheritance of slots, and the uncaught error.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x}, {self.y}, {self.z})"

class Tagged(Vec):
    pass  # no __slots__: instances get a __dict__ again

v = Vec(1, 2) + Vec(3, 4)
print(v, hasattr(v, "__dict__"), Vec.__slots__)
w = Vec3(1, 2, 3)
print(w, Vec3.__slots__)
t = Tagged(0, 0)
t.label = "free"
print(t, t.label, t.__dict__)

print(type(Vec.__dict__["x"]).__name__)
empty = Vec.__new__(Vec)
try:
    print(empty.x)
except AttributeError as exc:
    print("AttributeError:", exc)

try:
    w.w = 4
except AttributeError as exc:
    print("AttributeError:", exc)

del w.z
try:
    print(w.z)
except AttributeError as exc:
    print("AttributeError:", exc)

class Frozen:
    __slots__ = ()

print(Frozen().__class__.__name__)

def move(point, **changes):
    for key, value in changes.items():
        setattr(point, key, value)
    return point

print(move(Vec(0, 0), x=5, y=6))
print(move(Vec(0, 0), x=1, colour="red"))
