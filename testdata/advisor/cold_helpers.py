# Scenario: cold code stays silent. The setup and report functions have
# blockers and a type change, but they take almost no time; only the hot
# kernel gets hints.
# JIT: compiled kernel
# Expect: hot-spot, njit-candidate
# Static: none
"""A hot numeric kernel surrounded by cold setup and reporting code."""


def load_settings():
    settings = {"size": 200000, "scale": 3}
    label = "run"
    label = 1
    return settings, label


def kernel(n, scale):
    h = 0
    for i in range(n):
        h = (h * 31 + i * scale) % 1000003
    return h


def report(name, value):
    line = f"{name} = {value}"
    try:
        print(line)
    except ValueError:
        print("?")


settings, label = load_settings()
report("checksum", kernel(settings["size"], settings["scale"]))
