# Solving a maze with breadth-first search, printing the path and distance map.
MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#...#....#
#.###.##E#
##########"""

def parse(text):
    grid = [list(row) for row in text.splitlines()]
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == ch)
    return grid, find("S"), find("E")

def bfs(grid, start, goal):
    queue = [start]
    came_from = {start: None}
    head = 0
    while head < len(queue):
        cell = queue[head]
        head += 1
        if cell == goal:
            break
        r, c = cell
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if grid[nxt[0]][nxt[1]] != "#" and nxt not in came_from:
                came_from[nxt] = cell
                queue.append(nxt)
    if goal not in came_from:
        return None, came_from
    path, cell = [], goal
    while cell is not None:
        path.append(cell)
        cell = came_from[cell]
    return path[::-1], came_from

def distances(came_from, start):
    dist = {start: 0}
    def d(cell):
        if cell not in dist:
            dist[cell] = d(came_from[cell]) + 1
        return dist[cell]
    for cell in came_from:
        d(cell)
    return dist

grid, start, goal = parse(MAZE)
path, came_from = bfs(grid, start, goal)
print(f"start {start} goal {goal}: path of {len(path) - 1} steps, explored {len(came_from)} cells")
marked = [row[:] for row in grid]
for r, c in path[1:-1]:
    marked[r][c] = "*"
print("\n".join("".join(row) for row in marked))

dist = distances(came_from, start)
print("distance map (last digit):")
for r, row in enumerate(grid):
    print("".join(str(dist[(r, c)] % 10) if (r, c) in dist else ("#" if ch == "#" else " ") for c, ch in enumerate(row)))

moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}[(r2 - r1, c2 - c1)])
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print("moves:", " ".join(f"{m}{n}" for m, n in compressed))

grid[7][5] = "#"
grid[5][3] = "#"
blocked, seen = bfs(grid, start, goal)
print("after blocking:", blocked, len(seen), "cells reachable")
