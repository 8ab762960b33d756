# An abstract base written by hand: NotImplementedError, polymorphism, and an uncaught call.
class Shape:
    sides = None

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r ** 2

    def perimeter(self):
        return 2 * self.PI * self.r

class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c
    # area() forgotten on purpose

shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe(), "| sides:", s.sides)
print("largest:", max(shapes).name, "| total area:", round(sum(s.area() for s in shapes), 3))
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
t = Triangle(3, 4, 5)
print("triangle perimeter:", t.perimeter())
try:
    Shape("blob").area()
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
print(t.describe())
