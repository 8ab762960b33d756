# __int__, __float__, __index__, __round__, __abs__, __neg__, __complex__, __trunc__ on a Fixed-point class.
class Fixed:
    SCALE = 1000

    def __init__(self, value, raw=False):
        self.raw = value if raw else round(value * self.SCALE)

    @classmethod
    def _wrap(cls, raw):
        return cls(raw, raw=True)

    def __repr__(self):
        sign = "-" if self.raw < 0 else ""
        whole, frac = divmod(abs(self.raw), self.SCALE)
        return f"Fixed({sign}{whole}.{frac:03d})"

    def __add__(self, other):
        other = other if isinstance(other, Fixed) else Fixed(other)
        return Fixed._wrap(self.raw + other.raw)

    __radd__ = __add__

    def __mul__(self, other):
        other = other if isinstance(other, Fixed) else Fixed(other)
        return Fixed._wrap(self.raw * other.raw // self.SCALE)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = other if isinstance(other, Fixed) else Fixed(other)
        return Fixed._wrap(self.raw * self.SCALE // other.raw)

    def __neg__(self):
        return Fixed._wrap(-self.raw)

    def __abs__(self):
        return Fixed._wrap(abs(self.raw))

    def __int__(self):
        return int(self.raw / self.SCALE)

    def __float__(self):
        return self.raw / self.SCALE

    def __complex__(self):
        return complex(float(self), 0)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.raw / self.SCALE)
        return Fixed(round(self.raw / self.SCALE, ndigits))

    def __trunc__(self):
        return int(self)

    def __bool__(self):
        return self.raw != 0

class Slot:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

a, b = Fixed(2.5), Fixed(-1.25)
print(a, b, a + b, a * b, a / b, 1 + a, 3 * b, -a, abs(b))
print(int(b), float(b), complex(a), round(a), round(b), round(Fixed(3.14159), 2), bool(Fixed(0)))
print(int(Fixed(7.9)), int(Fixed(-7.9)), f"{float(a):.2f}", sum([a, b, Fixed(1)], Fixed(0)))

items = list("abcdefgh")
s = Slot(3)
print(items[s], items[Slot(1):Slot(5)], bin(s), hex(Slot(255)), oct(Slot(8)), range(Slot(4)))
print(operator_like := [10, 20, 30][Slot(-1)], "xyz" * Slot(2), int(Slot(5)) if hasattr(Slot, "__int__") else "no __int__")
try:
    items[a]
except TypeError as exc:
    print("TypeError:", exc)
try:
    int(Slot(9))
    print("int() accepted __index__:", int(Slot(9)))
except TypeError as exc:
    print("TypeError:", exc)
try:
    float(Slot(1))
    print("float() accepted __index__:", float(Slot(1)))
except TypeError as exc:
    print("TypeError:", exc)
try:
    len(items[Slot("x")])
except TypeError as exc:
    print("TypeError:", exc)
