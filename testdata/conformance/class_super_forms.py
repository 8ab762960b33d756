# super() in its many forms: zero-arg, two-arg, in classmethods, properties, __new__.
class Shape:
    registry = []

    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        Shape.registry.append(cls.__name__)
        return obj

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @property
    def label(self):
        return f"<{self.name}>"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area()})"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @classmethod
    def create(cls, *args):
        print("Rect.create via", cls.__name__)
        return super().create(*args)

    @property
    def label(self):
        return super().label + f"[{self.w}x{self.h}]"

class Square(Rect):
    def __init__(self, side):
        super(Square, self).__init__(side, side)
        self.name = "square"

    def area(self):
        base = super().area()
        return base

    def parent_area_skip(self):
        # skip Rect's implementation on purpose
        return super(Rect, self).area()

r = Rect.create(2, 3)
sq = Square.create(4)
print(r, sq)
print(r.label, sq.label)
print(sq.parent_area_skip())
print(Shape.registry)

unbound = super(Square, Square)
print(unbound.area(sq))
print(super(Square, sq).__init__ is not None)

class Counter(dict):
    def __getitem__(self, key):
        return super().get(key, 0)

    def __setitem__(self, key, value):
        super().__setitem__(key, max(0, value))

c = Counter()
c["a"] += 3
c["b"] -= 2
print(c, c["zzz"])

class Temp(float):
    def __new__(cls, value, unit="C"):
        inst = super().__new__(cls, value)
        inst.unit = unit
        return inst

    def __str__(self):
        return f"{super().__str__()}°{self.unit}"

print(str(Temp(21.5)), Temp(3) + 1, repr(Temp(2.25, "F")))

def outside():
    return super().area()

try:
    outside()
except RuntimeError as exc:
    print("RuntimeError:", exc)
