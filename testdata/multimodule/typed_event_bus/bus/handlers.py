from __future__ import annotations

from collections import Counter
from functools import singledispatch
from typing import TypedDict

from .events import Event, OrderPlaced, OrderShipped, PaymentFailed


@singledispatch
def describe(event: Event) -> str:
    return event.kind


@describe.register
def _(event: OrderPlaced) -> str:
    return f"{event.kind} {event.order_id}: {event.items} item(s), {event.total:.2f}"


@describe.register
def _(event: OrderShipped) -> str:
    return f"{event.kind} {event.order_id} via {event.carrier}"


@describe.register
def _(event: PaymentFailed) -> str:
    return f"{event.kind} {event.order_id} ({event.reason}, retry={event.retry})"


class Summary(TypedDict):
    total: int
    kinds: list[str]


class Audit:
    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    def record(self, event: Event) -> None:
        self.seen[event.kind] += 1

    def counts(self) -> dict[str, int]:
        return dict(sorted(self.seen.items()))

    def summary(self) -> Summary:
        return Summary(total=sum(self.seen.values()), kinds=sorted(self.seen))
