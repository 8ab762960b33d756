# Scenario: a "best so far" variable that starts as None: type-unstable for
# the JIT (no one-literal fix; no cython-candidate), while Numba types it as an optional int.
# Expect: hot-spot, type-unstable
# Static: none
"""Longest Collatz chain below a bound."""


def longest_chain(limit):
    best = None
    best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if best is None or steps > best:
            best = steps
            best_start = start
    return best_start, best


print(longest_chain(6000))
