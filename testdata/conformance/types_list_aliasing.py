# List multiplication aliasing, shallow copies and identity.

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])

row = [1, 2]
nested = [row, row]
row.append(3)
print(nested, nested[0] is nested[1])
shallow = nested[:]
shallow[0] = ["new"]
shallow[1].append(4)
print(nested, shallow)
copy1 = list(nested)
copy2 = nested.copy()
print(copy1 == nested, copy1 is nested, copy2[0] is nested[0])

a = [1, 2, 3]
b = a
b += [4]
print(a, b, a is b)
b = b + [5]
print(a, b, a is b)
t = (a, "x")
a.append(9)
print(t)

def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item(1), add_item(2), add_item(3, []), add_item(4))

def add_item_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(add_item_safe(1), add_item_safe(2))
cells = [None] * 4
for i in range(4):
    cells[i] = [i] * i
print(cells)
board = [["."] * 4 for _ in range(3)]
board[1][2] = "#"
board[2][0] = "@"
print("\n".join("".join(r) for r in board))
lst = [0, 1, 2, 3, 4, 5]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
selfref = [1, 2]
selfref.append(selfref)
print(selfref, len(selfref), selfref[2][2][0])
d = {"k": 1}
d["self"] = d
print(d)
