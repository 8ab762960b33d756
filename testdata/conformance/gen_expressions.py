# Generator expressions: laziness, single use, scoping of the first iterable.
calls = []

def noisy(x):
    calls.append(x)
    return x

squares = (noisy(i) ** 2 for i in range(5))
print("created, calls so far:", calls)
print(next(squares), calls)
print(list(squares), calls)
print(list(squares), "(already consumed)")

# the first iterable is evaluated immediately, the rest lazily
def source(tag, n):
    print(f"  building source {tag}")
    return range(n)

pairs = ((a, b) for a in source("outer", 2) for b in source("inner", 2))
print("generator built")
print(list(pairs))

items = [3, 1, 2]
gen = (x * 10 for x in items)
items = [100]  # rebinding does not affect the already-evaluated first iterable
print(list(gen))

print(sum(x for x in range(101) if x % 3 == 0))
print(any(w.startswith("q") for w in "the quick brown fox".split()))
print(all(len(w) < 6 for w in "the quick brown fox".split()))
print(max((len(w), w) for w in "a bb ccc dd".split()))
print("-".join(str(n) for n in range(5)))
print(dict((k, len(k)) for k in ["ab", "cde"]))
print(sorted((c for c in "generator"), reverse=True))

def first(pred, iterable, default=None):
    return next((x for x in iterable if pred(x)), default)

print(first(lambda n: n > 10 and n % 7 == 0, range(100)), first(str.isdigit, "abc", "none"))

total = 0
for chunk in (range(i, i + 3) for i in range(0, 9, 3)):
    total += sum(chunk)
    print(list(chunk), total)

g = (i for i in range(3))
print(iter(g) is g, type(g).__name__)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    print(list(1 / x for x in [1, 2, 0, 4]))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
