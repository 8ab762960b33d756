# A binary heap priority queue written by hand, used to schedule tasks and run Dijkstra.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0  # tie-breaker keeps insertion order stable

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def push(self, priority, item):
        self._heap.append((priority, self._counter, item))
        self._counter += 1
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        last = self._heap.pop()
        if not self._heap:
            return last[0], last[2]
        top, self._heap[0] = self._heap[0], last
        self._sift_down(0)
        return top[0], top[2]

    def peek(self):
        return self._heap[0][0], self._heap[0][2]

    def _sift_up(self, i):
        heap = self._heap
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        heap, n = self._heap, len(self._heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and heap[child] < heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest

pq = PriorityQueue()
for prio, task in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"), (5, "lunch"), (2, "standup")]:
    pq.push(prio, task)
print("peek:", pq.peek(), "size:", len(pq))
while pq:
    print(" ", pq.pop())
try:
    pq.pop()
except IndexError as exc:
    print("IndexError:", exc)

def heap_sort(values):
    q = PriorityQueue()
    for v in values:
        q.push(v, None)
    return [q.pop()[0] for _ in range(len(values))]

print(heap_sort([9, -2, 7, 7, 0, 15, 3, -8, 1]))

GRAPH = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}

def dijkstra(graph, source):
    dist = {source: 0}
    previous = {}
    queue = PriorityQueue()
    queue.push(0, source)
    while queue:
        d, node = queue.pop()
        if d > dist.get(node, float("inf")):
            continue
        for neighbour, weight in sorted(graph[node].items()):
            nd = d + weight
            if nd < dist.get(neighbour, float("inf")):
                dist[neighbour] = nd
                previous[neighbour] = node
                queue.push(nd, neighbour)
    return dist, previous

def path_to(previous, target):
    path = [target]
    while path[-1] in previous:
        path.append(previous[path[-1]])
    return "->".join(reversed(path))

dist, prev = dijkstra(GRAPH, "A")
for node in sorted(GRAPH):
    if node in dist:
        print(f"{node}: {dist[node]:>3} via {path_to(prev, node)}")
    else:
        print(f"{node}: unreachable")
