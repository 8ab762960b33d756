# str methods on their fast paths (ASCII text, list/tuple joins, splits
# into many pieces) and on the ways back: non-ASCII text, str subclass
# receivers and items, unbound calls on other types. Each block runs in a
# loop, so that the interpreter's specialized forms are exercised too.


class S(str):
    pass


class Loud(str):
    def __str__(self):
        return "LOUD"


def show(label, v):
    print(label, type(v).__name__, repr(v), len(v) if isinstance(v, (str, list)) else "")


def splits(rounds):
    for r in range(rounds):
        a = "alpha beta\tgamma\n delta  "
        b = "d\u00e9j\u00e0 vu\u3000caf\u00e9\x85fin \u2028x"
        c = S("  sub class  ")
        res = [
            a.split(), a.split(None, 1), a.split(" "), a.split("a"),
            b.split(), b.split(None, 2), b.split("\u00e9"), b.rsplit(None, 1),
            c.split(), "".split(), "   ".split(), "x".split(","), "a,,b,".split(","),
            "no-sep".split("-", 0), "one".split(),
        ]
        if r == rounds - 1:
            for parts in res:
                print(parts, [len(p) for p in parts], [type(p).__name__ for p in parts])
            print([p[-1] for p in b.split()], [p[0] for p in b.split("\u00e9") if p])


def strips(rounds):
    for r in range(rounds):
        words = ["word,", "!Hey!", "caf\u00e9.", "\u00e9t\u00e9!", ";;", "", "plain", S("sub!"), "  sp\u3000", "\x85nl\x85"]
        out = []
        for w in words:
            out.append((w.strip(",.;!?"), w.lstrip("!;"), w.rstrip(".!"), w.strip(), w.strip("\u00e9!"), w.strip(None)))
        if r == rounds - 1:
            for row in out:
                print(row, [len(x) for x in row], [type(x).__name__ for x in row])


def cases(rounds):
    for r in range(rounds):
        words = ["MiXeD", "lower", "UPPER", "\u00c9COLE", "stra\u00dfe", "\u03a3\u03a3", "\u1f88ab", S("SuB"), "", "123 ab"]
        out = [(w.lower(), w.upper(), w.casefold(), w.capitalize(), w.title(), w.swapcase()) for w in words]
        if r == rounds - 1:
            for row in out:
                print(row, [len(x) for x in row], [type(x).__name__ for x in row])
            print("abc".lower()[1], "\u00c9COLE".lower()[0], len("\u00c9COLE".lower()))


def joins(rounds):
    for r in range(rounds):
        res = [
            "".join(["ab", "cd"]), " ".join(("x", "y", "z")), ",".join([]), "-".join(["solo"]),
            "\u00e9".join(["a", "b"]), "".join(["caf", "\u00e9"]), "+".join([S("s"), "t"]),
            "".join([Loud("q")]), "/".join(x for x in "abc"), ":".join({"k": 1, "j": 2}),
            "".join(S(x) for x in ["m", "n"]), S("|").join(["p", "q"]), "".join([S("only")]),
        ]
        if r == rounds - 1:
            for v in res:
                show("join", v)
            print([v[-1] for v in res if v])


def concat(rounds):
    for r in range(rounds):
        a, e = "abc", ""
        res = [a + e, e + a, a + "\u00e9", "\u00e9" + a, e + e]
        w = "w"
        for x in ["x", "", "\u00e9", "y"]:
            w += x
        res.append(w)
        if r == rounds - 1:
            print(res, [len(x) for x in res], w[-2], w[2])


def identities(rounds):
    for r in range(rounds):
        s = "unchanged text"
        t = "ab cd"
        res = [s.strip() is s, s.strip("xyz") is s, s.split(",")[0] is s, "one".split()[0] == "one",
               "-".join([s]) is s, (s + "") is s, ("" + s) is s, s.lstrip() is s, s.rstrip("q") is s,
               S(s).strip() is s, type(S(s).strip()).__name__, t.split()[1] == "cd"]
        if r == rounds - 1:
            print(res)


def errors():
    for call in [lambda: str.lower(5), lambda: str.strip(5), lambda: str.split(5), lambda: str.join(5, []),
                 lambda: "".join([1]), lambda: "".join(["a", 2]), lambda: ",".join(("a", None)),
                 lambda: "".join(5), lambda: "a".strip(5), lambda: "a".split(""), lambda: "a".lower(1),
                 lambda: "a".split(",", "x")]:
        try:
            print("ok", call())
        except Exception as exc:
            print(type(exc).__name__, exc)


def hashes():
    print(hash("") == 0, hash("abc") == hash("ab" + "c"), hash("\u00e9") == hash("\u00e9".lower()))
    d = {}
    for w in ["a", "b", "a", "", "", "\u00e9", S("a")]:
        d[w] = d.get(w, 0) + 1
    print(sorted(d.items()))


for fn in (splits, strips, cases, joins, concat, identities):
    fn(30)
errors()
hashes()
