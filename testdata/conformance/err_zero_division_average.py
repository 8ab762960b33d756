# Averages per group; an empty group ends the program with ZeroDivisionError.

groups = {
    "north": [12, 15, 11, 19],
    "south": [8, 9],
    "east": [21, 22, 20, 25, 24],
    "west": [],
}


def average(values):
    total = sum(values)
    count = len(values)
    return total / count


def spread(values):
    return max(values) - min(values)


report = []
for name, values in groups.items():
    if values:
        report.append((name, average(values), spread(values)))

for name, avg, rng in sorted(report, key=lambda r: r[1]):
    print(f"{name:<6} avg={avg:6.2f} spread={rng}")

print("overall", average([v for vs in groups.values() for v in vs]))
for name in groups:
    print("checking", name)
    print(name, average(groups[name]))
