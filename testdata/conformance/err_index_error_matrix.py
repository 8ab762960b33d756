# Matrix helpers; a transposed access walks off the end with IndexError.

def make_matrix(rows, cols):
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


def show(matrix):
    for row in matrix:
        print(" ".join(f"{v:3d}" for v in row))


def column(matrix, c):
    return [row[c] for row in matrix]


def diagonal(matrix):
    return [matrix[i][i] for i in range(len(matrix))]


m = make_matrix(3, 4)
show(m)
print("col 1:", column(m, 1))
print("col 3:", column(m, 3))
print("diag:", diagonal(m))
square = make_matrix(4, 4)
print("diag 4x4:", diagonal(square))
wide = make_matrix(2, 5)
print("trace of wide:", sum(diagonal(wide)))
tall = make_matrix(5, 2)
print("trace of tall:", sum(diagonal(tall)))
