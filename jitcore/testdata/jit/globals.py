# Module-level numbers, lists and tuples read by compiled code, and prange.
try:
    from numba import njit, prange
except ImportError:  # CPython without Numba: the same program, sequential
    prange = range

    def njit(*args, **kwargs):
        if len(args) == 1 and callable(args[0]):
            return args[0]
        return lambda f: f


COEFFS = [0.5, -1.25, 2.0, 0.75, -0.125]
TUP = (1, 2, 3)
SCALE = 3
FLAG = True


def evaluate(n):
    total = 0.0
    for i in range(n):
        x = (i % 100) * 0.01
        y = 0.0
        for c in COEFFS:
            y = y * x + c
        total += y
    return total


def tsum(n):
    s = 0
    for i in range(n):
        for v in TUP:
            s += v * SCALE
        if FLAG:
            s += TUP[i % 3] + len(TUP)
    return s


def early(n):
    # a deopt inside a nested loop over a tuple materializes its iterator
    s = 0
    for i in range(n):
        for v in TUP:
            if v == 2 and i == n - 1:
                s += 2 ** 70
            s += v
    return s


@njit(parallel=True)
def squares(n):
    s = 0.0
    for i in prange(n):
        x = (i % 1000) * 0.001
        s += x * x
    return s


def loop_prange(n):
    s = 0
    for i in prange(n):
        for j in prange(i % 7):
            s += j
    return s


print(round(evaluate(4000), 6))
print(tsum(3000))
SCALE = 4
print(tsum(3000))
FLAG = False
print(tsum(3000))
print(early(2000))
COEFFS.append(1.0)
print(round(evaluate(4000), 6))
COEFFS[0] = 2
print(round(evaluate(4000), 6))
COEFFS[0] = 0.25
print(round(evaluate(4000), 6))
print(round(squares(40000), 3), loop_prange(5000))
prange = lambda n: [1, 2]
print(loop_prange(10))
