# hash() of objects whose __hash__ returns any int: a value that fits in a
# machine word is kept as it is (only -1 becomes -2), a larger one is
# reduced the way hash(int) reduces it; bools count as ints, other types
# are a TypeError. Dicts and sets use the same values.
class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return f"Key({self.h})"


values = [0, 1, -1, -2, 42, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, -(2**63), 2**63,
          -(2**63) - 1, 2**64, 2**64 + 5, -(2**64), 10**20, -(10**20), 3**100, -(7**80), True, False]
for v in values:
    print(f"{v!r:>32} -> {hash(Key(v)):>21} int:{hash(v):>21}")

table = {Key(2**64): "big", Key(8): "small", Key(-1): "minus one", Key(-2): "minus two"}
print(table[Key(2**64)], table[Key(8)], table[Key(-1)], table[Key(-2)], len(table))
print(sorted(hash(k) for k in {Key(v) for v in values}))


class Weird:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for bad in [1.5, "7", None, 2**64 + 0.0]:
    try:
        hash(Weird(bad))
    except TypeError as e:
        print("TypeError:", e)


class IntSub(int):
    pass


print(hash(Weird(IntSub(2**62))), hash(Weird(IntSub(-1))))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return hash((self.x, self.y)) * 1000003  # grows beyond 64 bits

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), hash(Point(1, 2)) == hash(Point(1, 2)), -2**63 <= hash(Point(5, 6)) < 2**63)
