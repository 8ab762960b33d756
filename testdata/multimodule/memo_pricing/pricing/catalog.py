from functools import cached_property


class Product:
    computed = 0

    def __init__(self, name, base_cents):
        self.name = name
        self.base_cents = base_cents

    @cached_property
    def display_price(self):
        Product.computed += 1
        return f"{self.base_cents / 100:.2f} EUR"


CATALOG = [Product("widget", 1250), Product("gadget", 2399), Product("gizmo", 799), Product("doohickey", 310)]
