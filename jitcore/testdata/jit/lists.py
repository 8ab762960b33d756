def sieve(n):
    flags = [1] * (n + 1)
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = 0
                j += i
        i += 1
    count = 0
    for k in range(n + 1):
        count += flags[k]
    return count, flags[-1], flags[-3]


def dot(n):
    u = [1.5] * n
    v = [0.0] * n
    for i in range(n):
        v[i] = i * 0.5 - u[-1 - i]
    s = 0.0
    for i in range(n):
        s += u[i] * v[i]
    return s, v[:3]


def oob(n):
    xs = [1, 2, 3]
    t = 0
    try:
        for i in range(n):
            t += xs[i % 5 - 1]
    except IndexError as e:
        return "IndexError", e, t, i


def mixin(n):
    xs = [0] * 10
    for i in range(n):
        xs[i % 10] = xs[i % 10] + i
        if i == 1500:
            xs[3] = 0.5
    return xs


def alias(n):
    a = [1] * 4
    b = a
    for i in range(n):
        a[i % 4] = b[(i + 1) % 4] + 1
    return a, b is a


print(sieve(20000))
print(dot(3000))
print(oob(3000))
print(mixin(3000))
print(alias(3000))


def bools(n):
    seen = [False] * 50
    hits = 0
    for i in range(n):
        k = (i * 7) % 50
        if not seen[k]:
            seen[k] = True
        else:
            hits += 1
        seen[(k + 3) % 50] = i % 3 == 0
    return hits, seen[:6]


print(bools(3000))
