# A wrong call deep inside a method: the TypeError traceback shows the call site.
class Shipment:
    def __init__(self, weight, *, express=False):
        self.weight = weight
        self.express = express

    def cost(self, rate_per_kg, minimum=5):
        base = max(self.weight * rate_per_kg, minimum)
        return base * (2 if self.express else 1)

def quote(shipments, rate):
    return [round(s.cost(rate), 2) for s in shipments]

parcels = [Shipment(1.5), Shipment(12, express=True), Shipment(0.2)]
print(quote(parcels, 3.2))
print([s.cost(1.0, minimum=0) for s in parcels], parcels[1].cost(rate_per_kg=0.5))
try:
    Shipment(3, True)
except TypeError as exc:
    print("TypeError:", exc)

def bulk_quote(shipments):
    total = 0
    for s in shipments:
        total += s.cost(2.0, 5, True)
    return total

print(bulk_quote(parcels))
