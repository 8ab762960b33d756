from fractions import Fraction
from functools import reduce
from itertools import starmap
from operator import add, mul


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(v) for v in row] for row in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged rows")

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @property
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def trace(self):
        return reduce(add, (self.rows[i][i] for i in range(min(self.shape))), Fraction(0))

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        cols = list(zip(*other.rows))
        return Matrix([[sum(starmap(mul, zip(row, col))) for col in cols] for row in self.rows])

    def __rmul__(self, k):
        return Matrix([[k * v for v in row] for row in self.rows])

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells)


def identity(n):
    return Matrix([[int(i == j) for j in range(n)] for i in range(n)])
