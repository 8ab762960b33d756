def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def fsum(xs):
    s = 0.0
    m = -1e308
    for x in xs:
        s += x * 0.5
        if x > m:
            m = x
    return s, m


def count_true(flags):
    c = 0
    for f in flags:
        if f:
            c += 1
    return c


def early(xs):
    for x in xs:
        if x == 2500:
            return "found", x
    return "missing"


def grow(xs):
    t = 0
    for x in xs:
        t += x
        if x == 10:
            t = t * 1.5
    return t


def changes(xs):
    ys = [0] * len(xs)
    t = 0
    for x in xs:
        ys[x % len(ys)] += x
        t += x
    return t, ys[:4]


def self_change(xs):
    t = 0
    for x in xs:
        xs[0] = x
        t += xs[0]
    return t


ints = list(range(3000))
print(total(ints), total(ints[::-1]), total([2 ** 62, 2 ** 62, 2 ** 62]))
print(fsum([i * 0.25 - 100 for i in range(3000)]))
print(count_true([i % 3 == 0 for i in range(3000)]))
print(early(ints), early([1, 2]))
print(grow(list(range(20))) , grow(ints))
print(changes(ints))
print(self_change(list(range(3000))))
