import heapq
from operator import attrgetter
from .pricing import value


def summary(store):
    return {name: item.qty for name, item in store.items.items()}


def top_items(store, n):
    return [(i.name, value(i)) for i in heapq.nlargest(n, store.items.values(), key=value)]
