# Mixing huge integers with floats: OverflowError int too large to convert to float.

def mean(values):
    return sum(values) / len(values)


small = [10, 20, 30, 45]
print(mean(small), sum(small) // len(small))
growth = [2 ** k for k in range(0, 200, 40)]
print(growth)
print(mean(growth))
print(float(2 ** 1023), 2 ** 1023 / 2 ** 1000, 10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
print(10 ** 400 * 0 + 1.5)
print(f"{2 ** 1000 / 3:.3e}")
for exp in (500, 1000, 1100):
    value = 3 ** exp
    print(exp, value.bit_length())
print(int(1e308) == 10 ** 308, int(1e308) > 10 ** 307)
print(10 ** 308 < float("inf"), 10 ** 400 < float("inf"), 10 ** 400 > 1e308)
for op in (lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: 2 ** 5000 + 0.5):
    try:
        op()
    except OverflowError as e:
        print(type(e).__name__, e)
huge = [10 ** 300, 10 ** 310, 10 ** 320]
print([x.bit_length() for x in huge])
print(mean(huge))
