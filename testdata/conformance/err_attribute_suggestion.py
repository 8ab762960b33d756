# A typo in an attribute name: AttributeError with "Did you mean" in the traceback.

class Invoice:
    def __init__(self, number, lines):
        self.number = number
        self.lines = lines
        self.discount = 0.0

    def subtotal(self):
        return sum(qty * price for qty, price in self.lines)

    def total(self):
        return round(self.subtotal() * (1 - self.discount), 2)


invoices = [
    Invoice("INV-1", [(2, 9.99), (1, 24.5)]),
    Invoice("INV-2", [(10, 1.25)]),
]
invoices[1].discount = 0.1

for inv in invoices:
    print(inv.number, inv.subtotal(), inv.total())

grand = sum(inv.total() for inv in invoices)
print("grand total", grand)
for inv in invoices:
    print(inv.number, "discount", inv.discont)
