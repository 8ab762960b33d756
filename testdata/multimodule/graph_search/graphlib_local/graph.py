from collections import defaultdict


class Graph:
    def __init__(self):
        self.adj = defaultdict(list)

    def add_edge(self, a, b, w=1):
        self.adj[a].append((b, w))
        self.adj[b].append((a, w))

    def __repr__(self):
        return f"Graph({len(self.adj)} nodes, {sum(map(len, self.adj.values())) // 2} edges)"
