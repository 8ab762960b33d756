# Scenario: the spectral-norm benchmark; the matrix-vector products have
# independent iterations (each writes only out[i]).
# JIT: compiled eval_a, mul_av, mul_atv
# Expect: hot-spot, njit-candidate, parallel-candidate
# Static: none
"""Spectral norm of an infinite matrix, after the benchmarks game."""


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


n = 60
u = [1.0] * n
v = [0.0] * n
tmp = [0.0] * n
for _ in range(4):
    mul_av(n, u, tmp)
    mul_atv(n, tmp, v)
    mul_av(n, v, tmp)
    mul_atv(n, tmp, u)
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("%.9f" % (vbv / vv) ** 0.5)
