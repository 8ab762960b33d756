# iter() with sentinel for chunked reading, next() defaults, and callable().

data = list("abcdefghij")
pos = 0

def read_chunk():
    global pos
    chunk = "".join(data[pos:pos + 3])
    pos += 3
    return chunk

chunks = list(iter(read_chunk, ""))
print(chunks, pos)
dice = iter([3, 5, 6, 2, 6, 1])
print(list(iter(dice.__next__, 6)), list(dice))

def first(iterable, predicate, default=None):
    return next((x for x in iterable if predicate(x)), default)

print(first(range(10), lambda n: n * n > 20), first("xyz", str.isdigit, "no digit"))
print(next(iter({}), "empty dict"), next(iter({"a": 1})), next(reversed([1, 2])))
it = iter([1, 2])
print(next(it), next(it), next(it, 0), next(it, 0))

class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, step=1):
        self.calls += step
        return self.calls

c = Counter()
print(c(), c(), c(10), callable(c), callable(Counter), callable(c.calls), c.calls)
things = [len, print, str, str.upper, "s".upper, lambda: 0, Counter, c, 5, "x", None, [].append,
          type, int.from_bytes, object(), iter([])]
print([callable(t) for t in things])
print([type(t).__name__ for t in things if callable(t)])
ticks = iter(Counter(), 4)
print(list(ticks))
lines = iter(["header", "a", "b", "END", "ignored"])
print(next(lines), list(iter(lines.__next__, "END")), list(lines))
for bad in [lambda: iter(5), lambda: iter(5, 0)(), lambda: next("abc"), lambda: next(iter(""), )]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, repr(e.args))
