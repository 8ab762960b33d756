# Dict views are live and support set operations; comparing two configs.

old = {"host": "a.example", "port": 80, "debug": False, "workers": 4, "tls": None}
new = {"host": "b.example", "port": 80, "debug": True, "timeout": 30, "tls": None}

keys_old, keys_new = old.keys(), new.keys()
print(keys_old, type(keys_old).__name__)
print(sorted(keys_old & keys_new), sorted(keys_old | keys_new))
print(sorted(keys_old - keys_new), sorted(keys_new - keys_old), sorted(keys_old ^ keys_new))
print(keys_old & {"port", "nope"}, keys_old == set(old), keys_old <= (keys_old | {"x"}))
print(keys_old.isdisjoint({"a", "b"}), "host" in keys_old, len(keys_old))

changed = sorted(k for k in keys_old & keys_new if old[k] != new[k])
unchanged = sorted(k for k in keys_old & keys_new if old[k] == new[k])
print("changed:", changed)
print("unchanged:", unchanged)
for k in changed:
    print(f"  {k}: {old[k]!r} -> {new[k]!r}")

items_old, items_new = old.items(), new.items()
print(sorted(items_old & items_new, key=str), sorted(items_new - items_old, key=str))
print(("port", 80) in items_old, ("port", 81) in items_old, items_old)

live = old.values()
print(live, len(live))
old["extra"] = [1, 2]
print(live, len(live), list(old.keys())[-1])
del old["extra"]
print(80 in live, "a.example" in live, list(live)[:2])

counts = {}
for word in "to be or not to be that is the question to ask".split():
    counts[word] = counts.get(word, 0) + 1
common = {w: c for w, c in counts.items() if c > 1}
print(common, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(list(zip(counts.keys(), counts.values()))[:3], dict(reversed(list(counts.items())[:3])))
print(list(reversed(counts.keys()))[:3], list(reversed(counts.values()))[:3])
print(max(counts.items(), key=lambda kv: kv[1]), sum(counts.values()))
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, []).append(w)
print(inverted)
try:
    for k in counts:
        counts[k + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    old.values() | new.values()
except TypeError as e:
    print(type(e).__name__, e)
