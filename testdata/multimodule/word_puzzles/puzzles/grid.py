import random
from itertools import product

from .words import WORDS

_PREFIXES = {w[:i] for w in WORDS for i in range(1, len(w) + 1)}
_SET = set(WORDS)
_LETTERS = "eeeaaattrrsoonlcdmwk"


def make_grid(n, seed):
    rng = random.Random(seed)
    return [[rng.choice(_LETTERS) for _ in range(n)] for _ in range(n)]


def show(grid):
    return "\n".join(" ".join(c.upper() for c in row) for row in grid)


def grid_words(grid, min_len=3):
    n = len(grid)
    found = set()

    def walk(r, c, prefix, seen):
        word = prefix + grid[r][c]
        if word not in _PREFIXES:
            return
        if len(word) >= min_len and word in _SET:
            found.add(word)
        for dr, dc in product((-1, 0, 1), repeat=2):
            rr, cc = r + dr, c + dc
            if (dr or dc) and 0 <= rr < n and 0 <= cc < n and (rr, cc) not in seen:
                walk(rr, cc, word, seen | {(rr, cc)})

    for r, c in product(range(n), repeat=2):
        walk(r, c, "", {(r, c)})
    return sorted(found, key=lambda w: (-len(w), w))
