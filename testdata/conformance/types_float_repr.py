# repr and str of floats that are hard to print correctly.

values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-5, 1e-4, 0.0001234, 1e22, 1e21, 1e23, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, -0.0, 0.0, 100.0, 1.5, 2.5e-10, 9007199254740993.0,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 1e100,
          12345.6789, 0.000001, 1.0e-7, 4.35, 2.675, 1.1 * 3]

for v in values:
    print(f"{repr(v):>26} {str(v):>26}")

print([0.1 * i for i in range(6)])
print(sum([0.1] * 10), 0.1 * 10)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print((1e16 + 1) - 1e16, 1e16 + 2)
print(float("1e500"), float("-1e500"), float("1e-400"))
print(float(" 3.25 "), float("-inf"), float("Infinity"), float("nan"), float("+1_000.5"))
print(float(10 ** 20), float(2 ** 53 + 1), float(True))
print(tuple([1.0, -2.5, 1e-9]), {"x": 0.5}, [float("nan")])
print(5e-324 / 2, 5e-324 * 0.5, 1.7976931348623157e308 * 10)
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), abs(-0.0))
for text in ("abc", "1.2.3", "", "1e", "0x10"):
    try:
        float(text)
    except ValueError as e:
        print(type(e).__name__, e)
