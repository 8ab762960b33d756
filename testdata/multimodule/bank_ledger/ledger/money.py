from fractions import Fraction
from functools import total_ordering


@total_ordering
class Money:
    __slots__ = ("cents",)

    def __init__(self, cents=0):
        self.cents = int(cents)

    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        sign = -1 if whole.startswith("-") else 1
        cents = abs(int(whole)) * 100 + int((frac + "00")[:2])
        return cls(sign * cents)

    def __add__(self, other):
        return Money(self.cents + other.cents) if isinstance(other, Money) else NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        exact = Fraction(self.cents) * factor
        return Money(round(exact))

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"
