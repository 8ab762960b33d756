# Dict method edge cases: fromkeys aliasing, setdefault, popitem order, copy depth, keys with equal hashes.

shared = dict.fromkeys(["a", "b", "c"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["c"])
separate = {k: [] for k in "abc"}
separate["a"].append(1)
print(separate)
print(dict.fromkeys(range(3)), dict.fromkeys("aab", 0), dict.fromkeys([]), dict.fromkeys((1, 2), None))

counts = {}
for ch in "hello world":
    counts.setdefault(ch, 0)
    counts[ch] += 1
print(counts, counts.setdefault("h"), counts.setdefault("new"), counts["new"])
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups, list(groups))

stack = {"first": 1, "second": 2, "third": 3}
popped = []
while stack:
    popped.append(stack.popitem())
print(popped)
d = {"x": {"inner": [1, 2]}, "y": 2}
shallow = d.copy()
shallow["x"]["inner"].append(3)
shallow["y"] = 99
print(d, shallow)
print(d.get("missing"), d.get("missing", []), d.pop("y"), d.pop("y", "gone"), d)
keys = {1: "int", 1.0: "float", True: "bool"}
print(keys, len(keys), list(keys.keys())[0], type(list(keys)[0]).__name__)
mixed = {}
mixed[2] = "two"
mixed[2.0] = "two-float"
mixed[complex(2, 0)] = "two-complex"
print(mixed)
a = {"k": 1, "m": 2}
b = {"m": 20, "n": 30}
print(a | b, b | a, {**a, **b}, dict(a, **b), {**b, "k": 0})
a.update(b, z=26)
print(a)
a.update([("k", -1)], k=-2)
print(a)
print(dict(zip(["a", "b"], range(5))), dict([]), dict(()), dict(**{"x": 1}), {}.keys())
print(list({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items()), {"b": 1, "a": 2} == {"a": 2, "b": 1})
print(repr({}), repr({1: {}}), str({"q": "'"}), {(1, 2): [3]}, {None: None, ...: ...})
e = {}
e[e.__class__.__name__] = len(e)
print(e, "dict" in e, 0 in e.values(), ("dict", 0) in e.items())
for bad in [lambda: {}["k"], lambda: {}.pop("k"), lambda: dict(1), lambda: {}.update(1),
            lambda: {}.update([1]), lambda: dict.fromkeys(5), lambda: {}.setdefault()]:
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
