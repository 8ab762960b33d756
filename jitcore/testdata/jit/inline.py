def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def sq(x):
    return x * x


def inv(x):
    return 1 / x


def flip(x):
    return -x if x else x


def use(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += entry(i, n - i) * 2.0
        t += sq(i) - sq(i - 1)
    return s, t


def big(n):
    t = 0
    for i in range(n):
        t += sq(i * 1000000000)
    return t


def zero(n):
    s = 0.0
    for i in range(n, -1, -1):
        s += inv(i)
    return s


def rebind(n):
    global sq
    t = 0
    for k in range(3):
        for i in range(n):
            t += sq(i)
        if k == 0:
            sq = lambda x: x + 1
    return t


print(use(3000))
print(big(3000))
try:
    print(zero(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(rebind(3000))
