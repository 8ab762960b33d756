# Enums: members, reprs and str() as 3.11 prints them, lookup by value and name,
# auto(), aliases, unique, _missing_, Flag and IntFlag arithmetic.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class P(enum.Flag):
    R = 4
    W = 2
    X = 1
print(repr(P(6)), str(P(6)), P(6).name, repr(P(0)), str(P(0)), P(0).name, repr(~P.R), list(P(7)), len(P(7)), repr(P.R|P.X), format(P.R))
try: P(8)
except ValueError as e: print(repr(str(e)))
class I(enum.IntFlag):
    A = 1
    B = 2
print(repr(I(3)), str(I(3)), repr(I(8)), repr(I.A | 4), format(I.A), I.A + 1, repr(~I.A))
class C(enum.Enum):
    RED = 1
    GREEN = 2
print(repr(C), repr(P), C.RED, repr(C.RED), f'{C.RED}', format(C.RED, '>10'), C.__members__)
try: C(5)
except ValueError as e: print(e)
class N(enum.IntEnum):
    ONE = 1
print(str(N.ONE), repr(N.ONE), f'{N.ONE}', N.ONE == 1, N.ONE + 1, format(N.ONE, '03d'))
class S(enum.StrEnum):
    A = enum.auto()
print(repr(S.A), str(S.A), S.A == 'a')
class F(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto()
print(list(F), [m.value for m in F])
print(enum.Enum('Animal', 'ANT BEE'), list(enum.Enum('Animal', 'ANT BEE')), repr(enum.auto()))
try:
    C.RED = 3
except AttributeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Color(Enum):
    RED = auto()
    GREEN = auto()
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
    def describe(self):
        return f"{self.name} is {self.value}"
print(list(Color), Color.CRIMSON is Color.RED, Color('green'), Color.GREEN.describe(), len(Color), Color['RED'], Color.RED in Color)
try:
    unique(Color)
except ValueError as e:
    print(e)
print(type(Color.RED) is Color, isinstance(Color.RED, Color), Color.RED == Color.RED, Color.RED != Color.GREEN, {Color.RED: 1}[Color.RED])
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
print(sorted(N) , [m.name for m in reversed(Color)])
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green!")
