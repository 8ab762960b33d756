import cmath
import math
from itertools import pairwise, chain


def regular_polygon(n, radius=1.0):
    return [cmath.rect(radius, 2 * math.pi * k / n) for k in range(n)]


def area(pts):
    s = 0.0
    for a, b in pairwise(chain(pts, pts[:1])):
        s += a.real * b.imag - b.real * a.imag
    return abs(s) / 2
