import math
from itertools import accumulate


def describe(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    return {"n": n, "mean": round(mean, 4), "sd": round(math.sqrt(var), 4), "max_run": max(accumulate(xs, max))}


def histogram(counts, scale):
    for k in sorted(counts):
        yield f"{k:2d} {'#' * (counts[k] // scale)}"
