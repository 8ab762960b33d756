# Generator objects: laziness of the body, state inspection, reuse errors, and return in finally.
def tracked(label, n):
    print(f"  [{label}] body starts")
    try:
        for i in range(n):
            print(f"  [{label}] yielding {i}")
            yield i
    finally:
        print(f"  [{label}] finally")

g = tracked("g", 3)
print("created; nothing ran yet")
print("first:", next(g))
print("rest:", list(g))
print("again:", list(g))

def running_reentry():
    yield gen_ref[0].__next__()

gen_ref = [running_reentry()]
try:
    next(gen_ref[0])
except ValueError as exc:
    print("ValueError:", exc)

def fibonacci_limited(limit):
    a, b = 0, 1
    while a < limit:
        received = yield a
        if received is not None:
            a, b = received, received + 1
        else:
            a, b = b, a + b

f = fibonacci_limited(1000)
out = [next(f), next(f), next(f), f.send(50), next(f), next(f)]
print(out, list(f))

def gen_in_class():
    class Numbers:
        def __init__(self, *values):
            self.values = values

        def __iter__(self):
            for v in self.values:
                yield v * 10

        def evens(self):
            return (v for v in self if v % 20 == 0)

    nums = Numbers(1, 2, 3, 4)
    return list(nums), list(nums.evens()), sorted(nums, reverse=True)

print(gen_in_class())

def counter():
    count = 0
    while True:
        command = yield count
        if command == "reset":
            count = 0
        elif command == "stop":
            return count
        else:
            count += 1

c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as stop:
    print("stopped with", stop.value)

g2 = tracked("g2", 5)
next(g2)
next(g2)
g2.close()
print("closed g2; next gives:", next(g2, "exhausted"))
