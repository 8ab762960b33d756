# Tuples as immutable records: packing, unpacking, comparison, count/index, hashing.

point = (3, 4)
x, y = point
print(point, x, y, len(point), point[0], point[-1], point + (5,), point * 2)
single = (42,)
empty = ()
print(single, empty, type(single).__name__, len(empty), (1), tuple("ab"), tuple([1, [2]]))
first, *rest = (1, 2, 3, 4)
*init, last = "abcd"
a, (b, c), d = 1, (2, 3), 4
print(first, rest, init, last, a, b, c, d)
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)

segments = [((0, 0), (3, 4)), ((1, 1), (1, 5)), ((-2, 0), (2, 0)), ((0, 0), (0, 0))]
for (x1, y1), (x2, y2) in segments:
    length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
    print(f"({x1},{y1})->({x2},{y2}) len={length}")
print(sorted(segments, key=lambda s: s[1]), max(segments))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), ("a", 1) < ("a", 2))
print((1, 2, 2, 3, 2).count(2), (1, 2, 3).index(3), (5, 6, 7).index(7, 1))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()))
print(hash((1, 2)), hash((-1,)), hash(("only ints", 0)) == hash(("only ints", 0)))
visited = {(0, 0): "start", (0, 1): "wall", (1, 1): "goal"}
print(visited[(1, 1)], visited[0, 1], (0, 0) in visited, (2, 2) in visited)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1], (0,) * 3, divmod(17, 5))
print(repr((1,)), repr(((),)), str((None, True, "s", 1.0)), tuple(range(0)))
for bad in [lambda: point.__setitem__(0, 1), lambda: hash((1, [2])),
            lambda: (1, 2).index(5), lambda: point[2], lambda: (1, 2) + [3]]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
