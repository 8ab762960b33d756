# Float methods: is_integer, as_integer_ratio, hex, fromhex, and exact fractions.

values = [0.5, 0.1, 3.0, -2.75, 1e16, 1 / 3, 0.0, -0.0, 6.02e23, 5e-324]
for v in values:
    n, d = v.as_integer_ratio()
    print(f"{v!r:>22} int={v.is_integer()!s:<5} ratio={n}/{d} hex={v.hex()}")

for text in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0x10", "0X.8P0",
             "inf", "-nan", "  0x1.4p3  "]:
    print(text.strip(), "->", float.fromhex(text))

round_trip = [float.fromhex(v.hex()) == v for v in values]
print(all(round_trip), round_trip.count(True))

def mediant_approx(x, max_den):
    lo_n, lo_d, hi_n, hi_d = 0, 1, 1, 0
    best = (round(x), 1)
    while True:
        n, d = lo_n + hi_n, lo_d + hi_d
        if d > max_den:
            return best
        if abs(n / d - x) < abs(best[0] / best[1] - x):
            best = (n, d)
        if n / d < x:
            lo_n, lo_d = n, d
        elif n / d > x:
            hi_n, hi_d = n, d
        else:
            return (n, d)

for x in (3.141592653589793, 2.718281828459045, 0.333, 1.4142135623730951):
    for limit in (10, 100, 1000):
        n, d = mediant_approx(x, limit)
        print(f"{x:.6f} ~ {n}/{d} err={abs(n / d - x):.2e}")

print(float(5).is_integer(), (2.5).is_integer(), float("inf").is_integer())
print((1.5).real, (1.5).imag, (1.5).conjugate(), float.__name__)
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float.fromhex("0x1.zp3")
except ValueError as e:
    print(type(e).__name__, e)
