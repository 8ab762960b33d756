# Functions and methods as objects: names, qualnames, docs, defaults, reprs.

def area(width, height=1, *, unit="m"):
    """Return the area as a formatted string."""
    return f"{width * height}{unit}2"

class Shape:
    """A shape with a name."""

    def __init__(self, name):
        self.name = name

    def describe(self, prefix="shape"):
        """Describe this shape."""
        return f"{prefix}: {self.name}"

    class Inner:
        def method(self):
            pass

def outer():
    def inner(x, y=(1, 2)):
        return x
    return inner

print(area.__name__, area.__qualname__, area.__doc__, area.__defaults__, area.__kwdefaults__)
print(area(3), area(3, 4), area(2, height=5, unit="cm"))
print(Shape.describe.__qualname__, Shape.Inner.method.__qualname__, Shape.__doc__)
print(outer().__name__, outer().__qualname__, outer().__defaults__, outer.__doc__)
lam = lambda a, b=2: a + b
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam(1))
print(len, print, sorted, abs, repr(max), str(isinstance))
print(len.__name__, len.__doc__, max.__qualname__)
print(str.upper, dict.get, list.append, int.__add__)
s = Shape("square")
bound = s.describe
print(bound(), bound("figure"), bound.__name__, bound.__func__ is Shape.describe)
print(bound.__self__.name, callable(bound), callable(Shape), callable(s), callable(len))
print(type(area).__name__, type(len).__name__, type(bound).__name__, type(lam).__name__)
print(type("x".upper).__name__, "abc".upper.__name__, "abc".upper.__qualname__)
print(area.__code__.co_name, area.__code__.co_argcount, area.__code__.co_kwonlyargcount)
print(area.__code__.co_varnames, Shape.__init__.__code__.co_varnames, area.__module__)
area.tag = "geometry"
print(area.tag, sorted(k for k in vars(area)), hasattr(len, "tag"))
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def hello():
    "Say hello."
    return "hi"
print(list(registry), registry["hello"](), registry["hello"].__doc__)
try:
    area(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    area()
except TypeError as e:
    print(type(e).__name__, e)
try:
    area(1, color="red")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.describe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
