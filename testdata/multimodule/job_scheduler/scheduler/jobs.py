from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Optional, Tuple


class Priority(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass
class Job:
    name: str
    duration: timedelta
    priority: Priority = Priority.NORMAL
    deps: Tuple[str, ...] = ()
    deadline: Optional[datetime] = None
    not_before: Optional[datetime] = None
    fail_times: int = 0
    attempts: int = field(default=0, compare=False)


@dataclass(order=True)
class Run:
    end: datetime
    priority: Priority
    name: str
    start: datetime = field(compare=False)
    worker: int = field(compare=False)
    ok: bool = field(compare=False, default=True)
    deadline: Optional[datetime] = field(compare=False, default=None)
