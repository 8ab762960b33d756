# Asserts with and without messages; the last one is uncaught.
def check_inventory(levels):
    for item, qty in levels.items():
        assert isinstance(qty, int), f"{item}: quantity must be an int, got {type(qty).__name__}"
        assert qty >= 0, (item, qty)
    return sum(levels.values())

print(check_inventory({"a": 1, "b": 2}))

for bad in ({"a": 1.5}, {"b": -3}):
    try:
        check_inventory(bad)
    except AssertionError as exc:
        print("AssertionError:", exc, "| args =", exc.args)

try:
    assert 1 + 1 == 3
except AssertionError as exc:
    print("bare assert args:", exc.args, repr(str(exc)))

def validate_order(order):
    total = sum(qty * price for qty, price in order)
    assert total < 100, f"order total {total} exceeds limit"
    return total

print(validate_order([(2, 10), (1, 5)]))
print(validate_order([(3, 20), (4, 15)]))
