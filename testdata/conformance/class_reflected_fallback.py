# NotImplemented fallback: reflected methods, subclass priority, in-place fallback.
trace = []

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency

    def __repr__(self):
        return f"{self.currency} {self.cents // 100}.{self.cents % 100:02d}"

    def __add__(self, other):
        trace.append(f"{type(self).__name__}.__add__")
        if isinstance(other, Money):
            if other.currency != self.currency:
                return NotImplemented
            return type(self)(self.cents + other.cents, self.currency)
        if isinstance(other, int):
            return type(self)(self.cents + other, self.currency)
        return NotImplemented

    def __radd__(self, other):
        trace.append(f"{type(self).__name__}.__radd__")
        if other == 0:  # lets sum() work
            return self
        return self.__add__(other)

    def __lt__(self, other):
        trace.append("Money.__lt__")
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __eq__(self, other):
        trace.append("Money.__eq__")
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __hash__(self):
        return hash((self.cents, self.currency))

class Tip(Money):
    def __radd__(self, other):
        trace.append("Tip.__radd__")
        return Tip(other.cents + self.cents + 1, self.currency)

def show(label, fn):
    trace.clear()
    try:
        result = fn()
    except TypeError as exc:
        result = f"TypeError: {exc}"
    print(f"{label:<24} -> {result!r:<40} {trace}")

a, b = Money(150), Money(275)
show("a + b", lambda: a + b)
show("a + 5", lambda: a + 5)
show("5 + a", lambda: 5 + a)
show("sum", lambda: sum([a, b, Money(1)]))
show("a + Tip (subclass first)", lambda: a + Tip(100))
show("a + usd", lambda: a + Money(1, "USD"))
show("a + 'x'", lambda: a + "x")
show("a < b", lambda: a < b)
show("b > a (reflected <)", lambda: b > a)
show("a < 3", lambda: a < 3)
show("a == 150", lambda: a == 150)
show("a != Money(150)", lambda: a != Money(150))
show("a >= b", lambda: a >= b)

acc = Money(0)
trace.clear()
acc += a  # no __iadd__: falls back to __add__
print(acc, trace)
print(len({Money(1), Money(1), Money(2)}))

class Scalar:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return NotImplemented

    def __rmul__(self, other):
        return f"rmul({other!r}, {self.v})"

print([1] * 2, 3 * Scalar(4))
# both operands return NotImplemented: the uncaught TypeError ends the program
print(Scalar(2) * Scalar(3))
