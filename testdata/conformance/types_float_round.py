# round() with half cases, negative digits, and a price table.

halves = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]
print([round(x) for x in halves])
print([type(round(x)).__name__ for x in halves[:2]])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 2.675, 1.005)])
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375, 10.0 / 3)])
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(123456, -3), round(7, 0), round(7))
print(round(1e300, 2), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.4), round(-0.0, 1))
print(round(2.5, None), round(3, None), round(True))

prices = {"apple": 0.615, "bread": 2.345, "cheese": 10.005, "dates": 3.3349,
          "eggs": 1.995}
total = 0.0
for name, price in prices.items():
    qty = len(name)
    line = price * qty
    total += line
    print(f"{name:<8} {qty:>2} x {price:>7} = {line:>9.4f} ~ {round(line, 2):>7}")
print("total", total, round(total, 2), f"{total:.2f}")

def banker_total(amounts):
    return round(sum(amounts), 2)

print(banker_total([0.125, 0.125]), banker_total([1.115, 0.0]))

for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
