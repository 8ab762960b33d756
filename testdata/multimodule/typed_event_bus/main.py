"""A typed event bus written in modern style: `from __future__ import
annotations` in every module, generic handlers with TypeVar and Generic,
Protocol and TypedDict, dataclass events whose annotations stay strings,
and subscribers dispatched by event class with functools.singledispatch."""
from __future__ import annotations

import typing

from bus.events import Event, OrderPlaced, OrderShipped, PaymentFailed
from bus.core import Bus, Inbox
from bus.handlers import describe, Audit

bus = Bus()
audit = Audit()
inbox: Inbox[OrderPlaced] = Inbox(OrderPlaced)
bus.subscribe(OrderPlaced, inbox.put)
bus.subscribe(Event, audit.record)
bus.subscribe(PaymentFailed, lambda e: print("  ALERT:", describe(e)))

for event in [OrderPlaced("o-1", 3, 59.9), OrderShipped("o-1", "DHL"), PaymentFailed("o-2", "card expired"),
              OrderPlaced("o-3", 1, 5.0)]:
    print("publish", describe(event), "->", bus.publish(event), "handler(s)")

print("inbox:", inbox.items, len(inbox))
print("audit:", audit.counts())
print(OrderPlaced.__annotations__)
print(typing.get_type_hints(OrderPlaced))
print(Bus.publish.__annotations__, Inbox.put.__annotations__)
print(typing.get_type_hints(describe), describe.__annotations__["event"])
summary = audit.summary()
print(summary, type(summary).__name__, summary["total"])
