# Scenario: an n-body step over parallel float lists. The outermost loop
# (time steps) carries the state from one step to the next, so it is not
# a prange candidate; only outermost loops are offered for prange.
# JIT: compiled advance
# Expect: hot-spot, njit-candidate
# Static: none
"""A small gravitational system advanced in time."""


def advance(xs, vs, ax, n, steps, dt):
    for _ in range(steps):
        for i in range(n):
            f = 0.0
            for j in range(n):
                d = xs[j] - xs[i]
                f += d / (d * d + 0.01) ** 1.5
            ax[i] = f
        for i in range(n):
            vs[i] += ax[i] * dt
            xs[i] += vs[i] * dt


n = 12
xs = [i * 0.5 for i in range(n)]
vs = [0.0] * n
ax = [0.0] * n
advance(xs, vs, ax, n, 1500, 0.001)
print([round(x, 6) for x in xs])
