from fractions import Fraction

from .matrix import Matrix, identity


class SingularMatrix(ArithmeticError):
    pass


def _eliminate(rows, extra):
    """Gauss-Jordan on rows, applying the same steps to extra; returns the
    determinant."""
    n = len(rows)
    det = Fraction(1)
    for col in range(n):
        pivot = next((r for r in range(col, n) if rows[r][col] != 0), None)
        if pivot is None:
            raise SingularMatrix(f"no pivot in column {col}")
        if pivot != col:
            rows[col], rows[pivot] = rows[pivot], rows[col]
            extra[col], extra[pivot] = extra[pivot], extra[col]
            det = -det
        p = rows[col][col]
        det *= p
        rows[col] = [v / p for v in rows[col]]
        extra[col] = [v / p for v in extra[col]]
        for r in range(n):
            if r != col and rows[r][col] != 0:
                f = rows[r][col]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[col])]
                extra[r] = [a - f * b for a, b in zip(extra[r], extra[col])]
    return det


def determinant(m):
    try:
        return _eliminate([row[:] for row in m.rows], [[] for _ in m.rows])
    except SingularMatrix:
        return Fraction(0)


def inverse(m):
    extra = [row[:] for row in identity(len(m.rows)).rows]
    _eliminate([row[:] for row in m.rows], extra)
    return Matrix(extra)


def solve(m, b):
    extra = [[Fraction(v)] for v in b]
    _eliminate([row[:] for row in m.rows], extra)
    return [row[0] for row in extra]
