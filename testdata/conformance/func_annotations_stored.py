# Annotations as CPython 3.11 stores them: on functions (parameters in
# order, *args, keyword-only, **kwargs, return), on classes and modules (an
# annotated name without a value is recorded, not bound), with typing's
# names kept as written and string annotations left unevaluated.
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

LIMIT: int = 10
pending: List[str]
print(__annotations__)
print("pending" in globals(), LIMIT)


def parse(text: str, *fields: str, sep: str = ",", strict: bool = False, **extra: Any) -> Dict[str, Any]:
    return {}


print(parse.__annotations__)
print(list(parse.__annotations__), parse.__annotations__["return"])


def plain(a, b=2):
    return a


print(plain.__annotations__, (lambda x: x).__annotations__)


def outer(scale: float):
    def inner(v: "Vector", k: Optional[int] = None) -> "Vector":
        local_note: int = 3  # local annotations are not stored anywhere
        return v
    return inner


print(outer(2.0).__annotations__, outer.__annotations__)


class Vector:
    dims: int = 2
    x: float
    y: float
    label: "Optional[str]" = None
    tags: List[str]

    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def scaled(self, k: Union[int, float]) -> "Vector":
        return Vector(self.x * k, self.y * k)

    @staticmethod
    def origin() -> "Vector":
        return Vector(0, 0)

    @classmethod
    def unit(cls, axis: int = 0) -> "Vector":
        return cls(1, 0) if axis == 0 else cls(0, 1)

    @property
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


class Vector3(Vector):
    z: float = 0.0


class Empty:
    pass


print(Vector.__annotations__)
print(Vector3.__annotations__, "x" in Vector.__dict__, "dims" in Vector.__dict__)
print(Vector.scaled.__annotations__, Vector(1, 2).scaled.__annotations__)
print(Vector.origin.__annotations__, Vector.unit.__annotations__, Vector.norm.fget.__annotations__)
print(Vector.__init__.__annotations__, Empty.__dict__.get("__annotations__"))
print(typing.get_type_hints(Vector.scaled, localns={"Vector": Vector}))
print(typing.get_type_hints(Vector3))

Handler = Callable[[str, int], Optional[bool]]


def register(name: str, handler: Handler, pairs: Tuple[int, ...] = ()) -> None:
    pass


print(register.__annotations__)


def modern(items: list[int], lookup: dict[str, list[int]] | None = None) -> tuple[int, str]:
    return (0, "")


print(modern.__annotations__)
ann = parse.__annotations__
ann["added"] = int
print(parse.__annotations__["added"], len(parse.__annotations__))
plain.__annotations__ = {"a": str}
print(plain.__annotations__)
