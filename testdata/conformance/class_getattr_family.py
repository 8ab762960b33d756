# __getattr__, __getattribute__, __setattr__ and __delattr__: proxies and records.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # only called when normal lookup fails
        self._log.append(f"get {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name!r}")
        self._log.append(f"set {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        del self._fields[name]

r = Record(name="widget", qty=3)
r.qty += 2
print(r.name, r.qty, r._fields)
del r.name
print(getattr(r, "name", "<gone>"), hasattr(r, "qty"), hasattr(r, "missing"))
try:
    r._secret = 1
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    r.color
except AttributeError as exc:
    print("AttributeError:", exc)
print(r._log)

class Audited:
    def __init__(self):
        self.value = 10
        self.reads = []

    def __getattribute__(self, name):
        if not name.startswith("__") and name != "reads":
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)

    def double(self):
        return self.value * 2

a = Audited()
print(a.double(), a.value, a.reads)

class Fallback:
    x = 1

    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom disabled")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return f"fallback:{name}"

f = Fallback()
print(f.x, f.boom, f.other)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                print(f"  -> {name}{args}")
                return attr(*args, **kwargs)
            return wrapper
        return attr

    def __setattr__(self, name, value):
        setattr(self._target, name, value)

items = Proxy([3, 1, 2])
items.append(0)
items.sort()
print(items._target, items.index(2))
try:
    items.nope
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Proxy(5).real = 2
except AttributeError as exc:
    print("AttributeError:", exc)
