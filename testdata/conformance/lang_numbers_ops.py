# Numeric operators in an amortization schedule: //, %, **, divmod, round, int/float mixing.
def amortize(principal, yearly_rate, months):
    r = yearly_rate / 12
    payment = principal * r / (1 - (1 + r) ** -months)
    balance = principal
    rows = []
    for month in range(1, months + 1):
        interest = balance * r
        balance -= payment - interest
        rows.append((month, round(payment, 2), round(interest, 2), round(max(balance, 0), 2)))
    return rows

for month, pay, interest, balance in amortize(5000, 0.06, 6):
    print(f"{month:>2} {pay:>9.2f} {interest:>7.2f} {balance:>9.2f}")

for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (7.5, 2), (-7.5, 2)]:
    print(f"{a!r:>5} {b!r:>3}: // {a // b!r:>5} % {a % b!r:>5} divmod {divmod(a, b)}")

print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 0.5, 10 ** 20, 7 ** 2 ** 2)
print(pow(3, 4, 5), pow(2, -1, 7), 1 / 3, 2 / 2, 10 // 3.0, -0.0, 0.0 == -0.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(int(3.99), int(-3.99), int("  42 "), int("ff", 16), int("0b101", 0), float("1e3"), float(" -inf "))
print(1_000_000 * 3, 0x1F + 0o17 + 0b11, 1e3 == 1000, 3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
print(True + True, True * 10, False - 1, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -8 >> 1)
print(7 // 0.5, 7 % 0.5, -7 % 3, 7 % -3, 2 ** 100 // 3 ** 40, (2 ** 64) % 1000)
big = 1
for i in range(1, 31):
    big *= i
print(big, len(str(big)), big % (10 ** 9 + 7))
print(sum(1 / n for n in range(1, 11)), 0.1 + 0.2, 1e16 + 1, 1e-5, 123456789.0 * 1e10)
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "2 ** -1 // 0", "divmod(1, 0)"):
    try:
        eval(expr)
    except ZeroDivisionError as exc:
        print(f"{expr:>14}: {exc}")
