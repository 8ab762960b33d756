"""An order workflow as an enum-based state machine: states and events are
Enums, permissions are a Flag, transitions are a table checked by a small
engine, and a history is replayed from an event log."""
from workflow.states import State, Event, Role
from workflow.machine import Order, TransitionError
from workflow import audit

EVENTS = [
    ("A-1", Event.PAY, Role.CUSTOMER),
    ("A-1", Event.PACK, Role.WAREHOUSE),
    ("A-1", Event.SHIP, Role.WAREHOUSE),
    ("A-1", Event.DELIVER, Role.COURIER),
    ("B-2", Event.PACK, Role.WAREHOUSE),
    ("B-2", Event.PAY, Role.CUSTOMER),
    ("B-2", Event.CANCEL, Role.CUSTOMER),
    ("B-2", Event.REFUND, Role.CUSTOMER),
    ("B-2", Event.REFUND, Role.ADMIN),
    ("C-3", Event.PAY, Role.CUSTOMER),
    ("C-3", Event.SHIP, Role.ADMIN),
    ("C-3", Event.PACK, Role.WAREHOUSE | Role.ADMIN),
    ("C-3", Event.SHIP, Role.WAREHOUSE),
    ("C-3", Event.RETURN, Role.CUSTOMER),
]

orders = {}
for oid, event, role in EVENTS:
    order = orders.setdefault(oid, Order(oid))
    try:
        order.handle(event, role)
    except TransitionError as e:
        print(f"{oid}: refused {event.name.lower()} by {role!s}: {e}")

for order in orders.values():
    print(order, "->", " > ".join(s.name for s in order.history))
print(audit.state_counts(orders.values()))
print(audit.describe(State.SHIPPED), audit.describe(State.REFUNDED))
print(list(State)[:3], State["PAID"], State(3), State.PAID.value, len(Event))
print(Role.ADMIN in (Role.WAREHOUSE | Role.ADMIN), Role.STAFF, Role.CUSTOMER & Role.STAFF, ~Role.CUSTOMER & Role.ALL)
print(sorted(audit.reachable(State.NEW), key=lambda s: s.value))
print(audit.terminal_states())
