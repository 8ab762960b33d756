# Scenario: typed for Cython with pure-mode annotations instead of a
# decorator: already annotated, so no advice either.
# Hot: dot
# Expect: hot-spot
# Static: none
"""Dot product of two generated vectors, with Cython annotations."""
import cython


def dot(n: cython.longlong) -> cython.double:
    s: cython.double = 0.0
    i: cython.longlong
    for i in range(n):
        s += (i % 10) * 0.5 * ((i + 3) % 7)
    return s


print(dot(300000))
