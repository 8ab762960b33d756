# Instance dicts that share a key table (dict_shape.go): attribute loads,
# stores and method loads specialized on one key layout, then run on dicts
# whose keys were added in another order, deleted, cleared, popped,
# replaced through vars() or __dict__, or given a key that is not a str;
# methods shadowed by instance attributes; classes changed under the
# caches. The specialized forms must follow CPython throughout.
import copy


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b

    def kind(self):
        return "P"


class Q(P):
    def __init__(self, a, b):
        self.b = b  # the other order: another shape
        self.a = a


def read(objs):
    out = 0
    for o in objs:
        out += o.a * 10 + o.b
    return out


def write(objs, v):
    for o in objs:
        o.a = v
        o.b = v + 1


def kinds(objs):
    return "".join(o.kind() for o in objs)


def totals(objs):
    return [o.total() for o in objs]


ps = [P(i, i + 1) for i in range(60)]
qs = [Q(i, i + 2) for i in range(60)]
print("read", read(ps), read(qs), read(ps + qs))
write(ps + qs, 3)
print("write", read(ps), read(qs), [vars(o) for o in (ps[0], qs[0])])
print("kinds", kinds(ps[:3] + qs[:3]), sum(totals(ps + qs)))

# deletes, clears, pops and new keys through vars()
d = ps[1]
del d.a
try:
    d.a
except AttributeError as e:
    print("deleted:", e)
d.a = 7
print("re-added", d.a, d.b, list(vars(d)), read([d]))
vars(ps[2])["a"] = 11
vars(ps[2])["c"] = 12
print("vars set", read(ps[:3]), ps[2].c, list(vars(ps[2])))
vars(ps[3]).clear()
try:
    read([ps[3]])
except AttributeError as e:
    print("cleared:", e)
ps[3].b = 1
ps[3].a = 2
print("after clear", read([ps[3]]), list(vars(ps[3])))
print("popitem", vars(ps[4]).popitem(), hasattr(ps[4], "b"), ps[4].a)
ps[4].b = 5
print("pop", vars(ps[5]).pop("a"), getattr(ps[5], "a", "gone"))
ps[5].a = 0
vars(ps[6]).update(b=100, z=1)
print("update", read(ps[:7]), ps[6].z)
vars(ps[7])[1] = "int key"
print("int key", read([ps[7]]), vars(ps[7]))
ps[8].__dict__ = {"b": 4, "a": 9}
ps[9].__dict__ = {"a": 1, "b": 2}
print("replaced", read(ps[:10]), ps[8].total(), ps[9].total())
write(ps[:10], 20)
print("write after", read(ps[:10]), [list(vars(o)) for o in ps[:10]])
c = copy.copy(qs[0])
c.a = 99
print("copy", read([qs[0], c]), vars(c))
print("all", read(ps + qs), sum(totals(ps + qs)))

# a method shadowed by an instance attribute, set several ways
objs = [P(1, 2) for _ in range(50)]
print("kinds before", kinds(objs)[:5])
objs[10].kind = lambda: "x"
setattr(objs[11], "kind", lambda: "y")
vars(objs[12])["kind"] = lambda: "z"
objs[13].__dict__ = {"a": 0, "b": 0, "kind": lambda: "w"}
print("shadowed", kinds(objs)[8:16])
del objs[10].kind
print("unshadowed", kinds(objs)[8:16])
print("totals", totals(objs)[:3])

# the class changes under the caches: a property, then __getattr__
P.a = property(lambda self: -1)
print("property", read(ps[:3]), read(qs[:3]))
del P.a
print("no property", read(ps[:3]))
P.kind = lambda self: "P2"


class L(P):
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2)


ls = [L(1, 2), L(3, 4)]
write(ls + ps[:2], 5)
print("setattr override", read(ls + ps[:2]), vars(ls[0]))
print("new method", kinds(ps[:2] + qs[:2]))


class G:
    def __init__(self, n):
        self.n = n

    def __getattr__(self, name):
        return "missing " + name


gs = [G(i) for i in range(40)]
print("getattr", [g.n for g in gs][-3:])
del gs[39].n
print("getattr missing", [g.n for g in gs][-2:])


# many attributes and many orders: past the key table's bounds
class Wide:
    def __init__(self, n, order):
        for i in order:
            setattr(self, "f%d" % i, i * n)


ws = []
for k in range(40):
    order = list(range(40))
    order = order[k:] + order[:k]
    ws.append(Wide(k, order))


def wide_sum(objs):
    s = 0
    for o in objs:
        s += o.f0 + o.f5 + o.f39
    return s


print("wide", wide_sum(ws), wide_sum(ws[::-1]), len(vars(ws[3])), list(vars(ws[3]))[:3])


# slots and a __dict__ together
class SD:
    __slots__ = ("s", "__dict__")

    def __init__(self, i):
        self.s = i
        self.d = i * 2


sds = [SD(i) for i in range(40)]
print("slots+dict", sum(o.s + o.d for o in sds), vars(sds[1]))


# deleting from a base class invalidates the subclasses' caches too
class Base2:
    x = property(lambda self: "property")

    def m(self):
        return "Base2.m"


class Sub2(Base2):
    def __init__(self):
        self.y = 1


def call_m(o):
    try:
        return o.m()
    except AttributeError:
        return "AttributeError"


def get_x(o):
    return o.x


s2 = Sub2()
s2.__dict__["x"] = "instance"
print("base before", [call_m(s2) for _ in range(40)][-1], [get_x(s2) for _ in range(40)][-1])
del Base2.m
del Base2.x
print("base after", [call_m(s2) for _ in range(40)][-1], [get_x(s2) for _ in range(40)][-1])
