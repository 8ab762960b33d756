# Scientific notation: physical constants printed with e/E/g at many precisions.

constants = [
    ("speed of light", 299792458.0, "m/s"),
    ("Planck", 6.62607015e-34, "J s"),
    ("Avogadro", 6.02214076e23, "1/mol"),
    ("electron mass", 9.1093837015e-31, "kg"),
    ("gravitational", 6.6743e-11, "m3/kg/s2"),
    ("Boltzmann", 1.380649e-23, "J/K"),
    ("golden ratio", 1.618033988749895, ""),
    ("one", 1.0, ""),
    ("zero", 0.0, ""),
]
print(f"{'name':<16}{'e':>14}{'.2E':>11}{'g':>13}{'.12g':>20}  unit")
for name, value, unit in constants:
    print(f"{name:<16}{value:>14e}{value:>11.2E}{value:>13g}{value:>20.12g}  {unit}")
for p in range(0, 8):
    print(p, f"{299792458.0:.{p}e}", f"{299792458.0:.{p}g}", f"{0.000123456789:.{p}g}", f"{123.456:#.{p}g}")
print(f"{1e-5:g} {1e-4:g} {1e15:g} {1e16:g} {123456:g} {1234567:g} {0.1:g} {100.0:g} {1e-5:.0e}")
print(f"{1e300 * 1e300:e} {-1e300 * 1e300:E} {float('nan'):E} {1e-320:e} {2.5e-308:.3e}")
print(repr(1e23), repr(9.999999999999999e22), f"{1e23:.17e}", f"{2**0.5:.50f}")
print(f"{12345.678:.3e}", "%.3e" % 12345.678, "{:.3e}".format(12345.678), format(12345.678, ".3e"))
print([f"{x:.1e}" for x in (0.05, 0.15, 0.25, 0.35, 9.95, 9.96)])

def engineering(value):
    if value == 0:
        return "0"
    exp = 0
    mag = abs(value)
    while mag >= 1000:
        mag /= 1000
        exp += 3
    while mag < 1:
        mag *= 1000
        exp -= 3
    return f"{'-' if value < 0 else ''}{mag:.3f}e{exp:+d}"

print([engineering(v) for v in (299792458.0, 6.62607015e-34, -0.00047, 12.0, 0)])
