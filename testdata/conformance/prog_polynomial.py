# A polynomial class: arithmetic operators, evaluation with __call__, derivative, roots, printing.
class Poly:
    def __init__(self, *coeffs):  # coeffs from constant term upward
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __repr__(self):
        return f"Poly{tuple(self.c)}"

    def __str__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            k = self.c[power]
            if k == 0:
                continue
            sign = "-" if k < 0 else "+"
            k = abs(k)
            body = "" if (k == 1 and power) else f"{k:g}" if isinstance(k, float) else str(k)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, body + var))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        return text + "".join(f" {s} {t}" for s, t in terms[1:])

    def __eq__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        return self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        n = max(len(self.c), len(other.c))
        a, b = self.c + [0] * (n - len(self.c)), other.c + [0] * (n - len(other.c))
        return Poly(*(x + y for x, y in zip(a, b)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-x for x in self.c))

    def __sub__(self, other):
        return self + -(other if isinstance(other, Poly) else Poly(other))

    def __rsub__(self, other):
        return Poly(other) - self

    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly(other)
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly(1)
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        rem, quot = list(self.c), [0] * max(1, len(self.c) - len(other.c) + 1)
        while len(rem) >= len(other.c) and rem != [0]:
            shift = len(rem) - len(other.c)
            k = rem[-1] / other.c[-1]
            k = int(k) if k == int(k) else k
            quot[shift] = k
            for i, b in enumerate(other.c):
                rem[i + shift] -= k * b
            rem = Poly(*rem).c
        return Poly(*quot), Poly(*rem)

    def __call__(self, x):
        result = 0
        for k in reversed(self.c):
            result = result * x + k
        return result

    def derivative(self):
        return Poly(*(i * k for i, k in enumerate(self.c) if i)) if len(self.c) > 1 else Poly(0)

    def newton_root(self, guess, steps=30):
        d = self.derivative()
        for _ in range(steps):
            guess -= self(guess) / d(guess)
        return round(guess, 10)

x = Poly(0, 1)
p = (x - 1) * (x - 2) * (x + 3)
q = 2 * x ** 2 - 3 * x + 1
print("p =", p, "| repr", repr(p), "| degree", p.degree)
print("q =", q, "| q(2) =", q(2), "| q(0.5) =", q(0.5))
print("p + q =", p + q, "| p - p =", p - p, "| 5 - x =", 5 - x, "| -q =", -q)
print("p * q =", p * q)
print("(x + 1)^5 =", (x + 1) ** 5)
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
quot, rem = divmod(p, x - 1)
print("p / (x - 1) =", quot, "remainder", rem)
quot, rem = divmod(x ** 3 + 2 * x + 5, 2 * x + 1)
print("(x^3 + 2x + 5) / (2x + 1) =", quot, "remainder", rem)
print("roots of p:", sorted(p.newton_root(g) for g in (-5, 0.5, 5)))
print(Poly(0) == 0, Poly(1, 0, 0) == 1, len({Poly(1, 2), Poly(1, 2, 0), Poly(2)}), str(Poly(0, 0, -1.5)))
