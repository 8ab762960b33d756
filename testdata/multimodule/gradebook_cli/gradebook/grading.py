import math
from bisect import bisect

CUTOFFS = [60, 70, 80, 90]
LETTERS = "FDCBA"


def weighted(scores, weights):
    total = math.fsum(scores[k] * w for k, w in weights.items())
    return round(total / math.fsum(weights.values()), 2)


def letter(grade):
    return LETTERS[bisect(CUTOFFS, grade)]


def curve(grade, kind):
    if kind == "sqrt":
        return round(math.sqrt(grade) * 10, 2)
    if kind == "none":
        return grade
    raise ValueError(f"unknown curve {kind!r}")
