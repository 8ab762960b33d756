from itertools import permutations
from math import prod


def sign(p):
    s = 1
    for i in range(len(p)):
        for j in range(i + 1, len(p)):
            if p[i] > p[j]:
                s = -s
    return s


def det(m):
    n = len(m.rows)
    return sum(sign(p) * prod(m.rows[i][p[i]] for i in range(n)) for p in permutations(range(n)))
