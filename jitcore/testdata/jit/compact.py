# Compact lists ([x] * n keeps ints, floats and bools unboxed) in native
# code: loads, stores, iteration, slices and lists it makes, and lists
# that Python code makes generic while native code holds them.


def count_marked(flags):
    # a bool list read and written in place
    n = 0
    for i in range(len(flags)):
        if flags[i]:
            n += 1
            flags[i] = False
        else:
            flags[i] = True
    return n


def scale(xs, f):
    # a float list, iterated and stored
    s = 0.0
    for x in xs:
        s += x
    for i in range(len(xs)):
        xs[i] = xs[i] * f
    return s


def made(n):
    # a list native code makes (compact), stored into, returned
    out = [0] * n
    for i in range(n):
        out[i] = i * i
    return out


def windows(xs):
    # slices of a compact list
    best = 0
    for i in range(len(xs) - 2):
        w = xs[i : i + 3]
        t = w[0] + w[1] + w[2]
        if t > best:
            best = t
    return best


def grow(xs, n):
    # the innermost call deoptimizes (an int overflows): the interpreter
    # stores a big int into the list, which becomes generic, then writes
    # xs[0]; the waiting callers must see the new list, not the old words
    if n == 0:
        xs[1] = xs[1] * 4294967296 * 4294967296
        xs[0] = 1000
        return 0
    xs[0] += 1
    r = grow(xs, n - 1)
    xs[2] += 1
    return r + xs[0] + xs[2]


def loop_sum(xs, m):
    # a loop over a list that a call in the loop makes generic
    s = 0
    for i in range(m):
        s += xs[i % len(xs)]
        if i == m // 2:
            xs.append("end")
            xs.pop()
    return s


def sieve(limit):
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
    for k in range(limit + 1):
        if flags[k]:
            count += 1
    return count


GLOBAL = [2] * 10


def use_global(m):
    s = 0
    for i in range(m):
        s += GLOBAL[i % 10]
        GLOBAL[i % 10] = i
    return s


fl = [True] * 50
for _ in range(5):
    print(count_marked(fl), fl[:3])
fl[7] = 3
print(count_marked(fl), fl[5:9])

fs = [1.5] * 20
for _ in range(4):
    print(scale(fs, 0.5))
fs[3] = 2
print(scale(fs, 2.0), fs[:5])

for k in range(12):
    m = made(k)
print(m, made(0), len(made(1000)))

ws = [0] * 30
for i in range(30):
    ws[i] = (i * 7) % 11
for _ in range(3):
    print(windows(ws))
ws[4] = 100.5
print(windows(ws))

for t in range(4):
    xs = [1] * 5
    print(grow(xs, 3 + t), xs)

ys = [3] * 8
for t in range(3):
    print(loop_sum(ys, 50 + t))
ys[0] = 2**64
print(loop_sum(ys, 20))

for lim in (10, 100, 1000, 100000):
    print(sieve(lim))

for _ in range(3):
    print(use_global(25))
GLOBAL[0] = "s"
try:
    use_global(3)
except TypeError as e:
    print("TypeError:", e)
print(GLOBAL)


def grid_sum(grid, reps):
    tag = str(reps)  # the whole function does not compile: its loop does
    s = 0
    for r in range(reps):
        for row in grid:
            for x in row:
                s += x
    return tag, s


grid = [[i + j for j in range(4)] for i in range(3)]
for _ in range(3):
    print(grid_sum(grid, 5))
grid[1] = [5] * 4  # a compact row: native code reads only generic ones
print(grid_sum(grid, 5))
grid[1][2] = 7
print(grid_sum(grid, 5), grid)
