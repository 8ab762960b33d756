# Scenario: formatting strings in a hot loop (f-strings, str.format, %):
# Numba's nopython mode does not compile string formatting.
# Expect: hot-spot, numba-blocker
# Static: none
"""Builds a table of labelled values."""


def render(n):
    rows = []
    for i in range(n):
        label = f"row{i}"
        value = "{:.2f}".format(i / 7)
        rows.append("%s=%s" % (label, value))
    return len(rows), rows[-1]


print(render(60000))
