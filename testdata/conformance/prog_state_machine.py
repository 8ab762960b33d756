# A traffic-light controller and a vending machine as explicit state machines.
class StateMachine:
    def __init__(self, name, initial, transitions):
        self.name = name
        self.state = initial
        self.transitions = transitions  # {(state, event): (new_state, action or None)}
        self.history = [initial]

    def fire(self, event, **data):
        key = (self.state, event)
        if key not in self.transitions:
            print(f"  [{self.name}] ignored {event!r} in state {self.state!r}")
            return False
        new_state, action = self.transitions[key]
        if action is not None:
            result = action(self, **data)
            if result is False:
                print(f"  [{self.name}] guard blocked {event!r}")
                return False
        print(f"  [{self.name}] {self.state} --{event}--> {new_state}")
        self.state = new_state
        self.history.append(new_state)
        return True

light = StateMachine("light", "red", {
    ("red", "timer"): ("green", None),
    ("green", "timer"): ("yellow", None),
    ("yellow", "timer"): ("red", None),
    ("red", "fault"): ("flashing", None),
    ("green", "fault"): ("flashing", None),
    ("yellow", "fault"): ("flashing", None),
    ("flashing", "reset"): ("red", None),
})
for event in ["timer", "timer", "reset", "timer", "fault", "timer", "reset", "timer"]:
    light.fire(event)
print("light history:", " ".join(light.history))

class Vending(StateMachine):
    PRICES = {"cola": 150, "chips": 100, "gum": 50}

    def __init__(self):
        super().__init__("vend", "idle", {
            ("idle", "coin"): ("paying", Vending.add_coin),
            ("paying", "coin"): ("paying", Vending.add_coin),
            ("paying", "select"): ("idle", Vending.dispense),
            ("paying", "cancel"): ("idle", Vending.refund),
        })
        self.credit = 0
        self.sales = []

    def add_coin(self, value):
        if value not in (10, 20, 50, 100):
            print(f"  rejected coin {value}")
            return False
        self.credit += value

    def dispense(self, product):
        price = self.PRICES.get(product)
        if price is None or price > self.credit:
            print(f"  cannot sell {product}: credit {self.credit}, price {price}")
            return False
        change, self.credit = self.credit - price, 0
        self.sales.append(product)
        print(f"  dispensed {product}, change {change}")

    def refund(self):
        print(f"  refunded {self.credit}")
        self.credit = 0

vm = Vending()
script = [("select", {"product": "gum"}), ("coin", {"value": 100}), ("coin", {"value": 5}),
          ("select", {"product": "cola"}), ("coin", {"value": 50}), ("select", {"product": "cola"}),
          ("coin", {"value": 20}), ("cancel", {}), ("coin", {"value": 100}), ("select", {"product": "tea"}),
          ("select", {"product": "chips"})]
for event, data in script:
    vm.fire(event, **data)
print("sales:", vm.sales, "state:", vm.state, "credit:", vm.credit)
print("vend history:", vm.history)
