# Conway's Game of Life on an unbounded grid stored as a set of (row, col) tuples.

def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip("\n").splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def render(live, rows=None, cols=None):
    if not live:
        return "(empty)"
    r0 = min(r for r, _ in live) if rows is None else rows[0]
    r1 = max(r for r, _ in live) if rows is None else rows[1]
    c0 = min(c for _, c in live) if cols is None else cols[0]
    c1 = max(c for _, c in live) if cols is None else cols[1]
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1))
                     for r in range(r0, r1 + 1))


glider = parse("""
.#.
..#
###
""")
blinker = parse("###")
print(sorted(glider), len(glider))
g = glider
for gen in range(5):
    print(f"generation {gen}: {len(g)} cells, bbox rows {min(r for r, _ in g)}-{max(r for r, _ in g)}")
    print(render(g, rows=(0, 5), cols=(0, 5)))
    g = step(g)
shifted = {(r + 1, c + 1) for r, c in glider}
print("glider after 4 steps equals shifted:", step(step(step(step(glider)))) == shifted)
b1 = step(blinker)
print(sorted(b1), step(b1) == blinker, b1 == blinker)
seen = {}
state = parse("""
.##
##.
.#.
""")
for gen in range(60):
    key = frozenset(state)
    if key in seen:
        print("cycle found at", gen, "first seen", seen[key])
        break
    seen[key] = gen
    state = step(state)
else:
    print("r-pentomino still evolving after 60 generations:", len(state), "cells")
print(render(step(parse("##\n##"))))
print(render(step(parse("#"))), {(0, 0)} & step({(0, 0)}), set() == step(set()))
population = []
state = parse(".#.\n..#\n###\n")
state |= {(r + 10, c + 10) for r, c in blinker}
for _ in range(8):
    population.append(len(state))
    state = step(state)
print(population)
