import bisect
import random
from collections import Counter
from itertools import accumulate


class LootTable:
    def __init__(self, weights, seed):
        self.names = list(weights)
        self.cumulative = list(accumulate(weights.values()))
        self.rng = random.Random(seed)

    def roll(self):
        x = self.rng.random() * self.cumulative[-1]
        return self.names[bisect.bisect_right(self.cumulative, x)]

    def roll_many(self, n):
        return Counter(self.roll() for _ in range(n))
