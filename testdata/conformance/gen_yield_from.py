# yield from: delegation, return values, flattening trees, and chained subgenerators.
def flatten(node, depth=0):
    if isinstance(node, list):
        total = 0
        for child in node:
            total += yield from flatten(child, depth + 1)
        return total
    yield depth, node
    return 1

tree = [1, [2, [3, 4]], [[5]], 6]
gen = flatten(tree)
items = []
try:
    while True:
        items.append(next(gen))
except StopIteration as stop:
    print("leaf count returned:", stop.value)
print(items)

def averager():
    total, count = 0.0, 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return {"count": count, "mean": total / count if count else 0}
        total += value
        count += 1

def grouper(results, key):
    results[key] = yield from averager()

results = {}
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        print(f"  {key} running mean ->", round(group.send(v), 3))
    try:
        group.send(None)
    except StopIteration:
        pass
print({k: (v["count"], round(v["mean"], 3)) for k, v in results.items()})

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", range(3), (x * x for x in range(3)), {"k": 1})))

def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return x + y

def outer():
    result = yield from inner()
    print("  outer got result", result)
    yield f"outer-done:{result}"

g = outer()
print(next(g))
print(g.send(10))
print(g.send(32))
print(next(g, "exhausted"))

def countdown(n):
    if n == 0:
        return "liftoff"
    yield n
    return (yield from countdown(n - 1))

def launcher():
    message = yield from countdown(3)
    yield message.upper()

print(list(launcher()))
