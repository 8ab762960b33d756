# Scenario: a histogram: bins[h] += 1 writes at a computed index, so two
# iterations may touch the same bin; the loop is not parallel.
# JIT: compiled histogram
# Expect: hot-spot, njit-candidate
# Static: none
"""Histogram of a pseudo-random sequence."""


def histogram(n, nbins):
    bins = [0] * nbins
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        bins[seed % nbins] += 1
    return bins


print(histogram(300000, 10))
