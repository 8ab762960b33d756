import heapq
import math


def restock_plan(inv, budget):
    """Cheapest shortfalls first, while the budget lasts."""
    heap = []
    for item in inv.items.values():
        short = item.reorder_level - item.quantity
        if short > 0:
            heapq.heappush(heap, (short * item.unit_cost, item.sku, short))
    plan = []
    while heap and budget > 0:
        cost, sku, short = heapq.heappop(heap)
        unit = inv.items[sku].unit_cost
        qty = min(short, math.floor(budget / unit)) if unit else short
        if qty <= 0:
            break
        budget -= qty * unit
        plan.append((sku, qty))
    return plan
