# Breadth-first search through a text maze, drawing the shortest path.

MAZE = """
#####################
#S  #     #       # #
# # # ### # ##### # #
# #   #   #     #   #
# ##### ####### ### #
#     #       #   # #
##### # ##### ### # #
#   # #     #     # #
# # # ##### ####### #
# #       #        E#
#####################
""".strip().splitlines()

grid = [list(row) for row in MAZE]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
print("size", rows, "x", cols, "start", start, "goal", goal)


def neighbours(cell):
    r, c = cell
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
            yield (nr, nc)


def bfs(source, target):
    previous = {source: None}
    frontier = [source]
    depth = 0
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == target:
                path = []
                while cell is not None:
                    path.append(cell)
                    cell = previous[cell]
                return path[::-1], len(previous), depth
            for n in neighbours(cell):
                if n not in previous:
                    previous[n] = cell
                    nxt.append(n)
        frontier = nxt
        depth += 1
    return None, len(previous), depth


path, explored, depth = bfs(start, goal)
print("path length", len(path) - 1, "explored", explored, "depth", depth)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
turns = sum(1 for a, b, c in zip(path, path[1:], path[2:])
            if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
print("turns", turns, "first steps", path[:4], "last", path[-1])
open_cells = sum(row.count(" ") for row in MAZE)
print("open cells", open_cells, "visited share", f"{explored / (open_cells + 2):.2%}")
grid[9][18] = "#"
blocked, explored2, _ = bfs(start, goal)
print("after blocking:", blocked if blocked is None else len(blocked) - 1, "explored", explored2)
