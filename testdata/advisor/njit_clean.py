# Scenario: already compiled with @njit and nothing blocks it: no advice,
# with or without a run.
# Hot: logistic_orbit
# JIT: compiled logistic_orbit
# Expect: hot-spot
# Static: none
"""Iterates the logistic map."""
from numba import njit


@njit
def logistic_orbit(r, x, steps):
    for _ in range(steps):
        x = r * x * (1.0 - x)
    return x


print(round(logistic_orbit(3.7, 0.25, 200000), 9))
