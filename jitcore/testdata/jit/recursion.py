# Whole functions compiled, native recursion, deopt deep in the recursion.
import sys
try:
    from numba import njit  # jitlens's shim: compiled at the first call
except ImportError:  # CPython without Numba: the expected output
    def njit(f):
        return f


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    # overflows 64 bits past 20!: the innermost activation deopts and the
    # waiting ones go on in the interpreter with big ints
    if n <= 1:
        return 1
    return n * fact(n - 1)


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def inv(n):
    # ZeroDivisionError deep in the recursion, caught by the caller
    if n == 0:
        return 0
    return 100 // (n - 3) + inv(n - 1)


def half(n):
    # a float result while the callers add ints and floats
    if n <= 0:
        return 0.5
    return half(n - 1) * 2.0 - 1.0


def pick(n, flag):
    if flag:
        return n
    return pick(n + 1, n > 5)


@njit
def hyp(a, b):
    return a * a + b * b


@njit
def signs(a, b):
    return (a // b) * 1000 + a % b


print(fib(20), fib(0), fib(1), fib(True))
print(fact(20), fact(21), fact(30))
print(depth(500))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(200)
try:
    depth(300)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
print(depth(900))
for k in range(3):
    try:
        print(inv(2 + k))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(half(3), half(60), half(-1))
print(pick(0, False), pick(3, 1 > 2))
print(hyp(3, 4), hyp(1.5, 2.0), hyp(3037000499, 3037000499), hyp(True, 2))
print(signs(7, 2), signs(-7, 2), signs(7, -2), signs(-7, -2), signs(-2**63, -1))
try:
    signs(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
