# An event bus with decorator-based subscriptions, priorities, closures and one-shot handlers.
class EventBus:
    def __init__(self):
        self._handlers = {}
        self.delivered = 0

    def on(self, event, *, priority=0, once=False):
        def register(fn):
            self._handlers.setdefault(event, []).append((-priority, len(self._handlers.get(event, [])), fn, once))
            self._handlers[event].sort(key=lambda h: (h[0], h[1]))
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        handlers = self._handlers.get(event, []) + self._handlers.get("*", [])
        results = []
        for entry in list(handlers):
            _, _, fn, once = entry
            try:
                result = fn(event, *args, **kwargs)
            except StopPropagation as stop:
                results.append(f"stopped by {fn.__name__}: {stop}")
                break
            except Exception as exc:
                results.append(f"{fn.__name__} failed: {type(exc).__name__}: {exc}")
                continue
            finally:
                if once:
                    for key in (event, "*"):
                        if entry in self._handlers.get(key, []):
                            self._handlers[key].remove(entry)
            self.delivered += 1
            if result is not None:
                results.append(result)
        return results

class StopPropagation(Exception):
    pass

bus = EventBus()
audit = []

@bus.on("*")
def audit_all(event, *args, **kwargs):
    audit.append(event)

@bus.on("order", priority=10)
def validate(event, order):
    if order["qty"] <= 0:
        raise StopPropagation(f"bad qty {order['qty']}")
    return f"validated {order['id']}"

@bus.on("order")
def bill(event, order):
    return f"billed {order['id']}: {order['qty'] * order['price']:.2f}"

@bus.on("order", priority=5, once=True)
def welcome(event, order):
    return f"welcome bonus for {order['id']}"

@bus.on("order", priority=-1)
def flaky(event, order):
    return f"shipped {order['id']} to {order['address'].upper()}"

def make_threshold_alert(limit):
    count = 0
    def alert(event, order):
        nonlocal count
        count += 1
        if order["qty"] * order["price"] > limit:
            return f"alert #{count}: big order {order['id']}"
    alert.__name__ = f"alert_over_{limit}"
    return alert

bus.on("order", priority=1)(make_threshold_alert(100))

orders = [
    {"id": "o1", "qty": 2, "price": 9.99, "address": "oslo"},
    {"id": "o2", "qty": 0, "price": 5.0, "address": "rome"},
    {"id": "o3", "qty": 30, "price": 4.5},
]
for order in orders:
    print(order["id"])
    for line in bus.emit("order", order):
        print("  ", line)
print(bus.emit("unknown", 1, 2))
print("audit:", audit, "delivered:", bus.delivered)
print(sorted((event, [h[2].__name__ for h in hs]) for event, hs in bus._handlers.items()))
