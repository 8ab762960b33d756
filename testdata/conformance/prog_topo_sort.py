# Build-order resolution: topological sort (Kahn), cycle detection with DFS, and levels.
TASKS = {
    "app": ["lib", "config", "assets"],
    "lib": ["core", "utils"],
    "utils": ["core"],
    "core": [],
    "config": ["utils"],
    "assets": ["images", "fonts"],
    "images": [],
    "fonts": [],
    "docs": ["app"],
}

class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__(" -> ".join(cycle))
        self.cycle = cycle

def kahn(graph):
    indegree = {node: 0 for node in graph}
    dependents = {node: [] for node in graph}
    for node, deps in graph.items():
        for dep in deps:
            indegree[node] += 1
            dependents[dep].append(node)
    ready = sorted(n for n, d in indegree.items() if d == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for nxt in sorted(dependents[node]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
                ready.sort()
    if len(order) != len(graph):
        raise CycleError(find_cycle(graph))
    return order

def find_cycle(graph):
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {n: WHITE for n in graph}
    stack = []

    def visit(node):
        colour[node] = GREY
        stack.append(node)
        for dep in graph[node]:
            if colour[dep] == GREY:
                return stack[stack.index(dep):] + [dep]
            if colour[dep] == WHITE:
                found = visit(dep)
                if found:
                    return found
        stack.pop()
        colour[node] = BLACK
        return None

    for node in sorted(graph):
        if colour[node] == WHITE:
            found = visit(node)
            if found:
                return found
    return []

def levels(graph):
    memo = {}
    def level(node):
        if node not in memo:
            memo[node] = 1 + max((level(d) for d in graph[node]), default=-1)
        return memo[node]
    grouped = {}
    for node in graph:
        grouped.setdefault(level(node), []).append(node)
    return {k: sorted(v) for k, v in sorted(grouped.items())}

print("order:", kahn(TASKS))
for lvl, nodes in levels(TASKS).items():
    print(f"  level {lvl}: {', '.join(nodes)}")

cyclic = dict(TASKS, core=["app"])
try:
    kahn(cyclic)
except CycleError as exc:
    print("CycleError:", exc, "| length", len(exc.cycle) - 1)

def transitive(graph, node, seen=None):
    seen = set() if seen is None else seen
    for dep in graph[node]:
        if dep not in seen:
            seen.add(dep)
            transitive(graph, dep, seen)
    return sorted(seen)

print("app needs:", transitive(TASKS, "app"))
print("nothing depends on:", sorted(set(TASKS) - {d for deps in TASKS.values() for d in deps}))
