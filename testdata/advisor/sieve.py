# Scenario: the sieve of Eratosthenes with while loops over a list of
# bools: numbers and a homogeneous list, what Numba and the JIT compile.
# JIT: compiled sieve
# Expect: hot-spot, njit-candidate
# Static: none
"""Counts the primes below a bound."""


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p < limit:
        if is_prime[p]:
            m = p * p
            while m < limit:
                is_prime[m] = False
                m += p
        p += 1
    count = 0
    for i in range(limit):
        if is_prime[i]:
            count += 1
    return count


print(sieve(600000))
