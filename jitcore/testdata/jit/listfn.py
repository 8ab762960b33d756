# Whole functions taking and making lists of numbers.


def smooth(xs, out):
    n = len(xs)
    for i in range(1, n - 1):
        out[i] = (xs[i - 1] + xs[i] + xs[i + 1]) / 3.0


def histogram(n, nbins):
    bins = [0] * nbins
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        bins[seed % nbins] += 1
    return bins


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p < limit:
        if is_prime[p]:
            m = p * p
            while m < limit:
                is_prime[m] = False
                m += p
        p += 1
    count = 0
    for i in range(limit):
        if is_prime[i]:
            count += 1
    return count


def bump(xs, k):
    # overflows to a big int at the second call: the store deopts
    for i in range(len(xs)):
        xs[i] += k
    return xs[0]


def scaled(xs, f):
    out = len(xs) * [0.0]
    for i in range(len(xs)):
        out[i] = xs[i] * f
    return out


def total(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


def negative(n):
    # [x] * n with n < 0 is empty; an index then raises
    zs = [1.5] * n
    return zs[0]


def made_then_deopt(n):
    # the made list is materialized in its local when the loop deopts
    acc = [0] * n
    for i in range(n):
        acc[i] = i * i
        if i == n - 1:
            acc[0] = acc[i] * 2 ** 40 * 2 ** 30
    return acc


def tail_write(xs):
    xs[-1] = xs[0] + 1
    return None


xs = [float(i % 7) for i in range(50)]
out = [0.0] * 50
for _ in range(3):
    smooth(xs, out)
print(out[10], out[-1], round(sum(out), 6))
print(histogram(30000, 10))
print(histogram(3, 1))
print(sieve(100000))
ys = [1, 2, 3]
print(bump(ys, 2), ys)
print(bump(ys, 2 ** 62), bump(ys, 2 ** 62), ys)
print(scaled([1.0, 2.5, -3.0], 2.0), scaled([1, 2], 0.5) if False else scaled([1.0], -0.0))
print(total([0.5, 0.25, 0.125]), total([1.0] * 1000))
try:
    negative(-3)
except IndexError as e:
    print("IndexError:", e)
print(made_then_deopt(5))
t = [1, 2, 3]
print(tail_write(t), t)
try:
    tail_write([])
except IndexError as e:
    print("IndexError:", e)
same = [1.0, 2.0]
smooth(same, same)
print(same)


def sieve_pair(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def huge(n):
    # the count overflows 64 bits while the literal waits on the stack
    big = [7] * (n * 4611686018427387904)
    return len(big)


def stats(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        lo = x if x < lo else lo
        hi = x if x > hi else hi
    return lo, hi, xs


print(sieve_pair(100000), sieve_pair(10))
try:
    huge(4)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(stats([3, -1, 4, 1, -5, 9]))


def steps(a, b, s):
    t = 0
    for i in range(a, b, s):
        t += i
    return t


print(steps(0, 100, 7), steps(100, 0, -7), steps(5, 5, 3), steps(0, 10, -1), steps(-9223372036854775807, 9223372036854775807, 4611686018427387904))
try:
    steps(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
