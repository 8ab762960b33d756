# Scenario: a reduction (s += ...): independent iterations, but a parallel
# float sum adds in another order, so the fix is offered as unsafe.
# JIT: compiled sum_squares
# Expect: hot-spot, njit-candidate, parallel-candidate
# Static: none
"""Sum of squares of a generated sequence."""


def sum_squares(n):
    s = 0.0
    for i in range(n):
        x = (i % 1000) * 0.001
        s += x * x
    return s


print(round(sum_squares(400000), 3))
