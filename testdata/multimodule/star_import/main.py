from shapes import *
print(sorted(n for n in dir() if not n.startswith("__")))
print(Square(3).area(), Circle(1).area())
try:
    _helper()
except NameError as e:
    print("NameError:", e)
