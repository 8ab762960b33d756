from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Optional


@dataclass(frozen=True)
class Event:
    kind: ClassVar[str] = "event"


@dataclass(frozen=True)
class OrderPlaced(Event):
    order_id: str
    items: int
    total: float
    note: Optional[str] = None
    kind: ClassVar[str] = "order.placed"


@dataclass(frozen=True)
class OrderShipped(Event):
    order_id: str
    carrier: str
    kind: ClassVar[str] = "order.shipped"


@dataclass(frozen=True)
class PaymentFailed(Event):
    order_id: str
    reason: str
    retry: bool = field(default=True)
    kind: ClassVar[str] = "payment.failed"
