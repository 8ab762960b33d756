# A polynomial class with arithmetic operators, evaluation, derivative and a clean repr.

class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        pad = lambda c: c + [0] * (n - len(c))
        return Poly(a + b for a, b in zip(pad(self.c), pad(other.c)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else -other)

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def __repr__(self):
        return f"Poly({self.c!r})"

    def __str__(self):
        terms = []
        for power in range(self.degree(), -1, -1):
            a = self.c[power]
            if a == 0 and self.degree() > 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and power else str(mag)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {t}" for s, t in terms[1:])


x = Poly([0, 1])
p = 3 * x ** 2 - 2 * x + 1
q = x ** 3 - 1
print(p, "|", q, "|", repr(p), p.degree())
print("p+q =", p + q)
print("p*q =", p * q)
print("(x+1)^5 =", (x + 1) ** 5)
print("d/dx (x+1)^5 =", ((x + 1) ** 5).derivative())
print([p(v) for v in range(-2, 3)], p(0.5), p(1j), q(10 ** 10))
print(Poly([0]), Poly([0, 0, 0]), Poly([5]), -x, x - x, (x - x).degree(), 2 + x)
half = Poly([0.5, -1.5, 0.25])
print(half, half(2), half * 4, half.derivative())
print((x + 1) * (x - 1) == x ** 2 - 1, p == p * 1, p == [1, -2, 3])
roots = [r for r in range(-10, 11) if ((x - 2) * (x + 3) * (x - 7))(r) == 0]
print("integer roots:", roots)
