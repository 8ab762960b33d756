from . import registry

calls = 0


def describe(value, unit):
    global calls
    calls += 1
    from .units import FACTORS  # inside the function: units imports this module
    scale = "metric" if unit in FACTORS else "other"
    return f"{value:g} {unit} ({scale})"


registry["formatting"] = describe
