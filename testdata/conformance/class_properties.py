# Properties with getters, setters, deleters, validation and computed values.
class Thermostat:
    MIN, MAX = 5.0, 30.0

    def __init__(self, target):
        self._target = None
        self.target = target
        self.history = []

    @property
    def target(self):
        """Target temperature in Celsius."""
        return self._target

    @target.setter
    def target(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"target must be a number, not {type(value).__name__}")
        clamped = min(max(value, self.MIN), self.MAX)
        if self._target is not None:
            self.history.append(self._target)
        self._target = clamped

    @target.deleter
    def target(self):
        print("resetting target")
        self._target = 20.0

    @property
    def fahrenheit(self):
        return self._target * 9 / 5 + 32

    def _get_mode(self):
        return "heat" if self._target > 20 else "eco"

    mode = property(_get_mode, doc="heating mode")

t = Thermostat(22)
print(t.target, t.fahrenheit, t.mode)
t.target = 40
t.target = 2
t.target = 18.5
print(t.target, t.history, t.mode)
del t.target
print(t.target)
try:
    t.target = "warm"
except TypeError as exc:
    print("TypeError:", exc)
try:
    t.fahrenheit = 70
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    del t.mode
except AttributeError as exc:
    print("AttributeError:", exc)

print(Thermostat.target.__doc__, Thermostat.mode.__doc__)
print(type(Thermostat.target).__name__, Thermostat.target.fset is not None, Thermostat.fahrenheit.fset)

class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def expensive(self):
        self.computed += 1
        value = sum(range(100))
        self.__dict__["cached"] = value
        return value

lz = Lazy()
print(lz.expensive, lz.expensive, lz.computed, lz.cached)

class Base:
    @property
    def kind(self):
        return "base"

class Derived(Base):
    @Base.kind.getter
    def kind(self):
        return "derived"

    @kind.setter
    def kind(self, value):
        print("setting kind to", value)

d = Derived()
print(d.kind, Base().kind)
d.kind = "x"
