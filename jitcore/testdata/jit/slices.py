# List slices in native code: x[:], x[a:b], x[a:b:c] (bounds None, negative
# or out of range clamp as in Python), x.copy(); a zero step or a tuple is
# left to the interpreter; `return a, b` from inside a compiled loop.


def flips(n):
    # fannkuch-like: a fresh copy of perm each round, flipped in place
    perm = list(range(n))
    p = perm[:]
    total = rounds = first = f = lo = hi = t = k = head = m = 0
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            f = 0
            while first:
                lo = 0
                hi = first
                while lo < hi:
                    t = p[lo]
                    p[lo] = p[hi]
                    p[hi] = t
                    lo += 1
                    hi -= 1
                f += 1
                first = p[0]
            if rounds % 2 == 0:
                total += f
            else:
                total -= f
        k = 1
        while k < n:
            head = perm[0]
            for m in range(k):
                perm[m] = perm[m + 1]
            perm[k] = head
            if (rounds + k) % 3 != 0:
                break
            k += 1
        else:
            return total, rounds
        rounds += 1
        if rounds > 400:
            return total, p


print(flips(6))


def windows(xs, n):
    # bounds of every kind; the copies never alias xs
    w = xs[:]
    acc = 0
    i = 0
    while i < n:
        a = i % 9 - 4
        b = i % 13 - 3
        w = xs[a:b]
        acc += len(w) * 1000
        if len(w) > 0:
            acc += w[0] * 7 + w[-1]
        w = xs[a:]
        acc += len(w)
        w = xs[:b]
        acc += len(w) * 3
        w = xs[-100:100]
        acc += len(w) * 5
        w = xs[50:-50]
        acc += len(w) * 11
        w = xs[::-1]
        acc += w[0] * 13
        w = xs[b:a:-2]
        acc += len(w) * 17
        w = xs[1::3]
        acc += w[-1]
        w = xs.copy()
        w[0] = i
        acc += w[0] - xs[0]
        i += 1
    return acc, w, xs


data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(windows(data, 600))


def alias(xs, n):
    # slice, then change the original: the copy keeps the old values
    c = xs[:]
    s = 0
    for i in range(n):
        c = xs[:]
        xs[i % len(xs)] += 1
        s += c[i % len(c)] * 2 - xs[i % len(xs)]
        c[0] = -i
    return s, c, xs


print(alias([1, 2, 3, 4, 5], 500))


def keep(xs, n):
    # a copy of the reference to a slice: the next slice is a new list
    p = xs[:]
    q = p
    s = 0
    i = 0
    while i < n:
        p = xs[:]
        q = p
        p = xs[1:]
        q[0] += 1
        s += q[0] + p[0] + len(q) + len(p)
        i += 1
    return s, p, q


print(keep([4, 5, 6], 300))


def step_zero(xs, n, step):
    c = xs[:]
    s = 0
    i = 0
    while i < n:
        c = xs[::step]
        s += c[0]
        i += 1
    return s


print(step_zero([7, 8, 9], 300, 1))
try:
    print(step_zero([7, 8, 9], 300, 0))
except ValueError as e:
    print("ValueError:", e)


def made(xs, a, b):
    # a whole function: the slices are lists it makes
    ys = xs[a:b]
    zs = ys.copy()
    s = 0
    for i in range(len(ys)):
        zs[i] = ys[i] * 2
        s += ys[i] + zs[i]
    ys = xs[b:a:-1]
    for i in range(len(ys)):
        s += ys[i] * 3
    for v in ys:
        s += v
    return s


def inside(xs, n):
    # a new list assigned to the name a for loop runs over: the loop goes
    # on over the old list
    ys = xs[:]
    s = 0
    for k in range(n):
        for v in ys:
            ys = xs[v % 3:]
            s += v + len(ys)
    return s, ys


r = 0
for k in range(60):
    r += made([1, 2, 3, 4, 5, 6, 7, 8], k % 10 - 5, k % 7)
print(r)
print(made([1.5, 2.5, 3.5], 0, 3))
print(inside([5, 6, 7, 8], 100))
