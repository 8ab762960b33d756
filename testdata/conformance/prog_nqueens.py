# N-queens with a backtracking generator, symmetry reduction, and board printing.
def queens(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            yield tuple(placement)
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            yield from place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    yield from place(0)

def symmetries(sol):
    n = len(sol)
    def rotate(s):
        out = [0] * n
        for r, c in enumerate(s):
            out[c] = n - 1 - r
        return tuple(out)
    def mirror(s):
        return tuple(n - 1 - c for c in s)
    forms, s = [], sol
    for _ in range(4):
        forms += [s, mirror(s)]
        s = rotate(s)
    return forms

def canonical(sol):
    return min(symmetries(sol))

def board(sol):
    return "\n".join(" ".join("Q" if c == col else "." for c in range(len(sol))) for col in sol)

for n in range(1, 9):
    solutions = list(queens(n))
    unique = {canonical(s) for s in solutions}
    print(f"n={n}: {len(solutions):>3} solutions, {len(unique):>2} unique")

first = next(queens(8))
print(first)
print(board(first))
gen = queens(6)
print([next(gen) for _ in range(2)], sum(1 for _ in gen))
print(sorted({canonical(s) for s in queens(6)}))
