# A TypeError inside a multi-line expression: the traceback shows where the failing call starts.
def price_with_tax(net, rate):
    return net * (1 + rate)

def line_total(item):
    return price_with_tax(
        item["qty"] * item["unit"],
        item["tax"],
    )

cart = [
    {"name": "pen", "qty": 3, "unit": 1.2, "tax": 0.2},
    {"name": "book", "qty": 1, "unit": 15.0, "tax": 0.05},
]
totals = {
    item["name"]: round(line_total(item), 2)
    for item in cart
}
print(totals)
summary = (
    f"{len(cart)} items, "
    f"{sum(totals.values()):.2f} total"
)
print(summary)

cart.append({"name": "mug", "qty": "2", "unit": 4.5, "tax": 0.2})
try:
    line_total(cart[-1])
except TypeError as exc:
    print("TypeError:", exc)

cart[-1]["qty"] = 2
cart.append({"name": "gift card", "qty": 1, "unit": 25.0, "tax": None})
grand_total = sum(
    line_total(item)
    for item in cart
)
print(grand_total)
