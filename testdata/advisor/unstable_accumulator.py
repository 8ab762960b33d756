# Scenario: an accumulator that starts as an int and becomes a float.
# JIT: compiled weighted_total
# Expect: hot-spot, njit-candidate, type-unstable, parallel-candidate
# Static: none
"""Weighted sum of a sequence: the classic int-then-float accumulator."""


def weighted_total(n):
    total = 0
    for i in range(n):
        total += (i % 7) * 0.25
    return total


print(weighted_total(300000))
