# Native code reads and writes lists in place: the same list passed twice,
# Python code changing a list between native entries, elements of another
# kind (a load deoptimizes), stores over objects (the interpreter stores).


def swap_into(a, b, n):
    for i in range(n):
        a[i % len(a)] = b[(i + 1) % len(b)] + 1
    return a[0] + b[-1]


xs = [1, 2, 3, 4]
ys = [5, 6, 7]
print(swap_into(xs, ys, 1000), xs, ys)
zs = [1, 2, 3, 4]
print(swap_into(zs, zs, 1000), zs)
for k in range(5):
    zs.append(k)
    zs[0] = k * 10
    del zs[1]
    print(swap_into(zs, zs, 50 + k), len(zs), zs[:3])


def total(xs):
    t = 0
    for i in range(len(xs)):
        t += xs[i]
    return t + xs[-1]


data = list(range(100))
for k in range(4):
    print(total(data))
    data.append(k)
    data[3] = -k
data[50] = 2.5
print(total(data))
data[50] = True
print(total(data))
data[50] = "x"
try:
    print(total(data))
except TypeError as e:
    print("TypeError:", e)


def fill(xs, v):
    for i in range(len(xs)):
        xs[i] = v
    return xs[0]


nums = [0 for _ in range(10)]  # generic: fill compiles over boxed Values
print(fill(nums, 3), nums)
mixed = [1, 2, "s", 4, None, 6]
print(fill(mixed, 7), mixed)
flags = [True, False] * 5
print(fill(flags, False), flags)


def oob(xs, i):
    s = 0
    for j in range(3):
        s += xs[i]
    return s


print(oob([1, 2, 3], -3))
try:
    print(oob([1, 2, 3], 3))
except IndexError as e:
    print("IndexError:", e)
try:
    print(oob([1, 2, 3], -4))
except IndexError as e:
    print("IndexError:", e)

# a loop entered again and again while Python code grows its list
buf = [0] * 10
acc = 0
for rep in range(30):
    buf.append(rep)
    for i in range(len(buf)):
        acc += buf[i]
        buf[i] = buf[i] + 1
    if rep == 20:
        buf[rep % 7] = 0.5
print(acc, buf[:8], len(buf))

# stores over objects in a loop
names = [1, 2, 3, 4, 5]
for rep in range(20):
    if rep == 10:
        names[2] = "two"
        names[4] = [1]
    for i in range(len(names)):
        names[i] = rep
print(names)

# a list of lists: each row is a list local of the inner loop in turn
grid = [[i * j for j in range(6)] for i in range(5)]
s = 0
for row in grid:
    for j in range(len(row)):
        row[j] = row[j] * 2
        s += row[j]
print(s, grid[4])
