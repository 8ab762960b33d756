# Conway's Game of Life on a small torus, with pattern detection of cycles.
class Life:
    def __init__(self, pattern, width, height):
        self.width, self.height = width, height
        self.cells = set()
        for r, row in enumerate(pattern):
            for c, ch in enumerate(row):
                if ch == "#":
                    self.cells.add((r, c))
        self.generation = 0

    def neighbours(self, r, c):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield (r + dr) % self.height, (c + dc) % self.width

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(*cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1

    def frozen(self):
        return tuple(sorted(self.cells))

    def __str__(self):
        return "\n".join(
            "".join("#" if (r, c) in self.cells else "." for c in range(self.width))
            for r in range(self.height))

def run(name, pattern, width=8, height=8, limit=40):
    life = Life(pattern, width, height)
    seen = {life.frozen(): 0}
    print(f"== {name} ==")
    print(life)
    while life.generation < limit:
        life.step()
        state = life.frozen()
        if not life.cells:
            print(f"died out at generation {life.generation}")
            return
        if state in seen:
            first = seen[state]
            print(f"cycle: generation {life.generation} repeats {first} (period {life.generation - first})")
            print(life)
            return
        seen[state] = life.generation
    print(f"no cycle within {limit} generations, {len(life.cells)} cells alive")

run("blinker", ["", "", "..###"])
run("block", ["", ".##", ".##"])
run("glider", [".#", "..#", "###"], 6, 6)
run("diehard-ish", ["#", ".#"])
run("r-pentomino", ["", "..##", ".##", "..#"], 10, 10, 30)
