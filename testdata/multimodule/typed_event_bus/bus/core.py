from __future__ import annotations

from collections import defaultdict
from typing import Callable, Generic, Protocol, TypeVar

from .events import Event

E = TypeVar("E", bound=Event)


class Handler(Protocol):
    def __call__(self, event: Event) -> None: ...


class Bus:
    def __init__(self) -> None:
        self._subs: dict[type, list[Callable[[Event], None]]] = defaultdict(list)

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> None:
        self._subs[kind].append(handler)

    def publish(self, event: Event) -> int:
        called = 0
        for cls in type(event).__mro__:
            for handler in self._subs.get(cls, ()):
                handler(event)
                called += 1
        return called


class Inbox(Generic[E]):
    def __init__(self, kind: type[E]) -> None:
        self.kind = kind
        self.items: list[E] = []

    def put(self, event: E) -> None:
        self.items.append(event)

    def __len__(self) -> int:
        return len(self.items)
