import math
__all__ = ["Square", "Circle"]


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(math.pi * self.r ** 2, 6)


def _helper():
    return 1


def other():
    return 2
