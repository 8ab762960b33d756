# Syntax that is new in 3.10/3.11: star in subscripts, except*, parenthesized with, match.
class Grid:
    def __getitem__(self, key):
        return f"key={key!r}"

g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 3], g[*range(3)])

def f(*args):
    return args

print(f(*idx, *"ab"), [*idx, *idx], {*idx})

class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self.name

    def __exit__(self, *exc):
        print("close", self.name)

with (
    Resource("a") as a,
    Resource("b") as b,
):
    print("using", a, b)

errors = [ValueError("v"), TypeError("t"), ValueError("w"), KeyError("k")]
try:
    raise ExceptionGroup("many", errors)
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* (TypeError, KeyError) as group:
    print("others:", sorted(type(e).__name__ for e in group.exceptions))

def describe(value):
    match value:
        case {"kind": "pair", "items": [a, b]}:
            return f"pair {a},{b}"
        case [*_, last]:
            return f"ends with {last}"
        case _:
            return "other"

print(describe({"kind": "pair", "items": [1, 2]}), describe([3, 4, 5]), describe(None))

values = [1, 2, 3]
if (n := len(values)) > 2:
    print(f"{n=}", f"{values[-1]=}", f"{sum(values) / n = :.2f}")

def positional_only(a, b, /, c):
    return a, b, c

print(positional_only(1, 2, c=3))
print(type(int | str).__name__, isinstance(3, int | str), isinstance(None, int | None))
print(type((lambda: (yield))()).__name__)
