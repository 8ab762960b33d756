# Scenario: a recursive function on ints; Numba types recursion from the
# base case, so the whole function is a candidate.
# JIT: compiled fib
# Expect: hot-spot, njit-candidate
# Static: none
"""Naive Fibonacci."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(25))
