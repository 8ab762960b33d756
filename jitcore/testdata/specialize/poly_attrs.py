# Attribute loads, stores and method loads in a base class's methods, run
# on instances of several subclasses (slots and dicts), then with the
# classes changing under them: the specialized forms must follow CPython.


class Base:
    def __init__(self, x):
        self.x = x
        self.n = 0

    def get(self):
        return self.x

    def bump(self):
        self.n = self.n + 1
        return self.n

    def kind(self):
        return "base"

    def describe(self):
        return self.kind() + ":" + str(self.get())


class Sub(Base):
    def kind(self):
        return "sub"


class Other(Base):
    pass


class Slotted:
    __slots__ = ("x", "n")

    def __init__(self, x):
        self.x = x
        self.n = 0


class SlottedSub(Slotted):
    __slots__ = ("extra",)


class SlottedDict(Slotted):
    pass  # no __slots__: has an instance dict as well


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


def incr(o):
    o.n = o.n + 1
    return o.n


objs = [Base(1), Sub(2), Other(3)] * 10
print(sum(read_x(o) for o in objs), [o.describe() for o in objs[:3]])
print(sum(o.bump() for o in objs))
for i, o in enumerate(objs):
    write_x(o, i)
print(sum(read_x(o) for o in objs))

# slots and dicts at the same sites
mixed = [Slotted(1), SlottedSub(2), SlottedDict(3), Base(4)] * 8
for i, o in enumerate(mixed):
    write_x(o, i * 2)
    incr(o)
print(sum(read_x(o) for o in mixed), sum(incr(o) for o in mixed))
sd = SlottedDict(5)
sd.y = 7
print(read_x(sd), sd.y, sorted(sd.__dict__))

# a slot left unset, then deleted
ss = SlottedSub(9)
try:
    ss.extra
except AttributeError as e:
    print("AttributeError:", e)
del mixed[0].x
try:
    read_x(mixed[0])
except AttributeError as e:
    print("AttributeError:", e)

# a subclass gains a property for x after the sites specialized
class Prop(Base):
    pass


ps = [Prop(i) for i in range(20)]
print(sum(read_x(p) for p in ps))
Prop.x = property(lambda self: -1, lambda self, v: print("setter", v))
print(read_x(ps[0]), read_x(objs[0]))
write_x(ps[0], 42)
print(read_x(objs[1]))

# a subclass overrides __setattr__ / __getattribute__
class Logged(Base):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


class Shouty(Base):
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v * 10 if name == "x" else v


lg = Logged(5)
write_x(lg, 6)
print(read_x(lg), incr(lg))
print(read_x(Shouty(4)), Shouty(2).get())

# the same with __slots__
class SlotLogged(Slotted):
    __slots__ = ()

    def __setattr__(self, name, value):
        print("slot set", name, value)
        object.__setattr__(self, name, value)

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v + 100 if name == "x" else v


sl = SlotLogged(1)
write_x(sl, 2)
print(read_x(sl))


# methods: rebound on the class, overridden by a subclass, shadowed on an instance
def call_kind(o):
    return o.kind()


kinds = [Base(0), Sub(0), Other(0)] * 10
print("".join(call_kind(o)[0] for o in kinds))
Sub.kind = lambda self: "rebound"
Other.kind = lambda self: "other"
print(call_kind(kinds[0]), call_kind(kinds[1]), call_kind(kinds[2]))
del Sub.kind
print(call_kind(kinds[1]))
shadow = Other(0)
shadow.kind = lambda: "instance"
print(call_kind(shadow), call_kind(Other(1)))
Base.kind = staticmethod(lambda: "static")
print(call_kind(kinds[0]), call_kind(kinds[1]))


# a class attribute appears between the dict and the class lookup
class Late(Base):
    pass


ls = [Late(i) for i in range(20)]
print(sum(read_x(o) for o in ls))
del ls[3].x
print(read_x(ls[3]) if hasattr(ls[3], "x") else "no x")
Late.x = "class x"
print(read_x(ls[3]), read_x(ls[4]))

# many classes at one site (more than the cache's ways)
classes = [type("C%d" % i, (Base,), {}) for i in range(7)]
many = [c(i) for i, c in enumerate(classes)] * 5
for o in many:
    write_x(o, o.x + 1)
print(sum(read_x(o) for o in many), sum(incr(o) for o in many))


# sites first specialized on __slots__, then dict instances and overrides
def read_sx(o):
    return o.x


def write_sx(o, v):
    o.x = v


sl2 = [Slotted(i) for i in range(20)]
for o in sl2:
    write_sx(o, o.x + 1)
print(sum(read_sx(o) for o in sl2))
print(read_sx(Base(3)), read_sx(SlotLogged(4)))
write_sx(Base(1), 5)
write_sx(SlotLogged(2), 6)
print(sum(read_sx(o) for o in sl2 + [SlottedDict(1), Base(2)]))
