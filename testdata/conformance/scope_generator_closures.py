# Generators that close over enclosing variables, nonlocal inside generators, and late binding.
def make_stream(start):
    position = start

    def stream():
        nonlocal position
        while True:
            command = yield position
            if command == "reset":
                position = start
            else:
                position += 1

    def where():
        return position

    return stream(), where

s, where = make_stream(10)
print(next(s), next(s), next(s), where())
print(s.send("reset"), where(), next(s))

def scaled_generators(factors):
    gens = []
    for f in factors:
        gens.append(x * f for x in range(3))          # f captured late: all use the last one
    fixed = [(lambda f: (x * f for x in range(3)))(f) for f in factors]
    return [list(g) for g in gens], [list(g) for g in fixed]

print(scaled_generators([1, 10, 100]))

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    def gen():
        for _ in range(3):
            bump()
            yield count
    return gen()

print(list(counter_gen()))

threshold = 5
def above():
    return (v for v in [3, 6, 9] if v > threshold)

gen = above()
threshold = 7   # the genexp reads the global when it runs, not when created
print(list(gen))

def outer():
    data = [1, 2, 3]
    gen = (d * 2 for d in data)
    data.append(4)           # the same list object is being iterated
    return list(gen)

print(outer())

def fib_pairs(limit):
    a, b = 0, 1
    def advance():
        nonlocal a, b
        a, b = b, a + b
    while a < limit:
        yield a
        advance()

print(list(fib_pairs(50)))
