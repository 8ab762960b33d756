import string, copy
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$5 each")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print(e)
print(string.Formatter().format("{0}-{x:>4}", 1, x="y"))
class P:
    def __init__(self, v): self.v = v; self.kids = []
    def __repr__(self): return f"P({self.v}, {self.kids})"
a = P(1); a.kids.append(P(2)); b = copy.copy(a); c = copy.deepcopy(a)
a.kids[0].v = 9
print(b, c, b.kids is a.kids, c.kids is a.kids)
nested = [[1, 2], {"k": (3, [4])}]
d = copy.deepcopy(nested); d[1]["k"][1].append(5); print(nested, d)
shared = [1]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
class C:
    def __init__(self): self.x = 1
    def __copy__(self): r = C(); r.x = 'copied'; return r
    def __deepcopy__(self, memo): r = C(); r.x = 'deep'; return r
print(copy.copy(C()).x, copy.deepcopy([C()])[0].x, copy.copy((1, 2)), copy.copy({1: 2}), copy.deepcopy({"s": {1, 2}}))
