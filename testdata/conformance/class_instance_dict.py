# An instance's __dict__: replaced by assignment (setattr, a dict
# subclass), shared between objects, mutated through vars() while methods
# read the attributes in loops, and the errors CPython gives.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def label(self):
        return "point"


def total(points):
    s = 0
    for p in points:
        s += p.norm1() + p.x
    return s


pts = [Point(i, -i) for i in range(30)]
print(total(pts))

shared = {"x": 5, "y": 6}
pts[0].__dict__ = shared
pts[1].__dict__ = shared
print(total(pts), pts[0] .__dict__ is pts[1].__dict__)
pts[0].x = 100
print("shared write", pts[1].x, shared)

setattr(pts[2], "__dict__", {"y": 1, "x": 2, "extra": 3})
print(total(pts), pts[2].extra, sorted(vars(pts[2])))


class Tracking(dict):
    pass


pts[3].__dict__ = Tracking(x=7, y=8)
print(total(pts), pts[3].x)

for bad in (5, [("x", 1)], None):
    try:
        pts[4].__dict__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(vars(pts[4]))

vars(pts[5])["label"] = lambda: "instance"
print(pts[5].label(), pts[6].label())
vars(pts[5]).clear()
print(pts[5].label(), hasattr(pts[5], "x"))
pts[5].y = 3
pts[5].x = 4
print(total(pts), list(vars(pts[5])))

for p in pts[7:10]:
    del p.x
    p.x = -1
print(total(pts), [list(vars(p)) for p in pts[7:10]])


class Slotted:
    __slots__ = ("a",)


s = Slotted()
try:
    s.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
