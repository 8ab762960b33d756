# Sequence repetition: sizes from empty to large, shared elements, in-place
# forms, and the errors of absurd counts.


def attempt(label, make):
    try:
        r = make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
        return
    print(label, type(r).__name__, len(r))


# counts at and below zero, and bools as counts
for n in (-(2 ** 63), -3, 0, 1, 2, True, False):
    print(n, [7] * n, n * [7, 8], (1,) * n, "ab" * n, b"xy" * n)

# a large list of one scalar, built in place
flags = [True] * 1_000_003
print(len(flags), flags[0], flags[-1], flags.count(True), sum(flags))
flags[5] = False
print(flags[4:7], flags.count(False))
floats = [0.5] * 300_001
print(len(floats), sum(floats), floats[150_000])

# a pattern of several items repeated past any chunk size
pattern = [1, -2, 3.5, None, True, "s", (1, 2)]
big = pattern * 50_000
print(len(big), big[:8], big[-7:] == pattern, big[7 * 31_337 + 3])
print(sum(x for x in big if type(x) is int))

# repetition shares the elements, it does not copy them
grid = [[0] * 3] * 4
grid[0][1] = 5
print(grid, grid[1] is grid[3])
rows = [[0] * 3 for _ in range(4)]
rows[0][1] = 5
print(rows)
boxes = [{}] * 3
boxes[2]["k"] = 1
print(boxes)

# in-place repetition keeps the object
xs = [1, 2]
alias = xs
xs *= 3
print(xs, alias is xs)
xs *= 1
print(xs)
xs *= 0
print(xs, alias)
objs = [[1]]
objs *= 4
objs[0].append(2)
print(objs)
ba = bytearray(b"ab")
ba2 = ba
ba *= 3
print(ba, ba2 is ba)
ba *= -1
print(ba)
t = (1, [2])
print(t * 2, t * 0 == ())

# absurd counts: CPython's errors
attempt("list 2**62", lambda: [1] * 2 ** 62)
attempt("list3 2**62", lambda: [1, 2, 3] * 2 ** 62)
attempt("list 2**63-1", lambda: [1] * (2 ** 63 - 1))
attempt("list 2**63", lambda: [1] * 2 ** 63)
attempt("list -2**63-1", lambda: [1] * (-(2 ** 63) - 1))
attempt("empty 2**63-1", lambda: [] * (2 ** 63 - 1))
attempt("empty 2**64", lambda: [] * 2 ** 64)
attempt("list -2**70", lambda: [1] * -(2 ** 70))
attempt("tuple 2**62", lambda: (1, 2, 3) * 2 ** 62)
attempt("str 2**62", lambda: "abc" * 2 ** 62)
attempt("str 2**61", lambda: "abc" * 2 ** 61)
attempt("bytes 2**62", lambda: b"abc" * 2 ** 62)
attempt("bytearray 2**62", lambda: bytearray(b"abc") * 2 ** 62)


def inplace_list(n):
    ys = [1, 2]
    ys *= n
    return ys


def inplace_bytearray(n):
    b = bytearray(b"q")
    b *= n
    return b


attempt("list *= 2**62", lambda: inplace_list(2 ** 62))
attempt("list *= 2**64", lambda: inplace_list(2 ** 64))
attempt("bytearray *= 2**62", lambda: inplace_bytearray(2 ** 62))
attempt("bytearray *= 2**64", lambda: inplace_bytearray(2 ** 64))
attempt("list *= 3", lambda: inplace_list(3))
