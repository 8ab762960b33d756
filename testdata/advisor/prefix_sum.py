# Scenario: a running sum: out[i] depends on out[i - 1], so the loop
# carries a dependence and must stay sequential.
# JIT: compiled prefix_sums
# Expect: hot-spot, njit-candidate
# Static: none
"""Prefix sums, computed again and again."""


def prefix_sums(xs, out):
    acc = 0.0
    for i in range(len(xs)):
        acc = acc + xs[i]
        out[i] = acc


xs = [(i % 13) * 0.5 for i in range(5000)]
out = [0.0] * len(xs)
for _ in range(40):
    prefix_sums(xs, out)
print(out[-1], out[len(out) // 2])
