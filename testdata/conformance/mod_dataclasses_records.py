# Records with dataclasses: generated __init__/__repr__/__eq__, ordering, frozen
# instances, defaults and factories, InitVar, kw_only, asdict/astuple/replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, FrozenInstanceError, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

v = Version(1, 2, "x")
print(v, v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2, "y")))
try:
    v.major = 5
except FrozenInstanceError as e:
    print("frozen:", e, isinstance(e, AttributeError))

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: ClassVar[int] = 0
    scale: InitVar[float] = 1.0
    total: float = field(init=False, default=0.0)

    def __post_init__(self, scale):
        self.total = len(self.items) * scale

inv = Inventory([1, 2, 3], 2.5)
print(inv, [f.name for f in fields(inv)], Inventory.count)
print(asdict(inv), astuple(inv))
print(replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3))

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2

print(Mixed(1, b=5))

@dataclass
class Tree:
    value: int
    children: List["Tree"] = field(default_factory=list)

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(Point.__eq__(p, 5), {Version(1): "a"}[Version(1)])
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)), H(1) in {H(1)})

@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), fields(Child)[2].name)
match Point(1, 0):
    case Point(x, 0):
        print("on axis", x)
