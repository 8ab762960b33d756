# Lambdas as keys, callbacks and small dispatch tables.
people = [
    {"name": "Zoe", "age": 29, "city": "Oslo"},
    {"name": "adam", "age": 41, "city": "Rome"},
    {"name": "Bea", "age": 29, "city": "Lima"},
    {"name": "carl", "age": 35, "city": "Oslo"},
]
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower())])
print([p["name"] for p in sorted(people, key=lambda p: (p["age"], p["name"]), reverse=True)])
print([p["name"] for p in sorted(people, key=lambda p: (p["city"], -p["age"]))])
print(max(people, key=lambda p: p["age"])["name"], min(people, key=lambda p: len(p["name"]))["name"])

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
    "max": max,
}
for expr in ["3 + 4", "10 - 20", "6 * 7", "1 / 0", "8 max 3"]:
    a, op, b = expr.split()
    print(f"{expr:>8} = {ops[op](int(a), int(b))}")

print(list(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, range(20)))))
print(list(map(lambda a, b: f"{a}{b}", "abc", [1, 2, 3])))

apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(lambda x: x * 2, 10)(1))

fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(25))

curry = lambda f: lambda a: lambda b: f(a, b)
add = curry(lambda a, b: a + b)
print(add(2)(3), add("x")("y"))

defaults = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
print(defaults(1), defaults(1, 5, 6, c=7, d=8))
print((lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
print(type(fact).__name__, fact.__name__, (lambda: 0).__name__)

words = "the quick brown fox jumps over the lazy dog".split()
buckets = {}
for w in words:
    buckets.setdefault(len(w), []).append(w)
print(sorted(buckets.items(), key=lambda kv: -kv[0]))
counts = sorted(set(words), key=lambda w: (-words.count(w), w))
print(counts[:4])
