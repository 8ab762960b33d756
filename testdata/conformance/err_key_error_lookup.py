# Resolving product codes in orders; an unknown tuple key raises KeyError.

catalog = {
    ("tea", "green"): 4.5,
    ("tea", "black"): 3.9,
    ("coffee", "arabica"): 7.25,
    ("coffee", "robusta"): 5.1,
}

orders = [
    ("alice", [("tea", "green"), ("coffee", "arabica")]),
    ("bob", [("coffee", "robusta"), ("coffee", "robusta"), ("tea", "black")]),
    ("carol", [("tea", "green"), ("cocoa", "dark")]),
]


def order_total(lines):
    total = 0.0
    for product in lines:
        total += catalog[product]
    return round(total, 2)


for customer, lines in orders:
    kinds = sorted({kind for kind, _ in lines})
    print(f"{customer}: {len(lines)} lines, kinds={kinds}")

for customer, lines in orders:
    print(customer, order_total(lines))
