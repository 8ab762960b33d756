# Scenario: the hot work calls a function defined inside another one (a
# closure). Real Numba 0.56 inlines it (checked): no numba-blocker; Cython
# types the loop, and jitlens's JIT inlines the closure's arithmetic.
# Expect: hot-spot, cython-candidate
# Static: none
"""Numerical integration with a locally defined integrand."""


def integrate(a, b, steps):
    scale = 3.0

    def f(x):
        return scale * x * x + 1.0

    h = (b - a) / steps
    s = 0.0
    for i in range(steps):
        s += f(a + (i + 0.5) * h)
    return s * h


print(round(integrate(0.0, 2.0, 200000), 9))
