# Conditional expressions, short-circuit evaluation, and truthiness of builtins.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

scores = {"ann": 95, "ben": 83, "cy": 71, "dee": 42, "eve": 90}
print({name: grade(s) for name, s in scores.items()})

def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"

print(", ".join(plural(n, w) for n, w in [(0, "apple"), (1, "pear"), (3, "fig")]))

log = []
def side(label, value):
    log.append(label)
    return value

result = side("cond", True) and side("then", "x") or side("else", "y")
print(result, log)
log.clear()
result = side("a", 0) if side("test", False) else side("b", 1)
print(result, log)

values = [0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False,
          1, -1, 0.1, "0", " ", [0], (None,), {"": 0}, {0}, range(1), True]
print([bool(v) for v in values])
print(sum(1 for v in values if v), sum(1 for v in values if not v))

def safe_div(a, b):
    return a / b if b else (float("inf") if a > 0 else float("-inf") if a < 0 else float("nan"))

print([safe_div(a, b) for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0)]])

matrix = [[1, -2, 3], [-4, 5, -6]]
print([[x if x > 0 else 0 for x in row] for row in matrix])
print([abs(x) if i % 2 else x for i, x in enumerate(matrix[0])])

name = None
print(f"Hello, {name or 'stranger'}!", f"{'even' if len(scores) % 2 == 0 else 'odd'} count")
limit = 3
print([n for n in range(10) if (n % 2 == 0 if limit > 2 else n % 3 == 0)])
x = 5
print("positive" if x > 0 else "zero" if x == 0 else "negative", (lambda: "yes" if x else "no")())
print(1 if True else 1 / 0, (1 / 0 if False else "lazy"))
