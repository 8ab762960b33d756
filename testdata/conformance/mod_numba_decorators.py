# A numeric script written for Numba: under jitlens (and under CPython with
# Numba absent, through the fallback below) the decorated functions run as
# plain Python and give the same results.
try:
    import numba
    from numba import njit, jit, prange
    HAVE_NUMBA = True
except ImportError:  # CPython without Numba: the same decorators, doing nothing
    HAVE_NUMBA = False

    def njit(*args, **kwargs):
        if len(args) == 1 and callable(args[0]) and not kwargs:
            return args[0]
        return lambda f: f

    jit = njit
    prange = range


@njit
def dot(xs, ys):
    total = 0.0
    for i in range(len(xs)):
        total += xs[i] * ys[i]
    return total


@njit(cache=True, fastmath=True)
def mandel(cr, ci, limit):
    zr = zi = 0.0
    for n in range(limit):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return n
    return limit


@njit(parallel=True)
def row_sums(rows):
    out = [0] * len(rows)
    for i in prange(len(rows)):
        s = 0
        for v in rows[i]:
            s += v
        out[i] = s
    return out


@jit(nopython=True, nogil=True)
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


@jit("float64(float64, float64)")
def hypot2(a, b):
    return (a * a + b * b) ** 0.5


print(dot([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]))
for y in range(-4, 5, 2):
    print("".join("#" if mandel(x / 10, y / 5, 30) == 30 else "." for x in range(-20, 6)))
print(row_sums([[1, 2, 3], [4, 5], [], [10] * 7]))
print([collatz(n) for n in range(1, 12)])
print(hypot2(3.0, 4.0), dot.__name__, mandel.__name__, callable(row_sums))
print(list(prange(2, 11, 3)), type(prange(3)).__name__)
