# Scenario: a generator pipeline. Real Numba 0.56 compiles the `yield`
# generator (checked), so `odds` gets no numba-blocker; the generator
# expression in `total_squares` would block it, but holds no time. No
# cython-candidate: jitlens's JIT compiles no generator, typed or not.
# Expect: hot-spot
# Static: none
"""Sums the squares of the odd numbers produced by a generator."""


def odds(n):
    for i in range(n):
        if i % 2:
            yield i


def total_squares(n):
    return sum(x * x for x in odds(n))


print(total_squares(400000))
