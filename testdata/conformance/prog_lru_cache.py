# An LRU cache built on a hand-written doubly linked list, used to cache a slow function.
class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()  # sentinels
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) == self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{items}}})"

cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache, list(cache))
print(cache.get("a"), cache.get("zz", "missing"))
cache.put("d", 4)
print(cache, "b" in cache, len(cache))
cache.put("c", 30)
cache.put("e", 5)
print(cache, cache.hits, cache.misses, cache.evictions)

def cached(capacity):
    def decorator(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            result = store.get(n)
            if result is None:
                result = fn(n)
                store.put(n, result)
            return result
        wrapper.store = store
        return wrapper
    return decorator

@cached(capacity=64)
def tribonacci(n):
    return n if n < 3 else tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)

print(tribonacci(80))
s = tribonacci.store
print(len(s), s.hits, s.misses, s.evictions, list(s)[:5])
try:
    LRUCache(0)
except ValueError as exc:
    print("ValueError:", exc)
