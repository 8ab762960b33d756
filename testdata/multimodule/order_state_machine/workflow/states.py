from enum import Enum, Flag, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()
    RETURNED = auto()

    def __repr__(self):
        return f"<{self.name.title()}>"


class Event(Enum):
    PAY = "pay"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    REFUND = "refund"
    RETURN = "return"


class Role(Flag):
    CUSTOMER = auto()
    WAREHOUSE = auto()
    COURIER = auto()
    ADMIN = auto()
    STAFF = WAREHOUSE | COURIER | ADMIN
    ALL = CUSTOMER | STAFF

    def __str__(self):
        return "+".join(m.name.lower() for m in Role if m in self and m.name in ("CUSTOMER", "WAREHOUSE", "COURIER", "ADMIN"))
