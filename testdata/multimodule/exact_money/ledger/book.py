from fractions import Fraction
from collections import Counter
import copy


class Ledger:
    def __init__(self):
        self.entries = []

    def add(self, cat, amount):
        self.entries.append((cat, Fraction(amount)))

    def balance(self):
        return sum((amt for _, amt in self.entries), Fraction(0))

    def by_category(self):
        c = Counter()
        for cat, amt in self.entries:
            c[cat] += amt
        return {k: str(v) for k, v in sorted(c.items())}

    def split(self, n):
        parts = [self.balance() / n] * n
        snapshot = copy.deepcopy(parts)
        return [str(p.limit_denominator(100)) for p in snapshot]
