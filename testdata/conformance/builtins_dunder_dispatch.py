# Builtins dispatching to special methods on a user-defined Fraction-like class.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Q:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Q denominator is zero")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return f"Q({self.n}, {self.d})"

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)

    def __neg__(self):
        return Q(-self.n, self.d)

    def __abs__(self):
        return Q(abs(self.n), self.d)

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __eq__(self, o):
        return isinstance(o, Q) and (self.n, self.d) == (o.n, o.d)

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __round__(self, ndigits=None):
        return round(self.n / self.d, ndigits)

    def __divmod__(self, o):
        q = (self.n * o.d) // (o.n * self.d)
        return q, self + -(o * q)

    def __pow__(self, k, mod=None):
        if mod is not None:
            return Q(pow(self.n, k, mod), pow(self.d, k, mod))
        return Q(self.n ** k, self.d ** k) if k >= 0 else Q(self.d ** -k, self.n ** -k)

    def __bool__(self):
        return self.n != 0

    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)


values = [Q(1, 3), Q(-2, 4), Q(5), Q(7, -21), Q(0, 9)]
print(values, [str(v) for v in values])
print(sum(values), sum(values, Q(1, 2)), sorted(values), min(values), max(values))
print(abs(Q(-3, 4)), -Q(1, 2), float(Q(1, 8)), int(Q(-7, 2)), round(Q(2, 3)), round(Q(2, 3), 3))
print(divmod(Q(7, 2), Q(1, 3)), pow(Q(2, 3), 3), Q(2, 3) ** -2, pow(Q(2, 3), 2, 7))
print(bool(Q(0)), bool(Q(1, 5)), [str(v) for v in values if v], len({Q(1, 2), Q(2, 4), Q(3, 6)}))
print(f"{Q(1, 3)}|{Q(1, 3):.4f}|{Q(22, 7):>10.3f}|{Q(6, 3)}", "%s %r %.2f" % (Q(1, 4), Q(1, 4), Q(1, 4)))
print(Q(1, 2) == Q(2, 4), Q(1, 2) in [Q(3, 6)], values.index(Q(5, 1)), values.count(Q(-1, 2)))
print(1 + Q(1, 2), Q(1, 2) + 1, Q(3, 4) * 2, sum([Q(1, n) for n in range(1, 8)]))
harmonic = sum(Q(1, n) for n in range(1, 21))
print(harmonic, f"{harmonic:.10f}", float(harmonic))
for bad in [lambda: Q(1, 0), lambda: Q(1) * "x", lambda: 2 * Q(1), lambda: Q(1) / Q(2), lambda: Q(1) <= Q(2)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
