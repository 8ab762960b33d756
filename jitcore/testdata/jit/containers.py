# Lists and tuples of lists and tuples read and written in place: a list
# of pairs of bodies sharing the body lists, unpacking in for loops and in
# assignments, grids, inner lists of a wrong type or too short, and Python
# code changing the inner lists between native entries.
import math


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (a, b) in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[2] * mag
            am = a[2] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            b[3] += dx * am
            b[4] += dy * am
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[2] * (b[3] * b[3] + b[4] * b[4])
    for (a, b) in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        e -= a[2] * b[2] / math.sqrt(dx * dx + dy * dy + 0.01)
    return e


def system(n):
    bodies = [[float(k), 0.5 * k, 1.0 + k, 0.0, 0.1 * k] for k in range(n)]
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return bodies, pairs


bodies, pairs = system(4)
print("%.9f" % energy(bodies, pairs))
advance(bodies, pairs, 0.01, 300)
print("%.9f" % energy(bodies, pairs))
print(["%.6f" % x for x in bodies[1]])
# aliasing: the same list in every pair sees every store
bodies[2].append("tail")  # Python code changes an inner list between entries
advance(bodies, pairs, 0.01, 3)
print(bodies[2][5], "%.6f" % bodies[2][0])
# an inner element of another kind: the loop deoptimizes, Python's result
bodies[3][3] = 2
advance(bodies, pairs, 0.01, 2)
print(type(bodies[3][3]).__name__, "%.6f" % bodies[3][3])
# a pair that is a list, not a tuple: the element guard fails
pairs[0] = [bodies[0], bodies[1]]
advance(bodies, pairs, 0.01, 2)
print("%.6f" % energy(bodies, pairs))
# an inner list too short: IndexError as Python
short = [[1.0, 2.0, 3.0, 0.0, 0.0], [4.0, 2.0, 3.0, 0.0, 0.0], [1.0, 2.0]]
try:
    advance(short, [(short[0], short[1]), (short[0], short[2])], 0.01, 5)
except IndexError as e:
    print("IndexError:", e)
# a pair of three: ValueError as Python
try:
    advance(bodies, [(bodies[0], bodies[1]), (bodies[0], bodies[1], bodies[2])], 0.01, 2)
except ValueError as e:
    print("ValueError:", e)


def grid_sum(grid, n):
    t = 0
    for k in range(n):
        for i in range(len(grid)):
            row = grid[i]
            for j in range(len(row)):
                row[j] += 1
                t += grid[i][j]
    return t


g = [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]
print(grid_sum(g, 3), g)
g[1] = g[0]  # two rows are one list
print(grid_sum(g, 2), g)
g[2] = (1, 2)  # a tuple row: its store raises as in Python
try:
    print(grid_sum(g, 2))
except TypeError as e:
    print("TypeError:", e, g)


def centroid(points, reps):
    sx = sy = 0.0
    for _ in range(reps):
        for p in points:
            x, y = p
            sx += x
            sy += y
    return sx / len(points), sy / len(points)


pts = [(1.0, 2.0), (3.0, 5.0), (-1.0, 0.5)]
print(centroid(pts, 10))
pts.append((2.0, "y"))
try:
    print(centroid(pts, 2))
except TypeError as e:
    print("TypeError:", e)


def swap_pairs(pairs, n):
    t = 0
    for _ in range(n):
        for pr in pairs:
            a, b = pr
            a[0], b[0] = b[0], a[0]
            t += a[0] - b[0]
    return t


xs, ys, zs = [1, 2], [10, 20], [100]
print(swap_pairs([(xs, ys), (ys, zs), (zs, xs)], 5), xs, ys, zs)


def nested_tuples(rows):
    t = 0.0
    for r in rows:
        for c in r:
            t += c[0] * c[1]
    return t


rows = [[(1.0, 2.0), (3.0, 4.0)], [(0.5, 0.5)]]
for _ in range(3):
    print(nested_tuples(rows))
    rows[0].append((1.0, 1.0))
