# round() and divmod() in a bank ledger that keeps cents as integers and floats side by side.

transactions = [("deposit", 100.10), ("withdraw", 20.05), ("deposit", 0.10), ("deposit", 0.20),
                ("interest", 0.0125), ("withdraw", 33.333), ("fee", 2.5), ("deposit", 1e-3)]
float_balance = 0.0
cent_balance = 0
for kind, amount in transactions:
    if kind == "interest":
        float_balance *= 1 + amount
        cent_balance = round(cent_balance * (1 + amount))
    elif kind in ("withdraw", "fee"):
        float_balance -= amount
        cent_balance -= round(amount * 100)
    else:
        float_balance += amount
        cent_balance += round(amount * 100)
    euros, cents = divmod(cent_balance, 100)
    print(f"{kind:<9}{amount:>10}  float={float_balance!r:<22} "
          f"rounded={round(float_balance, 2):>8}  cents={euros}.{cents:02d}")

print(round(float_balance, 2) == cent_balance / 100, round(float_balance, 2), cent_balance / 100)
rates = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, -0.5, -1.5]
print([round(r) for r in rates], [round(r, 2) for r in rates])
print([f"{r:.0f}" for r in rates], [f"{r:.2f}" for r in rates])
amounts = [1999, 5, 100000, -250, 0]
for a in amounts:
    sign = "-" if a < 0 else ""
    e, c = divmod(abs(a), 100)
    print(f"{a:>7} cents = {sign}{e:,}.{c:02d} EUR")
split = [round(100 / 3, 2)] * 3
print(split, sum(split), round(sum(split), 2), round(100 - sum(split), 2))
print(round(123.456, -1), round(123.456, 1), round(-123.456, 0), round(5e-324, 400), round(1e16 + 1.5))
print(round(10 ** 20 + 5, -1), round(25, -1), round(35, -1), round(-25, -1), round(12345, -10))
