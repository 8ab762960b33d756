# An error raised while a class body executes: the frame is named after the class.

UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0}


class Length:
    factors = dict(UNITS)
    names = sorted(factors, key=factors.get)

    def __init__(self, value, unit="m"):
        self.meters = value * self.factors[unit]

    def to(self, unit):
        return self.meters / self.factors[unit]


trip = Length(12.5, "km")
print(Length.names, trip.to("m"), trip.to("cm"), round(Length(3, "cm").to("mm"), 6))
print([round(Length(1, u).meters, 3) for u in Length.names])


class Weight:
    factors = {"g": 0.001, "kg": 1.0, "t": 1000.0}
    names = sorted(factors, key=factors.get)
    print("building Weight with", names)
    heaviest = max(factors, key=factors.get)
    default = factors["lb"]

    def __init__(self, value, unit="kg"):
        self.kg = value * self.factors[unit]


print("not reached", Weight(1).kg)
