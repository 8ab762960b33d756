# Set algebra on dict views (keys and items) with any iterable on either
# side: lists, tuples, generators, sets, strings and other views. The result
# is always a plain set; values views have no set operators.
stock = {"apple": 3, "pear": 0, "plum": 7, "fig": 2, "kiwi": 5}
prices = {"apple": 1.2, "fig": 3.5, "lime": 0.4, "kiwi": 0.9}
wanted = ["plum", "lime", "apple", "apple", "date"]

print(sorted(stock.keys() - wanted), sorted(stock.keys() & wanted), sorted(stock.keys() | wanted))
print(sorted(stock.keys() ^ wanted), sorted(wanted - stock.keys()))
print(sorted(stock.keys() - prices.keys()), sorted(stock.keys() & prices.keys()), sorted(prices.keys() ^ stock.keys()))
print(type(stock.keys() - wanted).__name__, type(stock.keys() & ("fig",)).__name__)

# the view may be on the right of the operator too
print(sorted(["fig", "date"] - stock.keys()), sorted({"fig", "date"} - stock.keys()))
print(sorted(("fig", "date") & stock.keys()), sorted(["date"] | stock.keys()), sorted(("fig", "lime") ^ stock.keys()))
print(sorted(stock.keys() - (k for k in wanted if k.startswith("p"))))
print(sorted(stock.keys() & "plum"), sorted({"a": 1, "b": 2}.keys() | "bc"))
print(sorted(frozenset({"pear", "x"}) & stock.keys()), type(frozenset({"pear"}) | stock.keys()).__name__)

# small integer keys show set order without sorting
nums = {n: n * n for n in range(10)}
print(nums.keys() - [1, 3, 5, 7, 9], nums.keys() & [9, 2, 4, 100], nums.keys() | [12, 10, 11], nums.keys() ^ range(5, 15))
print([3, 2, 1] - {1: 0}.keys(), {3, 2, 1} - {1: 0}.keys(), range(3) & nums.keys(), (i for i in (7, 5)) | nums.keys())

# items views compare (key, value) pairs
before = {"a": 1, "b": 2, "c": 3}
after = {"a": 1, "b": 20, "d": 4}
print(sorted(after.items() - before.items()), sorted(before.items() - after.items()))
print(sorted(before.items() & after.items()), sorted(before.items() ^ after.items()))
print(sorted(before.items() | [("z", 26)]), sorted(before.items() & [("a", 1), ("b", 3), "ab"]))
print(sorted(after.items() - [("d", 4)]), sorted(before.items() - before.items()))

# in-place forms rebind the name to a set
k = stock.keys()
k -= ["apple"]
k |= {"melon"}
print(type(k).__name__, sorted(k), len(stock))

# comparisons and isdisjoint still work
print(stock.keys() >= {"fig"}, {"fig", "kiwi"} < stock.keys(), stock.keys().isdisjoint(["lime", "date"]))
print(before.keys() == {"a", "b", "c"}, before.items() == {("a", 1), ("b", 2), ("c", 3)})

for bad in [5, None]:
    try:
        stock.keys() - bad
    except TypeError as e:
        print("TypeError:", e)
try:
    {"a": [1]}.items() | []
except TypeError as e:
    print("TypeError:", e)
try:
    stock.keys() & [["unhashable"]]
except TypeError as e:
    print("TypeError:", e)
try:
    stock.values() - ["x"]
except TypeError as e:
    print("TypeError:", e)
