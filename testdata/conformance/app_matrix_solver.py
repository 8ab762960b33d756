# Gaussian elimination with partial pivoting on float matrices, printed with repr.

def solve(a, b):
    n = len(a)
    m = [row[:] + [rhs] for row, rhs in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        s = m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))
        x[r] = s / m[r][r]
    return x


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def show(name, m):
    print(name)
    for row in m:
        print("  [" + ", ".join(f"{v!r:>22}" for v in row) + "]")


a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x = solve(a, b)
print("solution", x, [round(v, 10) for v in x])
check = [sum(a[i][j] * x[j] for j in range(3)) for i in range(3)]
print("A.x", check, [abs(c - t) < 1e-9 for c, t in zip(check, b)])

hilbert = [[1 / (i + j + 1) for j in range(4)] for i in range(4)]
show("hilbert", hilbert)
ones = solve(hilbert, [sum(row) for row in hilbert])
print("hilbert solve", ones)
print("max error", max(abs(v - 1) for v in ones) < 1e-9)
rot = [[0.0, -1.0], [1.0, 0.0]]
show("rot^2", matmul(rot, rot))
show("scaled", [[v * 0.1 for v in row] for row in [[1, 2], [3, 4]]])
ident = [[float(i == j) for j in range(3)] for i in range(3)]
print(matmul(ident, [[1.5], [2.5], [3.5]]), solve(ident, [0.1, 0.2, 0.3]))
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [3.0, 6.0])
except ValueError as e:
    print(type(e).__name__, e)
