# StopIteration semantics: return values, PEP 479 conversion, and manual iteration.
def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return "source exhausted early"
    return "took all"

def drive(gen):
    out = []
    while True:
        try:
            out.append(next(gen))
        except StopIteration as stop:
            return out, stop.value, stop.args

print(drive(take(3, "abcdef")))
print(drive(take(5, "ab")))

def leaky(source):
    it = iter(source)
    while True:
        yield next(it)  # StopIteration inside a generator becomes RuntimeError

try:
    print(list(leaky([1, 2])))
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", type(exc.__cause__).__name__)

def explicit_raise():
    yield 1
    raise StopIteration("manual")

try:
    list(explicit_raise())
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause args:", exc.__cause__.args)

gen = (x for x in [1])
print(next(gen), next(gen, "default"))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value, stop.args)

def empty():
    return 42
    yield

e = empty()
try:
    next(e)
except StopIteration as stop:
    print("empty returned", stop.value)
print(list(empty()), "generator" in type(e).__name__)

class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n

print(list(Countdown(3)))
print(sum(Countdown(5)), max(Countdown(4)), sorted(Countdown(4)))
try:
    max(Countdown(0))
except ValueError as exc:
    print("ValueError:", exc)

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

g = gen_with_finally()
for v in g:
    print("got", v)
    break
print("after break, suspended generator not finalized yet")
g.close()
print("after close")
print(list(gen_with_finally()))
