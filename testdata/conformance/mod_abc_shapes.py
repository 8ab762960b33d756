# Abstract base classes: abstract methods block instantiation with CPython's message.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Half(Shape):
    def area(self): return 1.0
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    @property
    def name(self): return "impl"
try:
    Base()
except TypeError as e:
    print(e)
print(Impl().name)
