from shapes import SIDES


def area(x):
    return x * x
