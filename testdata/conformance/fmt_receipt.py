# A shop receipt: column layout, currency formatting, tax lines and a totals box.

items = [
    ("Organic bananas", 1.29, 3, "F"),
    ("Sourdough loaf", 4.5, 1, "F"),
    ("Sparkling water 6x1.5L", 5.99, 2, "B"),
    ("Dish soap", 2.75, 1, "H"),
    ("Parmesan, aged 24 months", 12.8, 0.35, "F"),
]
TAX = {"F": 0.055, "B": 0.2, "H": 0.2}
WIDTH = 44
print("=" * WIDTH)
print(f"{'CORNER MARKET':^{WIDTH}}")
print(f"{'12 Rue des Fleurs - Lyon':^{WIDTH}}")
print("=" * WIDTH)
subtotal = 0.0
tax_by_code = {}
for name, price, qty, code in items:
    amount = round(price * qty, 2)
    subtotal += amount
    tax_by_code[code] = tax_by_code.get(code, 0.0) + amount * TAX[code]
    qty_text = f"{qty:g}" if isinstance(qty, int) else f"{qty:.3f}kg"
    label = name if len(name) <= 24 else name[:23] + "~"
    print(f"{label:<24} {qty_text:>8} {amount:>8.2f} {code}")
print("-" * WIDTH)
print(f"{'Subtotal':<33}{subtotal:>10.2f}")
for code in sorted(tax_by_code):
    print(f"  VAT {code} {TAX[code]:>6.1%} {'':<17}{tax_by_code[code]:>10.2f}")
tax_total = sum(tax_by_code.values())
total = subtotal + tax_total
print(f"{'TOTAL':<33}{total:>10.2f}")
print(f"{'TOTAL (rounded)':<33}{round(total, 1):>10.2f}")
paid = 50
change = paid - total
print(f"{'Cash':<33}{paid:>10.2f}")
print(f"{'Change':<33}{change:>10.2f}")
coins = [2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01]
cents = round(change * 100)
breakdown = []
for coin in coins:
    count, cents = divmod(cents, round(coin * 100))
    if count:
        breakdown.append(f"{count}x{coin:g}")
print("Coins: " + ", ".join(breakdown))
print("=" * WIDTH)
print(f"{'Items: ' + str(len(items)):<22}{'Thank you!':>22}")
print(f"{'+' + '-' * 20 + '+':^{WIDTH}}")
print(f"{'|' + format(total, '^20.2f') + '|':^{WIDTH}}")
print(f"{'+' + '-' * 20 + '+':^{WIDTH}}")
