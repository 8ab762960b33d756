# Star and double-star unpacking in calls, literals, returns and for-loops.
def summary(first, *rest, sep=", ", **meta):
    head = f"{first}" + (sep + sep.join(map(str, rest)) if rest else "")
    tail = " ".join(f"{k}={v}" for k, v in meta.items())
    return f"{head} | {tail}" if tail else head

args = [1, 2, 3]
opts = {"sep": "-", "unit": "kg"}
print(summary(*args))
print(summary(*args, **opts))
print(summary(0, *args, *"xy", **{"a": 1}, b=2, **{"c": 3}))
print(summary(*range(3), sep=" + "))

def divmod_all(pairs):
    return [divmod(*p) for p in pairs]

print(divmod_all([(17, 5), (-17, 5), (17, -5)]))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(max(*[3, 9, 2]), min(*"hello"), print(*"abc", sep="|") is None)

def split_ends(seq):
    first, *middle, last = seq
    return first, middle, last

print(split_ends([1, 2, 3, 4]), split_ends("ab"), split_ends(range(3)))

def returns_many():
    values = [10, 20]
    return *values, 30

print(returns_many(), type(returns_many()).__name__)

defaults = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**defaults, **override}, {**override, **defaults})
print([*defaults, *override], {*defaults, *override} == {"host", "port", "debug"})

for a, *b in [(1, 2, 3), (4,), "xyz"]:
    print(a, b)

head, *_ = "only the head matters".split()
*_, last_word = "and the last".split()
print(head, last_word)

def kwargs_only(**kw):
    return sorted(kw.items())

print(kwargs_only(**{"z": 1}, **dict(y=2), x=3))
try:
    kwargs_only(**{1: "not a string key"})
except TypeError as exc:
    print("TypeError:", exc)
try:
    summary()
except TypeError as exc:
    print("TypeError:", exc)
