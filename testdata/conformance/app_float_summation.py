# Floating-point summation: naive, sorted, Kahan and exact rational sums compared.

def kahan(values):
    total = 0.0
    comp = 0.0
    for v in values:
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total


def exact(values):
    num, den = 0, 1
    for v in values:
        n, d = v.as_integer_ratio()
        num, den = num * d + n * den, den * d
    return num, den


def exact_to_float(num, den):
    return num / den


datasets = {
    "tenths": [0.1] * 10,
    "mixed magnitudes": [1e16, 1.0, -1e16, 1.0] * 3,
    "harmonic": [1 / k for k in range(1, 501)],
    "alternating": [(-1) ** k / (2 * k + 1) for k in range(500)],
    "cancel": [1e100, 1.0, -1e100],
    "tiny": [5e-324] * 7,
}
print(f"{'dataset':<18}{'naive':>24}{'sorted':>24}{'kahan':>24}{'exact':>24}")
for name, values in datasets.items():
    naive = sum(values)
    srt = sum(sorted(values, key=abs))
    k = kahan(values)
    ex = exact_to_float(*exact(values))
    print(f"{name:<18}{naive!r:>24}{srt!r:>24}{k!r:>24}{ex!r:>24}")
pi_est = 4 * kahan(datasets["alternating"])
print("pi estimate", pi_est, "error", abs(pi_est - 3.141592653589793))
num, den = exact([0.1, 0.2])
print(num, den, num / den, 0.1 + 0.2, num / den == 0.1 + 0.2)
print((0.1).as_integer_ratio(), (0.1 + 0.2).as_integer_ratio(), 0.3.as_integer_ratio())
running = 0.0
checkpoints = []
for i in range(1, 100_001):
    running += 0.1
    if i in (10, 1000, 10000, 100000):
        checkpoints.append((i, running, running - i / 10))
for i, value, err in checkpoints:
    print(f"{i:>8} {value!r:<22} error {err:+.3e}")
