# Scenario: a map over a list whose iterations are independent (each
# writes only out[i]): a prange candidate.
# JIT: compiled smooth
# Expect: hot-spot, njit-candidate, parallel-candidate
# Static: none
"""Applies a smoothing polynomial to every sample of a signal."""


def smooth(xs, out):
    for i in range(len(xs)):
        x = xs[i]
        y = 0.0
        for k in range(20):
            y = y * 0.5 + x * k
        out[i] = y


n = 20000
xs = [((i * 37) % 101) / 101.0 for i in range(n)]
out = [0.0] * n
smooth(xs, out)
print(round(sum(out), 6))
