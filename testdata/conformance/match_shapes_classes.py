# Class patterns with __match_args__, keyword patterns, guards, nested captures.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    __match_args__ = ("corner", "width", "height")

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height

class Line:
    def __init__(self, start, end):
        self.start, self.end = start, end

def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x=0, y=y):
            return f"a point on the y axis at {y}"
        case Point(x, 0):
            return f"a point on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"a point on the diagonal at {x}"
        case Point():
            return f"a point at ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"a circle of radius {r} around the origin"
        case Circle(center=Point(x=cx), radius=r) if r <= 0:
            return f"a degenerate circle at x={cx}"
        case Circle(c, r):
            return f"a circle of radius {r} at ({c.x}, {c.y})"
        case Rect(_, w, h) if w == h:
            return f"a square of side {w}"
        case Rect(Point(x, y) as corner, w, h):
            return f"a {w}x{h} rectangle from ({x}, {y}), corner kept: {type(corner).__name__}"
        case Line(start=Point() as a, end=Point() as b):
            return f"a line from ({a.x}, {a.y}) to ({b.x}, {b.y})"
        case int() | float() as number:
            return f"just a number: {number}"
        case str(text):
            return f"a string {text!r}"
        case _:
            return f"unknown {type(shape).__name__}"

shapes = [
    Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
    Circle(Point(0, 0), 4), Circle(Point(3, 1), 0), Circle(Point(1, 2), 2.5),
    Rect(Point(0, 0), 3, 3), Rect(Point(1, 1), 4, 2),
    Line(Point(0, 0), Point(1, 1)), Line(1, 2), 42, 2.5, True, "hi", [1],
]
for s in shapes:
    print(describe(s))

class TooMany:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1

try:
    match TooMany():
        case TooMany(x, y):
            print("matched", x, y)
except TypeError as exc:
    print("TypeError:", exc)

class NoArgs:
    pass

try:
    match NoArgs():
        case NoArgs(x):
            print("matched", x)
except TypeError as exc:
    print("TypeError:", exc)
