# Unpacking rows of a table; a short row fails with "not enough values to unpack".

table = """
name   qty  price
bolt   100  0.05
nut    250  0.02
gear   4    12.50
spring 10
""".strip().splitlines()

header, *body = table
columns = header.split()
print("columns:", columns)
parsed = []
for line in body[:3]:
    name, qty, price = line.split()
    parsed.append((name, int(qty), float(price)))
    print(f"{name:<7}{int(qty):>5}{float(price):>8.2f}")

first, second, *others = parsed
print(first[0], second[0], [o[0] for o in others])
(a, b), c = ("xy", [1])
print(a, b, c)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("caught:", e)
for line in body:
    name, qty, price = line.split()
    print(name, qty, price)
