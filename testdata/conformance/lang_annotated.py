# Annotated assignments at module, class and function level.
limit: int = 10
name: str
ratio: float = limit / 4
print(limit, ratio)
print(__annotations__)

try:
    print(name)
except NameError as exc:
    print("NameError:", exc)

class Point:
    x: int
    y: int = 0
    label: "str" = "origin"

    def describe(self) -> str:
        return f"Point({getattr(self, 'x', '?')}, {self.y}, {self.label!r})"

print(Point.__annotations__)
p = Point()
print(p.describe())
p.x = 3
print(p.describe())
print("x" in Point.__dict__, "y" in Point.__dict__)

def scale(values: list[int], factor: float = 2.0, *, clamp: int | None = None) -> list[float]:
    out: list[float] = []
    for v in values:
        scaled: float = v * factor
        if clamp is not None and scaled > clamp:
            scaled = clamp
        out.append(scaled)
    return out

print(scale([1, 2, 3]))
print(scale([1, 5, 9], 1.5, clamp=8))
print(scale.__annotations__)

# annotations on attribute and subscript targets are evaluated but not stored
table: dict = {}
table["k"]: int = 5
p.y: int = 7
print(table, p.y)
print(sorted(__annotations__))

def local_only():
    counter: int
    try:
        return counter
    except UnboundLocalError as exc:
        return f"UnboundLocalError: {exc}"

print(local_only())
