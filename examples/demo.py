# A small numeric script with the kinds of slowness jitlens explains.
def weights(n):
    # `acc` starts as an int and becomes a float: a type change in a hot loop
    acc = 0
    for i in range(n):
        acc += i ** 0.5 * 0.5
    return acc


def scale(values, factor):
    # every iteration is independent of the others
    out = [0.0] * len(values)
    for i in range(len(values)):
        out[i] = values[i] * factor + 1.0
    return out


def tally(words):
    # dicts and strings: fine in Python, out of reach for Numba
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


values = [float(i % 97) for i in range(200_000)]
total = 0.0
for _ in range(5):
    total += weights(300_000)
    total += sum(scale(values, 1.5))
words = ("alpha beta gamma delta " * 20_000).split()
print(f"{total:.3f}", len(tally(words)))
