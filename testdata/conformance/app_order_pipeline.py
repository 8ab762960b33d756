# An order-processing pipeline with validation stages; a bad quantity is fatal.

ORDERS = [
    {"id": "o-1", "items": [("widget", "2"), ("gadget", "1")], "coupon": "SAVE10"},
    {"id": "o-2", "items": [("widget", "10")], "coupon": None},
    {"id": "o-3", "items": [("sprocket", "3"), ("gadget", "2")], "coupon": "FREESHIP"},
    {"id": "o-4", "items": [("widget", "1"), ("gizmo", "two")], "coupon": None},
]
PRICES = {"widget": 4.99, "gadget": 12.5, "sprocket": 0.75, "gizmo": 7.0}
COUPONS = {"SAVE10": ("percent", 10), "FREESHIP": ("shipping", 0)}


def parse_items(order):
    return [(name, int(qty)) for name, qty in order["items"]]


def price(items):
    return round(sum(PRICES[name] * qty for name, qty in items), 2)


def shipping(items, coupon):
    if coupon and COUPONS[coupon][0] == "shipping":
        return 0.0
    weight = sum(qty for _, qty in items)
    return 4.0 if weight < 5 else 7.5


def discount(subtotal, coupon):
    if coupon and COUPONS[coupon][0] == "percent":
        return round(subtotal * COUPONS[coupon][1] / 100, 2)
    return 0.0


def process(order):
    items = parse_items(order)
    subtotal = price(items)
    ship = shipping(items, order["coupon"])
    off = discount(subtotal, order["coupon"])
    total = round(subtotal + ship - off, 2)
    return {"id": order["id"], "lines": len(items), "subtotal": subtotal, "shipping": ship,
            "discount": off, "total": total}


results = []
for order in ORDERS:
    print("processing", order["id"])
    result = process(order)
    results.append(result)
    print("  {id}: {lines} lines, subtotal {subtotal:.2f}, shipping {shipping:.2f}, "
          "discount {discount:.2f} => {total:.2f}".format(**result))
print("revenue", sum(r["total"] for r in results))
