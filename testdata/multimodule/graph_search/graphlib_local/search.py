import heapq
from collections import deque


def bfs(g, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        n = q.popleft()
        order.append(n)
        for m, _ in sorted(g.adj[n]):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order


def dijkstra(g, start):
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist.get(n, float("inf")):
            continue
        for m, w in g.adj[n]:
            nd = d + w
            if nd < dist.get(m, float("inf")):
                dist[m] = nd
                heapq.heappush(heap, (nd, m))
    return dict(sorted(dist.items()))
