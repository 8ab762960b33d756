# Sets and frozensets of ints and tuples: algebra, methods and ordering.

evens = {n for n in range(20) if n % 2 == 0}
odds = set(range(1, 20, 2))
primes = {2, 3, 5, 7, 11, 13, 17, 19}
squares = frozenset(n * n for n in range(5))
print(evens, odds, primes, squares)
print(evens & primes, odds & primes, evens | primes, primes - odds, primes ^ evens)
print(evens.union(squares), evens.intersection(range(5)), primes.difference([2, 3]))
print(squares | {100}, type(squares | {100}).__name__, type({100} | squares).__name__)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.issubset(range(3)))
print(primes.isdisjoint(squares), {4}.isdisjoint(squares), set() == frozenset())

s = {5, 3}
s.add(1)
s.add(3)
s.update([10, 11], (12,))
print(s, len(s))
s.discard(100)
s.discard(10)
s.remove(11)
print(s, s.pop(), s)
s.intersection_update({1, 3, 5, 12, 99})
print(s)
s.difference_update({5})
s.symmetric_difference_update({1, 2})
print(s, s.copy() == s, s.copy() is s)
s.clear()
print(s, set(), frozenset(), set("aab") == {"a", "b"})

grid_cells = {(0, 0), (0, 1), (1, 0), (2, 2), (-1, 3)}
neighbors = {(x + dx, y + dy) for x, y in grid_cells
             for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))}
print(sorted(grid_cells), sorted(neighbors - grid_cells)[:6], len(neighbors))
print({(1, 2), (1, 2), (2, 1)}, {frozenset({1, 2}), frozenset({2, 1})})
print({-1, -2, 8, 64, 1000, 33}, set([300, 3, 30]), {2 ** 40, 1, 7})
print(frozenset({1, 2}) in {frozenset({2, 1})}, hash(frozenset()) == hash(frozenset()))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(pairs, sorted(pairs, reverse=True))
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len), max(words), "fig" in words)
for bad in [lambda: {1}.remove(2), lambda: set().pop(), lambda: {[1]},
            lambda: frozenset().add(1), lambda: {1} + {2}, lambda: {1} < [1]]:
    try:
        bad()
    except (KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
