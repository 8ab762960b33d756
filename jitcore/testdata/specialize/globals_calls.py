# Global and builtin loads and calls whose targets change.
import builtins


def use_len(xs):
    return len(xs)


print(sum(use_len([1] * i) for i in range(20)))
len = lambda xs: -1  # a global shadows the builtin
print([use_len([1, 2]) for _ in range(20)][-1])
del len
print(use_len([1, 2, 3]))
saved = builtins.abs


def use_abs(x):
    return abs(x)


print([use_abs(-i) for i in range(12)][-1])
builtins.abs = lambda x: "patched"
print(use_abs(-3))
builtins.abs = saved
print(use_abs(-4))


def f(x):
    return x + 1


def g(x):
    return x * 10


def call(h, x):
    return h(x)


print(sum(call(f, i) for i in range(20)))
print(call(g, 3), call(abs, -3), call(str, 3))
print([call(f if i % 2 else g, i) for i in range(60)][-4:])


def rebind_target(n):
    global f
    out = []
    for i in range(n):
        out.append(f(i))
        if i == n // 2:
            f = g
    return out


print(rebind_target(30)[-3:])


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(i):
    return V(i, -i)


print(sum(make(i).x for i in range(30)))


def init3(self, x, y):
    self.x = x * 3
    self.y = y


V.__init__ = init3
print(make(2).x)


def bad_init(self, x, y):
    return 1


V.__init__ = bad_init
try:
    make(1)
except TypeError as e:
    print("TypeError:", e)


def ranges(a, b, c):
    return list(range(a, b, c))


print([len(ranges(0, i, 1)) for i in range(12)][-1], ranges(10, 0, -3))
print(len(range(2 ** 64, 2 ** 64 + 5)), ranges(2 ** 63, 2 ** 63 + 3, 1)[-1])
try:
    ranges(0, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    ranges(0, 5.0, 1)
except TypeError as e:
    print("TypeError:", e)


def errors(xs, d, t, s, i):
    out = []
    for f in (lambda: xs[i], lambda: d[i], lambda: t[i], lambda: s[i], lambda: i // 0, lambda: 1.5 / 0.0):
        try:
            out.append(f())
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for i in range(15):
    r = errors([1, 2], {0: "z"}, (5,), "ab", i % 3)
print(r)
