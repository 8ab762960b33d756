# Attribute and method loads that specialize, then see the instance, the
# class or the module change under them.
import sys


class P:
    kind = "p"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def read(o):
    return o.x


def call_get(o):
    return o.get()


def read_kind(o):
    return o.kind


ps = [P(i) for i in range(30)]
print(sum(read(p) for p in ps), sum(call_get(p) for p in ps))

# attribute removed from one instance: the class attribute shows through
P.x = "class x"
q = P(5)
for i in range(20):
    read(q)
del q.x
print(read(q))

# method shadowed by an instance attribute, then the method replaced
r = P(7)
r.get = lambda: "shadowed"
print(call_get(r), call_get(P(8)))
P.get = lambda self: "replaced " + str(self.x)
print(call_get(P(9)))

# class attribute read through instances, then mutated
for i in range(20):
    read_kind(ps[i])
P.kind = "changed"
print(read_kind(ps[0]))


# a property appears on the class after the loads specialized
class Q:
    def __init__(self):
        self.v = 1


def read_v(o):
    return o.v


qs = [Q() for _ in range(20)]
print(sum(read_v(o) for o in qs))
Q.v = property(lambda self: 100)
print(read_v(qs[0]))


# __slots__: set, read, delete
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def read_a(o):
    return o.a


ss = [S(i) for i in range(20)]
print(sum(read_a(s) for s in ss))
del ss[3].a
try:
    read_a(ss[3])
except AttributeError as e:
    print("AttributeError:", e)


# attributes of a module object and of a class object
me = sys.modules[__name__]
counter = 0


def bump():
    global counter
    counter += 1
    return me.counter


print([bump() for _ in range(12)][-3:])


class K:
    limit = 3

    def twice(x):
        return 2 * x


def use_k(n):
    return K.limit + K.twice(n)


print([use_k(i) for i in range(12)][-2:])
K.limit = 10
K.twice = staticmethod(lambda x: -x)
print(use_k(4))


# receivers of several classes at one site
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B"


class C:
    f = 5


def call_f(o):
    return o.f()


objs = [A(), B()] * 30
print("".join(call_f(o) for o in objs)[:8])
try:
    call_f(C())
except TypeError as e:
    print("TypeError:", e)
