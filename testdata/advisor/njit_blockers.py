# Scenario: a function marked @njit that nopython mode will reject: the
# blockers are shown before the user runs it.
# Hot: tally
# Expect: hot-spot, numba-blocker
# Static: numba-blocker
"""Tallies parsed tokens in a function someone marked for Numba."""
import numba


@numba.njit
def tally(tokens):
    good = 0
    bad = 0
    for t in tokens:
        try:
            good += int(t)
        except ValueError:
            bad += 1
    return "%d good, %d bad" % (good, bad)


if __name__ == "__main__":
    try:
        print(tally(["1", "x", "22"]))
    except Exception as e:
        print("numba rejected tally:", type(e).__name__)
