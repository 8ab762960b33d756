# An error raised deep inside a generator pipeline propagates as a traceback.
def records(lines):
    for line in lines:
        name, qty, price = line.split(",")
        yield name.strip(), int(qty), float(price)

def totals(rows):
    for name, qty, price in rows:
        yield name, qty * price

def report(lines):
    grand = 0.0
    for name, total in totals(records(lines)):
        grand += total
        print(f"{name:<8}{total:>8.2f}")
    print(f"{'TOTAL':<8}{grand:>8.2f}")

report(["apple, 3, 0.5", "pear, 2, 1.25"])

def cheapest(lines):
    return min(records(lines), key=lambda rec: rec[2])

print("cheapest:", cheapest(["fig, 10, 0.2", "plum, 1, 1", "kiwi, 4, 0.35"]))
print("names:", [name for name, _, _ in records(["a,1,1", " b ,2,2"])])
report(["fig, 10, 0.2", "kiwi, three, 0.4", "plum, 1, 1"])
