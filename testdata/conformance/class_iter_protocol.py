# Iteration: __iter__/__next__ classes, __getitem__ fallback, __contains__, reversed.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(4)
print(list(cd), list(cd), list(reversed(cd)), sum(cd), 3 in cd, 9 in cd)
it = iter(cd)
print(next(it), next(it), list(it), next(it, "done"))

class Squares:
    """Old-style sequence protocol: iteration via __getitem__ until IndexError."""
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n

sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, list(reversed(sq)), sorted(sq, reverse=True))
a, b, *c = sq
print(a, b, c)

class Bag:
    def __init__(self, *items):
        self.items = items

    def __contains__(self, item):
        print(f"  checking {item!r}")
        return item in self.items

    def __iter__(self):
        yield from self.items

bag = Bag("x", "y")
print("y" in bag, "z" not in bag)
print(list(enumerate(bag)), dict(zip(bag, Countdown(2))))

class NotIterable:
    pass

try:
    iter(NotIterable())
except TypeError as exc:
    print("TypeError:", exc)
try:
    for _ in 42:
        pass
except TypeError as exc:
    print("TypeError:", exc)

class BadIter:
    def __iter__(self):
        return 5

try:
    list(BadIter())
except TypeError as exc:
    print("TypeError:", exc)

try:
    next(Countdown(1))
except TypeError as exc:
    print("TypeError:", exc)

sentinel_source = iter([3, 1, 4, 0, 5, 9])
print(list(iter(lambda: next(sentinel_source), 0)))
