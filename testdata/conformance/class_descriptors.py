# Descriptors: validated fields with __set_name__, data vs non-data precedence.
class Field:
    def __init__(self, kind, *, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"__set_name__: {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        raise AttributeError(f"{self.name} cannot be deleted")

class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)

    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock

    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.stock})"

p = Product("lamp", 19.5, 4)
print(p, sorted(vars(p)))
for attr, bad in (("price", -1.0), ("stock", "many"), ("name", None)):
    try:
        setattr(p, attr, bad)
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
try:
    del p.stock
except AttributeError as exc:
    print("AttributeError:", exc)
print(type(Product.price).__name__, Product.price.name, Product.price.storage)

class CachedProperty:
    """Non-data descriptor: the instance dict wins after the first access."""
    def __init__(self, fn):
        self.fn = fn

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Report:
    def __init__(self, numbers):
        self.numbers = numbers

    @CachedProperty
    def total(self):
        return sum(self.numbers)

rep = Report([1, 2, 3, 4])
print(rep.total, rep.total, rep.__dict__)
rep.total = 100
print(rep.total)
del rep.total
print(rep.total)

class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("constant")

class Settings:
    version = Constant("1.0")

s = Settings()
s.__dict__["version"] = "hacked"
print(s.version, Settings.version)

class Bound:
    def method(self):
        return "called"

b = Bound()
print(Bound.__dict__["method"].__get__(b, Bound)(), Bound.method.__get__(b)())
