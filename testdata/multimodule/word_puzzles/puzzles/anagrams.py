from collections import defaultdict
from itertools import permutations

from .words import WORDS

_SET = set(WORDS)


def anagram_classes(min_size=2):
    groups = defaultdict(list)
    for w in WORDS:
        groups["".join(sorted(w))].append(w)
    return sorted((g for g in groups.values() if len(g) >= min_size), key=lambda g: (-len(g), g))


def rack_words(rack, min_len=3):
    found = set()
    for n in range(min_len, len(rack) + 1):
        for p in permutations(rack, n):
            w = "".join(p)
            if w in _SET:
                found.add(w)
    return sorted(found, key=lambda w: (-len(w), w))
