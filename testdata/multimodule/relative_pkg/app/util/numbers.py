from functools import reduce
import operator


def total(xs):
    return reduce(operator.add, xs, 0)
