# __repr__, __str__ and __format__ and how print, containers and f-strings use them.
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        g = self._gcd(abs(num), abs(den))
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, abs(den) // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)

    def __format__(self, spec):
        if spec == "mixed":
            whole, rest = divmod(self.num, self.den)
            return f"{whole} {rest}/{self.den}" if rest else str(whole)
        if spec.endswith("f") or spec.endswith("%"):
            return format(self.num / self.den, spec)
        return format(str(self), spec)

    def __add__(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

half, third = Fraction(1, 2), Fraction(-2, -6)
total = half + third
print(half, third, total)
print(repr(total), [half, third], {"sum": total}, (total,))
print(f"{total} | {total!r} | {total:mixed} | {Fraction(7, 3):mixed} | {total:.3f} | {total:.1%} | {total:>8}|")
print(str(Fraction(6, 3)), format(Fraction(3, 4)), "{:^9}|{!r}".format(half, half))
print("%s and %r" % (half, half))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class OnlyStr:
    def __str__(self):
        return "only-str"

print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyStr().__str__()])

class NoFormatSpec:
    def __str__(self):
        return "plain"

print(f"{NoFormatSpec()}", format(NoFormatSpec(), ""))
try:
    print(f"{NoFormatSpec():>10}")
except TypeError as exc:
    print("TypeError:", exc)

class BadRepr:
    def __repr__(self):
        return 42

try:
    repr(BadRepr())
except TypeError as exc:
    print("TypeError:", exc)

class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Recursive({self.items})"

lst = [1, 2]
lst.append(lst)
d = {"k": 1}
d["self"] = d
print(lst, d)
try:
    repr(Recursive())
except RecursionError as exc:
    print("RecursionError caught")
print(repr("quote's"), repr('dq"'), repr("both'\""), ascii("café ☕"), str(b"bytes"), repr(None))
