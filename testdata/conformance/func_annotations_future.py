"""With `from __future__ import annotations` (PEP 563) every annotation is
stored as the text of its expression, in CPython's canonical spelling, and
is never evaluated: names defined later, or never, are fine."""
from __future__ import annotations

import dataclasses
import typing
import __future__

print(__future__.annotations, __future__.annotations.compiler_flag, __future__.all_feature_names[-1])

count: int = 0
later: Undefined[Thing]
print(__annotations__)


def link(a: Node, b: Optional[Node] = None, *rest: "Node", weight: float=1.0, **kw: dict[str,int]) -> list[Node]:
    return []


print(link.__annotations__)


def spelled(
    a: Dict[str,List[int]],
    b: Tuple[int,...],
    c: Callable[[int,str],None],
    d: int|None,
    e: 'quoted',
    f: "double",
    g: Literal[1, -2, 3.5, 'x', b'y', True, None],
    h: Union[(int, str)],
    i: x.y.z,
    j: (a + b) * c ** 2,
    k: -x,
    l: not x,
    m: a if b else c,
    n: f(1, *args, key=2, **kw),
    o: a[1:2, ::3],
    p: x < y <= z,
    q: a and b or c,
    r: {1: 2, **d},
    s: {1, 2},
    t: (),
    u: (1,),
    v: a[()],
    w: a[b,],
    y: 2 ** 3 ** 4,
    z: (2 ** 3) ** 4,
) -> Generator[int, None, None]:
    pass


for name, text in spelled.__annotations__.items():
    print(f"{name}: {text}")


class Node:
    value: int
    children: list[Node] = []
    parent: Optional[Node]

    def add(self, child: Node) -> Node:
        return self


print(Node.__annotations__, Node.add.__annotations__)


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] = dataclasses.field(default_factory=list)


print(Point(1.5), [(f.name, f.type) for f in dataclasses.fields(Point)])
print(typing.get_type_hints(Point), typing.get_type_hints(Node.add))

# the compiler's rules for future imports, seen through exec
for src in ["x = 1\nfrom __future__ import annotations\n", "from __future__ import braces\n",
            "from __future__ import nope\n",
            '"doc"\nfrom __future__ import division, annotations\ny: list[q] = 1\nprint(__annotations__)\n']:
    try:
        exec(src, {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
