# enumerate with start, zip of several iterables, zip(strict=True) errors.

fruits = ["apple", "banana", "cherry"]
prices = [1.2, 0.5, 3.0]
stock = (10, 0, 7, 99)

for i, fruit in enumerate(fruits):
    print(i, fruit)
for lineno, fruit in enumerate(fruits, start=1):
    print(f"{lineno:>2}. {fruit}")
print(list(enumerate("ab", -2)), list(enumerate([], 5)), list(enumerate(range(3), start=10)))

for fruit, price, qty in zip(fruits, prices, stock):
    print(f"{fruit:<8}{price:>6.2f}{qty:>4}{'  SOLD OUT' if qty == 0 else ''}")
print(list(zip()), list(zip("abc")), list(zip("abc", range(10))), dict(zip(fruits, prices)))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = list(zip(*matrix))
print(transposed, [list(r) for r in zip(*transposed)])
names, scores = zip(*[("x", 1), ("y", 2), ("z", 3)])
print(names, scores)
print(list(zip(fruits, prices, strict=True)))
pairs = list(zip(range(3), range(3, 6)))
print(pairs, sum(a * b for a, b in pairs))
for idx, (a, b) in enumerate(zip("xyz", "XYZ"), 1):
    print(idx, a + b, end="; ")
print()
e = enumerate("hi")
print(next(e), next(e), next(e, "end"), type(e).__name__, type(zip()).__name__)
windows = list(zip(prices, prices[1:]))
print(windows, [round(b - a, 2) for a, b in windows])
for args in [(fruits, stock), (stock, fruits), ([1, 2], [3], [4, 5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("x", "1")
except TypeError as e:
    print(type(e).__name__, e)
