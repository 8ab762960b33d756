# Calls of functions with branches and loops inlined into compiled loops.


def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return n


def grid(w, h, limit):
    total = 0
    for y in range(h):
        ci = -1.25 + 2.5 * y / h
        for x in range(w):
            total += escape(-2.0 + 2.5 * x / w, ci, limit)
    return total


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n = n // 2
        steps += 1
    return steps


def longest(n):
    best = 0
    arg = 0
    for i in range(1, n):
        s = collatz(i)
        if s > best:
            best = s
            arg = i
    return arg, best


def grow(k):
    t = 1
    for i in range(k):
        t = t * 3
    return t


def overflow(n):
    # the inlined loop overflows: the call is redone in the interpreter
    s = 0
    for i in range(n):
        s += grow(i) % 1000
    return s


print(grid(60, 40, 80))
print(longest(3000))
print(overflow(60))
