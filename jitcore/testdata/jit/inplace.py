def counts(n):
    c = [0] * 7
    f = [0.0] * 3
    for i in range(n):
        c[i % 7] += i
        c[-1] -= 1
        f[i % 3] *= 0.5
        f[i % 3] += i
    return c, f


def flipper(n):
    p = [3, 1, 2, 0, 4]
    flips = 0
    for k in range(n):
        lo = 0
        hi = p[0]
        while lo < hi:
            p[lo], p[hi] = p[hi], p[lo]
            lo += 1
            hi -= 1
        flips += p[0]
    return flips, p


print(counts(3000))
print(flipper(3000))
