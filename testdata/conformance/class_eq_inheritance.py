# __eq__ across a class hierarchy: subclass reflection priority and __ne__ derived from __eq__.
calls = []

class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(f"{type(self).__name__}.__eq__({type(other).__name__})")
        if not isinstance(other, Base):
            return NotImplemented
        return self.v == other.v

    __hash__ = None

class Child(Base):
    def __eq__(self, other):
        calls.append(f"Child.__eq__({type(other).__name__})")
        if isinstance(other, Child):
            return self.v == other.v
        return False

class Other:
    def __eq__(self, other):
        calls.append(f"Other.__eq__({type(other).__name__})")
        return NotImplemented

def check(label, expr):
    calls.clear()
    result = expr()
    print(f"{label:<22} {result!s:<6} {calls}")

b1, b2, c1, o = Base(1), Base(1), Child(1), Other()
check("b1 == b2", lambda: b1 == b2)
check("b1 == c1 (child first)", lambda: b1 == c1)
check("c1 == b1", lambda: c1 == b1)
check("b1 != c1", lambda: b1 != c1)
check("b1 == o", lambda: b1 == o)
check("o == b1", lambda: o == b1)
check("o == o", lambda: o == o)
check("o != Other()", lambda: o != Other())
check("b1 == 1", lambda: b1 == 1)
check("1 == b1", lambda: 1 == b1)
check("b1 in [0, b2]", lambda: b1 in [0, b2])
check("b1 in [b1]", lambda: b1 in [b1])
check("[b1] == [b2]", lambda: [b1] == [b2])
check("(c1,) == (b1,)", lambda: (c1,) == (b1,))
check("list.count", lambda: [b1, c1, b2, 1].count(b2))
check("list.index", lambda: [0, c1, b2].index(b1))
try:
    hash(b1)
except TypeError as exc:
    print("TypeError:", exc)
print(Child.__hash__ is None, "__hash__" in Child.__dict__)
