# Format specs on strings: alignment, fill, truncation with precision, and errors.

names = ["Ada", "Grace Hopper", "", "Zoë", "日本", "x" * 20]
for n in names:
    print(f"[{n:10}] [{n:<10}] [{n:>10}] [{n:^10}] [{n:.5}] [{n:_^11.3}] [{n!r:>15}]")

print(f"[{'ab':*^5}] [{'ab':*^6}] [{'abc':-^2}] [{'':#>3}] [{'x':\u2500^7}] [{'q':{'^'}{5}}]")
print("[{:10s}] [{:>10s}] [{:.0}] [{:s}]".format("left", "right", "cut", "plain"))
header = ("Item", "Qty", "Unit", "Total")
rows = [("Widget", 3, 4.5), ("Gadget, large", 12, 19.99), ("Nut", 1000, 0.012)]
line = "{:<14}{:>6}{:>9}{:>11}"
print(line.format(*header))
print(line.format("-" * 14, "-" * 6, "-" * 9, "-" * 11))
grand = 0
for name, qty, unit in rows:
    total = qty * unit
    grand += total
    print("{:<14.14}{:>6d}{:>9.3f}{:>11,.2f}".format(name, qty, unit, total))
print("{:>40,.2f}".format(grand))
print(format("text"), format("text", ""), format("text", "<"), format("12", "0>5"), format("12", "05"))

def box(lines, width):
    top = "+" + "-" * (width + 2) + "+"
    body = [f"| {l:<{width}.{width}} |" for l in lines]
    return "\n".join([top, *body, top])

print(box(["Conformance", "report for", "a longer line that will be cut"], 14))
for bad in ["d", "+", " ", "=", ",", "#", "010", "x"]:
    try:
        print(format("s", bad))
    except ValueError as e:
        print(type(e).__name__, e)
