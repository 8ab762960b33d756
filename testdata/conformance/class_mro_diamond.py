# Multiple inheritance, C3 linearization, and cooperative super() in a diamond.
class Base:
    def __init__(self, **kwargs):
        self.trail = ["Base"]
        if kwargs:
            print("Base got leftover kwargs:", sorted(kwargs))

    def describe(self):
        return "Base"

class Logged(Base):
    def __init__(self, log_level="info", **kwargs):
        super().__init__(**kwargs)
        self.log_level = log_level
        self.trail.append("Logged")

    def describe(self):
        return "Logged(" + super().describe() + ")"

class Cached(Base):
    def __init__(self, cache_size=8, **kwargs):
        super().__init__(**kwargs)
        self.cache_size = cache_size
        self.trail.append("Cached")

    def describe(self):
        return "Cached(" + super().describe() + ")"

class Service(Logged, Cached):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.trail.append("Service")

    def describe(self):
        return f"Service[{self.name}](" + super().describe() + ")"

s = Service("api", log_level="debug", cache_size=32, extra=1)
print(s.trail, s.log_level, s.cache_size)
print(s.describe())
print(Service.__mro__)
print([c.__name__ for c in Service.mro()])
print(Service.__bases__, Logged.__base__)

class A: pass
class B: pass
class C: pass
class D: pass
class E: pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])

try:
    class Bad(A, K1):
        pass
except TypeError as exc:
    print("TypeError:", exc)

class X: pass
class Y(X): pass
try:
    class Broken(X, Y):
        pass
except TypeError as exc:
    print("TypeError:", exc)

print(issubclass(Service, Base), isinstance(s, Cached), issubclass(Z, (E, int)))
print(super(Logged, s).describe())
print(super(Cached, s).describe())
