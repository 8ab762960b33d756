# Failure inside a generator expression consumed by sum(): frame named <genexpr>.

readings = {
    "sensor-a": ["12.5", "13.1", "12.9"],
    "sensor-b": ["7.0", "7.25"],
    "sensor-c": ["9.5", "n/a", "9.75"],
}


def mean(values):
    values = list(values)
    return sum(values) / len(values)


for name in ("sensor-a", "sensor-b"):
    parsed = (float(v) for v in readings[name])
    print(name, round(mean(parsed), 3))

counts = {name: len(vals) for name, vals in readings.items()}
print(counts)
total = sum(len(v) for v in readings.values())
print("total readings", total)


def total_of(name):
    return sum(float(v) for v in readings[name])


print("sum a", total_of("sensor-a"))
print("sum c", total_of("sensor-c"))
