# Scenario: a matrix product over lists of lists. The JIT compiles it, but
# Numba cannot take nested Python lists as arguments (real Numba rejected
# the @njit fix: "cannot reflect element of reflected container"), so the
# advice is a numba-blocker naming `a[i][k]` and `bk[j]`.
# JIT: compiled matmul
# Expect: hot-spot, numba-blocker
# Static: none
"""Multiplies two generated matrices."""


def matmul(a, b, n):
    c = []
    for i in range(n):
        row = [0.0] * n
        for k in range(n):
            aik = a[i][k]
            bk = b[k]
            for j in range(n):
                row[j] += aik * bk[j]
        c.append(row)
    return c


n = 60
a = [[(i * j) % 7 * 0.5 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 * 0.25 for j in range(n)] for i in range(n)]
c = matmul(a, b, n)
print(sum(sum(row) for row in c))
