# dict subclasses: __missing__ for defaults, counting, nested auto-vivification, and get() bypass.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value

class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

class Tree(dict):
    def __missing__(self, key):
        child = self[key] = Tree()
        return child

    def paths(self, prefix=()):
        for key, value in sorted(self.items()):
            if value:
                yield from value.paths(prefix + (key,))
            else:
                yield "/".join(prefix + (key,))

groups = DefaultDict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    groups[word[0]].append(word)
print(groups, type(groups).__name__, groups.factory is list)

counts = Counter()
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts["z"], "z" in counts, counts.get("z"), counts.most_common(2))

fs = Tree()
fs["usr"]["bin"]["python3"]
fs["usr"]["lib"]
fs["etc"]["hosts"]
fs["usr"]["bin"]["go"]
print(list(fs.paths()))
print(len(fs), len(fs["usr"]), "missing" in fs, fs.get("nope", "get() skips __missing__"))

class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown key {key!r}; known: {sorted(self)}")

s = Strict(a=1, b=2)
try:
    s["c"]
except KeyError as exc:
    print("KeyError:", exc)
print(s.setdefault("c", 3), s.pop("a"), s)

class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

u = Upper()
u["name"] = "ann"
print(u["NAME"], u["Name"], u, dict(u))
u.update(role="admin")   # update() bypasses the overridden __setitem__
print(u, "role" in u)
