# Infinite generators combined lazily: primes, fibonacci, interleaving, taking and windows.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return [x for _, x in zip(range(n), it)]

def drop_while(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it

def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)

def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

def cycle(seq):
    while True:
        yield from seq

print(take(15, primes()))
print(take(15, fibonacci()))
print(take(5, drop_while(lambda p: p < 100, primes())))
print(take(10, interleave("abc", naturals(10), "XY")))
print(take(6, (b - a for a, b in pairwise(primes()))))
print(take(7, cycle("ab")))
twin = ((p, q) for p, q in pairwise(primes()) if q - p == 2)
print(take(6, twin))
even_fibs = (f for f in fibonacci() if f % 2 == 0)
print(take(8, even_fibs))
print(next(f for f in fibonacci() if len(str(f)) >= 20))
squares = (n * n for n in naturals())
print(next(s for s in squares if s > 500), next(squares), next(squares))
