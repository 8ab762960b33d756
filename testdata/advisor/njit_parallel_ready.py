# Scenario: an @njit function whose loop has independent iterations but
# does not use prange yet: a static parallel-candidate.
# Hot: scale_add
# JIT: compiled scale_add
# Expect: hot-spot, parallel-candidate
# Static: parallel-candidate
"""a*x + y over lists, compiled with Numba."""
from numba import njit


@njit
def scale_add(a, xs, ys, out):
    for i in range(len(xs)):
        out[i] = a * xs[i] + ys[i]


xs = [i * 0.5 for i in range(1000)]
ys = [i * 0.25 for i in range(1000)]
out = [0.0] * 1000
for _ in range(20):
    scale_add(2.0, xs, ys, out)
print(sum(out))
