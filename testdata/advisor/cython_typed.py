# Scenario: already typed for Cython's pure mode (@cython.locals): no advice.
# Hot: harmonic
# Expect: hot-spot
# Static: none
"""Partial sums of the harmonic series, typed for Cython."""
import cython


@cython.locals(n=cython.longlong, i=cython.longlong, s=cython.double)
def harmonic(n):
    s = 0.0
    for i in range(1, n + 1):
        s += 1.0 / i
    return s


print(round(harmonic(300000), 9))
