# A small inventory system: classes, properties, class methods, errors and a report.
class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku

class Item:
    _next_id = 1
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.id = Item._next_id
        Item._next_id += 1
        self.sku, self.name = sku, name
        self.price = price
        self._qty = qty
        self.tags = set(tags)
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        if value < 0:
            raise InventoryError(f"negative price for {self.sku}")
        self._price = round(value, 2)
    @property
    def qty(self):
        return self._qty
    @property
    def value(self):
        return round(self._price * self._qty, 2)
    def remove(self, n):
        if n > self._qty:
            raise OutOfStock(self.sku, n, self._qty)
        self._qty -= n
    def add(self, n):
        self._qty += n
    @classmethod
    def parse(cls, line):
        sku, name, price, qty, *tags = [p.strip() for p in line.split(";")]
        return cls(sku, name, float(price), int(qty), tags)
    def __repr__(self):
        return f"Item#{self.id}({self.sku}, qty={self._qty})"

class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def load(self, text):
        for line in text.strip().splitlines():
            if line.startswith("#"):
                continue
            item = Item.parse(line)
            self.items[item.sku] = item
    def __getitem__(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None
    def __contains__(self, sku):
        return sku in self.items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))
    def order(self, lines):
        taken = []
        try:
            for sku, n in lines:
                self[sku].remove(n)
                taken.append((sku, n))
        except InventoryError as exc:
            for sku, n in reversed(taken):
                self[sku].add(n)
            self.log.append(f"rolled back order: {exc}")
            return False
        self.log.append(f"order ok: {taken}")
        return True
    def by_tag(self):
        tags = {}
        for item in self:
            for tag in item.tags:
                tags.setdefault(tag, []).append(item.sku)
        return dict(sorted(tags.items()))
    def report(self):
        lines = [f"{'SKU':<6}{'NAME':<14}{'PRICE':>8}{'QTY':>5}{'VALUE':>10}"]
        for item in self:
            lines.append(f"{item.sku:<6}{item.name:<14}{item.price:>8.2f}{item.qty:>5}{item.value:>10.2f}")
        total = sum(i.value for i in self)
        lines.append(f"{'':<6}{'TOTAL':<14}{'':>8}{sum(i.qty for i in self):>5}{total:>10.2f}")
        return "\n".join(lines)

DATA = """
# sku; name; price; qty; tags...
A100; widget; 2.50; 40; small; metal
B200; gadget; 12.999; 5; large
C300; doohickey; 0.75; 120; small; plastic
D400; gizmo; 99.95; 1; large; metal
"""

inv = Inventory()
inv.load(DATA)
print(len(inv), "items;", "B200" in inv, "Z999" in inv)
print(inv.order([("A100", 10), ("C300", 20)]))
print(inv.order([("A100", 5), ("D400", 2)]))
print(inv.order([("B200", 1), ("Z999", 1)]))
inv["B200"].price = 11.5
try:
    inv["C300"].price = -1
except InventoryError as exc:
    print("InventoryError:", exc)
print(inv.report())
print(inv.by_tag())
print(list(inv))
for entry in inv.log:
    print(entry)
