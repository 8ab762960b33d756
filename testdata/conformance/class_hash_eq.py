# __hash__ and __eq__: value objects, unhashable when only __eq__ is defined.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"P({self.x},{self.y})"

class HashablePoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))

class Identity:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return f"Identity({self.tag})"

print(Point.__hash__, HashablePoint.__hash__ is not None, Identity.__hash__ is object.__hash__)
print(Point(1, 2) == Point(1, 2), Point(1, 2) == HashablePoint(1, 2), Point(1, 2) != Point(2, 1))

try:
    visited = {Point(0, 0)}
except TypeError as exc:
    print("TypeError:", exc)
try:
    cache = {Point(0, 0): "origin"}
except TypeError as exc:
    print("TypeError:", exc)

seen = set()
path = [HashablePoint(0, 0), HashablePoint(1, 0), HashablePoint(0, 0), HashablePoint(1, 1), HashablePoint(1, 0)]
for step in path:
    if step in seen:
        print("revisit", step)
    seen.add(step)
print(len(seen), sorted(seen, key=lambda p: (p.x, p.y)))

i1, i2 = Identity("a"), Identity("a")
print(i1 == i2, i1 == i1, len({i1, i2, i1}))

class CaseInsensitive:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __str__(self):
        return self.s

keys = {CaseInsensitive("Name"): 1}
keys[CaseInsensitive("NAME")] = 2
print([(str(k), v) for k, v in keys.items()])
print(CaseInsensitive("abc") == "ABC", "ABC" == CaseInsensitive("abc"))

class Bad:
    def __hash__(self):
        return "not an int"

try:
    hash(Bad())
except TypeError as exc:
    print("TypeError:", exc)

class ExplicitNone:
    __hash__ = None

try:
    hash(ExplicitNone())
except TypeError as exc:
    print("TypeError:", exc)
print(hash(7), hash(-1), hash(True), hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1))
