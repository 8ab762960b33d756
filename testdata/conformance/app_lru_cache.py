# An LRU cache built on dict insertion order, with hit/miss statistics.

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        return value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"


calls = []


def slow_square(n):
    calls.append(n)
    return n * n


cache = LRU(3)
for key in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    value = cache.get(key, slow_square)
    print(f"get({key}) = {value:>2}  cache order {list(cache.data)}")
print(cache, "evictions", cache.evictions, "computed", calls)
ratio = cache.hits / (cache.hits + cache.misses)
print(f"hit ratio {ratio:.0%}")

fib_cache = LRU(100)


def fib(n):
    if n < 2:
        return n
    return fib_cache.get(n - 1, fib) + fib_cache.get(n - 2, fib)


print(fib(90), fib_cache.hits, fib_cache.misses, len(fib_cache.data))
words = "the cat and the hat and the bat sat on the mat with the cat".split()
wc = LRU(4)
for w in words:
    wc.get(w, str.upper)
print(wc, wc.evictions)
sized = {}
for cap in (1, 2, 4, 8):
    c = LRU(cap)
    for w in words:
        c.get(w, len)
    sized[cap] = (c.hits, c.misses)
print(sized)
d = {"a": 1, "b": 2, "c": 3}
d["a"] = d.pop("a")
print(d, list(d)[0], next(reversed(d)))
