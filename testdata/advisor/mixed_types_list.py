# Scenario: a record kept as a list mixing strings and numbers, indexed by
# a computed index: Numba and jitlens's JIT (so no cython-candidate) need homogeneous lists.
# Expect: hot-spot, numba-blocker
# Static: none
"""Accumulates scores kept in heterogeneous records."""


def score(n):
    total = 0.0
    for i in range(n):
        rec = ["item", i, i * 0.5]
        total += rec[1 + i % 2]
    return total


print(score(200000))
