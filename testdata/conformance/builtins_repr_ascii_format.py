# repr, ascii, str and format on nested containers and custom objects.

data = {"name": "Zoë", "tags": ("α", "b"), "score": 9.5, "raw": b"\x00\x7f", "none": None,
        "nested": [1, [2, [3, {"deep": "\t"}]]], "set": {3, 1, 2}, "empty": {}}
print(repr(data))
print(ascii(data))
print(str(data) == repr(data), len(repr(data)), len(ascii(data)))
for key, value in data.items():
    print(f"{key:<7} repr={value!r:<32} ascii={value!a:<40} str={value!s}")

class Vector:
    def __init__(self, *coords):
        self.coords = coords

    def __repr__(self):
        return f"Vector{self.coords!r}"

    def __str__(self):
        return "<" + ", ".join(map(str, self.coords)) + ">"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "<" + ", ".join(format(c, spec) for c in self.coords) + ">"

v = Vector(1.5, -2, 3.14159)
print(repr(v), str(v), format(v), format(v, ".2f"), format(v, "+08.3f"))
print(f"{v}|{v!r}|{v:.1f}|{v!s:>20}|{[v]}")
print(format(255, "x"), format(255, "#010b"), format(3.5, "e"), format("txt", "^9"), format(None))
print(format(1234567.891, ",.2f"), format(0.25, "%"), format(True), format(True, "d"), format(12, ""))
print(repr("a'b"), repr('a"b'), ascii("ñ"), repr(1.0), repr(-0.0), repr(1e300 * 10), repr(2 ** 70))

class NoStr:
    def __repr__(self):
        return "NoStr!"

print(str(NoStr()), f"{NoStr()}", format(NoStr()), [NoStr()], ascii(NoStr()))
for bad in [lambda: format(1, "s"), lambda: format("x", "d"), lambda: format(1.5, "x"),
            lambda: format(NoStr(), "10"), lambda: format([], ">5"), lambda: format(1, "q")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
