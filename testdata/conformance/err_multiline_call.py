# An error inside a call whose arguments span several lines.

def make_label(name, quantity, unit_price, currency="EUR"):
    total = quantity * unit_price
    return f"{name}: {quantity} x {unit_price:.2f} = {total:.2f} {currency}"


catalog = {
    "apple": 0.35,
    "pear": 0.5,
    "plum": 0.2,
}
stock = {"apple": 12, "pear": 7, "plum": "9"}

labels = [
    make_label(
        name,
        stock[name],
        catalog[name],
    )
    for name in ("apple", "pear")
]
print("\n".join(labels))
totals = {name: stock[name] * price for name, price in catalog.items() if name != "plum"}
print(totals)
print(make_label("plum",
                 stock["plum"],
                 catalog["plum"],
                 currency="USD"))
