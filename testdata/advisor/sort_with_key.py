# Scenario: sorting with a key lambda in a hot loop. Real Numba 0.56
# compiles sorted(key=lambda ...), so no numba-blocker. No cython-candidate:
# jitlens's JIT does not compile the lambda made at each iteration.
# Expect: hot-spot
# Static: none
"""Repeatedly sorts points by their distance to a moving centre."""


def nearest(points, rounds):
    picked = 0.0
    for r in range(rounds):
        cx = (r % 10) * 0.1
        order = sorted(points, key=lambda p: (p - cx) * (p - cx))
        picked += order[0]
    return picked


pts = [((i * 37) % 101) / 101.0 for i in range(200)]
print(round(nearest(pts, 3000), 6))
