# Comprehension scopes: loop variables do not leak, walrus does, closures capture per scope.
i = "module i"
squares = [i * i for i in range(4)]
print(i, squares)

evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), "n" in globals())

total = 0
partial_sums = [total := total + v for v in [3, 1, 4, 1, 5]]
print(partial_sums, total)

def in_function():
    data = [1, 2, 3]
    found = any((hit := x) > 1 for x in data)
    return found, hit

print(in_function())

funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs = [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in funcs])

matrix = [[(r, c) for c in range(2)] for r in range(2)]
print(matrix)

def nested_names():
    x = 10
    return [[x + y for y in range(2)] for x in range(2)], x

print(nested_names())

class Holder:
    factor = 3
    try:
        scaled = [v * factor for v in range(3)]
    except NameError as exc:
        scaled = f"NameError: {exc}"
    direct = [v for v in range(factor)]

print(Holder.scaled, Holder.direct)

gen = (x for x in range(3))
print(type(gen).__name__, list(gen))
try:
    print([undefined_thing for _ in range(1)])
except NameError as exc:
    print("NameError:", exc)
words = ["alpha", "beta", "gamma"]
lengths = {w: len(w) for w in words}
print(lengths, [w for w in words if lengths[w] > 4])
print({k: v for k, v in zip("abc", range(3)) if v}, [(a, b) for a in "xy" for b in a + "z"])
