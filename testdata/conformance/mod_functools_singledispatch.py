# functools.singledispatch as a serializer: implementations registered by
# explicit class, by the annotation of the first parameter (including
# typing names, unions and string annotations), for ABCs and for
# singledispatchmethod; dispatch follows the MRO with ABCs placed as CPython
# places them; bad registrations raise CPython's errors.
import functools
import typing
from collections.abc import Iterable, Mapping, MutableSequence, Sequence, Set, Sized
from dataclasses import dataclass


@functools.singledispatch
def render(obj, indent=0):
    return " " * indent + f"<{type(obj).__name__}>"


@render.register
def _(obj: int, indent=0):
    return " " * indent + f"int {obj}"


@render.register
def _(obj: bool, indent=0):
    return " " * indent + ("yes" if obj else "no")


@render.register
def _(obj: "float", indent=0):
    return " " * indent + f"float {obj:.2f}"


@render.register(str)
def _(obj, indent=0):
    return " " * indent + repr(obj)


@render.register
def _(obj: Mapping, indent=0):
    lines = [" " * indent + "{"]
    for k in obj:
        lines.append(render(obj[k], indent + 2) + f"  # {k}")
    return "\n".join(lines + [" " * indent + "}"])


@render.register
def _(obj: Sequence, indent=0):
    return "\n".join([" " * indent + "["] + [render(x, indent + 2) for x in obj] + [" " * indent + "]"])


@render.register
def _(obj: typing.Union[set, frozenset], indent=0):
    return " " * indent + "set of " + str(len(obj))


@render.register
def _(obj: bytes | bytearray, indent=0):
    return " " * indent + f"{len(obj)} bytes"


@dataclass
class Point:
    x: int
    y: int


@render.register
def _(obj: Point, indent=0) -> str:
    return " " * indent + f"Point({obj.x}, {obj.y})"


class Registry(dict):
    pass


print(render({"name": "demo", "size": 3, "ok": True, "ratio": 0.5, "pts": [Point(1, 2), (3, 4)],
              "tags": {"a"}, "raw": b"xyz", "nested": Registry(k=None)}))
print(render(range(2)), render(bytearray(3)), render(frozenset()), render(None), render(2.0, 4))

print(render.dispatch(bool).__name__, render.dispatch(list) is render.dispatch(tuple),
      render.dispatch(Registry) is render.dispatch(dict), render.dispatch(object) is render.registry[object])
print(sorted(k.__name__ for k in render.registry), type(render.registry).__name__, render.__name__)
print(render.registry[float] is render.dispatch(float), len(render.registry))


class MyList(list):
    pass


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


@functools.singledispatch
def kind(x):
    return "object"


kind.register(Sequence, lambda x: "sequence")
kind.register(MutableSequence, lambda x: "mutable sequence")
kind.register(list, lambda x: "list")
kind.register(Sized, lambda x: "sized")
print(kind([]), kind(MyList()), kind(()), kind(Stack()), kind("s"), kind({}), kind(3), kind(set()))

@functools.singledispatch
def ambiguous(x):
    return "base"


ambiguous.register(Sized, lambda x: "sized")
ambiguous.register(Iterable, lambda x: "iterable")
for value in [[1], 5]:
    try:
        print(ambiguous(value))
    except RuntimeError as e:
        print("RuntimeError:", str(e).replace("collections.abc.", ""))

def lambda_with(annotation):
    def impl(obj):
        return "never"
    impl.__annotations__ = {"obj": annotation}
    return impl


for label, make in [
    ("typing alias", lambda: render.register(lambda_with(typing.List[int]))),
    ("generic alias", lambda: render.register(lambda_with(list[int]))),
    ("union with alias", lambda: render.register(lambda_with(typing.Union[int, typing.List[int]]))),
    ("not a class", lambda: render.register(3, lambda x: x)),
]:
    try:
        make()
        print(label, "registered")
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    render()
except TypeError as e:
    print("TypeError:", e)


class Formatter:
    def __init__(self, unit):
        self.unit = unit

    @functools.singledispatchmethod
    def fmt(self, value):
        return f"? {value!r}"

    @fmt.register
    def _(self, value: int):
        return f"{value} {self.unit}"

    @fmt.register
    def _(self, value: list):
        return ", ".join(self.fmt(v) for v in value)

    @fmt.register(float)
    def _(self, value):
        return f"{value:.1f} {self.unit}"


f = Formatter("kg")
print(f.fmt(3), "|", f.fmt([1, 2.25, "x"]), "|", f.fmt(None))
