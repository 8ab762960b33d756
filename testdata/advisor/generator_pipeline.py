# Scenario: a generator pipeline. Real Numba 0.56 compiles the `yield`
# generator (the analysis said otherwise until checked), so `odds` gets no
# numba-blocker; the generator expression in `total_squares` would block it,
# but that driver's own lines hold no time.
# Expect: hot-spot, cython-candidate
# Static: none
"""Sums the squares of the odd numbers produced by a generator."""


def odds(n):
    for i in range(n):
        if i % 2:
            yield i


def total_squares(n):
    return sum(x * x for x in odds(n))


print(total_squares(400000))
