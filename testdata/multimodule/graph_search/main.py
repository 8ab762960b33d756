from graphlib_local import Graph
from graphlib_local.search import bfs, dijkstra

g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 1), ("C", "B", 2), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]:
    g.add_edge(a, b, w)
print(bfs(g, "A"))
print(dijkstra(g, "A"))
print(g)
