# Numeric tables: powers of two, a multiplication grid, and a unit conversion chart.

print(f"{'n':>3} {'2**n':>22} {'hex':>18} {'bin bits':>9} {'sci':>10}")
for n in (0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 70):
    v = 2 ** n
    print(f"{n:>3} {v:>22,} {v:>#18x} {v.bit_length():>9} {v:>10.3e}")

size = 9
print("    " + "".join(f"{c:>4}" for c in range(1, size + 1)))
print("    " + "-" * (4 * size))
for r in range(1, size + 1):
    print(f"{r:>2} |" + "".join(f"{r * c:>4}" for c in range(1, size + 1)))

units = [("B", 1), ("KiB", 1024), ("MiB", 1024 ** 2), ("GiB", 1024 ** 3)]

def human(nbytes):
    for name, factor in reversed(units):
        if nbytes >= factor:
            return f"{nbytes / factor:.1f} {name}" if factor > 1 else f"{nbytes} B"
    return "0 B"

for n in (0, 1, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 30 + 1, 123456789012):
    print(f"{n:>15,d} -> {human(n):>10} | {n:>12.4g} | {n:>14_} | {n / 2 ** 20:>12.6f}")

temps = range(-40, 101, 20)
print(" C:" + " ".join(f"{c:>6}" for c in temps))
print(" F:" + " ".join(f"{c * 9 / 5 + 32:>6.1f}" for c in temps))
print(" K:" + " ".join(f"{c + 273.15:>6.2f}" for c in temps))
percentages = [0.0, 0.05, 0.333333, 0.5, 0.999, 1.0, 1.2345]
print(" ".join(f"{p:.0%}" for p in percentages), "|", " ".join(f"{p:6.2%}" for p in percentages))
