# A backtracking Sudoku solver with candidate sets and a compact board printer.

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

board = [[int(ch) if ch.isdigit() else 0 for ch in line] for line in PUZZLE.split()]
steps = 0


def candidates(b, r, c):
    used = set(b[r]) | {b[i][c] for i in range(9)}
    br, bc = r - r % 3, c - c % 3
    used |= {b[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used


def solve(b):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if b[r][c] == 0:
                cands = candidates(b, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in sorted(cands):
        steps += 1
        b[r][c] = v
        if solve(b):
            return True
    b[r][c] = 0
    return False


def show(b):
    for r, row in enumerate(b):
        if r and r % 3 == 0:
            print("------+-------+------")
        cells = [str(v) if v else "." for v in row]
        print(" ".join(cells[0:3]), "|", " ".join(cells[3:6]), "|", " ".join(cells[6:9]))


show(board)
print("givens:", sum(v != 0 for row in board for v in row), "candidates at (0,2):", candidates(board, 0, 2))
print("solved:", solve(board), "placements tried:", steps)
show(board)
ok_rows = all(set(row) == set(range(1, 10)) for row in board)
ok_cols = all({board[r][c] for r in range(9)} == set(range(1, 10)) for c in range(9))
ok_boxes = all({board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)} == set(range(1, 10))
               for br in (0, 3, 6) for bc in (0, 3, 6))
print("valid:", ok_rows, ok_cols, ok_boxes, "diagonal:", [board[i][i] for i in range(9)])
