import math
from functools import reduce


def value(item):
    return round(item.qty * item.price, 2)


def discounted(store, rate):
    total = reduce(lambda acc, it: acc + value(it), store.items.values(), 0.0)
    return math.floor(total * (1 - rate) * 100) / 100
