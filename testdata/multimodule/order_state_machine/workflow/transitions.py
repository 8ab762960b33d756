from .states import Event, Role, State

TABLE = {
    (State.NEW, Event.PAY): (State.PAID, Role.CUSTOMER),
    (State.NEW, Event.CANCEL): (State.CANCELLED, Role.CUSTOMER | Role.ADMIN),
    (State.PAID, Event.PACK): (State.PACKED, Role.WAREHOUSE),
    (State.PAID, Event.CANCEL): (State.CANCELLED, Role.CUSTOMER | Role.ADMIN),
    (State.PACKED, Event.SHIP): (State.SHIPPED, Role.WAREHOUSE),
    (State.SHIPPED, Event.DELIVER): (State.DELIVERED, Role.COURIER),
    (State.SHIPPED, Event.RETURN): (State.RETURNED, Role.CUSTOMER),
    (State.CANCELLED, Event.REFUND): (State.REFUNDED, Role.ADMIN),
    (State.DELIVERED, Event.RETURN): (State.RETURNED, Role.CUSTOMER),
}
