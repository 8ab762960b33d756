# Scenario: a hot function reads a mutable module-level list: Numba would
# freeze it as a constant, so it is reported as a blocker.
# Expect: hot-spot, numba-blocker, cython-candidate
# Static: none
"""Polynomial evaluation with coefficients kept in a global list."""

COEFFS = [0.5, -1.25, 2.0, 0.75, -0.125]


def evaluate(n):
    total = 0.0
    for i in range(n):
        x = (i % 100) * 0.01
        y = 0.0
        for c in COEFFS:
            y = y * x + c
        total += y
    return total


print(round(evaluate(40000), 6))
