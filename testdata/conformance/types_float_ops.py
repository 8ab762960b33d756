# Float arithmetic: %, //, divmod, infinities, nan and mixing with ints.

inf = float("inf")
nan = float("nan")
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (5, 0.5),
         (-0.0, 3.0), (1e300, 1e-300), (3, inf), (-3, inf), (inf, 3)]
for a, b in pairs:
    print(f"{a!r:>8} {b!r:>8} {a / b!r:>24} {a // b!r:>8} {a % b!r:>22} {divmod(a, b)!r}")

print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -10 ** 400)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, -inf, inf, 0.0, -0.0]))
print(1 + 2.0, 3 * 1.5, 10 / 4, 10 // 4, 10.0 // 4, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3))
print(7 / 7, type(7 / 7).__name__, 0.1 * 3, 3 * 0.1 == 0.3)
print(10 ** 20 / 3, 10 ** 20 // 3, float(10 ** 20 // 3))
print(2 ** 1023 * 1.0, 1.0 * 2 ** 53 == 2 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(abs(-2.5), -(-2.5), +(-0.0), pow(2.0, 10), pow(-2.0, 3), pow(4, 0.5))

for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-2.0, 0.0)]:
    for name, fn in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y),
                     ("%", lambda x, y: x % y)]:
        try:
            fn(a, b)
        except ZeroDivisionError as e:
            print(a, name, b, "->", type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(type(e).__name__, e)
print((-8) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
