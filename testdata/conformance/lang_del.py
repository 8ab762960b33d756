# del on names, attributes, subscripts, slices, and what it leaves behind.
inventory = {"bolts": 100, "nuts": 250, "washers": 75, "screws": 40}
del inventory["nuts"]
print(inventory)

codes = list("abcdefghij")
del codes[0], codes[-1]
print(codes)
del codes[1:3]
print(codes)
del codes[::2]
print(codes)

temp = "scratch"
del temp
try:
    print(temp)
except NameError as exc:
    print("NameError:", exc)

class Record:
    kind = "generic"

    def __init__(self):
        self.a = 1
        self.b = 2

r = Record()
del r.a
print(vars(r))
try:
    del r.a
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del r.kind
except AttributeError as exc:
    print("AttributeError:", exc)
del Record.kind
print(hasattr(r, "kind"))

class Tracker:
    def __init__(self):
        self.store = {}

    def __setitem__(self, key, value):
        print("set", key, value)
        self.store[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.store[key]

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

t = Tracker()
t["x"] = 1
t["y"] = 2
del t["x"]
t.extra = 5
del t.extra
print(t.store)
try:
    del t["missing"]
except KeyError as exc:
    print("KeyError:", exc)

a, b, c = 1, 2, 3
del a, (b, c)
print([name for name in ("a", "b", "c") if name in globals()])

def local_del():
    x = 10
    del x
    try:
        return x
    except UnboundLocalError as exc:
        return str(exc)

print(local_del())
