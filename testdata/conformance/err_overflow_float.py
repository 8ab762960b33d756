# Compound growth until the float overflows: OverflowError from **.
# Each step prints before the final loop squares its way past the largest double.


def grow(principal, rate, years):
    return principal * (1 + rate) ** years


for years in (1, 10, 50, 100):
    print(f"{years:>4} years: {grow(1000.0, 0.07, years):,.2f}")

print(f"{grow(1.0, 1.0, 1000):e}")
print(2.0 ** 1023, 2 ** 1024)
big = 10 ** 308
print(float(big))
history = []
value = 1.5
for step in range(12):
    value = value ** 2
    history.append(value)
print(history[-1])
print([f"{v:.3e}" for v in history[:8]])
exponents = [100, 500, 1000, 2000]
for e in exponents:
    print(e, "->", 10.0 ** e)
