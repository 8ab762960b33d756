# Merging dictionaries with + instead of |: TypeError unsupported operand types.

defaults = {"color": "blue", "size": "M", "qty": 1}
user = {"size": "L", "gift": True}
merged = defaults | user
print(merged)
print({**defaults, **user} == merged, defaults | {} == defaults, user | defaults)
inventory = [1, 2] + [3]
print(inventory, (1,) + (2,), "a" + "b", b"a" + b"b", [1] * 2 + [0])
print({1, 2} | {3}, {1, 2} - {2}, frozenset({1}) | {2})
try:
    {1, 2} + {3}
except TypeError as e:
    print("caught:", e)
try:
    [1] - [1]
except TypeError as e:
    print("caught:", e)
try:
    "abc" - "c"
except TypeError as e:
    print("caught:", e)
try:
    None + 1
except TypeError as e:
    print("caught:", e)
try:
    1 + None
except TypeError as e:
    print("caught:", e)
combined = defaults + user
print(combined)
