# NotImplemented drives reflected operators; Ellipsis as a placeholder value.

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d} {self.currency})"

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                return NotImplemented
            return Money(self.cents + other.cents, self.currency)
        if isinstance(other, int):
            return Money(self.cents + other, self.currency)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return self.cents < other.cents

wallet = [Money(250), Money(1999), Money(5)]
print(sum(wallet), Money(100) + 50, 50 + Money(100), sorted(wallet))
print(Money(100) == Money(100), Money(100) == 100, Money(1) != "x", Money(1) < Money(2))
print(Money(3) > Money(2), max(wallet))
for op in [lambda: Money(1) + "x", lambda: Money(1) + Money(1, "USD"), lambda: Money(1) < 5,
           lambda: "x" + Money(1), lambda: Money(1) <= Money(2)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)

print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("x"), (1.5).__eq__("a"), "a".__lt__(1), (3).__radd__(4))
print(Ellipsis, ..., repr(...), ... is Ellipsis, type(...).__name__, bool(...))

def todo():
    ...

print(todo(), [1, ..., 9], {"rest": ...}, (...,) == (Ellipsis,))

class Grid:
    def __getitem__(self, key):
        return key

g = Grid()
print(g[...], g[1, ...], g[..., 2], g[1:2, ::3], g[::])
