# Observing evaluation order: generator bodies interleave with consumers step by step.
log = []

def source(name, values):
    for v in values:
        log.append(f"{name} yields {v}")
        yield v
    log.append(f"{name} done")

def mapper(fn, it):
    for v in it:
        out = fn(v)
        log.append(f"map {v}->{out}")
        yield out

def filterer(pred, it):
    for v in it:
        keep = pred(v)
        log.append(f"filter {v} {'keep' if keep else 'drop'}")
        if keep:
            yield v

pipeline = filterer(lambda v: v % 3 != 0, mapper(lambda v: v * v, source("src", [1, 2, 3, 4])))
log.append("pipeline built")
first = next(pipeline)
log.append(f"consumer got {first}")
rest = list(pipeline)
log.append(f"consumer got {rest}")
print("\n".join(log))

log.clear()
a = source("A", [1, 2])
b = source("B", ["x", "y", "z"])
print(list(zip(a, b)))
print(log)
print(next(b), "-- zip stopped B early, it still has items; A is", list(a))

log.clear()
gen = (log.append(f"eval {i}") or i for i in range(3))
log.append("genexp made")
total = sum(gen)
print(total, log)

def interleaved():
    x = yield "first"
    log.append(f"received {x}")
    y = yield f"second with {x}"
    log.append(f"received {y}")

log.clear()
g = interleaved()
print(g.send(None), g.send("A"), end=" ")
try:
    g.send("B")
except StopIteration:
    print("| finished")
print(log)
