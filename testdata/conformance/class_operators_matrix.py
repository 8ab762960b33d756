# A Matrix class with arithmetic, reflected, in-place and comparison operators.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(f"{v:>{width}}" for v in row) for row in self.rows)

    def _combine(self, other, op):
        if isinstance(other, Matrix):
            if (self.n, self.m) != (other.n, other.m):
                raise ValueError(f"shape mismatch {self.n}x{self.m} vs {other.n}x{other.m}")
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._combine(other, lambda a, b: b - a)

    def __mul__(self, k):
        return self._combine(k, lambda a, b: a * b) if not isinstance(k, Matrix) else NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __imatmul__(self, other):
        result = self @ other
        self.rows = result.rows
        return self

    def __neg__(self):
        return self * -1

    def __pos__(self):
        return self

    def __abs__(self):
        return Matrix([[abs(v) for v in r] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        for _ in range(k):
            result = result @ self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b)
print(repr(10 - a), repr(a - 1), repr(2 * a), repr(a * 0.5))
print(a @ b)
print(repr(-a), repr(+a is a), repr(abs(-a)))
print((a ** 3).rows)
fib = Matrix([[1, 1], [1, 0]])
print("fib(30) =", (fib ** 30).rows[0][1])
c = a
c @= b
print(c is a, a.rows)
print(a == Matrix([[2, 1], [4, 3]]), a != b, a == "matrix")
try:
    a @ 3
except TypeError as exc:
    print("TypeError:", exc)
try:
    a + Matrix([[1, 2, 3]])
except ValueError as exc:
    print("ValueError:", exc)
try:
    {a: 1}
except TypeError as exc:
    print("TypeError:", exc)
try:
    a * b
except TypeError as exc:
    print("TypeError:", exc)
