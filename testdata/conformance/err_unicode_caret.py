# Carets under an expression that follows non-ASCII text on the same line.
# The failing line also holds a second statement after a semicolon.

prices = {"café": 3.2, "thé": 2.8, "crème brûlée": 6.5, "naïve toast": 4.0}
quantities = {"café": 2, "thé": 1, "crème brûlée": "1", "naïve toast": 3}
labels = {"café": "☕ coffee", "thé": "🍵 tea"}

for item in ("café", "thé"):
    print(f"{labels[item]:<12} {item:<14} {prices[item] * quantities[item]:6.2f}")
summary = {k: len(k) for k in prices}
print(summary, sum(summary.values()), max(summary, key=summary.get))
print("encoded lengths:", {k: len(k.encode()) for k in prices})
total = 0.0
for item in ("café", "thé", "naïve toast"):
    total += prices[item] * quantities[item]
print(f"subtotal {total:.2f}")
widths = [(k, len(k), len(k.encode("utf-8")), len(k.encode("utf-16-le")) // 2) for k in labels.values()]
print("label widths (chars, utf-8 bytes, utf-16 units):", widths)
menu = " · ".join(f"{k} {v:.1f}€" for k, v in sorted(prices.items()))
print(menu, len(menu))
print("upper:", [k.upper() for k in prices], "ascii:", ascii("crème"))
item = "crème brûlée"
note = "dessert ✓"; print("ordering", item, note)
label = "dessert ✓ " + item; line = prices[item] * quantities[item] + 1.0
print(label, line)
