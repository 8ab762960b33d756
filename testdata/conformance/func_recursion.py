# Recursion: Ackermann, permutations, Hanoi, flood fill, mutual recursion.
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, head in enumerate(items):
        for tail in permutations(items[:i] + items[i + 1:]):
            out.append(head + tail)
    return out

print(permutations("abc"), len(permutations("abcde")))

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves

print(hanoi(3), len(hanoi(10)))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(n) for n in range(6)], is_odd(301))

IMAGE = [
    "..##....",
    ".#..#...",
    ".#...#..",
    "..###...",
    "........",
]

def flood(grid, r, c, fill):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = fill
    return 1 + sum(flood(grid, r + dr, c + dc, fill) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))

grid = [list(row) for row in IMAGE]
print("inside:", flood(grid, 1, 2, "o"), "outside:", flood(grid, 0, 0, "~"))
print("\n".join("".join(row) for row in grid))

def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]

print(sorted(power_set([1, 2, 3]), key=lambda x: (len(x), x)))

def depth(nested):
    return 1 + max((depth(x) for x in nested if isinstance(x, list)), default=0)

print(depth([1, [2, [3, [4]], []], 5]))
print(depth([]), depth([[[[[[]]]]]]))
