from functools import cache, lru_cache, reduce

from .catalog import CATALOG
from .decorators import counted

_PRICES = {p.name: p.base_cents for p in CATALOG}


@lru_cache(maxsize=2)
@counted
def quote(name, qty):
    """Price of qty units with volume discount, in cents."""
    discount = reduce(lambda acc, tier: acc + (5 if qty >= tier else 0), (5, 10, 20), 0)
    return _PRICES[name] * qty * (100 - discount) // 100


@cache
def shipping_cost(kg):
    return round(4.5 + 1.25 * max(0, kg - 1), 2)


def tax_for(amount, rate, label="standard"):
    return f"{label}: {amount * rate:.2f}"


@lru_cache(maxsize=None)
def best_bundle(budget_eur, items):
    """Most expensive combination of distinct items within the budget."""
    if not items or budget_eur <= 0:
        return 0, ()
    (name, cents), rest = items[0], items[1:]
    skip = best_bundle(budget_eur, rest)
    if cents <= budget_eur * 100:
        sub_amount, sub_picks = best_bundle(budget_eur - cents / 100, rest)
        take = (sub_amount + cents, (name,) + sub_picks)
        return max(skip, take)
    return skip
