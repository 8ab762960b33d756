# Scenario: try/except around a str conversion in a hot loop (no cython-candidate: jitlens's JIT compiles neither).
# Expect: hot-spot, numba-blocker
# Static: none
"""Parses tokens, counting the ones that are not numbers."""

TOKENS = ["12", "x", "7", "3.5", "40", "", "9"]


def parse_all(repeat):
    good = 0
    bad = 0
    tokens = TOKENS
    for r in range(repeat):
        for t in tokens:
            try:
                good += int(t)
            except ValueError:
                bad += 1
    return good, bad


print(parse_all(30000))
