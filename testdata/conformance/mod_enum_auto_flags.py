# enum class bodies: auto() values are numbers as soon as they are
# assigned (so later lines can combine them), _ignore_ names stay out,
# _generate_next_value_ customizes auto, a name defined twice is an error,
# and a Flag's multi-bit or zero members are aliases that iteration skips.
from enum import Enum, Flag, IntEnum, IntFlag, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = RW | EXEC
    print("inside the body:", READ, WRITE, EXEC, RW, ALL)


print(list(Perm), len(Perm), Perm.RW, Perm.ALL.value, Perm(6), Perm.NONE, bool(Perm.NONE))
print(list(Perm.__members__), Perm.READ in Perm.RW, Perm(0) is Perm.NONE)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Mode), Mode.RWX, Mode(5), int(Mode.R | Mode.X), [m.name for m in Mode])


class Weekday(IntEnum):
    _ignore_ = "i day"
    MON = auto()
    TUE = auto()
    WED = auto()
    for i, day in enumerate(["THU", "FRI"]):
        pass
    FRI = auto()


print(list(Weekday), Weekday.FRI.value, hasattr(Weekday, "i"), hasattr(Weekday, "day"))


class Color(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = "red-0"


print(list(Color), Color.CRIMSON, Color("green-1"), Color.RED is Color.CRIMSON)

try:
    class Broken(Enum):
        A = 1
        B = 2
        A = 3
except TypeError as e:
    print("TypeError:", e)


class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()

    @property
    def label(self):
        return self.name.title()

    def toggle(self):
        return Status.INACTIVE if self is Status.ACTIVE else Status.ACTIVE


print(Status.ACTIVE.label, Status.ACTIVE.toggle(), [s.value for s in Status])
