# An inventory keyed by (warehouse, sku) tuples, with dict methods and views.

stock = {}
movements = [("north", "A100", 5), ("south", "A100", 3), ("north", "B200", 10),
             ("north", "A100", -2), ("east", "C300", 7), ("south", "B200", 1),
             ("east", "C300", -7)]
for warehouse, sku, delta in movements:
    key = (warehouse, sku)
    stock[key] = stock.get(key, 0) + delta
print(stock)
empty = [k for k, v in stock.items() if v == 0]
for k in empty:
    del stock[k]
print(len(stock), list(stock), list(stock.values()))

per_sku = {}
for (warehouse, sku), qty in stock.items():
    per_sku.setdefault(sku, []).append((warehouse, qty))
print(per_sku)
totals = {sku: sum(q for _, q in places) for sku, places in per_sku.items()}
print(totals, max(totals, key=totals.get), sorted(totals.items(), key=lambda kv: -kv[1]))

prices = {"A100": 2.5, "B200": 10.0}
print(prices.get("C300"), prices.get("C300", 0.0), "A100" in prices, 2.5 in prices.values())
value = {sku: qty * prices.get(sku, 0) for sku, qty in totals.items()}
print(value)
defaults = {"A100": 1.0, "C300": 4.0, "D400": 9.0}
merged = defaults | prices
print(merged, defaults, prices | {"Z": 0})
defaults |= {"E500": 1}
defaults.update(B200=3.0)
defaults.update([("F600", 2.0)])
print(defaults)
print(defaults.pop("D400"), defaults.pop("nope", "absent"), defaults.popitem(), defaults)
print(defaults.setdefault("A100", 99), defaults.setdefault("G700", 7), defaults)
copy = defaults.copy()
copy.clear()
print(copy, len(defaults), dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
print(dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"k": "v"}, extra=True), dict(zip("ab", [1, 2])))
print({1: "a", 1.0: "b", True: "c"}, {"b": 1, "a": 2} == {"a": 2, "b": 1})
order = {"z": 1, "a": 2}
order["m"] = 3
order["z"] = 4
del order["a"]
order["a"] = 5
print(order, list(reversed(order)), next(iter(order)))
for bad in [lambda: stock[("west", "A100")], lambda: prices["Q"], lambda: {}.popitem(),
            lambda: {}.pop("k"), lambda: {[1]: 2}, lambda: dict([1, 2])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
