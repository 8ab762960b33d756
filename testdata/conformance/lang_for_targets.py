# for-loop targets beyond names: attributes, subscripts, slices, nested tuples and starred.
class Cursor:
    def __init__(self):
        self.pos = None
        self.seen = []

    def __setattr__(self, name, value):
        if name == "pos" and value is not None:
            self.seen.append(value)
        object.__setattr__(self, name, value)

c = Cursor()
for c.pos in range(3):
    pass
print(c.pos, c.seen)

slots = {}
for slots["last"] in "abc":
    print("slot now", slots)

buffer = [0, 0, 0, 0]
for buffer[1:3] in ([1, 2], [3, 4, 5]):
    print(buffer)

grid = [[0] * 3 for _ in range(2)]
for (r, c2), value in [((0, 1), "x"), ((1, 2), "y")]:
    grid[r][c2] = value
print(grid)

for index, (name, (lo, hi)) in enumerate([("temp", (10, 30)), ("rpm", (0, 9000))]):
    print(index, name, lo, hi, hi - lo)

for first, *middle, last in ["abcd", (1, 2), range(5)]:
    print(first, middle, last)

counters = [0, 0]
for i in [0, 1, 1, 0, 1]:
    counters[i] += 1
print(counters)

def pairs():
    yield 1, 2
    yield 3, 4

total = 0
for total_part, other in pairs():
    total += total_part * other
print(total)

matrix = {}
for matrix[("row", 0)], matrix[("row", 1)] in [(1, 2), (3, 4)]:
    pass
print(matrix)
for _ in range(2):
    for _ in range(3):
        pass
print(_)
