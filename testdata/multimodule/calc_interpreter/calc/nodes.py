from dataclasses import dataclass
from typing import Tuple


@dataclass(frozen=True)
class Num:
    value: object


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Call:
    func: str
    args: Tuple[object, ...]


@dataclass(frozen=True)
class Assign:
    name: str
    value: object
