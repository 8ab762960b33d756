# Format specs on integers: fill, align, sign, #, 0, width, grouping and type letters.

numbers = [0, 7, -7, 42, 255, -255, 1000, 65535, 1234567, -9876543210, 2 ** 64]
specs = ["", "d", "5d", "<6", "^7", ">8", "=+8", "+", "-", " ", "08", "+08", "_", ",", "x",
         "X", "#x", "#X", "o", "#o", "b", "#b", "#010x", "_x", "_b", "c", "n", "e", ".2f", "%"]
for spec in specs:
    cells = []
    for n in numbers[:6]:
        if spec == "c" and n < 0:
            cells.append("-")
            continue
        if spec == "c" and n < 32:
            cells.append(repr(format(n, spec)))
            continue
        cells.append(format(n, spec))
    print(f"{spec!r:>9}: " + " | ".join(cells))

for n in numbers[6:]:
    print(f"{n:,} {n:_} {n:>20,} {n:*^24_} {n:+,d} {n:#_x} {n:#_o} {n:e} {n:.3%}")

print(f"{42:*<10}|{42:*>10}|{42:*^10}|{-42:*=10}|{42:0=10}|{-42:010}|{42:=^+9}")
print(f"{255:#06x}|{255:#6x}|{255:<#8b}|{-255:#x}|{-1:b}|{-0:+d}|{0:#o}")
print(f"{10:{'>'}{6}}|{10:{'0'}{4}d}|{7:{'#'}{'x'}}")
print(f"{True:d}|{True}|{False:>6}|{True:#x}|{1_000:n}")
print(format(1234567, ",").replace(",", "."), format(-1234, "08,"), format(12345678, "012,"))
print(f"{65:c}{97:c}{0x1F600:c}{233:c}", repr(f"{10:c}"))
for bad in ["s", ".2", ",_", "_,", "=s", "z"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(type(e).__name__, e)
for value, spec in [(-1, "c"), (0x110000, "c"), (5, "#c")]:
    try:
        print(format(value, spec))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
