# Union-find with path compression and union by rank, used for Kruskal's MST and islands.
class DisjointSet:
    def __init__(self, items=()):
        self.parent = {}
        self.rank = {}
        self.sets = 0
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self.parent:
            self.parent[item] = item
            self.rank[item] = 0
            self.sets += 1

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True

    def groups(self):
        out = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return sorted(sorted(g) for g in out.values())

EDGES = [("A", "B", 4), ("A", "H", 8), ("B", "C", 8), ("B", "H", 11), ("C", "D", 7), ("C", "F", 4),
         ("C", "I", 2), ("D", "E", 9), ("D", "F", 14), ("E", "F", 10), ("F", "G", 2), ("G", "H", 1),
         ("G", "I", 6), ("H", "I", 7), ("J", "K", 3)]

def kruskal(edges):
    ds = DisjointSet(n for e in edges for n in e[:2])
    tree, skipped = [], []
    for a, b, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        (tree if ds.union(a, b) else skipped).append((a, b, w))
    return tree, skipped, ds

tree, skipped, ds = kruskal(EDGES)
print("MST edges:", [f"{a}{b}:{w}" for a, b, w in tree])
print("total weight:", sum(w for *_, w in tree), "| skipped:", len(skipped), "| components:", ds.sets)
print("groups:", ds.groups())

GRID = [
    "11000110",
    "11010011",
    "00100000",
    "00011101",
    "10000101",
]
land = DisjointSet((r, c) for r, row in enumerate(GRID) for c, ch in enumerate(row) if ch == "1")
for (r, c) in list(land.parent):
    for dr, dc in ((0, 1), (1, 0)):
        if (r + dr, c + dc) in land.parent:
            land.union((r, c), (r + dr, c + dc))
sizes = sorted((len(g) for g in land.groups()), reverse=True)
print("islands:", land.sets, "sizes:", sizes)
label = {}
for index, group in enumerate(land.groups()):
    for cell in group:
        label[cell] = "abcdefghij"[index]
for r, row in enumerate(GRID):
    print("".join(label.get((r, c), ".") for c in range(len(row))))
print(land.union((0, 0), (1, 1)), land.find((1, 1)) == land.find((0, 0)))
