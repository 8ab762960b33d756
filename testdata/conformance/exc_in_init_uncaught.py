# An exception in __init__ of a class created through a factory, uncaught.
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius):
        if celsius < self.ABSOLUTE_ZERO:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius

    def __repr__(self):
        return f"Temperature({self.celsius})"

class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self.readings = [Temperature(r) for r in readings]

    def average(self):
        return sum(t.celsius for t in self.readings) / len(self.readings)

def build_sensors(spec):
    sensors = {}
    for name, readings in spec.items():
        sensors[name] = Sensor(name, readings)
        print(f"built {name}: avg {sensors[name].average():.2f}")
    return sensors

build_sensors({"kitchen": [20.5, 21.0, 22.25], "garage": [4, 5.5]})
build_sensors({"freezer": [-18, -19.5], "lab": [-100, -300.5]})
