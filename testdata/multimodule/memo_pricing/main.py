"""A pricing service with caching layers: lru_cache and cache with their
statistics, cached_property on products, decorators from a helper module
built with functools.wraps, partial for tariffs, and a memoized recursive
bundle optimizer."""
from functools import partial

from pricing.catalog import Product, CATALOG
from pricing.decorators import counted, timed, CALLS
from pricing.quotes import quote, shipping_cost, best_bundle, tax_for

print([p.name for p in CATALOG], CATALOG[0].display_price, CATALOG[0].display_price is CATALOG[0].display_price)
print("computed:", Product.computed)

for qty in (1, 5, 1, 5, 10, 1):
    print(f"quote(widget, {qty}) = {quote('widget', qty)}")
print(quote.cache_info(), quote.__name__, quote.__wrapped__.__name__, quote.__doc__)
print([shipping_cost(w) for w in (0.5, 2, 0.5, 7.25, 2)], shipping_cost.cache_info())
quote.cache_clear()
print(quote.cache_info().currsize, quote("gadget", 3))

vat = partial(tax_for, rate=0.2)
reduced = partial(tax_for, rate=0.05, label="reduced")
print(vat(100), reduced(100), vat.func is tax_for, vat.keywords, reduced.args)

amount, picks = best_bundle(50, tuple((p.name, p.base_cents) for p in CATALOG))
print("bundle:", amount, picks, best_bundle.cache_info().hits > 0)
print("calls:", dict(sorted(CALLS.items())))


@counted
@timed
def slow_square(x):
    """Square, slowly."""
    return x * x


print(slow_square(7), slow_square(8), slow_square.__name__, slow_square.__doc__, CALLS["slow_square"])
print(hasattr(slow_square, "__wrapped__"), slow_square.__wrapped__.__wrapped__(3))
