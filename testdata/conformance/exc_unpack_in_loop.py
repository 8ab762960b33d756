# Unpacking errors inside a for statement over parsed records: the last one is uncaught.
lines = [
    "alice 30 admin",
    "bob 25 user",
    "carol 41 user",
]

users = []
for line in lines:
    name, age, role = line.split()
    users.append({"name": name, "age": int(age), "role": role})
print(users)

def parse_pairs(text):
    pairs = []
    for item in text.split(";"):
        try:
            key, value = item.split("=")
        except ValueError as exc:
            print(f"  skipping {item!r}: {exc}")
            continue
        pairs.append((key.strip(), value.strip()))
    return dict(pairs)

print(parse_pairs("a=1; b = 2;c=3=4; d"))

matrix = [(1, 2), (3, 4), (5, 6, 7)]
total = 0
for x, y in matrix:
    total += x * y
    print("running total", total)
