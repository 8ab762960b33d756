# A sudoku solver with constraint propagation and backtracking on the most constrained cell.
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line for line in text.split() if line]
    return {(r, c): int(ch) if ch != "." else 0 for r, row in enumerate(rows) for c, ch in enumerate(row)}

PEERS = {}
for r in range(9):
    for c in range(9):
        peers = {(r, k) for k in range(9)} | {(k, c) for k in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        peers |= {(br + i, bc + j) for i in range(3) for j in range(3)}
        peers.discard((r, c))
        PEERS[(r, c)] = peers

def candidates(grid, cell):
    used = {grid[p] for p in PEERS[cell]}
    return [d for d in range(1, 10) if d not in used]

stats = {"guesses": 0, "calls": 0}

def solve(grid):
    stats["calls"] += 1
    empty = [cell for cell, v in grid.items() if v == 0]
    if not empty:
        return grid
    options = {cell: candidates(grid, cell) for cell in empty}
    cell = min(empty, key=lambda c: (len(options[c]), c))
    if len(options[cell]) > 1:
        stats["guesses"] += 1
    for digit in options[cell]:
        grid[cell] = digit
        if solve(grid):
            return grid
    grid[cell] = 0
    return None

def show(grid):
    lines = []
    for r in range(9):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = ""
        for c in range(9):
            if c and c % 3 == 0:
                row += "| "
            row += f"{grid[(r, c)] or '.'} "
        lines.append(row.rstrip())
    return "\n".join(lines)

def valid(grid):
    units = [[(r, c) for c in range(9)] for r in range(9)] + [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[cell] for cell in unit) == list(range(1, 10)) for unit in units)

grid = parse(PUZZLE)
print(show(grid))
print()
solution = solve(dict(grid))
print(show(solution))
print("valid:", valid(solution), stats)
broken = parse(PUZZLE)
broken[(0, 2)] = 5
print("unsolvable puzzle solved:", solve(broken) is not None)
