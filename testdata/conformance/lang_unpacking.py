# Assignment forms: tuple/list unpacking, starred targets, nested targets, chained.
records = [
    ("alice", 34, "london", "uk"),
    ("bob", 27, "paris"),
    ("carol", 45, "berlin", "de", "eu"),
]

for name, age, *location in records:
    print(f"{name:>6} {age:3d} location={location}")

first, *middle, last = range(10)
print("first", first, "middle", middle, "last", last)

*init, tail = "hello"
print(init, tail)

head, *rest = [1]
print(head, rest)

(a, b), [c, (d, *e)] = (1, 2), [3, (4, 5, 6, 7)]
print(a, b, c, d, e)

x = y = z = []
x.append(1)
print(x, y, z, x is y is z)

i = j = 0
i += 1
print(i, j)

# swap and rotate
p, q, r = 1, 2, 3
p, q, r = q, r, p
print(p, q, r)

# unpacking in for loops over dict items
prices = {"apple": 3, "pear": 5, "fig": 7}
total = 0
for idx, (fruit, price) in enumerate(prices.items(), start=1):
    total += price
    print(idx, fruit, price, total)

# starred in expressions
combined = [*range(3), *"ab", *prices]
print(combined)
merged = {**prices, "kiwi": 2, **{"apple": 4}}
print(merged)
t = *range(2), 9
print(t)

# assigning to a list of attributes and subscripts in one statement
class Box:
    pass

box = Box()
cells = [0, 0, 0]
box.w, cells[1], box.h = 10, 20, 30
print(box.w, box.h, cells)

# errors from unpacking, caught
for value in [(1, 2, 3), (1,), "ab"]:
    try:
        m, n = value
        print("ok", m, n)
    except ValueError as exc:
        print("ValueError:", exc)

try:
    u, v, *w, z2 = (1, 2)
except ValueError as exc:
    print("ValueError:", exc)

try:
    k, l = 5
except TypeError as exc:
    print("TypeError:", exc)
