# An exception raised inside a property getter, reached through an f-string in a method.
class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = list(readings)

    @property
    def mean(self):
        return sum(self.readings) / len(self.readings)

    @property
    def spread(self):
        return max(self.readings) - min(self.readings)

    @property
    def status(self):
        if self.spread > 10:
            return "unstable"
        return "ok"

    def summary(self):
        return f"{self.name:<8} mean={self.mean:6.2f} spread={self.spread:5.1f} {self.status}"

sensors = [
    Sensor("north", [20.5, 21.0, 19.5]),
    Sensor("south", [15.0, 31.0, 22.5]),
    Sensor("east", [18.0]),
]
for s in sensors:
    print(s.summary())
print("unstable:", [s.name for s in sensors if s.status != "ok"])
sensors.append(Sensor("west", []))
for s in sensors:
    print(s.summary())
