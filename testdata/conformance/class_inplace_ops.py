# In-place operators: __iadd__ and friends mutate; without them Python rebinds.
class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)

    def __repr__(self):
        return f"Vector{tuple(self.coords)}"

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))

    def __iadd__(self, other):
        for i, b in enumerate(other.coords):
            self.coords[i] += b
        return self

    def __mul__(self, k):
        return Vector(*(a * k for a in self.coords))

    def __imul__(self, k):
        self.coords = [a * k for a in self.coords]
        return self

    def __isub__(self, other):
        return NotImplemented  # falls back to __sub__

    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self.coords, other.coords)))

    def __itruediv__(self, k):
        self.coords = [a / k for a in self.coords]
        return self

    def __ifloordiv__(self, k):
        self.coords = [a // k for a in self.coords]
        return self

    def __imod__(self, k):
        self.coords = [a % k for a in self.coords]
        return self

    def __ipow__(self, k):
        self.coords = [a ** k for a in self.coords]
        return self

    def __ilshift__(self, n):
        self.coords = self.coords[n:] + self.coords[:n]
        return self

    def __imatmul__(self, other):
        return sum(a * b for a, b in zip(self.coords, other.coords))

v = Vector(1, 2, 3)
alias = v
v += Vector(10, 10, 10)
print(v, alias is v)
v *= 2
print(v, alias is v)
v -= Vector(1, 1, 1)
print(v, alias is v, alias)
v /= 3
print(v)
v //= 2
print(v)
v **= 2
print(v)
v %= 7
print(v)
v <<= 1
print(v)
v @= Vector(1, 1, 1)
print(v, type(v).__name__)

class Log:
    def __init__(self):
        self.lines = []

    def __iadd__(self, line):
        self.lines.append(line)
        return None  # a classic bug: the name is rebound to None

log = Log()
holder = {"log": log}
holder["log"] += "first"
print(holder["log"], log.lines)

class Accum:
    def __init__(self):
        self.total = 0

    def __ior__(self, x):
        self.total |= x
        return self

    def __iand__(self, x):
        self.total &= x
        return self

    def __ixor__(self, x):
        self.total ^= x
        return self

    def __irshift__(self, x):
        self.total >>= x
        return self

acc = Accum()
acc |= 0b1111
acc &= 0b1010
acc ^= 0b0001
acc >>= 1
print(acc.total)
try:
    acc += 1
except TypeError as exc:
    print("TypeError:", exc)
