# __call__: stateful callables used as counters, memoizers and strategies.
class Counter:
    def __init__(self):
        self.calls = {}

    def __call__(self, key, step=1):
        self.calls[key] = self.calls.get(key, 0) + step
        return self.calls[key]

count = Counter()
for word in "to be or not to be".split():
    count(word)
count("be", step=10)
print(count.calls, callable(count), callable(Counter), callable(42))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]

@Memo
def partitions(n, k):
    """Number of ways to write n as a sum of parts no larger than k."""
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print(partitions(40, 40), partitions.misses, type(partitions).__name__)

class Pipeline:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value

    def __or__(self, other):
        return Pipeline(*self.steps, other)

clean = Pipeline(str.strip, str.lower) | (lambda s: s.replace(" ", "_")) | Counter()
print(clean("  Hello World  "))

class Strategy:
    def __init__(self, name, rate):
        self.name, self.rate = name, rate

    def __call__(self, amount):
        return round(amount * (1 - self.rate), 2)

    def __repr__(self):
        return f"Strategy({self.name!r}, {self.rate})"

strategies = [Strategy("none", 0), Strategy("member", 0.1), Strategy("sale", 0.25)]
for s in strategies:
    print(f"{s!r:28} 80.00 -> {s(80):6.2f}")
best = min(strategies, key=lambda s: s(80))
print("best:", best)

class Multiplier:
    factor = 3
    __call__ = lambda self, x: x * self.factor

print(list(map(Multiplier(), [1, 2, 3])))

class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as exc:
    print("TypeError:", exc)
try:
    count()
except TypeError as exc:
    print("TypeError:", exc)
