# dicts keyed by str on the fast lookup path and its ways back: keys of
# mixed types with equal hashes, str subclasses defining __eq__/__hash__,
# keys whose __eq__ mutates the dict during a lookup.


class Key(str):
    """A str whose equality ignores case; its hash is that of its lower case."""

    calls = 0

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, str) and str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))


class Plain(str):
    pass


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def mixed(rounds):
    for r in range(rounds):
        d = {1: "int", "1": "str", 1.5: "float", (1, "a"): "tuple", None: "none", b"1": "bytes"}
        d[True] = "bool replaces int"
        d[1.0] = "float replaces again"
        got = [d[1], d["1"], d[1.5], d[(1, "a")], d[None], d[b"1"], d.get("x", "-"), d.get(2)]
        d["a" + "b"] = 1
        d["ab"] += 1
        got.append(d["ab"])
        if r == rounds - 1:
            print(got, len(d), list(d.keys()))


def subclass_keys(rounds):
    for r in range(rounds):
        d = {Key("Hello"): 1}
        got = [d.get("hello"), d.get("HELLO"), d.get("help"), "hello" in d, "Hello" in d]
        d["hello"] = 2  # equal to the Key: replaces the value, keeps the Key
        p = {Plain("x"): 1, "y": 2}
        got += [p["x"], p.get(Plain("y")), type(list(p)[0]).__name__, len(d), type(list(d)[0]).__name__, d[Key("HeLLo")]]
        e = {"k": 1}
        got += [e.get(Key("K")), e.get(Key("k")), Key("K") in e]
        if r == rounds - 1:
            print(got)
    print("eq calls > 0:", Key.calls > 0)


class Evil:
    """Equal to any str with the same hash; its __eq__ mutates the dict."""

    def __init__(self, target, action):
        self.target, self.action = target, action

    def __hash__(self):
        return hash(self.target)

    def __eq__(self, other):
        self.action()
        return other == self.target


def mutating():
    d = {"a": 1, "b": 2}
    evil = Evil("a", lambda: d.update({"k%d" % i: i for i in range(50)}))
    print(d.get(evil), len(d))
    d2 = {"a": 1}
    evil2 = Evil("a", lambda: d2.clear())
    print(d2.get(evil2), len(d2))
    d3 = {"a": 1}
    evil3 = Evil("a", lambda: d3.pop("a", None))
    d3[evil3] = 5
    print(sorted((type(k).__name__, v) for k, v in d3.items()))
    d4 = {Evil("z", lambda: None): "evil"}
    print(d4.get("z"), "z" in d4, d4.get("y"))


def words():
    text = "the cat and the hat The CAT \u00e9t\u00e9 \u00c9t\u00e9 the end"
    for _ in range(20):
        c = count(w.lower() for w in text.split())
    print(sorted(c.items()))
    c2 = count([Plain("x"), "x", Key("X"), "y"])
    print(sorted((type(k).__name__, str(k), v) for k, v in c2.items()))
    big = count(["w%d" % (i % 700) for i in range(5000)])
    print(len(big), big["w0"], big["w699"], sum(big.values()))


mixed(30)
subclass_keys(30)
mutating()
words()
