# frozensets and sorted tuples as dictionary keys: anagram classes and edge sets of a graph.

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
by_letters = {}
for w in words:
    by_letters.setdefault(tuple(sorted(w)), []).append(w)
for key, group in by_letters.items():
    print("".join(key), group)
by_set = {}
for w in words:
    by_set.setdefault(frozenset(w), set()).add(w)
print(len(by_letters), len(by_set))
print(sorted((sorted(k), sorted(v)) for k, v in by_set.items() if len(v) > 1))

edges = [(1, 2), (2, 3), (3, 1), (2, 1), (4, 5), (5, 4), (3, 4)]
undirected = {frozenset(e) for e in edges}
print(len(edges), len(undirected), sorted(tuple(sorted(e)) for e in undirected))
weights = {frozenset((1, 2)): 7, frozenset((2, 3)): 2, frozenset((1, 3)): 4, frozenset((3, 4)): 1, frozenset((4, 5)): 9}
print(weights[frozenset((2, 1))], weights.get(frozenset((5, 1)), "no edge"), frozenset((1, 2)) == frozenset((2, 1)))
adjacency = {}
for e in undirected:
    a, b = sorted(e)
    adjacency.setdefault(a, set()).add(b)
    adjacency.setdefault(b, set()).add(a)
print({k: sorted(v) for k, v in sorted(adjacency.items())})
triangles = {frozenset((a, b, c)) for a in adjacency for b in adjacency[a] for c in adjacency[b] if a in adjacency[c]}
print([sorted(t) for t in triangles])
print(frozenset(), frozenset([3, 1, 2]), frozenset({frozenset({1})}), {frozenset({1, 2}): "x"})
print(frozenset("abc") | {"d"} == set("abcd"), type(frozenset("ab") & set("b")).__name__, hash(frozenset()) == hash(frozenset([])))
power = [frozenset(x for i, x in enumerate([1, 2, 3]) if mask >> i & 1) for mask in range(8)]
print(sorted(power, key=lambda s: (len(s), sorted(s))))
print(sorted((len(s), sum(s)) for s in power), frozenset({1, 2}) <= frozenset({1, 2, 3}), frozenset({5}).isdisjoint({4}))
