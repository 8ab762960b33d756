# Scenario: an @njit function with an int accumulator that becomes a float
# inside its loop: static type-unstable, with the initial-value fix.
# Hot: mean_step
# JIT: compiled mean_step
# Expect: hot-spot, type-unstable, parallel-candidate
# Static: type-unstable, parallel-candidate
"""Mean of a stepped sequence, compiled with Numba."""
from numba import jit


@jit(nopython=True)
def mean_step(n):
    acc = 0
    for i in range(n):
        acc += i * 0.5
    return acc / n


print(mean_step(100000))
