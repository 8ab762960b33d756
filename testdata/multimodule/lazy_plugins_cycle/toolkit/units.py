from . import registry
from . import formatting

FACTORS = {"mm": 0.001, "m": 1.0, "km": 1000.0}
calls = 0


def convert(value, src, dst):
    global calls
    calls += 1
    if src in ("F", "C"):
        c = (value - 32) * 5 / 9 if src == "F" else value
        return round(c if dst == "C" else c * 9 / 5 + 32, 4)
    return value * FACTORS[src] / FACTORS[dst]


def pretty(value, unit):
    best = max((u for u in FACTORS if value * FACTORS[unit] / FACTORS[u] >= 1), key=FACTORS.get)
    return formatting.describe(convert(value, unit, best), best)


registry["units"] = convert
