def cmp(n):
    nan = float("nan")
    inf = float("inf")
    nz = -0.0
    c = 0
    for i in range(n):
        if nan < 1.0:
            c += 1
        if nan != nan:
            c += 2
        if nz == 0.0:
            c += 4
        if inf > 1e308:
            c += 8
        if -inf < nz:
            c += 16
        if not (nan >= nan):
            c += 32
        if nan == nan:
            c += 64
        if nan:
            c += 128
        if nz:
            c += 256
    return c


def signs(n):
    acc = 0
    z = 0.0
    for i in range(n):
        q = (-i - 7) // 3
        r = (-i - 7) % 3
        r2 = i % -5
        q2 = i // -4
        acc += q * 100 + r + r2 * 7 + q2 + (i >> 2) - (-i >> 1) + (~i & 5)
        z = -0.0 * (i + 1.0) + z * 1.0
    return acc, z, -z, z == 0.0


def mix(n):
    t = 0.0
    big = 9007199254740993
    c = 0
    for i in range(n):
        t = t + i / 7 + 1 / (i + 1)
        if big > 9007199254740992.0:
            c += 1
        if i < 2.5:
            c += 10
    return t, c


def divzero(n):
    acc = 0
    for i in range(n, -1, -1):
        acc += 1000 // i
    return acc


print(cmp(3000))
print(signs(3000))
print(mix(3000))
try:
    print(divzero(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
