# The typing names scripts import: reprs of subscripted forms, TypeVar and
# Generic classes, NamedTuple and TypedDict classes, helpers.
import typing as t
from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Sequence, Mapping, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, final, Final, ClassVar, Literal, TYPE_CHECKING
print(repr(t.Union[int, str, None]), repr(t.Optional[t.List[int]]), repr(t.Callable[[int], str]), repr(t.Callable[..., int]), repr(t.Tuple[int, ...]), repr(t.Tuple[()]), repr(t.Literal['a', 1]), repr(t.ClassVar[int]), repr(t.Dict[str, t.Any]), repr(t.Any), repr(t.List), repr(t.Optional), repr(t.TypeVar('T')), repr(t.Union[int]), t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), repr(t.Iterable[int]), repr(t.Final[int]))
T = t.TypeVar('T')
class S(t.Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(S[int], repr(S[int]), S.__orig_bases__, S.__parameters__)
s = S[int](); s.push(3); print(s.items)
class P(t.NamedTuple):
    a: int
    b: str = 'x'
print(P(1), P._fields, P._field_defaults, P.__annotations__, P(2, 'y')._replace(a=5), P(1)._asdict(), isinstance(P(1), tuple))
a, b = P(7)
print(a, b, P(1) == (1, 'x'))
class M(t.TypedDict, total=False):
    name: str
print(M(name='x'))
U = t.NewType('UserId', int); print(U(5), repr(U))
print(repr(t.Optional[int] == t.Union[int, None]), t.Union[int, str] == t.Union[str, int])
print(repr(t.Mapping[str, int]), repr(t.Type[int]), repr(t.Set[int]), repr(t.Sequence[t.Tuple[int, str]]))
class Proto(Protocol):
    def close(self) -> None: ...
class Impl:
    x: ClassVar[int] = 3
    y: Final = 5
print(Impl.__annotations__, TYPE_CHECKING)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields)
class Config:
    name: str
    retries: Optional[int] = 3
    tags: List[str]
    handler: Callable[[int], bool]
print(Config.__annotations__)
print(cast(List[int], "not checked"), t.get_origin(Optional[int]) is Union, t.get_args(Optional[int]))
print(t.get_type_hints(Config))
