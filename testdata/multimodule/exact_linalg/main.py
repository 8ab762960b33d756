"""Exact linear algebra on Fractions: a Matrix class with operators,
Gaussian elimination (determinant, inverse, solve), plus float helpers from
math and itertools for norms and a least-squares line fit."""
import math
from fractions import Fraction

from linalg import Matrix, identity
from linalg.solve import solve, inverse, determinant, SingularMatrix
from linalg.fit import fit_line, residuals

A = Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [8, -11, -3]
print(A)
print("det =", determinant(A), "| trace =", A.trace(), "| shape =", A.shape)
x = solve(A, b)
print("x =", x, [str(v) for v in x])
Ainv = inverse(A)
print(Ainv)
print(A @ Ainv == identity(3), (A @ Ainv).rows[0], A.T.rows[1], (2 * A - A).rows == A.rows)
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det =", determinant(H), "inverse row 0 =", inverse(H).rows[0])
try:
    inverse(Matrix([[1, 2], [2, 4]]))
except SingularMatrix as e:
    print("SingularMatrix:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)

pts = [(0, 1.1), (1, 2.9), (2, 5.2), (3, 7.1), (4, 8.8), (5, 11.2)]
slope, intercept = fit_line(pts)
print(f"fit: y = {slope:.6f} x + {intercept:.6f}")
r = residuals(pts, slope, intercept)
print("residuals:", [round(v, 6) for v in r], "rms:", round(math.sqrt(math.fsum(v * v for v in r) / len(r)), 9))
print(math.dist((0, 0), (3, 4)), math.hypot(*b), math.prod(b), math.isclose(sum(r), 0, abs_tol=1e-9), math.comb(6, 2))
