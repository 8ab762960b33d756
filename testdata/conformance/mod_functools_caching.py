# functools: memoised recursion, partial application, wraps, reduce, ordering helpers.
import functools

@functools.lru_cache(maxsize=3)
def square(n):
    return n * n

for n in [1, 2, 3, 1, 4, 2, 5]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(9))

@functools.cache
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.cache_info().currsize)

def log_calls(fn):
    @functools.wraps(fn)
    def inner(*args, **kw):
        """inner doc"""
        print("calling", fn.__name__, args, kw)
        return fn(*args, **kw)
    return inner

@log_calls
def add(a, b=0):
    """Add two numbers."""
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)

base2 = functools.partial(int, base=2)
print(base2("1011"), base2.func, base2.args, base2.keywords, repr(base2))
p = functools.partial(functools.partial(max, 1), 5)
print(p(3), p.args, repr(p))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(max, [], -1))
try:
    functools.reduce(max, [])
except TypeError as e:
    print("TypeError:", e)

def cmp_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi"], key=functools.cmp_to_key(cmp_len_then_alpha)))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), max(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True), describe.dispatch(float).__name__)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
