# Formatting complex numbers, bools, None and ranges with format specs.

zs = [3 + 4j, -1.5 - 2.25j, 1j, -0j, complex(1e10, -1e-10), complex(float("inf"), float("nan"))]
for z in zs:
    print(f"{z}|{z:.2f}|{z:>20}|{z:^22.3e}|{z:+g}|")
print(format(1 + 2j, ""), format(1 + 2j, "10"), format(1 + 2j, "<16.1f"), format(2j, "g"))
print(f"{True}|{True:>6}|{True:<6}|{True:^7}|{True:d}|{True:.1f}|{False:03}|{True:x}")
print(f"{None}|{None!r:>6}|{str(None):^8}|{None!s}")
print(f"{range(3)}|{range(3)!s:>14}|{[1, 2]!s:>8}|{(1,)!r}")
for bad in [lambda: format(1 + 2j, "d"), lambda: format(1j, "%"), lambda: format(1j, "=10"),
            lambda: format(1j, "010"), lambda: format(None, ">4"), lambda: format(True, "s")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def polar_table(points):
    rows = []
    for z in points:
        r = abs(z)
        quadrant = (1 if z.real >= 0 else 2) if z.imag >= 0 else (4 if z.real >= 0 else 3)
        rows.append(f"{z!s:>14} |{r:>8.3f} | Q{quadrant}")
    return "\n".join(rows)

print(polar_table([1 + 1j, -2 + 0.5j, -1 - 1j, 3 - 4j, 0j]))
print("%s %r" % (1 + 1j, 2j), "{0.real:.1f}/{0.imag:.1f}".format(7 - 8j), str(complex(0, -0.0)))
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), repr(-(0j)), repr(1 - 0j))
