# CPython's random values for many seeds (int, negative, huge, str, bytes,
# float) across every function of the random module.
import random

SEEDS = [0, 1, 2, 7, 42, 99, 12345, -1, -7, -123456789, 2**32, 2**64 + 1, 2**100 + 3, -(2**200),
         10**50, "", "hello", "jitlens", "ünïcödé", b"", b"bytes", b"\x00\xff", bytearray(b"ba"), 3.5, -0.25]

for seed in SEEDS:
    random.seed(seed)
    print(repr(seed)[:40])
    print(" ", random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(70), random.getrandbits(0))
    print(" ", random.randrange(10), random.randrange(10, 1000, 7), random.randrange(100, 0, -3), random.randint(1, 6), random.randrange(2**80))
    print(" ", random.choice("abcdef"), random.choice([10, 20, 30]), random.choices(range(10), k=3))
    print(" ", random.choices("abc", weights=[1, 5, 2], k=4), random.choices("xyz", cum_weights=[1, 2, 10], k=3))
    items = list(range(12))
    random.shuffle(items)
    print(" ", items, random.sample(range(100), 5), random.sample(range(10**6), 3))
    print(" ", random.sample(["a", "b", "c"], 4, counts=[3, 2, 1]), random.sample("abcdefghij", 10))
    print(" ", random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 3))
    print(" ", random.gauss(), random.gauss(5, 2), random.normalvariate(), random.normalvariate(5, 2))
    print(" ", random.lognormvariate(0, 1), random.expovariate(1.5), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
    print(" ", random.gammavariate(2.5, 1), random.gammavariate(1.0, 3), random.gammavariate(0.5, 2), random.betavariate(2, 3))
    print(" ", random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(5))

r = random.Random(2024)
state = r.getstate()
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)], state[0], len(state[1]), state[2])
r2 = random.Random("seed")
r3 = random.Random()
r3.seed("seed")
print(r2.random() == r3.random(), r2.randint(1, 100), r3.randint(1, 100))
random.seed(5)
g = random.gauss()
st = random.getstate()
print(g, st[2] is not None, random.gauss() == (random.setstate(st) or random.gauss()))
for bad in ["random.randrange(0)", "random.randrange(5, 5)", "random.randrange(1, 10, 0)", "random.choice([])",
            "random.sample([1, 2], 3)", "random.getrandbits(-1)", "random.choices('ab', [1])",
            "random.gammavariate(-1, 1)", "random.sample({1, 2}, 1)", "random.choices('ab', weights=[0, 0])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
