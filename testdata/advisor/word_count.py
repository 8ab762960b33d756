# Scenario: dict- and string-heavy text processing. Numba 0.56 handles str
# methods and typed dicts, so nothing is a sure blocker; the JIT compiles
# numbers and lists only, so there is no evidence for @njit either: only the
# hot spot.
# Expect: hot-spot
# Static: none
"""Counts word frequencies in generated text."""

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def count_words(text):
    counts = {}
    for word in text.split():
        key = word.strip().lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


text = (" ".join(WORDS) + " ") * 25000
counts = count_words(text)
for k in sorted(counts):
    print(f"{k}: {counts[k]}")
