# Building classes dynamically with type(), inspecting __dict__, __name__, __qualname__, __module__.
def make_model(name, fields, base=object):
    def __init__(self, **kwargs):
        unknown = set(kwargs) - set(fields)
        if unknown:
            raise TypeError(f"{name} got unknown fields {sorted(unknown)}")
        for field, default in fields.items():
            setattr(self, field, kwargs.get(field, default))

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    return type(name, (base,), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})

Point = make_model("Point", {"x": 0, "y": 0})
User = make_model("User", {"name": "", "admin": False})
print(Point(x=3), User(name="ann", admin=True), Point.fields)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__, type(Point).__name__)
try:
    Point(z=1)
except TypeError as exc:
    print("TypeError:", exc)

class Timestamped:
    def stamp(self):
        return f"{type(self).__name__} stamped"

Event = make_model("Event", {"kind": "tick"}, Timestamped)
e = Event(kind="boot")
print(e, e.stamp(), isinstance(e, Timestamped), [c.__name__ for c in Event.__mro__])

print(type(e) is Event, type(Event) is type, type(type) is type, isinstance(Event, type))
print(type(3), type("s"), type(None), type(len), type(type(e)), type(e.stamp).__name__)

class Plain:
    """A documented class."""
    attr = 1

    def method(self):
        return 2

print(Plain.__doc__, sorted(k for k in Plain.__dict__ if not k.startswith("__")))
print(Plain.method.__qualname__, Plain.__dict__["method"].__name__, Plain().method.__func__ is Plain.method)

Dynamic = type("Dynamic", (Plain,), {"extra": lambda self: self.attr + 10})
d = Dynamic()
print(d.extra(), d.method(), Dynamic.__base__.__name__, vars(d))
setattr(Dynamic, "late", property(lambda self: "added later"))
print(d.late)
print(sorted(n for n in dir(d) if not n.startswith("__")))
try:
    type("Bad", (3,), {})
except TypeError as exc:
    print("TypeError:", exc)
