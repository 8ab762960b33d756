from .states import State
from .transitions import TABLE


class TransitionError(Exception):
    pass


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [State.NEW]

    def handle(self, event, role):
        try:
            target, allowed = TABLE[self.state, event]
        except KeyError:
            raise TransitionError(f"cannot {event.value} when {self.state.name.lower()}") from None
        if not (role & allowed):
            raise TransitionError(f"{event.value} needs {allowed}")
        self.state = target
        self.history.append(target)

    def __str__(self):
        match self.state:
            case State.DELIVERED | State.REFUNDED | State.RETURNED:
                mark = "closed"
            case State.CANCELLED:
                mark = "awaiting refund"
            case _:
                mark = "open"
        return f"Order {self.oid} [{self.state!r}, {mark}]"
