# A sparse matrix stored as {(row, col): value} with multiply, transpose and pretty print.

class Sparse:
    def __init__(self, rows, cols, entries=None):
        self.rows, self.cols = rows, cols
        self.data = {k: v for k, v in (entries or {}).items() if v != 0}

    @classmethod
    def from_dense(cls, dense):
        return cls(len(dense), len(dense[0]),
                   {(r, c): v for r, row in enumerate(dense) for c, v in enumerate(row)})

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def transpose(self):
        return Sparse(self.cols, self.rows, {(c, r): v for (r, c), v in self.data.items()})

    def __matmul__(self, other):
        if self.cols != other.rows:
            raise ValueError(f"shape mismatch: {self.rows}x{self.cols} @ {other.rows}x{other.cols}")
        by_row = {}
        for (k, c), v in other.data.items():
            by_row.setdefault(k, []).append((c, v))
        out = {}
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, ()):
                out[(r, c)] = out.get((r, c), 0) + v * w
        return Sparse(self.rows, other.cols, out)

    def density(self):
        return len(self.data) / (self.rows * self.cols)

    def __str__(self):
        width = max([len(repr(v)) for v in self.data.values()] + [1])
        return "\n".join(" ".join(f"{self[r, c]!r:>{width}}" if (r, c) in self.data else "." * width
                                  for c in range(self.cols)) for r in range(self.rows))


a = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
b = Sparse.from_dense([[0, 1], [5, 0], [0, 0], [0, -1]])
print(a)
print()
print(b.transpose())
print()
prod = a @ b
print(prod)
print(sorted(prod.data.items()), f"density {a.density():.3f} {prod.density():.2f}")
identity = Sparse(4, 4, {(i, i): 1 for i in range(4)})
print((a @ identity).data == a.data, sorted((identity @ a.transpose()).data) == sorted(a.transpose().data))
big = Sparse(1000, 1000, {(i, (i * 7) % 1000): i * 0.5 for i in range(0, 1000, 3)})
sq = big @ big.transpose()
print(len(big.data), len(sq.data), sq[3, 3], sq[999, 999], f"{sq.density():.2e}")
floats = Sparse.from_dense([[0.1, 0.0], [0.0, 0.2]])
print(floats @ floats)
try:
    a @ a
except ValueError as e:
    print(type(e).__name__, e)
