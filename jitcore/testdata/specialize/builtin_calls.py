# Calls of len, list.append, dict.get, str.lower, str.strip and str.split
# whose receivers, arguments and callees change under the direct forms
# (a rebound len: specialize_call_builtin_test.go, the interpreter only).
class MyList(list):
    def __len__(self):
        return 99

    def append(self, v):
        list.append(self, v * 10)


class MyDict(dict):
    def get(self, k, d=None):
        return ("overridden", k, d)


class PlainDict(dict):
    pass


class MyStr(str):
    def lower(self):
        return "my-lower"


class Sized:
    def __len__(self):
        return 7


def sizes(x):
    return len(x)


print([sizes(x) for x in [[1, 2], "héllo", {1: 2}, (1, 2, 3), [], ""] * 4])
print(sizes(MyList([1])), sizes({1, 2}), sizes(Sized()), sizes(range(5)), sizes(b"ab"))
for bad in [3, None]:
    try:
        sizes(bad)
    except TypeError as e:
        print("TypeError:", e)


class Huge:
    def __len__(self):
        return 2 ** 70


try:
    sizes(Huge())
except OverflowError as e:
    print("OverflowError:", e)


def adds(xs, v):
    xs.append(v)
    return xs


acc = []
for i in range(20):
    adds(acc, i)
print(acc[-3:], len(acc))
print(adds(MyList(), 2), adds(PlainDict.fromkeys("a") and [], 1))


class Dup(list):
    pass


print(adds(Dup([1]), 2), type(adds(Dup(), 0)).__name__)


def gets(d, k):
    return d.get(k, 0), d.get(k)


counts = {}
for w in "a b a c b a".split() * 4:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print([gets({"a": 1}, "a") for _ in range(20)][-1], gets({}, "z"))
print(gets(MyDict(a=1), "a"), gets(PlainDict(a=5), "a"), gets(PlainDict(), "q"))
try:
    gets({}, [1])
except TypeError as e:
    print("TypeError:", e)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


try:
    gets({}, BadHash())
except ValueError as e:
    print("ValueError:", e)


class EqKey:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, EqKey) and self.n == other.n


d = {EqKey(1): "one"}
print(gets(d, EqKey(1)))


def words(s):
    return [t.strip(",.").lower() for t in s.split()]


text = "Hello, World. foo BAR, baz"
for _ in range(20):
    r = words(text)
print(r)
print(words(MyStr("Ab, Cd.")), words(""), words("   "), words("Ünïcode ÀB"))
print([type(x).__name__ for x in words(MyStr("Ab"))])


def strips(s, c):
    return s.strip(c), s.strip()


for _ in range(20):
    strips("..x..", ".")
print(strips("..x..", "."), strips("  y ", None), strips(MyStr(" z "), MyStr(" ")))
print(strips("abcba", "ab"), strips("\u3000a\u3000", "\u3000"))
try:
    strips("x", 5)
except TypeError as e:
    print("TypeError:", e)


def lowers(s):
    return s.lower()


for _ in range(20):
    lowers("ABC")
print(lowers("ÀÉ"), lowers(MyStr("Q")), lowers("already"))
for i in range(20):
    try:
        "AB".lower(i)
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(20):
    try:
        "AB".split(1, 2, 3)
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(20):
    try:
        [].append()
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(20):
    try:
        {}.get()
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)
for i in range(20):
    try:
        len()
    except TypeError as e:
        msg = str(e)
print("TypeError:", msg)


def call1(fn, a):
    return fn(a)


def call2(fn, a, b):
    return fn(a, b)


for i in range(20):
    call1(len, [i])
print(call1(len, "abc"), call1(str.lower, "XY"), call1(abs, -3), call1(str.split, " p q "))
xs = []
for i in range(20):
    call2(list.append, xs, i)
print(len(xs), call2(dict.get, {"k": 1}, "k"), call2(str.strip, "xax", "x"), call2(max, 1, 2))
print(call2(list.append, MyList(), 1))
print(call2(dict.get, PlainDict(k=2), "k"), call1(str.lower, MyStr("AB")))
