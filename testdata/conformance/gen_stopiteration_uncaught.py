# StopIteration leaking out of a generator becomes an uncaught RuntimeError with a cause.
def pairs(items):
    it = iter(items)
    for first in it:
        second = next(it)  # odd-length input: next() raises StopIteration here
        yield first, second

def chunked_sum(values):
    return [a + b for a, b in pairs(values)]

print(chunked_sum([1, 2, 3, 4]))
print(list(pairs("abcdef")))

def safe_pairs(items):
    it = iter(items)
    for first in it:
        second = next(it, None)
        yield first, second

print(list(safe_pairs([1, 2, 3])))

def first_match(pred, items):
    # a StopIteration from next() outside a generator is an ordinary exception
    return next(x for x in items if pred(x))

print(first_match(lambda n: n > 2, [1, 2, 3, 4]))
try:
    first_match(lambda n: n > 10, [1, 2])
except StopIteration:
    print("StopIteration from next() in a plain function")

print(chunked_sum([10, 20, 30]))
