# Lists made by repetition ([x] * n) of ints, floats and bools, put through
# every kind of list operation: reads, writes of the same and other types,
# growth, slicing, sorting, comparison, iteration while mutating, and lists
# handed to hot functions many times.


def show(label, xs):
    print(label, len(xs), xs if len(xs) <= 12 else (xs[:4], xs[-4:]))


def basics():
    ints = [7] * 6
    floats = [0.5] * 5
    bools = [True] * 4
    empty = [3] * 0
    neg = [1] * -2
    show("ints", ints)
    show("floats", floats)
    show("bools", bools)
    show("empty", empty)
    show("neg", neg)
    print(ints[0], ints[-1], floats[-5], bools[3], type(bools[0]).__name__)
    try:
        ints[6]
    except IndexError as e:
        print("IndexError:", e)
    try:
        floats[-6] = 1.0
    except IndexError as e:
        print("IndexError:", e)
    ints[2] = 9
    ints[-1] = -4
    floats[1] = 2.25
    bools[0] = False
    show("set same", ints + floats + bools)
    print(bool([0] * 3), bool([0] * 0), [False] * 2 == [False, False], [1] * 3 == [1.0] * 3)
    print(3 * [2], [1, 2] * 3, [2.5, 1.5] * 2, [True, False] * 2, [0] * 2 * 3)


def other_types():
    xs = [0] * 5
    xs[1] = "s"
    show("str stored", xs)
    ys = [0] * 4
    ys[0] = 2**70
    ys[1] = -(2**63)
    ys[2] = 2**63 - 1
    show("big stored", ys)
    print(ys[0] + 1, ys[1] - 1)
    zs = [1.0] * 3
    zs[0] = 1
    zs[2] = True
    show("int into floats", zs)
    print([type(z).__name__ for z in zs])
    bs = [False] * 3
    bs[1] = 1
    bs[2] = None
    show("int into bools", bs)
    ws = [5] * 3
    ws[0] = True
    ws[1] = 1.5
    print(ws, [type(w).__name__ for w in ws])
    cs = [1] * 3
    cs.append(2)
    cs.append(2.0)
    cs.append([1])
    cs[-1].append(cs[0])
    show("append mixed", cs)


def growth():
    xs = [0] * 3
    for i in range(10):
        xs.append(i * i)
    show("appended", xs)
    xs.extend([100, 200])
    xs.extend(range(3))
    xs += [7, 8]
    xs += (9,)
    show("extended", xs)
    xs.insert(0, -1)
    xs.insert(100, -2)
    xs.insert(-1, -3)
    show("inserted", xs)
    print(xs.pop(), xs.pop(0), xs.pop(3), len(xs))
    del xs[0]
    del xs[-1]
    del xs[1:4]
    del xs[::3]
    show("deleted", xs)
    xs.remove(100)
    print(xs.index(49), xs.count(0), 49 in xs, 1000 in xs, 49.0 in xs)
    xs.clear()
    show("cleared", xs)
    xs.append(1)
    show("after clear", xs)
    fs = [1.5] * 2
    fs *= 3
    show("imul", fs)
    fs *= 0
    show("imul 0", fs)
    gs = [True] * 2
    gs *= 2
    gs.append(False)
    show("imul bools", gs)


def slicing():
    xs = [0] * 10
    for i in range(10):
        xs[i] = i * 3
    print(xs[2:5], xs[::-1], xs[::3], xs[-3:], xs[5:2], xs[:])
    ys = xs[1:8:2]
    ys[0] = 99
    print(xs[1], ys)
    xs[2:4] = [7, 7, 7]
    show("slice assign longer", xs)
    xs[::2] = [0.5] * 6
    show("strided assign", xs)
    fs = [1.0] * 8
    fs[1:3] = []
    fs[0:0] = [2.0]
    show("float slices", fs)
    cp = fs.copy()
    cp[0] = 3.0
    print(fs[0], cp[0], cp == fs, cp != fs, cp > fs, cp < fs, fs <= fs)
    print(list(fs) == fs, tuple([1] * 3), sorted([3] * 2 + [1] * 2), list(reversed([1, 2] * 2)))


def ordering():
    xs = [0] * 8
    for i in range(8):
        xs[i] = (i * 5) % 8 - 3
    ys = xs[:]
    xs.sort()
    show("sorted", xs)
    ys.sort(reverse=True, key=abs)
    show("sorted key", ys)
    ys.reverse()
    show("reversed", ys)
    fs = [0.0] * 4
    fs[1], fs[2] = float("inf"), -1.5
    fs.sort()
    print(fs, max(fs), min(fs), sum(fs[:2]), sum([2] * 5), sum([0.1] * 10), sum([True] * 7))
    print(sorted([True] * 2 + [False] * 2), any([False] * 4), all([True] * 4), all([1] * 0))
    print([1] * 3 < [1] * 4, [2] * 2 > [1] * 9, [1.5] * 2 == [1.5, 1.5], [True] * 2 == [1, 1])


def iteration():
    xs = [1] * 5
    out = []
    for i, x in enumerate(xs):
        if i < 3:
            xs.append(x + i)
        out.append(x)
    print(out, xs)
    ys = [2] * 6
    for y in ys:
        if len(ys) > 3:
            ys.pop()
    print(ys)
    zs = [0] * 4
    it = iter(zs)
    next(it)
    zs[1] = "changed"
    print(list(it), zs)
    a, b, c = [4] * 3
    print(a + b + c, *([0.5] * 2), [x * 2 for x in [3] * 3], {x for x in [1] * 4})
    print(list(map(str, [True] * 2)), list(zip([1] * 2, [2.0] * 3)), dict.fromkeys([5] * 3))


def representation():
    print(repr([1] * 3), str([0.1] * 2), [-0.0] * 2, [float("nan")] * 2, [1e300 * 10] * 2)
    big = [7] * 100000
    big[500] = 8
    print(len(big), big.count(7), big.index(8), sum(big), big[99999])
    nested = [[0] * 3] * 2
    nested[0][1] = 5
    print(nested, nested[0] is nested[1])
    grid = [[0] * 4 for _ in range(3)]
    for r in range(3):
        for c in range(4):
            grid[r][c] = r * c
    print(grid, [sum(row) for row in grid])
    print([[1.5] * 2] * 2 == [[1.5, 1.5], [1.5, 1.5]], [None] * 3, ["a"] * 2, [(1,)] * 2)


class Sub(list):
    pass


def subclass():
    s = Sub([1, 2])
    t = s * 3
    print(type(t).__name__, t)
    s *= 2
    print(type(s).__name__, s)


def hot(xs, n):
    total = 0
    for i in range(n):
        xs[i % len(xs)] += 1
        total += xs[(i * 7) % len(xs)]
    return total


def hot_float(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


def hot_bool(flags):
    count = 0
    for i in range(len(flags)):
        if flags[i]:
            count += 1
        else:
            flags[i] = True
    return count


def make(n):
    out = [0.0] * n
    for i in range(n):
        out[i] = i / 2
    return out


def hot_calls():
    xs = [0] * 7
    for k in range(30):
        hot(xs, 50)
    print(xs, hot(xs, 10))
    gen = [i for i in range(7)]
    print(hot(gen, 100), gen)
    xs[3] = None
    try:
        hot(xs, 5)
    except TypeError as e:
        print("TypeError:", e)
    fs = [0.25] * 9
    print([hot_float(fs) for _ in range(40)][-1])
    fs.append(2)
    print(hot_float(fs))
    fl = [False] * 5 + [True] * 5
    for _ in range(30):
        hot_bool(fl)
    print(hot_bool(fl), fl)
    for n in range(40):
        m = make(n)
    print(m[-3:], len(m), hot_float(m))


basics()
other_types()
growth()
slicing()
ordering()
iteration()
representation()
subclass()
hot_calls()
